import { describe, expect, it } from 'vitest'
import { emptyAnswers, type AdvisorAnswers } from './answers'
import { parseQuery, toQuery } from './query'

const filled: AdvisorAnswers = {
  ...emptyAnswers,
  subjectType: 'enterprise',
  account: 'service',
  certified: 'yes',
  sameSubject: 'yes',
  sameSubjectLinks: '4',
  monthFastRegistrations: '2',
  pending: true,
  wanted: '3',
  adminIdCard: '5',
}

describe('the advisor link', () => {
  it('writes the answers that apply and the rule set, and reads them back the same', () => {
    const query = toQuery(filled, 'guide')
    expect(query.toString()).toBe(
      'subject=enterprise&oa=service&certified=1&same=1&links=4&month_fast=2&pending=1&n=3&id_card=5&rs=guide',
    )
    expect(parseQuery(query)).toEqual({ answers: filled, ruleSetId: 'guide', unreadable: [], refused: [] })
  })

  it('is empty while nothing is answered, so /advisor stays /advisor', () => {
    expect(toQuery(emptyAnswers, 'current').toString()).toBe('')
    expect(parseQuery(new URLSearchParams())).toEqual({
      answers: emptyAnswers,
      ruleSetId: null,
      unreadable: [],
      refused: [],
    })
  })

  it('leaves out the account questions for an individual, and the counts of another subject’s account', () => {
    expect(toQuery({ ...filled, subjectType: 'individual' }, 'current').toString()).toBe(
      'subject=individual&n=3&id_card=5&rs=current',
    )
    expect(toQuery({ ...filled, sameSubject: 'no' }, 'current').toString()).toBe(
      'subject=enterprise&oa=service&certified=1&same=0&n=3&id_card=5&rs=current',
    )
  })

  it('names what it cannot read and keeps the default for it', () => {
    const parsed = parseQuery(
      new URLSearchParams('subject=robot&oa=service&certified=maybe&n=-2&links=1.5&held=7&rs=old'),
    )
    expect(parsed.unreadable).toEqual(['subjectType', 'certified', 'sameSubjectLinks', 'wanted', 'ruleSet'])
    expect(parsed.answers).toEqual({ ...emptyAnswers, account: 'service', subjectMiniPrograms: '7' })
    expect(parsed.ruleSetId).toBeNull()
  })

  // A number out of range stays in its box and is refused there, with the range, as a typed one is: the link
  // neither answers for it nor quietly swaps in the default.
  it('keeps a count of zero wanted and absurdly long numbers, to be refused with the range', () => {
    expect(parseQuery(new URLSearchParams('n=0'))).toMatchObject({
      answers: { wanted: '0' },
      unreadable: [],
      refused: ['wanted'],
    })
    const digits = '9'.repeat(10_000)
    expect(parseQuery(new URLSearchParams(`held=12345678901&n=${digits}`))).toMatchObject({
      answers: { subjectMiniPrograms: '12345678901', wanted: digits },
      unreadable: [],
      refused: ['subjectMiniPrograms', 'wanted'],
    })
  })

  it('reads full-width digits as the boxes do', () => {
    expect(parseQuery(new URLSearchParams('n=\uff11\uff12&held=\u3000\uff13'))).toMatchObject({
      answers: { wanted: '12', subjectMiniPrograms: '3' },
      unreadable: [],
      refused: [],
    })
  })
})
