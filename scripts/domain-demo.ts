// The domain core from a plain Node script, no browser: walk a registration, check a quota, ask the advisor.
// Run: npm run domain:demo [-- --subject enterprise --wanted 12 --rule-set current]
import { parseArgs } from 'node:util'
import {
  advise,
  checkQuotas,
  progress,
  ruleSets,
  samples,
  start,
  subjectTypes,
  transition,
  type RuleSetId,
  type SubjectType,
} from '../src/domain/index.ts'

const { values } = parseArgs({
  options: {
    subject: { type: 'string', default: 'enterprise' },
    wanted: { type: 'string', default: '12' },
    'rule-set': { type: 'string', default: 'current' },
    today: { type: 'string', default: '2026-11-24' },
  },
})

const subjectType = values.subject as SubjectType
if (!subjectTypes.includes(subjectType))
  throw new Error(`--subject must be one of ${subjectTypes.join(', ')}`)
const ruleSetId = values['rule-set'] as RuleSetId
const ruleSet = ruleSets[ruleSetId]
const today = values.today

// A standalone registration up to the admin step.
let state = start('standalone', ruleSetId)
const answers: Record<string, unknown> = {
  account: samples.account,
  'subject-type': { subjectType },
  'subject-info': samples.subjectInfo,
  'verification-method': { method: 'certification' },
}
while (state.current !== 'admin') {
  const result = transition(
    state,
    { type: 'submit', values: answers[state.current] ?? { confirmed: true } },
    { today },
  )
  if (!result.ok) throw new Error(`${state.current}: ${result.reason} ${JSON.stringify(result.issues)}`)
  state = result.state
}
const { index, total } = progress(state)
// The total is a range while later answers may still add or drop steps.
const of = total.min === total.max ? `${total.min}` : `${total.min}–${total.max}`
console.log(`flow: step ${index} of ${of} is ${state.current}`)

// A sixth use of one ID card.
const sixth = transition(
  state,
  { type: 'submit', values: samples.admin },
  { today, usage: { idCardMiniPrograms: 5 } },
)
console.log(`sixth use of an ID card: ${sixth.reason} by ${sixth.findings.map((f) => f.ruleId).join(', ')}`)

console.log(
  'quota check:',
  JSON.stringify(checkQuotas({ phoneMiniPrograms: 4 }, { action: 'standalone', subjectType }, ruleSet)),
)

const advice = advise(
  {
    subjectType,
    wanted: Number(values.wanted),
    officialAccount:
      subjectType === 'individual'
        ? null
        : {
            type: 'service',
            certified: true,
            sameSubject: true,
            sameSubjectLinks: 2,
            otherSubjectLinks: 0,
            monthNewLinks: { sameSubject: 0, otherSubject: 0 },
            monthFastRegistrations: 0,
            fastRegistrationPending: false,
          },
  },
  ruleSet,
  today,
)
console.log(`advice: ${advice.recommended}; fees ${JSON.stringify(advice.fees.standalone.total)} standalone`)
if (advice.plans) {
  for (const [name, plan] of Object.entries(advice.plans)) {
    console.log(
      `  ${name}: reuse ${plan.reuse} + standalone ${plan.standalone}, ${plan.cost.min}–${plan.cost.max} CNY, done ${plan.finish.earliest}`,
    )
  }
}
