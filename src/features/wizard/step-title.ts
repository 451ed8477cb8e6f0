import { progress, type FlowState, type StepId } from '../../domain'
import { t, type MessageKey } from '../../i18n'

export interface StepTitle {
  /** The page's h1. */
  heading: string
  /** "第 N 步，共 M 步" (without the total while the path is not yet known). */
  progress: string
  /** "第 N 步，共 M 步：<标题>" for document.title. */
  document: string
}

/** The step's heading: some steps read differently on the reuse path or when the operator is the admin. */
export function stepHeadingKey(flow: FlowState, step: StepId): MessageKey {
  if (step === 'subject-type' && flow.path === 'reuse') return 'steps.subject-type.titleReuse'
  if (step === 'admin' && flow.answers.qualifications?.operatorInfo) return 'steps.admin.titleOperator'
  return `steps.${step}.title`
}

export function stepTitle(flow: FlowState, step: StepId): StepTitle {
  const heading = t(stepHeadingKey(flow, step))
  const { index, total } = progress(flow)
  if (total === null) {
    return {
      heading,
      progress: t('wizard.step.progressUnknown', { index }),
      document: t('wizard.step.documentTitleUnknown', { index, title: heading }),
    }
  }
  return {
    heading,
    progress: t('wizard.step.progress', { index, total }),
    document: t('wizard.step.documentTitle', { index, total, title: heading }),
  }
}
