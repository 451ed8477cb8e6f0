import { progress, type FlowState, type StepId } from '../../domain'
import { t, type MessageKey } from '../../i18n'
import '../../i18n/wizard-messages'

export interface StepTitle {
  /** The page's h1. */
  heading: string
  /** "第 N 步，共 M 步", or "第 N 步，共 M–K 步" while the path's length depends on answers not given yet. */
  progress: string
  /** The same followed by "：<标题>", for document.title. */
  document: string
}

/** The step's heading: some steps read differently on the reuse path or when the operator is the admin. */
export function stepHeadingKey(flow: FlowState, step: StepId): MessageKey {
  if (step === 'subject-type' && flow.path === 'reuse') return 'steps.subject-type.titleReuse'
  if (step === 'admin' && flow.answers.qualifications?.operatorInfo) return 'steps.admin.titleOperator'
  return `steps.${step}.title`
}

/**
 * The step's heading and where it stands. The total is shown as soon as it is known (the domain's `stepCount`);
 * before that, as the range the path definition allows, in the page and in document.title alike (ux.md asks for
 * "共 M 步" only where M is known: a range is what is known, never a made-up number).
 */
export function stepTitle(flow: FlowState, step: StepId): StepTitle {
  const heading = t(stepHeadingKey(flow, step))
  const { index, total } = progress(flow)
  if (total.min !== total.max) {
    const range = { index, min: total.min, max: total.max }
    return {
      heading,
      progress: t('wizard.step.progressRange', range),
      document: t('wizard.step.documentTitleRange', { ...range, title: heading }),
    }
  }
  return {
    heading,
    progress: t('wizard.step.progress', { index, total: total.min }),
    document: t('wizard.step.documentTitle', { index, total: total.min, title: heading }),
  }
}
