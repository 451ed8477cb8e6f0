import { render, screen, within } from '@testing-library/react'
import { MemoryRouter } from 'react-router'
import { describe, expect, it } from 'vitest'
import { ruleSets, start, type RuleSetId } from '../../domain'
import { StepLead } from './step-lead'

function renderLead(ruleSetId: RuleSetId) {
  render(
    <MemoryRouter>
      <StepLead flow={start('standalone', ruleSetId)} step="transfer" ruleSet={ruleSets[ruleSetId]} />
    </MemoryRouter>,
  )
  return screen.getByRole('list', { hidden: true })
}

describe('the help block of a wizard step', () => {
  it('marks a rule no source states and cautions beside it, with the source there is (rule: TRANSFER_VERIFY; source found: 阿里云开发者社区 article)', () => {
    const rules = renderLead('current')
    const transfer = within(rules).getByRole('link', { name: /TRANSFER_VERIFY/, hidden: true })
    expect(transfer).toHaveTextContent('（未核实）')
    expect(rules).toHaveTextContent('没有找到这个数字的出处')
    expect(within(rules).getByRole('link', { name: /阿里云开发者社区/, hidden: true })).toHaveAttribute(
      'target',
      '_blank',
    )
  })

  it('says nothing of the kind under the guide, which is its own source', () => {
    const rules = renderLead('guide')
    expect(rules).not.toHaveTextContent('未核实')
  })
})
