import { useLayoutEffect, useRef, useState, type FormEvent, type ReactNode } from 'react'
import { requireRuleValue, ruleValue, stepSchema, type OaStatusValues } from '../../../domain'
import { t, type MessageKey } from '../../../i18n'
import { Button } from '../../../ui/button'
import { ChoiceGroup } from '../../../ui/form/choice-group'
import { TextField } from '../../../ui/form/text-field'
import { useLedgerList } from '../use-ledger-list'
import { loadLedger } from '../ledger-bridge'
import { LedgerPick } from './ledger-pick'
import { fieldId, type StepBodyProps } from './step-body'
import { summaryOf, useStepForm } from './use-step-form'
import '../../../i18n/wizard-messages'

type Counts =
  | 'sameSubjectLinks'
  | 'otherSubjectLinks'
  | 'monthSameSubjectLinks'
  | 'monthOtherSubjectLinks'
  | 'monthFastRegistrations'

type Field = keyof ReturnType<typeof toInput>

/**
 * The questions in the order they are disclosed, one decision at a time on a phone: the account itself, then
 * what is associated with it, then this month's counts and a pending fast registration.
 */
const groups: readonly { title: MessageKey; fields: readonly Field[] }[] = [
  { title: 'wizard.fields.oaGroupAccount', fields: ['accountName', 'accountType', 'certified', 'email'] },
  { title: 'wizard.fields.oaGroupLinks', fields: ['sameSubjectLinks', 'otherSubjectLinks'] },
  {
    title: 'wizard.fields.oaGroupMonth',
    fields: [
      'monthSameSubjectLinks',
      'monthOtherSubjectLinks',
      'monthFastRegistrations',
      'fastRegistrationPending',
    ],
  },
]
const lastGroup = groups.length - 1
const order = groups.flatMap((g) => g.fields)
const groupOf = (field: string) => groups.findIndex((g) => g.fields.some((f) => f === field))

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

/**
 * What the official account shows: certified or not, and the counts its quotas are checked against. One step
 * and one schema, disclosed a group at a time: 继续 checks the group shown and opens the next (focus moves to
 * its first field); the last group ends with 下一步. Groups already answered (a saved answer, a draft, a pick
 * from the ledger) open at once, and a hidden field keeps its value.
 */
export function OaStatusForm(props: StepBodyProps) {
  const { ruleSet, flow } = props
  const { form, onSubmit, errorOf } = useStepForm(
    'oa-status',
    props,
    toInput(flow.answers['oa-status']),
    order,
  )
  // Hidden groups never hold an error: 继续 checks only the groups shown, and 下一步 appears once all are.
  const [shown, setShown] = useState(() => {
    const context = { path: flow.path, ruleSet, today: props.today, answers: flow.answers }
    const parsed = stepSchema('oa-status', context).safeParse(form.getValues())
    if (parsed.success) return lastGroup
    // Open every group before the first with something still to answer, and that one.
    return Math.min(
      ...parsed.error.issues.map((issue) => groupOf(String(issue.path[0]))).filter((g) => g >= 0),
    )
  })
  const focusNext = useRef<Field | null>(null)
  useLayoutEffect(() => {
    if (!focusNext.current) return
    document.getElementById(fieldId(focusNext.current))?.focus()
    focusNext.current = null
  }, [shown])

  /** 继续: the group shown is checked like 下一步 checks the step; the next opens only when it passes. */
  const openNext = async () => {
    const fields = groups[shown]!.fields
    if (!(await form.trigger([...fields]))) {
      const errors = Object.fromEntries(
        fields.flatMap((name) => {
          const error = form.getFieldState(name).error
          return error ? [[name, error]] : []
        }),
      )
      props.reportErrors(summaryOf(errors, order))
      return
    }
    props.reportErrors([])
    focusNext.current = groups[shown + 1]!.fields[0]!
    setShown(shown + 1)
  }
  const submit = (event: FormEvent<HTMLFormElement>) => {
    if (shown < lastGroup) {
      event.preventDefault()
      void openNext()
      return
    }
    void onSubmit(event)
  }
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
    // Everything is filled in: show it all to check.
    setShown(lastGroup)
  }
  const fastReg = ruleValue(ruleSet, 'FAST_REG_MONTHLY')
  // rule: OA_MENU_PATH — under `current` 服务号 is a product of its own and 订阅号 is called 公众号.
  const separate = requireRuleValue(ruleSet, 'OA_MENU_PATH').serviceAccountSeparate
  const typeLabels = separate ? 'terms.accountTypeSeparate' : 'terms.accountType'
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
    <form onSubmit={submit} noValidate>
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
      <Group index={0} shown={shown}>
        <TextField
          id={fieldId('accountName')}
          label={t('wizard.fields.accountName')}
          width="medium"
          error={errorOf('accountName')}
          {...form.register('accountName')}
        />
        <ChoiceGroup
          id={fieldId('accountType')}
          legend={t(separate ? 'wizard.fields.accountTypeSeparate' : 'wizard.fields.accountType')}
          type="radio"
          inline
          error={errorOf('accountType')}
          choices={[
            { value: 'subscription', label: t(`${typeLabels}.subscription`) },
            { value: 'service', label: t(`${typeLabels}.service`) },
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
      </Group>
      <Group index={1} shown={shown}>
        {countField(
          'sameSubjectLinks',
          t('wizard.fields.sameSubjectLinks'),
          t('wizard.fields.sameSubjectLinksHint', { limit: requireRuleValue(ruleSet, 'OA_LINK_SAME').limit }),
        )}
        {countField(
          'otherSubjectLinks',
          t('wizard.fields.otherSubjectLinks'),
          t('wizard.fields.otherSubjectLinksHint', {
            limit: requireRuleValue(ruleSet, 'OA_LINK_OTHER').limit,
          }),
        )}
      </Group>
      <Group index={2} shown={shown}>
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
      </Group>
      <div className="button-row" id="step-actions" tabIndex={-1}>
        <Button type="submit">
          {shown < lastGroup ? t('wizard.fields.oaGroupContinue') : t('form.next')}
        </Button>
      </div>
    </form>
  )
}

/** One group of questions, with its heading; not rendered until disclosed (the form keeps hidden values). */
function Group({ index, shown, children }: { index: number; shown: number; children: ReactNode }) {
  if (index > shown) return null
  const id = `oa-group-${index}`
  return (
    <section className="oa-group" aria-labelledby={id}>
      <h2 id={id} className="oa-group__title">
        {t(groups[index]!.title)}
      </h2>
      {children}
    </section>
  )
}
