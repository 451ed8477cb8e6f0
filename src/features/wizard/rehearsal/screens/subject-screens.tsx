import {
  fieldHint,
  fieldLabel,
  samples,
  subjectTypes,
  transferAvailable,
  type RuleSet,
} from '../../../../domain'
import { t } from '../../../../i18n'
import { subjectTypeName } from '../../../../ui/terms'
import '../messages'
import {
  MockActions,
  MockButton,
  MockChoice,
  MockField,
  MockFrame,
  MockGroup,
  MockTitle,
  QrPlaceholder,
} from '../mock-parts'
import type { ScreenProps } from './screen-props'

// 主体信息登记 (standalone) and 绑定小程序管理员信息 (reuse): the admin's name, ID card, mobile, SMS code and the scan,
// labelled and hinted in the guide's words (fieldLabel, fieldHint) with the rule set's numbers.

const sampleType = samples.subjectType.subjectType

/** The admin's part, shared by both pages: as typed on the platform, so the sample numbers are shown whole. */
function AdminSection({ ruleSet }: { ruleSet: RuleSet }) {
  return (
    <>
      <MockField
        label={fieldLabel('adminName')}
        value={samples.admin.name}
        hint={fieldHint('adminName', ruleSet)}
      />
      <MockField
        label={fieldLabel('idCardNumber')}
        value={samples.admin.idCardNumber}
        hint={fieldHint('idCardNumber', ruleSet)}
      />
      <MockField
        label={fieldLabel('mobile')}
        type="tel"
        value={samples.admin.mobile}
        hint={fieldHint('mobile', ruleSet)}
        after={<MockButton>{t('rehearsal.screens.admin.getCode')}</MockButton>}
      />
      <MockField label={fieldLabel('smsCode')} value={samples.smsCode} hint={fieldHint('smsCode', ruleSet)} />
      <div className="mock__row">
        <span className="mock__label">{t('rehearsal.screens.admin.verify')}</span>
        <div className="mock__control">
          <QrPlaceholder caption={t('rehearsal.screens.admin.verifyText')} />
        </div>
      </div>
    </>
  )
}

/**
 * 主体信息登记: the subject type (the sample's chosen), the enterprise's name and credit code, how it is verified
 * (小额打款 only where rule TRANSFER_VERIFY offers it to the sample's type), then the admin.
 */
export function SubjectRegistrationScreen({ ruleSet }: ScreenProps) {
  const transfer = transferAvailable(sampleType, ruleSet)
  return (
    <MockFrame name={t('rehearsal.screens.subject-registration.name')}>
      <MockTitle>{t('rehearsal.screens.subject-registration.title')}</MockTitle>
      <MockGroup legend={t('rehearsal.screens.subject-registration.subjectType')}>
        <div className="mock__options">
          {subjectTypes.map((type) => (
            <MockChoice
              key={type}
              type="radio"
              name="mock-subject-type"
              checked={type === sampleType}
              label={subjectTypeName(type)}
            />
          ))}
        </div>
      </MockGroup>
      <p className="mock__section">{t('rehearsal.screens.subject-registration.subjectInfo')}</p>
      <MockField
        label={t('rehearsal.screens.subject-registration.subjectName')}
        value={samples.subjectInfo.name}
      />
      <MockField
        label={fieldLabel('creditCode')}
        value={samples.subjectInfo.creditCode}
        hint={fieldHint('creditCode', ruleSet)}
      />
      <MockGroup legend={t('rehearsal.screens.subject-registration.method')}>
        <div className="mock__options">
          <MockChoice
            type="radio"
            name="mock-verification-method"
            checked
            label={t('rehearsal.screens.subject-registration.methodCertification')}
          />
          {transfer ? (
            <MockChoice
              type="radio"
              name="mock-verification-method"
              checked={false}
              label={t('rehearsal.screens.subject-registration.methodTransfer')}
            />
          ) : null}
        </div>
      </MockGroup>
      <p className="mock__section">{t('rehearsal.screens.subject-registration.admin')}</p>
      <AdminSection ruleSet={ruleSet} />
      <MockActions>
        <MockButton primary>{t('rehearsal.screens.subject-registration.continue')}</MockButton>
      </MockActions>
    </MockFrame>
  )
}

/** 绑定小程序管理员信息, after 前往首页 on the reuse path (the guide's step 5). */
export function AdminBindingScreen({ ruleSet }: ScreenProps) {
  return (
    <MockFrame name={t('rehearsal.screens.admin-binding.name')}>
      <MockTitle>{t('rehearsal.screens.admin-binding.title')}</MockTitle>
      <AdminSection ruleSet={ruleSet} />
      <MockActions>
        <MockButton primary>{t('rehearsal.screens.admin-binding.next')}</MockButton>
      </MockActions>
    </MockFrame>
  )
}
