// The domain core's one public face: what features, scripts, tests and a CLI may use.
// Framework-free: it imports zod and the message catalog, nothing from React, the DOM or storage.
import './zod-mode'

export { subjectTypes, organisationTypes, isOrganisation } from './subject'
export type { SubjectType, OrganisationType } from './subject'

export { ruleSets, defaultRuleSetId, ruleSetIds, isRuleSetId } from './rules/rule-sets'
export { ruleIds, ruleTopics, topicOf, isRuleId } from './rules/rule-ids'
export type { RuleId, RuleTopic } from './rules/rule-ids'
export { ruleValue, requireRuleValue, appliesTo } from './rules/rule-set'
export type {
  Rule,
  RuleSet,
  RuleSetId,
  RuleValues,
  SourceKind,
  Confidence,
  WorkingDays,
  Reference,
  RuleCheck,
  ServerDomainKind,
  ServerDomainScheme,
  OaMenuItem,
  CertCapability,
  CertLapse,
  FilingCategory,
  FeeValue,
  ReuseCertOutcome,
} from './rules/rule-set'
export { platformChanges, changeIds, changesTouching } from './rules/changes'
export type { PlatformChange, ChangeId } from './rules/changes'

export {
  schemas,
  createFieldSchemas,
  createIdCardForAdminSchema,
  passwordConfirmationSchema,
  idCardBirthDate,
  isValidIdCardNumber,
  isValidCreditCode,
  displayWidth,
  allowedCharactersText,
  miniProgramNameKey,
  sameMiniProgramName,
  logoWarnings,
  formatFileSize,
  ruleOfIssue,
  fieldHint,
  fieldLabel,
  serverDomainNoteText,
} from './fields/field-schemas'
export type {
  FieldSchemas,
  FieldName,
  LogoMetadata,
  LogoWarning,
  ServerDomain,
  ServerDomainNote,
  FieldProblem,
} from './fields/field-schemas'

export {
  serverDomainKinds,
  serverDomainShape,
  serverDomainLimits,
  serverDomainCount,
  parseServerDomainLines,
  addServerDomains,
  removeServerDomain,
} from './publishing/server-domains'
export type {
  ServerDomainLists,
  ServerDomainLineProblem,
  ServerDomainBadLine,
  ServerDomainAddedLine,
  ServerDomainPaste,
} from './publishing/server-domains'

export { checkQuotas, isAllowed, measureQuotas } from './quota/check-quotas'
export type { QuotaMeasure } from './quota/quota-check'
export type {
  Usage,
  OfficialAccountUsage,
  QuotaRequest,
  QuotaFinding,
  FindingReason,
  Severity,
} from './quota/types'

export { advise } from './advisor/advise'
export { situationSchema, officialAccountSituationSchema, countRange, wantedRange } from './advisor/situation'
export { readCountText, countDigits } from './advisor/count-text'
export type { SubjectRoom } from './advisor/room'
export type { Situation, OfficialAccountSituation } from './advisor/situation'
export type { Advice, AdviceFinding, ReuseCapacity, Recommendation } from './advisor/advice'
export type { AdviceReason, ReasonCode } from './advisor/reasons'
export type { NeedItem, NeedId } from './advisor/needs'
export type { PathFees, FeeTable } from './advisor/money'
export type { MoneyRange } from './advisor/types'
export type { TimelineStep, TimelineStepId, TimelineStage, DayRange, PathTimeline } from './advisor/timeline'
export type { Plan, PlanBatch, Plans, DateRange } from './advisor/plans'

export { start } from './flow/state'
export type { FlowState } from './flow/state'
export { transition, isLocked } from './flow/transition'
export type { FlowEvent, FlowEnv, TransitionResult, Rejection, FieldIssue } from './flow/transition'
export { progress, stepCount, remainingSteps, outline, firstIncomplete, isReachable } from './flow/progress'
export type { Progress, StepCount, PathOutline } from './flow/progress'
export { phaseProgress } from './flow/phases'
export type { PhaseProgress, PhaseState } from './flow/phases'
export { steps } from './flow/steps'
export type { StepDef, Phase } from './flow/steps'
export { paths, transferAvailable, applies, conditions, conditionIds } from './flow/paths'
export type { PathDef, PathStep, StepCondition, ConditionId } from './flow/paths'
export { flowGraph } from './flow/flow-graph'
export type { FlowGraph, FlowNode, FlowEdge, FlowPhaseGroup } from './flow/flow-graph'
export { stepSchema, stepSchemas } from './flow/step-schemas'
export type { SchemaContext } from './flow/step-schemas'
export { stepIds, pathIds, isPathId, isStepId } from './flow/step-ids'
export type { StepId, PathId, StepKind } from './flow/step-ids'
export type * from './flow/step-values'
export {
  recordOutcome,
  paidApplications,
  paidCertifications,
  materialSupplied,
  isApproved,
  lastApplication,
} from './flow/outcomes'
export type {
  Outcomes,
  OutcomeEvent,
  CertApplication,
  CertTarget,
  PaidCertification,
  TransferRecord,
  ReuseResult,
} from './flow/outcomes'
export { restartReason, restartWithNewEmail } from './flow/restart'
export type { RestartReason, RestartResult } from './flow/restart'
export { officialAccountUsage } from './flow/guards'
export { isAccountCertified } from './flow/account-status'
export { stepIdentities, registrationIdentities, usageAmong, mergeUsage } from './flow/identities'
export type { AdminHashes, IdentityQuery } from './flow/identities'
export { splitDraft } from './flow/drafts'
export type { DraftParts } from './flow/drafts'
export {
  certificationFee,
  exactFee,
  timesFee,
  reuseCertification,
  reuseNeedsCertification,
} from './rules/fees'
export type { CertificationFee, ReuseCertification } from './rules/fees'
export { certificationQualificationRequired, officialAccountMenuPath } from './rules/qualifications'
export { annualReviewOpenUntil } from './rules/annual-review'

export { maskIdCard, maskMobile, identityFormats } from './identity'
export { samples } from './samples'
export { addDays, addMonths, weekday, daysBetween, monthOf, firstOfMonth, ageOn, isLocalDate } from './dates'
export type { LocalDate } from './dates'
export {
  isWorkingDay,
  addWorkingDays,
  subtractWorkingDays,
  workingDaysBetween,
  workingDayDate,
  holidayOn,
  holidaysKnown,
  holidaysKnownFrom,
  holidaysKnownThrough,
  holidaySources,
} from './calendar'
export type { WorkingDayDate, Festival } from './calendar'

// 发布清单: the publishing checklist's tasks, their gating by subject type and rule set, and the launch plan.
export {
  categoryFiling,
  certificationExpiry,
  certificationResult,
  icpStages,
  isCertified,
  memberRoles,
  publishChecklist,
  publishProgressSchema,
  publishTaskIds,
  recordedStatuses,
  serviceCategories,
  thirdPartyTasks,
  versionPattern,
} from './publishing/checklist'
export type {
  Checklist,
  ChecklistTask,
  IcpStage,
  MemberRole,
  PublishProgress,
  PublishSubject,
  PublishTaskId,
  RecordedStatus,
  ServiceCategory,
  TaskBlocker,
  TaskStatus,
} from './publishing/checklist'
export { launchPlan } from './publishing/launch-plan'
export type { LaunchPlan, LongTaskId, PlannedTask } from './publishing/launch-plan'

// 演示模式: fictional sample data, scenarios played on the flow machine, 讲解提示 and 练一练.
export * from './demo'

// 批量规划: a plan's rows read with the field schemas, and scheduled month by month against every quota.
export * from './planning'
