import { t } from '../../i18n'
import { CheckboxField } from '../../ui/form/checkbox-field'
import { ChoiceGroup } from '../../ui/form/choice-group'
import { accountCountKeys, asksAccountCounts, fieldId, hasAccount, type YesNo } from './answers'
import { CountField } from './count-field'
import type { QuestionProps } from './question-props'
import './messages'

const accountChoices = [
  { value: 'none', label: t('advisor.form.accountNone') },
  { value: 'subscription', label: t('advisor.form.accountSubscription') },
  { value: 'service', label: t('advisor.form.accountService') },
] as const

function YesNoQuestion({
  name,
  legend,
  yes,
  no,
  answers,
  change,
  errorFor,
}: QuestionProps & { name: 'certified' | 'sameSubject'; legend: string; yes: string; no: string }) {
  return (
    <ChoiceGroup
      id={fieldId(name)}
      legend={legend}
      error={errorFor(name)}
      type="radio"
      inline
      choices={[
        { value: 'yes', label: yes },
        { value: 'no', label: no },
      ]}
      value={answers[name]}
      inputProps={{ name, onChange: (event) => change({ [name]: event.target.value as YesNo }) }}
    />
  )
}

/** The official account (公众号): whether there is one, its type, certification, subject and counts. */
export function AccountQuestions(props: QuestionProps) {
  const { answers, change, errorFor } = props
  return (
    <fieldset className="advisor-form__group">
      <legend className="advisor-form__legend">{t('advisor.form.accountLegend')}</legend>
      <ChoiceGroup
        id={fieldId('account')}
        legend={t('advisor.form.account')}
        hint={t('advisor.form.accountHint')}
        error={errorFor('account')}
        type="radio"
        inline
        choices={accountChoices}
        value={answers.account}
        inputProps={{
          name: 'account',
          onChange: (event) =>
            change({ account: event.target.value as (typeof accountChoices)[number]['value'] }),
        }}
      />
      {hasAccount(answers) ? (
        <>
          <YesNoQuestion
            {...props}
            name="certified"
            legend={t('advisor.form.certified')}
            yes={t('advisor.form.certifiedYes')}
            no={t('advisor.form.certifiedNo')}
          />
          <YesNoQuestion
            {...props}
            name="sameSubject"
            legend={t('advisor.form.sameSubject')}
            yes={t('advisor.form.yes')}
            no={t('advisor.form.no')}
          />
        </>
      ) : null}
      {asksAccountCounts(answers) ? (
        <fieldset className="advisor-form__counts" aria-describedby="advisor-counts-hint">
          <legend className="field__label">{t('advisor.form.countsLegend')}</legend>
          <p id="advisor-counts-hint" className="field__hint">
            {t('advisor.form.countsHint')}
          </p>
          <div className="advisor-form__count-grid">
            {accountCountKeys.map((key) => (
              <CountField key={key} {...props} name={key} />
            ))}
          </div>
          <CheckboxField
            id={fieldId('pending')}
            label={t('advisor.form.pending')}
            checked={answers.pending}
            onChange={(event) => change({ pending: event.target.checked })}
          />
        </fieldset>
      ) : null}
    </fieldset>
  )
}
