import { describe, expect, it } from 'vitest'
import { advise, ruleSets, type Situation } from '../../domain'
import { officialAccount } from '../../domain/advisor/test-situations'
import { replyMessage } from './reply-message'

const url = 'http://127.0.0.1/advisor?subject=enterprise&n=12&rs=current'

function message(situation: Situation, ruleSetId: 'current' | 'guide' = 'current') {
  const ruleSet = ruleSets[ruleSetId]
  const advice = advise(situation, ruleSet, '2025-03-14')
  return replyMessage({ advice, situation, ruleSet }, url)
}

describe('复制答复', () => {
  it('reads as a message: the situation and advice, why, costs, what to watch, plans, next steps, link', () => {
    const situation = { subjectType: 'enterprise', officialAccount: officialAccount(), wanted: 12 } as const
    const lines = message(situation, 'guide').split('\n')
    expect(lines[0]).toBe(
      '您好！根据您提供的情况（企业主体；已认证的服务号，与小程序同一主体；已关联同主体小程序 0 个、不同主体小程序 0 个；本月新增关联同主体 0 个、不同主体 0 个，快速注册 0 个；打算注册 12 个），建议走“复用公众号资质快速注册”。公众号现在容纳不下全部 12 个，见下面的“两种安排”。',
    )
    expect(lines).toContain('原因：')
    expect(lines).toContain(
      '- 公众号容纳不下全部：10 个走复用资质，其余 2 个单独注册。（公众号可关联的同主体小程序）',
    )
    expect(lines).toContain('费用（按“指南原文”计算）：')
    expect(lines).toContain('- 复用公众号资质快速注册：每个 0 元，合计 0 元')
    expect(lines).toContain('- 单独注册：每个 300 元，合计 3600 元')
    expect(lines).toContain('两种安排：')
    expect(lines).toContain('- 最省钱：复用资质分几个月注册：复用资质 10 个，单独注册 2 个。费用：600 元')
    expect(lines).toContain('下一步请准备：')
    expect(lines).toContain(
      '1. 12 个新邮箱，每个小程序一个：从未在微信公众平台、开放平台注册过，也没有绑定个人微信。',
    )
    expect(lines).toContain('- 复用公众号资质快速注册：从今天到发布约 3–29 个工作日')
    expect(lines).toContain(`详细说明（打开即可看到同样的答复）：${url}`)
    expect(lines.at(-1)).toBe('（2025年3月14日按“指南原文”判断，仅供参考，以微信公众平台为准。）')
  })

  // rule: REUSE_CERT_OUTCOME — under current each fast-registered mini program is certified on its own
  // (registerMiniprogramByOffiaccount: "默认为未认证状态"): the reuse total includes it, and the tie goes standalone.
  it('under current: the reuse total includes each certification, and says why', () => {
    const situation = { subjectType: 'enterprise', officialAccount: officialAccount(), wanted: 12 } as const
    const lines = message(situation).split('\n')
    expect(lines[0]).toContain('建议走“单独注册”。')
    expect(lines).toContain('- 复用公众号资质快速注册：每个 300 元，合计 3600 元')
    expect(lines).toContain(
      '- 自2023年12月25日起，快速注册的新小程序默认未认证，每个要单独申请微信认证，认证费每个 300 元，已计入上面的费用。（快速注册后的认证结果）',
    )
  })

  // rule: CERT_FEE — a government body's fee varies (third-party: free for government bodies, 300 otherwise).
  it('gives a fee that varies as a range with a caution, never one figure', () => {
    const lines = message({ subjectType: 'government', officialAccount: officialAccount(), wanted: 2 }).split(
      '\n',
    )
    expect(lines).toContain('- 单独注册：每个 0–300 元，合计 0–600 元')
    expect(lines).toContain(
      '- 政府主体的认证费：0–300 元（因单位而异，部分单位免费），付款前以平台付款页面为准',
    )
  })

  it('names what stops a path and what to do', () => {
    const text = message({
      subjectType: 'enterprise',
      officialAccount: null,
      wanted: 1,
      adminIdCardMiniPrograms: 5,
    })
    expect(text).toContain(
      '- 单独注册：同一身份证可绑定的小程序数量：上限 5 个，已用 5 个，还剩 0 个，这次要 1 个。换一位管理员（另一个身份证），或先解除这个身份证绑定的其他小程序。',
    )
  })

  it('leaves out next steps and timing when no path is open', () => {
    const text = message({
      subjectType: 'sole_proprietor',
      officialAccount: null,
      wanted: 1,
      subjectMiniPrograms: 5,
    })
    expect(text).toContain('这个主体已经不能再注册小程序，两条路径都走不通。')
    expect(text).not.toContain('下一步请准备：')
    expect(text).not.toContain('预计时间：')
  })

  it('states the rule set it was judged under', () => {
    const text = message({ subjectType: 'individual', officialAccount: null, wanted: 1 }, 'guide')
    expect(text).toContain('- 单独注册：每个 300 元，合计 300 元')
    expect(text).toContain('（2025年3月14日按“指南原文”判断')
  })
})

describe('复制答复, as a new user reads it', () => {
  const uncertified = {
    subjectType: 'enterprise',
    officialAccount: officialAccount({ certified: false }),
    wanted: 1,
  } as const

  it('says each reason once, names its rule, and links each rule once at the end', () => {
    const lines = message(uncertified).split('\n')
    const bullets = lines.filter((l) => l.startsWith('- '))
    expect(new Set(bullets).size).toBe(bullets.length)
    expect(lines).toContain('原因：')
    expect(lines).toContain(
      '- 注册 1 个：单独注册共 300 元，复用资质共 600 元，单独注册更省钱。（微信认证费）',
    )
    expect(lines).toContain('为什么不走“复用公众号资质快速注册”：')
    expect(lines).toContain(
      '- 公众号还没有认证，要先为它申请微信认证，认证费 300 元。（复用资质的公众号必须已认证）',
    )
    expect(lines).toContain('提到的规则（打开可看规则原文和来源）：')
    expect(lines).toContain('- 微信认证费：http://127.0.0.1/rules#CERT_FEE')
    expect(lines.filter((l) => l.includes('/rules#CERT_FEE'))).toHaveLength(1)
    expect(lines.join('\n')).not.toMatch(/规则 [A-Z_]+/)
  })

  it('lists only the advised path’s preparation', () => {
    const text = message(uncertified)
    expect(text).toContain('认证费每个 300 元，审核不通过不退。')
    expect(text).not.toContain('公众号的登录方式')
    expect(text).not.toContain('先为公众号完成微信认证')
  })

  it('a plan above the total: says so, and answers for what can be done', () => {
    const text = message({ subjectType: 'enterprise', officialAccount: null, wanted: 60 })
    expect(text).toContain(
      '打算注册的 60 个超过了企业主体最多 50 个小程序的上限，哪条路径都注册不了这么多。没有填写“这个主体已经有几个小程序？”，下面假设这个主体还没有小程序，按最多能注册的 50 个答复：建议走“单独注册”。',
    )
    expect(text).toContain('- 单独注册：每个 300 元，合计 15000 元')
    expect(text).toContain('1. 50 个新邮箱')
    expect(text).toContain('- 同一主体可注册的小程序数量：http://127.0.0.1/rules#SUBJECT_TOTAL')
  })
})
