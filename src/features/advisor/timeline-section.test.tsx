import { render, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { advise, ruleSets, type RuleSet } from '../../domain'
import { situation } from '../../domain/advisor/test-situations'
import { TimelineSection } from './timeline-section'

const today = '2025-03-14'

function renderTimeline(ruleSet: RuleSet) {
  const asked = situation({ subjectType: 'enterprise', officialAccount: null, wanted: 1 })
  const advice = advise(asked, ruleSet, today)
  render(<TimelineSection context={{ advice, situation: asked, ruleSet }} />)
}

describe('the advisor’s timeline', () => {
  it('cautions beside the certification review days, which no source states (rule: CERT_REVIEW_TIME; source found: 服务商代认证及备案介绍)', () => {
    renderTimeline(ruleSets.current)
    const steps = screen.getAllByRole('listitem')
    const review = steps.find((step) => step.textContent?.includes('未核实'))
    expect(review).toBeDefined()
    expect(within(review!).getByRole('link', { name: /服务商代认证及备案介绍/ })).toHaveAttribute(
      'rel',
      'noreferrer',
    )
  })

  it('counts mainland working days: holidays off, make-up weekends on', () => {
    renderTimeline(ruleSets.current)
    expect(
      screen.getByText('工作日指中国大陆的工作日：周末和法定节假日不算，调休上班的周末算。'),
    ).toBeInTheDocument()
    expect(screen.queryByText(/周一至周五/)).not.toBeInTheDocument()
  })
})
