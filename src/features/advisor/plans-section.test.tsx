import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { advise, ruleSets, type LocalDate } from '../../domain'
import { officialAccount, situation } from '../../domain/advisor/test-situations'
import { PlansSection } from './plans-section'

// More wanted than the account takes this month (rule: FAST_REG_MONTHLY): the plans spread reuse over the months.
function renderPlans(today: LocalDate) {
  const many = situation({ wanted: 12, officialAccount: officialAccount({ monthFastRegistrations: 2 }) })
  const advice = advise(many, ruleSets.guide, today)
  expect(advice.plans).not.toBeNull()
  render(<PlansSection advice={advice} />)
}

describe('the advisor’s plans', () => {
  it('count mainland working days, holidays and 调休 included, while the dates are within the notices', () => {
    renderPlans('2025-03-14')
    expect(
      screen.getByText('以上日期按中国大陆的工作日推算：周末和法定节假日不算，调休上班的周末算。'),
    ).toBeInTheDocument()
    expect(screen.queryByText(/只扣除了周末/)).not.toBeInTheDocument()
    expect(screen.getByRole('link', { name: /^国务院办公厅通知（2025年）/ })).toHaveAttribute(
      'href',
      'https://www.gov.cn/zhengce/content/202411/content_6986382.htm',
    )
  })

  it('say plainly that dates after the last notice count weekends only', () => {
    renderPlans('2026-12-01')
    expect(
      screen.getByText(
        '以上日期按中国大陆的工作日推算。2026年12月31日以后的法定节假日还没有公布，这之后的日期只扣除了周末，实际可能更晚。',
      ),
    ).toBeInTheDocument()
    expect(screen.queryByText(/周末和法定节假日不算/)).not.toBeInTheDocument()
  })
})
