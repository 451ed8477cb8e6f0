import {
  certificationQualificationRequired,
  maskIdCard,
  maskMobile,
  officialAccountMenuPath,
  requireRuleValue,
  reuseCertification,
  ruleValue,
  samples,
} from '../../../../domain'
import { joinList, t } from '../../../../i18n'
import { formatDate, formatFee } from '../../../../ui/format'
import { menuPathText } from '../../../../ui/rules/rule-text'
import { subjectTypeName } from '../../../../ui/terms'
import '../messages'
import {
  MockActions,
  MockButton,
  MockChoice,
  MockFrame,
  MockTitle,
  MockValue,
  QrPlaceholder,
  TrainerNote,
} from '../mock-parts'
import type { ScreenProps } from './screen-props'

// The reuse path's platform pages, from the guide's own words: 小程序管理 → 快速注册并认证小程序, the qualifications
// to reuse, and what 前往首页 may show.

const sampleType = samples.subjectType.subjectType

/** 小程序管理 with 快速注册并认证小程序 chosen; the association limits from rules OA_LINK_SAME, OA_LINK_OTHER, MP_LINK_OAS. */
export function FastRegisterScreen({ ruleSet }: ScreenProps) {
  const same = requireRuleValue(ruleSet, 'OA_LINK_SAME').limit
  const other = requireRuleValue(ruleSet, 'OA_LINK_OTHER').limit
  // Unknown under current (reports of 500 and of none): the sentence is left out rather than showing a guess.
  const perMiniProgram = ruleValue(ruleSet, 'MP_LINK_OAS')?.limit ?? null
  const path = menuPathText(officialAccountMenuPath(ruleSet, 'fastRegister'))
  return (
    <MockFrame name={t('rehearsal.screens.fast-register.name')}>
      <p className="mock__crumb">{t('rehearsal.screens.fast-register.path', { path })}</p>
      <MockTitle>{t('rehearsal.screens.fast-register.title')}</MockTitle>
      <p className="mock__text">
        {t('rehearsal.screens.fast-register.intro')}
        {t('rehearsal.screens.fast-register.limits', { same, other })}
        {perMiniProgram === null
          ? null
          : t('rehearsal.screens.fast-register.perMiniProgram', { max: perMiniProgram })}
      </p>
      <div className="mock__cards">
        <MockChoice
          type="radio"
          name="mock-add"
          checked={false}
          label={t('rehearsal.screens.fast-register.link')}
        />
        <MockChoice
          type="radio"
          name="mock-add"
          checked
          label={t('rehearsal.screens.fast-register.fastRegister')}
          hint={t('rehearsal.screens.fast-register.chosen')}
        />
      </div>
      <p className="mock__section">{t('rehearsal.screens.fast-register.steps')}</p>
      <ol className="mock__steps">
        <li>{t('rehearsal.screens.fast-register.step1')}</li>
        <li>{t('rehearsal.screens.fast-register.step2')}</li>
        <li>{t('rehearsal.screens.fast-register.step3')}</li>
        <li>{t('rehearsal.screens.fast-register.step4')}</li>
      </ol>
      <QrPlaceholder caption={t('rehearsal.screens.fast-register.scan')} />
      <MockActions>
        <MockButton primary>{t('rehearsal.screens.fast-register.create')}</MockButton>
      </MockActions>
    </MockFrame>
  )
}

/**
 * 请选择需要复用的资质快速创建小程序: the three boxes as rule REUSE_QUALIFICATIONS has them (主体资质 always on; 运营者信息
 * optional; 微信认证资质 required for the types it names), ticked as the samples are. The operator's ID card and
 * mobile are shown masked, as a page showing someone else's numbers does.
 */
export function QualificationsScreen({ ruleSet }: ScreenProps) {
  const rule = requireRuleValue(ruleSet, 'REUSE_QUALIFICATIONS')
  const required = certificationQualificationRequired(ruleSet, sampleType)
  const reuse = reuseCertification(ruleSet, sampleType)
  const k = 'rehearsal.screens.qualifications' as const
  return (
    <MockFrame
      name={t(`${k}.name`)}
      notes={
        reuse.certification === 'separate' && reuse.since !== null ? (
          <TrainerNote>
            {t(`${k}.separateNote`, { since: formatDate(reuse.since), fee: formatFee(reuse.fee) })}
          </TrainerNote>
        ) : null
      }
    >
      <MockTitle>{t(`${k}.title`)}</MockTitle>
      <MockChoice
        type="checkbox"
        checked={samples.qualifications.subject}
        label={
          <>
            <strong>{t(`${k}.subject`)}</strong> {t(`${k}.subjectText`)}
          </>
        }
        hint={t(`${k}.alwaysOn`)}
      >
        <MockValue label={t(`${k}.subjectType`)}>{subjectTypeName(sampleType)}</MockValue>
        <MockValue label={t(`${k}.subjectName`)}>{samples.subjectInfo.name}</MockValue>
        <MockValue label={t(`${k}.subjectNumber`)}>{samples.subjectInfo.creditCode}</MockValue>
      </MockChoice>
      <MockChoice
        type="checkbox"
        checked={samples.qualifications.operatorInfo}
        label={
          <>
            <strong>{t(`${k}.operator`)}</strong> {t(`${k}.operatorText`)}
          </>
        }
        hint={rule.operatorInfoOptional ? t(`${k}.optional`) : t(`${k}.required`)}
      >
        <MockValue label={t(`${k}.adminName`)}>{samples.admin.name}</MockValue>
        <MockValue label={t(`${k}.adminIdCard`)}>
          {maskIdCard(samples.admin.idCardNumber)}{' '}
          <span className="mock__muted">{t('rehearsal.masked')}</span>
        </MockValue>
        <MockValue label={t(`${k}.adminMobile`)}>
          {maskMobile(samples.admin.mobile)} <span className="mock__muted">{t('rehearsal.masked')}</span>
        </MockValue>
      </MockChoice>
      <MockChoice
        type="checkbox"
        checked={samples.qualifications.certification}
        label={
          <>
            <strong>{t(`${k}.certification`)}</strong>{' '}
            {reuse.certification === 'included'
              ? t(`${k}.certificationIncluded`)
              : t(`${k}.certificationSeparate`)}
          </>
        }
        hint={required ? t(`${k}.required`) : t(`${k}.optional`)}
      />
      <MockActions>
        <MockButton>{t(`${k}.back`)}</MockButton>
        <MockButton primary>{t(`${k}.next`)}</MockButton>
      </MockActions>
    </MockFrame>
  )
}

/** 小程序已完成注册，认证未成功 (the guide's own screenshot); rule REUSE_CERT_OUTCOME lists what else may show. */
export function RegistrationResultScreen({ ruleSet }: ScreenProps) {
  const { outcomes } = reuseCertification(ruleSet, sampleType)
  const others = outcomes.filter((outcome) => outcome !== 'failed')
  const k = 'rehearsal.screens.registration-result' as const
  return (
    <MockFrame
      name={t(`${k}.name`)}
      notes={
        others.length > 0 ? (
          <TrainerNote>
            {t(`${k}.note`, { others: joinList(others.map((o) => t(`${k}.outcome.${o}`))) })}
          </TrainerNote>
        ) : null
      }
    >
      <div className="mock__result">
        <span className="mock__result-icon" aria-hidden="true">
          !
        </span>
        <MockTitle>{t(`${k}.title`)}</MockTitle>
        <p className="mock__text">{t(`${k}.text`)}</p>
        <MockActions>
          <MockButton primary>{t(`${k}.home`)}</MockButton>
        </MockActions>
      </div>
    </MockFrame>
  )
}
