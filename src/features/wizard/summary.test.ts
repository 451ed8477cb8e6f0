import { describe, expect, it } from 'vitest'
import type { FlowState } from '../../domain'
import { summaryRows } from './summary'
import { answeredUpTo } from './test-support'

const valueOf = (flow: FlowState, label: string) =>
  summaryRows(flow).find((row) => row.label === label)?.value

describe('the summary’s fee rows (rule: CERT_FEE)', () => {
  const applications = {
    certification: [
      { submittedOn: '2026-10-01', sentBack: 0, result: 'rejected' as const },
      { submittedOn: '2026-10-20', sentBack: 0, result: 'approved' as const },
    ],
  }

  it('gives one amount where the rule set says one', () => {
    const flow: FlowState = { ...answeredUpTo('admin'), outcomes: applications }
    expect(valueOf(flow, '认证费（第 1 次申请）')).toBe('300 元，2026-10-01 提交，未通过')
    expect(valueOf(flow, '认证费合计')).toBe('600 元（2 次申请，不退）')
  })

  // Under current a government body's fee varies (third-party: free for government bodies, 300 元 otherwise).
  it('gives a range with its caution where the fee varies, never one figure', () => {
    const base = answeredUpTo('admin')
    const flow: FlowState = {
      ...base,
      answers: { ...base.answers, 'subject-type': { subjectType: 'government' } },
      outcomes: applications,
    }
    expect(valueOf(flow, '认证费（第 2 次申请）')).toBe(
      '0–300 元（因单位而异，部分单位免费），2026-10-20 提交，已通过',
    )
    expect(valueOf(flow, '认证费合计')).toBe('0–600 元（因单位而异，部分单位免费）（2 次申请，不退）')
  })

  it('names a fast registration shown as not certified in the wizard’s words (REUSE_CERT_OUTCOME)', () => {
    const flow: FlowState = { ...answeredUpTo('admin'), outcomes: { reuseResult: 'not-certified' } }
    expect(valueOf(flow, '快速注册结果')).toBe('注册成功，小程序未认证（需要单独申请认证）')
  })
})
