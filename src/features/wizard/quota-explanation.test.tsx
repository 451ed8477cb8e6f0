import { render, screen } from '@testing-library/react'
import { MemoryRouter } from 'react-router'
import { describe, expect, it, vi } from 'vitest'
import { ruleSets, start, type QuotaFinding } from '../../domain'
import { QuotaExplanation } from './quota-explanation'

function explain(findings: QuotaFinding[]) {
  render(
    <MemoryRouter>
      <QuotaExplanation
        findings={findings}
        flow={start('reuse')}
        ruleSet={ruleSets.current}
        today="2026-11-24"
        onBack={vi.fn()}
        onSwitchPath={vi.fn()}
      />
    </MemoryRouter>,
  )
}

describe('the quota explanation page', () => {
  it('shows the figures of a count quota (rule: OA_LINK_SAME)', () => {
    explain([{ ruleId: 'OA_LINK_SAME', severity: 'block', limit: 10, used: 10, requested: 1, remaining: 0 }])
    expect(screen.getAllByRole('term').map((term) => term.textContent)).toEqual([
      '上限',
      '已使用',
      '本次需要',
      '剩余',
    ])
    expect(screen.getAllByRole('definition').map((d) => d.textContent)).toEqual([
      '10 个',
      '10 个',
      '1 个',
      '0 个',
    ])
  })

  it('shows no figures for the official account’s own email, only what to do (rule: EMAIL_UNIQUE)', () => {
    explain([
      {
        ruleId: 'EMAIL_UNIQUE',
        severity: 'block',
        limit: 1,
        used: 1,
        requested: 1,
        remaining: 0,
        reason: 'official-account-email',
      },
    ])
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('无法继续')
    expect(screen.queryByRole('term')).not.toBeInTheDocument()
    expect(screen.getByRole('heading', { level: 3, name: '可以怎么做' })).toBeInTheDocument()
  })
})
