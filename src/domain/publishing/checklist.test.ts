import { describe, expect, it } from 'vitest'
import { ruleSets } from '../rules/rule-sets'
import { subjectTypes } from '../subject'
import {
  certificationExpiry,
  categoryFiling,
  publishChecklist,
  publishProgressSchema,
  type PublishProgress,
  type PublishSubject,
} from './checklist'

const enterprise: PublishSubject = {
  subjectType: 'enterprise',
  path: 'standalone',
  verifiedByTransfer: false,
}
const individual: PublishSubject = {
  subjectType: 'individual',
  path: 'standalone',
  verifiedByTransfer: false,
}
const none: PublishProgress = { tasks: {} }

function task(subject: PublishSubject, progress: PublishProgress, id: string, ruleSet = ruleSets.current) {
  return publishChecklist(ruleSet, subject, progress).tasks.find((t) => t.id === id)!
}

describe('publishChecklist: task gating by subject type and rule set', () => {
  it('an organisation named during certification cannot finish 小程序信息 (nor file) before it (CERT_BEFORE_NAME)', () => {
    for (const ruleSet of [ruleSets.current, ruleSets.guide]) {
      const profile = task(enterprise, none, 'profile', ruleSet)
      expect(profile.status).toBe('blocked')
      expect(profile.blockers).toEqual([{ waitsOn: 'certification', rule: 'CERT_BEFORE_NAME' }])
      expect(task(enterprise, none, 'icp-filing', ruleSet).blockers).toEqual([
        { waitsOn: 'profile', rule: 'ICP_FILING' },
      ])
    }
  })

  it('verified by a small transfer, the organisation names it without certification today, not under the guide', () => {
    const transfer = { ...enterprise, verifiedByTransfer: true }
    expect(task(transfer, none, 'profile', ruleSets.current).status).toBe('not-started')
    expect(task(transfer, none, 'profile', ruleSets.guide).status).toBe('blocked')
  })

  it('certification recorded as done opens 小程序信息, then filing opens once 小程序信息 is done', () => {
    const certified: PublishProgress = { tasks: { certification: { status: 'done' } } }
    expect(task(enterprise, certified, 'profile').status).toBe('not-started')
    expect(task(enterprise, certified, 'icp-filing').status).toBe('blocked')
    const profiled: PublishProgress = { tasks: { ...certified.tasks, profile: { status: 'done' } } }
    expect(task(enterprise, profiled, 'icp-filing').status).toBe('not-started')
    // The ledger's certification status counts the same as the task.
    expect(task({ ...enterprise, certStatus: 'certified' }, none, 'profile').status).toBe('not-started')
  })

  it('release waits on review and filing; on certification too for an organisation under the guide only', () => {
    const ready: PublishProgress = {
      tasks: { review: { status: 'done' }, 'icp-filing': { status: 'done' } },
    }
    expect(task(enterprise, ready, 'release', ruleSets.current).status).toBe('not-started')
    expect(task(enterprise, ready, 'release', ruleSets.guide).blockers).toEqual([
      { waitsOn: 'certification', rule: 'CERT_BEFORE_PUBLISH' },
    ])
    expect(task(individual, ready, 'release', ruleSets.guide).status).toBe('not-started')
    expect(task(enterprise, none, 'release').blockers.map((b) => b.waitsOn)).toEqual(['review', 'icp-filing'])
  })

  it("an individual's certification is optional and never blocks; an individual names and files freely", () => {
    const cert = task(individual, none, 'certification')
    expect(cert.optional).toBe(true)
    expect(task(individual, none, 'profile').status).toBe('not-started')
    const list = publishChecklist(ruleSets.current, individual, none)
    expect(list.total).toBe(9)
    expect(publishChecklist(ruleSets.current, enterprise, none).total).toBe(10)
  })

  it('review waits on the privacy guide unless the code handles no personal data (PRIVACY_GUIDE)', () => {
    const uploaded: PublishProgress = { tasks: { upload: { status: 'done' } } }
    expect(task(individual, uploaded, 'review').blockers).toEqual([
      { waitsOn: 'privacy-guide', rule: 'PRIVACY_GUIDE' },
    ])
    const noData = { ...uploaded, privacy: { collectsPersonalData: false } }
    expect(task(individual, noData, 'review').status).toBe('not-started')
    expect(task(individual, noData, 'privacy-guide')).toMatchObject({ status: 'done', optional: true })
  })

  it('a third-party platform uploads, submits and releases: those tasks show as done by it', () => {
    const progress: PublishProgress = { tasks: {}, thirdParty: { name: '某某系统' } }
    const list = publishChecklist(ruleSets.current, individual, progress)
    expect(list.tasks.filter((t) => t.byThirdParty).map((t) => t.id)).toEqual(['upload', 'review', 'release'])
    expect(task(individual, progress, 'upload').blockers).toEqual([])
    expect(task(individual, progress, 'developers').optional).toBe(true)
  })

  it('a recorded status stays recorded but shows 暂不能开始 while a task before it is not done', () => {
    const progress: PublishProgress = { tasks: { 'icp-filing': { status: 'in-progress' } } }
    expect(task(enterprise, progress, 'icp-filing').status).toBe('blocked')
  })

  it('counts done tasks and says when an uncertified organisation released where the rules allow it', () => {
    const progress: PublishProgress = {
      tasks: { profile: { status: 'done' }, review: { status: 'done' }, 'icp-filing': { status: 'done' } },
      releasedOn: '2026-11-30',
    }
    const transfer = { ...enterprise, verifiedByTransfer: true }
    const list = publishChecklist(ruleSets.current, transfer, progress)
    expect(list).toMatchObject({ released: true, uncertifiedRelease: true, done: 4, total: 10 })
  })

  it('every subject type gets ten tasks in the platform order', () => {
    for (const subjectType of subjectTypes) {
      const ids = publishChecklist(ruleSets.current, { ...enterprise, subjectType }, none).tasks.map(
        (t) => t.id,
      )
      expect(ids).toEqual([
        'certification',
        'profile',
        'icp-filing',
        'privacy-guide',
        'developers',
        'dev-tools',
        'dev-settings',
        'upload',
        'review',
        'release',
      ])
    }
  })
})

describe('rules the checklist reads', () => {
  it('certification approved on a day expires CERT_VALIDITY years later', () => {
    expect(certificationExpiry(ruleSets.current, '2026-03-15')).toBe('2027-03-15')
    expect(certificationExpiry(ruleSets.current, '2028-02-29')).toBe('2029-02-28')
  })

  it('the four 报备 categories take CATEGORY_FILING calendar days more; others none', () => {
    expect(categoryFiling(ruleSets.current, 'social')).toBe(7)
    expect(categoryFiling(ruleSets.current, 'tools')).toBeNull()
    expect(categoryFiling(ruleSets.current, undefined)).toBeNull()
  })

  it('the stored progress is validated: unknown keys, bad dates and unknown stages are refused', () => {
    expect(publishProgressSchema.safeParse({ tasks: {} }).success).toBe(true)
    expect(publishProgressSchema.safeParse({}).data).toEqual({ tasks: {} })
    expect(publishProgressSchema.safeParse({ tasks: {}, hack: 1 }).success).toBe(false)
    expect(publishProgressSchema.safeParse({ tasks: {}, releasedOn: '2026-02-30' }).success).toBe(false)
    expect(publishProgressSchema.safeParse({ tasks: {}, icp: { stage: 'done' } }).success).toBe(false)
    expect(publishProgressSchema.safeParse({ tasks: { upload: { status: 'blocked' } } }).success).toBe(false)
  })
})
