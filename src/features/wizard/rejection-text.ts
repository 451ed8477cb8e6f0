import type { Rejection } from '../../domain'
import { t, type MessageKey } from '../../i18n'
import '../../i18n/wizard-messages'

/** Every refusal the flow machine can return, in the user's words: a new refusal without one does not compile. */
const rejectionMessages: Record<Rejection, MessageKey> = {
  invalid: 'wizard.step.rejections.invalid',
  blocked: 'wizard.step.rejections.blocked',
  unreachable: 'wizard.step.rejections.unreachable',
  'outcome-required': 'wizard.step.rejections.outcomeRequired',
  'certification-rejected': 'wizard.step.rejections.certificationRejected',
  'not-submitted': 'wizard.step.rejections.notSubmitted',
  locked: 'wizard.step.rejections.locked',
  'at-start': 'wizard.step.rejections.atStart',
  'not-answered': 'wizard.step.rejections.notAnswered',
  closed: 'wizard.step.rejections.closed',
  'not-at-review': 'wizard.step.rejections.notAtReview',
  'same-path': 'wizard.step.rejections.samePath',
  'unknown-event': 'wizard.step.rejections.unknownEvent',
  'application-open': 'wizard.step.rejections.applicationOpen',
  'no-open-application': 'wizard.step.rejections.noOpenApplication',
  'not-awaiting-material': 'wizard.step.rejections.notAwaitingMaterial',
  'transfer-not-started': 'wizard.step.rejections.transferNotStarted',
  'transfer-closed': 'wizard.step.rejections.transferClosed',
  'transfer-deadline-passed': 'wizard.step.rejections.transferDeadlinePassed',
  'not-stated-in-rule-set': 'wizard.step.rejections.notStatedInRuleSet',
}

export function rejectionText(reason: Rejection): string {
  return t(rejectionMessages[reason])
}
