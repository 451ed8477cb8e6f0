import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { useSettingsStore } from '../../storage/settings-store'
import { openAdvisor } from './test-render'

// What a new user tripped over (issue 10), answered on the page: typed by label, read as a user reads it.
// Rendering whole pages in jsdom is slow on a busy machine: allow more than the default 5 s a test.
vi.setConfig({ testTimeout: 30_000 })

vi.mock('../../platform/clock', () => ({ todayInChina: () => '2025-03-14' }))

beforeEach(() => {
  localStorage.clear()
  useSettingsStore.setState({ ruleSetId: 'current' })
})

/** Chooses the subject type, no official account where asked, and types how many are wanted. */
async function answer(subjectType: string, wanted: string, held?: string) {
  const user = userEvent.setup()
  await openAdvisor()
  await user.click(screen.getByRole('radio', { name: subjectType }))
  if (subjectType !== '个人') await user.click(screen.getByRole('radio', { name: '没有公众号' }))
  if (held !== undefined) await user.type(screen.getByLabelText('这个主体已经有几个小程序？'), held)
  const box = screen.getByLabelText('打算注册几个小程序？')
  await user.clear(box)
  await user.click(box)
  await user.paste(wanted)
  await user.click(screen.getByRole('button', { name: '查看答复' }))
  return user
}

function section(heading: string | RegExp): HTMLElement {
  return screen.getByRole('heading', { level: 3, name: heading }).closest('section')!
}

/** The answer's paragraph that says what to do. */
function recommendation(): string {
  return document.querySelector('.advice__recommendation')?.textContent ?? ''
}

describe('a plan above the subject’s total, the count held left blank', () => {
  it('an enterprise planning 60: says the total is 50, and answers for 50, stating the assumption', async () => {
    await answer('企业', '60')
    expect(recommendation()).toBe(
      '打算注册的 60 个超过了企业主体最多 50 个小程序的上限，哪条路径都注册不了这么多。' +
        '没有填写“这个主体已经有几个小程序？”，下面假设这个主体还没有小程序，按最多能注册的 50 个答复：' +
        '建议走“单独注册”。',
    )
    const why = section('为什么')
    expect(why).toHaveTextContent('企业主体最多 50 个小程序，多出的 10 个哪条路径都注册不了。')
    expect(within(why).getByRole('link', { name: '同一主体可注册的小程序数量' })).toHaveAttribute(
      'href',
      '/rules#SUBJECT_TOTAL',
    )
    expect(section('费用')).toHaveTextContent('50 个小程序的费用')
    expect(section('费用')).toHaveTextContent('合计按能注册的 50 个计算，不是打算注册的 60 个。')
    expect(section('需要准备')).toHaveTextContent('50 个新邮箱')
  })

  it('a 个体工商户 planning 6: the total is 5', async () => {
    await answer('个体工商户', '6')
    expect(recommendation()).toContain('打算注册的 6 个超过了个体工商户主体最多 5 个小程序的上限')
    expect(recommendation()).toContain('按最多能注册的 5 个答复')
    expect(section('为什么')).toHaveTextContent(
      '个体工商户主体最多 5 个小程序，多出的 1 个哪条路径都注册不了。',
    )
  })

  it('with the count held given, answers for the room left', async () => {
    await answer('企业', '60', '10')
    expect(recommendation()).toBe(
      '打算注册的 60 个超过了企业主体最多 50 个小程序的上限，哪条路径都注册不了这么多。' +
        '这个主体已有 10 个，下面按还能注册的 40 个答复：建议走“单独注册”。',
    )
    expect(section('为什么')).toHaveTextContent(
      '已有 10 个，最多还能注册 40 个；多出的 20 个哪条路径都注册不了。',
    )
  })
})

describe('how many: the range, and full-width digits', () => {
  it('refuses a 10,000-digit count with the range, keeping every digit typed', async () => {
    const digits = '9'.repeat(10_000)
    await answer('企业', digits)
    const summary = screen.getByRole('alert')
    expect(summary).toHaveFocus()
    expect(
      within(summary).getByRole('link', { name: '请输入打算注册几个小程序：1 到 999 之间的整数' }),
    ).toBeVisible()
    expect(screen.getByLabelText('打算注册几个小程序？')).toHaveValue(digits)
    expect(screen.getByLabelText('打算注册几个小程序？')).toHaveAccessibleDescription(
      expect.stringContaining('1 到 999 之间的整数'),
    )
    expect(screen.queryByRole('heading', { name: '答复' })).not.toBeInTheDocument()
  })

  it('accepts full-width digits: １２ is 12', async () => {
    await answer('企业', '\uff11\uff12')
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
    expect(screen.getByRole('heading', { level: 2, name: '答复' })).toHaveFocus()
    expect(section('费用')).toHaveTextContent('12 个小程序的费用')
  })

  it('a link with a number out of range is refused the same way, with the range, and answers nothing', async () => {
    await openAdvisor(`/advisor?subject=enterprise&oa=none&n=${'9'.repeat(10_000)}&rs=current`)
    const summary = screen.getByRole('alert')
    expect(summary).toHaveTextContent('请输入打算注册几个小程序：1 到 999 之间的整数')
    expect(screen.queryByRole('heading', { name: '答复' })).not.toBeInTheDocument()
    expect(screen.getByText('回答完这些问题，就会在这里显示答复。')).toBeInTheDocument()
  })

  it('a link with full-width digits is read as the box reads them', async () => {
    await openAdvisor('/advisor?subject=enterprise&oa=none&n=%EF%BC%91%EF%BC%92&rs=current')
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
    expect(section('费用')).toHaveTextContent('12 个小程序的费用')
  })
})

/** Every sentence under 为什么 and 为什么不走, each with the name of the rule it links to. */
function reasonItems(): { text: string; rule: string; href: string | null }[] {
  return [section('为什么'), section(/为什么不走/)].flatMap((s) =>
    within(s)
      .getAllByRole('listitem')
      .map((li) => {
        const link = within(li).getByRole('link')
        return {
          text: li.textContent!.replace(link.textContent!, ''),
          rule: link.textContent!,
          href: link.getAttribute('href'),
        }
      }),
  )
}

describe('the reasons: each once, on its own rule, named', () => {
  it('an uncertified account, one wanted: the comparison once, on 微信认证费; the uncertain outcome on its rule', async () => {
    await openAdvisor('/advisor?subject=enterprise&oa=subscription&certified=0&same=1&n=1&rs=current')
    const items = reasonItems()
    const texts = items.map((i) => i.text)
    expect(new Set(texts).size).toBe(texts.length)
    const comparison = items.filter((i) => i.text.includes('单独注册更省钱'))
    expect(comparison).toEqual([
      {
        text: '注册 1 个：单独注册共 300 元，复用资质共 600 元，单独注册更省钱。',
        rule: '微信认证费',
        href: '/rules#CERT_FEE',
      },
    ])
    expect(section(/为什么不走/)).toHaveTextContent(
      '每个要单独申请微信认证，认证费每个 300 元，已计入上面的费用。快速注册后的认证结果',
    )
    // Short names only: the id and the source stay in the rule book.
    expect(screen.getByRole('region', { name: '答复' })).not.toHaveTextContent(/规则 [A-Z_]+|来源：/)
  })

  // Reuse is advised where it is cheaper: under guide (free); under current it never is (REUSE_CERT_OUTCOME).
  it('reuse advised: why not standalone is not the comparison again', async () => {
    await openAdvisor('/advisor?subject=enterprise&oa=service&certified=1&same=1&n=3&rs=guide')
    const texts = reasonItems().map((i) => i.text)
    expect(new Set(texts).size).toBe(texts.length)
    expect(texts.filter((t) => t.includes('复用资质更省钱'))).toHaveLength(1)
    expect(within(section('为什么')).getByRole('link', { name: '微信认证费' })).toBeInTheDocument()
  })

  it('an individual: the bars to reuse said once, under why not', async () => {
    await openAdvisor('/advisor?subject=individual&n=2&rs=current')
    const texts = reasonItems().map((i) => i.text)
    expect(new Set(texts).size).toBe(texts.length)
    expect(texts.filter((t) => t.includes('个人主体不能复用公众号资质'))).toHaveLength(1)
    expect(section(/为什么不走/)).toHaveTextContent('个人主体不能复用公众号资质')
  })
})

describe('what to have ready: the path advised only', () => {
  it('standalone advised: no official account items', async () => {
    await openAdvisor('/advisor?subject=enterprise&oa=subscription&certified=0&same=1&n=1&rs=current')
    const needs = section('需要准备')
    expect(needs).toHaveTextContent('认证费每个 300 元')
    expect(needs).not.toHaveTextContent('公众号的登录方式')
    expect(needs).not.toHaveTextContent('先为公众号完成微信认证')
    expect(needs).not.toHaveTextContent('（复用公众号资质）')
  })

  it('reuse advised: no standalone items', async () => {
    await openAdvisor('/advisor?subject=enterprise&oa=service&certified=1&same=1&n=3&rs=guide')
    const needs = section('需要准备')
    expect(needs).toHaveTextContent('公众号的登录方式')
    expect(needs).not.toHaveTextContent('认证费每个')
    expect(needs).not.toHaveTextContent('统一社会信用代码')
    expect(needs).not.toHaveTextContent('对公账户')
    expect(
      within(needs)
        .getAllByRole('link')
        .map((l) => l.textContent),
    ).not.toContain('微信认证费')
  })
})
