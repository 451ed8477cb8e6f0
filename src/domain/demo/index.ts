// 演示模式's domain: sample data, scenarios and their player, 讲解提示 and 练一练. Exported through ../index.ts.
export {
  sampleIdCard,
  sampleCreditCode,
  sampleEmail,
  sampleOfficialAccountEmail,
  sampleMobile,
  sampleSubjectName,
  sampleMiniProgramName,
  sampleAdminName,
  sampleStepValues,
  sampleFormSteps,
} from './sample-data'
export { scenarioIds, isScenarioId } from './scenario-types'
export type {
  ScenarioId,
  ScenarioLedger,
  ScenarioEnd,
  ResolvedScenario,
  ScenarioLoad,
  PlayFrame,
  PlayEnd,
  PlayResult,
} from './scenario-types'
export { loadScenario, playScenario, scenarioUsage, scenarioDay } from './scenarios'
export { scenarioText, stepHint } from './texts'
export type { CatalogText, ScenarioText, StepHint } from './texts'
export { quiz, scenarioSituation, reuseAnswer, feeAnswer, blockedAnswer } from './quiz'
export type { QuizQuestion, QuizOption, QuizKind, ReuseAnswer } from './quiz'
