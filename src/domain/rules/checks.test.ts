import { describe, expect, it } from 'vitest'
import { isLocalDate } from '../dates'
import { ruleIds } from './rule-ids'
import { ruleSets } from './rule-sets'

const reviewDay = '2026-12-01'
const sets = [ruleSets.current, ruleSets.guide]

describe('the freshness of every rule', () => {
  it('dates each rule of both rule sets no later than the review, with at least one titled source', () => {
    for (const set of sets) {
      for (const id of ruleIds) {
        const rule = set.rules[id]
        expect(isLocalDate(rule.checkedOn), `${set.id} ${id}`).toBe(true)
        expect(rule.checkedOn <= reviewDay, `${set.id} ${id} checked in the future`).toBe(true)
        expect(rule.references.length, `${set.id} ${id}`).toBeGreaterThan(0)
        for (const reference of rule.references) {
          expect(reference.title.trim()).not.toBe('')
          if (reference.url !== undefined) expect(reference.url).toMatch(/^https?:\/\//)
          // The guide has no address: its references name the seed file.
          if (reference.kind === 'guide') expect(reference.title).toContain('seeds/000_4fd508cd7262458f.txt')
        }
      }
    }
  })

  it('gives an unverified rule the source there is and a note of what was not found', () => {
    for (const set of sets) {
      for (const id of ruleIds) {
        const rule = set.rules[id]
        if (rule.confidence !== 'unverified') continue
        expect(rule.references.length, `${set.id} ${id}`).toBeGreaterThan(0)
        expect(rule.note, `${set.id} ${id}`).toBeTruthy()
      }
    }
  })

  it('marks the resend countdown unverified under both sets: the guide shows one, not its length (rule: SMS_CODE; source: the guide)', () => {
    for (const set of sets) {
      expect(set.rules.SMS_CODE.confidence).toBe('unverified')
      expect(set.rules.SMS_CODE.references.map((r) => r.kind)).toEqual(['guide'])
      expect(set.rules.SMS_CODE.value?.length).toBe(6)
    }
  })

  it('marks under current only what no source after the guide states; the guide keeps its own word (rules: MP_LINK_MONTHLY, CERT_BEFORE_NAME, CERT_REVIEW_TIME, TRANSFER_VERIFY)', () => {
    const unverifiedUnderCurrent = ruleIds.filter(
      (id) => ruleSets.current.rules[id].confidence === 'unverified',
    )
    expect(unverifiedUnderCurrent.sort()).toEqual(
      ['CERT_BEFORE_NAME', 'CERT_REVIEW_TIME', 'MP_LINK_MONTHLY', 'SMS_CODE', 'TRANSFER_VERIFY'].sort(),
    )
    const unverifiedUnderGuide = ruleIds.filter((id) => ruleSets.guide.rules[id].confidence === 'unverified')
    expect(unverifiedUnderGuide).toEqual(['SMS_CODE'])
    // MP_LINK_MONTHLY: the guide's 50 a month is the only source.
    expect(ruleSets.current.rules.MP_LINK_MONTHLY.references[0]?.kind).toBe('guide')
    expect(ruleSets.guide.rules.MP_LINK_MONTHLY.value?.limit).toBe(50)
    // CERT_REVIEW_TIME: 服务商代认证及备案介绍 says applications can be sent back, not how long review takes.
    expect(ruleSets.current.rules.CERT_REVIEW_TIME.references[0]?.url).toContain('wxverifyicp')
    expect(ruleSets.guide.rules.CERT_REVIEW_TIME.value).toBeNull()
  })

  it('cites the 2023-12-25 API documents for what fast registration does to certification (rules: REUSE_CERT_OUTCOME, CERT_BEFORE_PUBLISH)', () => {
    expect(ruleSets.current.rules.REUSE_CERT_OUTCOME.references[0]?.title).toContain(
      'registerMiniprogramByOffiaccount',
    )
    expect(ruleSets.current.rules.CERT_BEFORE_PUBLISH.references[0]?.title).toContain(
      'fastRegisterPersonalMp',
    )
    expect(ruleSets.guide.rules.REUSE_CERT_OUTCOME.references.map((r) => r.kind)).toEqual(['guide'])
  })

  it('keeps the checks of the 2026-11-30 review on the rules it verified (rules: MP_NAME, SUBJECT_NAME), and dates MP_INTRO by its re-check against setSignature', () => {
    expect(ruleSets.current.rules.MP_NAME.checkedOn).toBe('2026-11-30')
    expect(ruleSets.current.rules.MP_INTRO.checkedOn).toBe('2026-12-01')
    expect(ruleSets.current.rules.MP_INTRO.references[0]?.url).toContain('api_setsignature')
    expect(ruleSets.current.rules.SUBJECT_NAME.checkedOn).toBe('2026-11-30')
  })
})
