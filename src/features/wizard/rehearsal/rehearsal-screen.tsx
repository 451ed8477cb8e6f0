import type { ComponentType } from 'react'
import type { PathId, RuleSet, StepId } from '../../../domain'
import './messages'
import { screenFor, type ScreenId } from './screen-map'
import { AccountFormScreen, ActivationMailScreen, RegisterEntryScreen } from './screens/entry-screens'
import { CertificationScreen, TransferScreen } from './screens/money-screens'
import { PublishFlowScreen } from './screens/publish-screen'
import { FastRegisterScreen, QualificationsScreen, RegistrationResultScreen } from './screens/reuse-screens'
import type { ScreenProps } from './screens/screen-props'
import { AdminBindingScreen, SubjectRegistrationScreen } from './screens/subject-screens'

// 模拟界面: the look-alike of the platform page a step corresponds to, for trainers. This module is only ever
// loaded by import() (lazy), so its code and its messages stay out of the wizard's chunk.

export { hasRehearsal } from './screen-map'

/** One component per screen: a new screen id without one does not compile. */
const screens: Record<ScreenId, ComponentType<ScreenProps>> = {
  'register-entry': RegisterEntryScreen,
  'account-form': AccountFormScreen,
  'activation-mail': ActivationMailScreen,
  'subject-registration': SubjectRegistrationScreen,
  'fast-register': FastRegisterScreen,
  qualifications: QualificationsScreen,
  'admin-binding': AdminBindingScreen,
  'registration-result': RegistrationResultScreen,
  certification: CertificationScreen,
  transfer: TransferScreen,
  'publish-flow': PublishFlowScreen,
}

interface RehearsalScreenProps {
  step: StepId
  path: PathId
  ruleSet: RuleSet
}

/** The look-alike for `step` on `path`, or nothing where the platform has no page for it. */
export function RehearsalScreen({ step, path, ruleSet }: RehearsalScreenProps) {
  const id = screenFor(step, path)
  if (id === null) return null
  const Screen = screens[id]
  return <Screen step={step} path={path} ruleSet={ruleSet} />
}

export default RehearsalScreen
