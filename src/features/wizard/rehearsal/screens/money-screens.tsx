import { certificationFee, requireRuleValue, ruleValue, samples } from '../../../../domain'
import { t } from '../../../../i18n'
import { formatFee } from '../../../../ui/format'
import '../messages'
import {
  CautionFor,
  MockActions,
  MockButton,
  MockFrame,
  MockTitle,
  MockValue,
  QrPlaceholder,
} from '../mock-parts'
import type { ScreenProps } from './screen-props'

// What costs money or a transfer on the platform: 微信认证's payment and 小额打款验证. The fee is the domain's
// certificationFee (rule CERT_FEE), the review time rule CERT_REVIEW_TIME, the deadline rule TRANSFER_VERIFY; where a
// rule is unverified its caution stands beside the number.

const sampleType = samples.subjectType.subjectType

/** 微信认证 at its payment step: the official account's (certify-oa) or the mini program's (certification). */
export function CertificationScreen({ step, ruleSet }: ScreenProps) {
  const fee = certificationFee(ruleSet, sampleType)
  const { refundedOnFailure } = requireRuleValue(ruleSet, 'CERT_FEE')
  const review = ruleValue(ruleSet, 'CERT_REVIEW_TIME')
  const k = 'rehearsal.screens.certification' as const
  const stages = [`${k}.stepForm`, `${k}.stepPay`, `${k}.stepReview`] as const
  return (
    <MockFrame
      name={t(`${k}.name`)}
      notes={
        <>
          <CautionFor id="CERT_FEE" ruleSet={ruleSet} label={t(`${k}.fee`)} />
          {review ? (
            <CautionFor id="CERT_REVIEW_TIME" ruleSet={ruleSet} label={t(`${k}.reviewTime`)} />
          ) : null}
        </>
      }
    >
      <MockTitle>{t(`${k}.title`)}</MockTitle>
      <ol className="mock__progress" aria-label={t(`${k}.progress`)}>
        {stages.map((stage, index) => (
          <li key={stage} className={index === 1 ? 'mock__progress-current' : undefined}>
            {t(stage)}
            {index === 1 ? t(`${k}.current`) : null}
          </li>
        ))}
      </ol>
      <MockValue label={t(`${k}.account`)}>
        {step === 'certify-oa'
          ? t(`${k}.accountOfficial`, { name: samples.oaStatus.accountName })
          : t(`${k}.accountMiniProgram`, { email: samples.account.email })}
      </MockValue>
      <MockValue label={t(`${k}.subject`)}>{samples.subjectInfo.name}</MockValue>
      <MockValue label={t(`${k}.fee`)}>
        <strong>{formatFee(fee)}</strong>
        {refundedOnFailure ? null : <span className="mock__hint">{t(`${k}.notRefunded`)}</span>}
      </MockValue>
      {review ? (
        <MockValue label={t(`${k}.reviewTime`)}>
          {t('terms.days.workingRange', { ...review.workingDays })}
        </MockValue>
      ) : null}
      <div className="mock__row">
        <span className="mock__label">{t(`${k}.payBy`)}</span>
        <div className="mock__control">
          <QrPlaceholder caption={t(`${k}.wechatPay`)} />
        </div>
      </div>
      <MockActions>
        <MockButton primary>{t(`${k}.pay`)}</MockButton>
      </MockActions>
    </MockFrame>
  )
}

/**
 * 小额打款验证: the rule set states no receiving account or amount (the platform shows them per registration), so
 * neither is made up; the deadline is rule TRANSFER_VERIFY's where the rule set states it.
 * A third-party copy of the platform's guide (小程序注册注意事项, https://blog.zhouyajun.cn/2018/07/11/小程序注册注意事项,
 * seen 2026-12-01) quotes: "请根据页面提示，向指定的收款帐号汇入指定金额。注意：请在10天内完成汇款，否则将注册失败".
 */
export function TransferScreen({ ruleSet }: ScreenProps) {
  const rule = ruleValue(ruleSet, 'TRANSFER_VERIFY')
  const k = 'rehearsal.screens.transfer' as const
  return (
    <MockFrame
      name={t(`${k}.name`)}
      notes={<CautionFor id="TRANSFER_VERIFY" ruleSet={ruleSet} label={t(`${k}.deadlineLabel`)} />}
    >
      <MockTitle>{t(`${k}.title`)}</MockTitle>
      <p className="mock__text">{t(`${k}.text`, { subject: samples.subjectInfo.name })}</p>
      <MockValue label={t(`${k}.account`)}>
        <span className="mock__muted">{t(`${k}.shownByPlatform`)}</span>
      </MockValue>
      <MockValue label={t(`${k}.amount`)}>
        <span className="mock__muted">{t(`${k}.shownByPlatform`)}</span>
      </MockValue>
      <p className="mock__text">
        {rule ? t(`${k}.deadline`, { days: rule.days }) : t(`${k}.deadlineUnstated`)}
      </p>
      <MockActions>
        <MockButton primary>{t(`${k}.done`)}</MockButton>
      </MockActions>
    </MockFrame>
  )
}
