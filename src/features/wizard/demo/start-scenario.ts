import {
  maskIdCard,
  maskMobile,
  sampleIdCard,
  sampleMobile,
  type LocalDate,
  type ResolvedScenario,
  type SubjectType,
} from '../../../domain'
import { identityHash } from '../../../platform/identity-hash'
import type { DemoSeed } from '../../../storage/ledger'
import { loadLedger } from '../ledger-bridge'
import { usePresenterStore } from '../../../storage/presenter-store'
import { useCasesStore } from '../store/cases-store'

/** The demo ledger's mini programs get emails of their own, apart from every sample email a form may get. */
const seedEmail = (n: number) => `demo-ledger-${String(n).padStart(3, '0')}@example.com`

/** An admin of the demo ledger: the scenario's own numbers where it counts them, another sample number else. */
async function seedAdmin(name: string, idCard: string, mobile: string, miniPrograms: number) {
  return {
    name,
    idCardMasked: maskIdCard(idCard),
    idCardHash: await identityHash('id-card', idCard),
    mobileMasked: maskMobile(mobile),
    mobileHash: await identityHash('mobile', mobile),
    miniPrograms,
  }
}

/**
 * What the demo ledger holds before the scenario starts: its admin's ID card bound to as many mini programs
 * as the scenario says (with another mobile), its mobile used as often (by another ID card), its subject's
 * mini programs. Hashed with the demo's own identity key, as the wizard will hash the numbers it is given.
 */
export async function scenarioSeed(scenario: ResolvedScenario, today: LocalDate): Promise<DemoSeed> {
  const admin = scenario.answers.admin as
    { name?: string; idCardNumber?: string; mobile?: string } | undefined
  const info = scenario.answers['subject-info'] as { name?: string; creditCode?: string } | undefined
  const type = (scenario.answers['subject-type'] as { subjectType?: SubjectType } | undefined)?.subjectType
  const idCard = admin?.idCardNumber ?? sampleIdCard(1)
  const mobile = admin?.mobile ?? sampleMobile(1)
  const name = admin?.name ?? ''
  const admins = []
  const { idCardMiniPrograms = 0, phoneMiniPrograms = 0, subjectMiniPrograms = 0 } = scenario.ledger
  if (idCardMiniPrograms > 0) admins.push(await seedAdmin(name, idCard, sampleMobile(90), idCardMiniPrograms))
  if (phoneMiniPrograms > 0) admins.push(await seedAdmin(name, sampleIdCard(90), mobile, phoneMiniPrograms))
  const subject =
    subjectMiniPrograms > 0 && info?.name && type
      ? {
          name: info.name,
          type,
          ...(info.creditCode ? { creditCode: info.creditCode } : {}),
          miniPrograms: subjectMiniPrograms,
        }
      : undefined
  return {
    ...(subject ? { subject } : {}),
    admins,
    email: seedEmail,
    createdOn: today,
  }
}

export type StartResult = { ok: true; caseId: string } | { ok: false }

/**
 * Starts a scenario: the demo ledger emptied and filled with what it needs, the demo's earlier registrations
 * removed (they would count against the scenario's quotas: its email, its admin), then a new registration on
 * its path (under the rule set it was loaded with) that remembers which scenario it plays. Demo mode only:
 * the ledger refuses the seed out of it, and nothing is removed then.
 */
export async function startScenario(scenario: ResolvedScenario, today: LocalDate): Promise<StartResult> {
  try {
    const ledger = await loadLedger()
    const seeded = await ledger.seedDemoLedger(await scenarioSeed(scenario, today))
    if (!seeded.ok) return { ok: false }
  } catch {
    return { ok: false }
  }
  const store = useCasesStore.getState()
  for (const id of Object.keys(store.cases)) store.deleteCase(id)
  usePresenterStore.setState({ recorded: {} })
  const caseId = store.createCase(scenario.path, scenario.ruleSetId, undefined, scenario.id)
  return { ok: true, caseId }
}
