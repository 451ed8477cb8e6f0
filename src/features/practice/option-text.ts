import type { QuizOption } from '../../domain'
import { t } from '../../i18n'
import { formatMoney } from '../../ui/format'
import { ruleName } from '../../ui/rules/rule-text'
import './messages'

/** An option as the trainee reads it: the advisor's words, an amount, or a rule's name and id. */
export function optionText(option: QuizOption): string {
  switch (option.kind) {
    case 'can-reuse':
      return t(`demo.practice.reuse.${option.answer}`)
    case 'fee':
      return formatMoney(option.amount)
    case 'blocked-rule':
      return option.rule === null
        ? t('demo.practice.noBlock')
        : `${ruleName(option.rule)}${t('rules.idTag', { id: option.rule })}`
  }
}
