import type { FormEvent } from 'react'
import { t } from '../../i18n'
import { Button } from '../../ui/button'
import { AccountQuestions } from './account-questions'
import { asksAboutAccount } from './answers'
import { CountField } from './count-field'
import type { QuestionProps } from './question-props'
import { SubjectQuestions } from './subject-questions'
import './messages'

interface AdvisorFormProps extends QuestionProps {
  onSubmit: () => void
  onClear: () => void
}

/** The questionnaire: one compact form, quick by keyboard (Tab between questions, arrows within). */
export function AdvisorForm({ onSubmit, onClear, ...props }: AdvisorFormProps) {
  function submit(event: FormEvent) {
    event.preventDefault()
    onSubmit()
  }
  return (
    <form className="advisor-form" noValidate onSubmit={submit} aria-labelledby="advisor-form-heading">
      <h2 id="advisor-form-heading" className="advisor-form__heading">
        {t('advisor.form.heading')}
      </h2>
      <SubjectQuestions {...props} />
      {asksAboutAccount(props.answers) ? (
        <AccountQuestions {...props} />
      ) : (
        <p className="advisor-form__note">{t('advisor.form.individualNote')}</p>
      )}
      <fieldset className="advisor-form__group">
        <legend className="advisor-form__legend">{t('advisor.form.wantedLegend')}</legend>
        <CountField {...props} name="wanted" />
      </fieldset>
      <fieldset className="advisor-form__group">
        <legend className="advisor-form__legend">{t('advisor.form.adminLegend')}</legend>
        <CountField {...props} name="adminIdCard" unknownAllowed />
        <CountField {...props} name="adminPhone" unknownAllowed />
      </fieldset>
      <div className="button-row">
        <Button type="submit">{t('advisor.form.submit')}</Button>
        <Button variant="secondary" onClick={onClear}>
          {t('advisor.form.clear')}
        </Button>
      </div>
    </form>
  )
}
