import { requireRuleValue, ruleValue, type OaStatusValues } from '../../../domain'
import { t } from '../../../i18n'
import { Button } from '../../../ui/button'
import { ChoiceGroup } from '../../../ui/form/choice-group'
import { TextField } from '../../../ui/form/text-field'
import { useLedgerList } from '../use-ledger-list'
import { loadLedger } from '../ledger-bridge'
import { LedgerPick } from './ledger-pick'
import { fieldId, type StepBodyProps } from './step-body'
import { useStepForm } from './use-step-form'

type Counts =
  | 'sameSubjectLinks'
  | 'otherSubjectLinks'
  | 'monthSameSubjectLinks'
  | 'monthOtherSubjectLinks'
  | 'monthFastRegistrations'

const order = [
  'accountName',
  'accountType',
  'certified',
  'email',
  'sameSubjectLinks',
  'otherSubjectLinks',
  'monthSameSubjectLinks',
  'monthOtherSubjectLinks',
  'monthFastRegistrations',
  'fastRegistrationPending',
] as const

function toInput(saved: OaStatusValues | undefined) {
  const count = (name: Counts) => (saved ? String(saved[name]) : '0')
  return {
    accountName: saved?.accountName ?? '',
    accountType: saved?.accountType ?? '',
    certified: saved ? String(saved.certified) : '',
    email: saved?.email ?? '',
    sameSubjectLinks: saved ? String(saved.sameSubjectLinks) : '',
    otherSubjectLinks: count('otherSubjectLinks'),
    monthSameSubjectLinks: count('monthSameSubjectLinks'),
    monthOtherSubjectLinks: count('monthOtherSubjectLinks'),
    monthFastRegistrations: count('monthFastRegistrations'),
    fastRegistrationPending: saved ? String(saved.fastRegistrationPending) : 'false',
  }
}

/** What the official account shows: certified or not, and the counts its quotas are checked against. */
export function OaStatusForm(props: StepBodyProps) {
  const { ruleSet, flow } = props
  const { form, onSubmit, errorOf } = useStepForm(
    'oa-status',
    props,
    toInput(flow.answers['oa-status']),
    order,
  )
  const creditCode = flow.answers['subject-info']?.creditCode ?? ''
  const accounts = useLedgerList((ledger) => ledger.ledgerChoices.accounts(creditCode), creditCode)
  /** The account as the ledger has it, with the counts its associations give (the wizard checks by the larger). */
  const pick = async (account: NonNullable<typeof accounts>[number]) => {
    const ledger = await loadLedger()
    const usage = await ledger
      .ledgerUsage({ officialAccountEmail: account.email, exceptCaseId: props.item.id }, props.today)
      .catch(() => ({}) as Awaited<ReturnType<typeof ledger.ledgerUsage>>)
    const counts = usage.officialAccount
    const values = {
      accountName: account.name,
      accountType: account.accountType,
      certified: String(account.certified),
      email: account.email,
      ...(counts
        ? {
            sameSubjectLinks: String(counts.sameSubjectLinks),
            otherSubjectLinks: String(counts.otherSubjectLinks),
            monthSameSubjectLinks: String(counts.monthNewLinks.sameSubject),
            monthOtherSubjectLinks: String(counts.monthNewLinks.otherSubject),
            monthFastRegistrations: String(counts.monthFastRegistrations),
            fastRegistrationPending: String(counts.fastRegistrationPending),
          }
        : {}),
    }
    for (const [name, value] of Object.entries(values)) {
      form.setValue(name as keyof typeof values, value, { shouldDirty: true })
    }
  }
  const fastReg = ruleValue(ruleSet, 'FAST_REG_MONTHLY')
  const soleProprietor = flow.answers['subject-type']?.subjectType === 'sole_proprietor'
  const countField = (name: Counts, label: string, hint?: string) => (
    <TextField
      id={fieldId(name)}
      label={label}
      hint={hint}
      width="short"
      inputMode="numeric"
      error={errorOf(name)}
      {...form.register(name)}
    />
  )
  const yesNo = [
    { value: 'true', label: t('form.yes') },
    { value: 'false', label: t('form.no') },
  ]
  return (
    <form onSubmit={onSubmit} noValidate>
      <LedgerPick
        label={t('wizard.ledgerPick.account')}
        hint={t('wizard.ledgerPick.accountHint')}
        items={accounts}
        optionLabel={(a) =>
          t('wizard.ledgerPick.accountOption', {
            name: a.name,
            type: t(`terms.accountType.${a.accountType}`),
            certified: t(a.certified ? 'wizard.fields.certifiedYes' : 'wizard.fields.certifiedNo'),
            email: a.email,
          })
        }
        onPick={pick}
      />
      <TextField
        id={fieldId('accountName')}
        label={t('wizard.fields.accountName')}
        width="medium"
        error={errorOf('accountName')}
        {...form.register('accountName')}
      />
      <ChoiceGroup
        id={fieldId('accountType')}
        legend={t('wizard.fields.accountType')}
        type="radio"
        inline
        error={errorOf('accountType')}
        choices={[
          { value: 'subscription', label: t('terms.accountType.subscription') },
          { value: 'service', label: t('terms.accountType.service') },
        ]}
        inputProps={form.register('accountType')}
      />
      <ChoiceGroup
        id={fieldId('certified')}
        legend={t('wizard.fields.certified')}
        type="radio"
        inline
        error={errorOf('certified')}
        choices={[
          { value: 'true', label: t('wizard.fields.certifiedYes') },
          { value: 'false', label: t('wizard.fields.certifiedNo') },
        ]}
        inputProps={form.register('certified')}
      />
      <TextField
        id={fieldId('email')}
        label={t('wizard.fields.oaEmail')}
        hint={t('wizard.fields.oaEmailHint')}
        type="email"
        spellCheck={false}
        error={errorOf('email')}
        {...form.register('email')}
      />
      {countField(
        'sameSubjectLinks',
        t('wizard.fields.sameSubjectLinks'),
        t('wizard.fields.sameSubjectLinksHint', { limit: requireRuleValue(ruleSet, 'OA_LINK_SAME').limit }),
      )}
      {countField(
        'otherSubjectLinks',
        t('wizard.fields.otherSubjectLinks'),
        t('wizard.fields.otherSubjectLinksHint', { limit: requireRuleValue(ruleSet, 'OA_LINK_OTHER').limit }),
      )}
      {countField('monthSameSubjectLinks', t('wizard.fields.monthSameSubjectLinks'))}
      {countField('monthOtherSubjectLinks', t('wizard.fields.monthOtherSubjectLinks'))}
      {countField(
        'monthFastRegistrations',
        t('wizard.fields.monthFastRegistrations'),
        fastReg
          ? t('wizard.fields.monthFastRegistrationsHint', {
              limit: soleProprietor ? fastReg.soleProprietorLimit : fastReg.limit,
            })
          : t('wizard.fields.monthFastRegistrationsHintGuide'),
      )}
      <ChoiceGroup
        id={fieldId('fastRegistrationPending')}
        legend={t('wizard.fields.pending')}
        type="radio"
        inline
        error={errorOf('fastRegistrationPending')}
        choices={yesNo}
        inputProps={form.register('fastRegistrationPending')}
      />
      <div className="button-row" id="step-actions" tabIndex={-1}>
        <Button type="submit">{t('form.next')}</Button>
      </div>
    </form>
  )
}
