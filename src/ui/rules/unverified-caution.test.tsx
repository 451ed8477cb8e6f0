import { render, screen } from '@testing-library/react'
import { MemoryRouter } from 'react-router'
import { describe, expect, it } from 'vitest'
import { ruleSets } from '../../domain'
import { RuleLink } from './rule-link'
import { UnverifiedCaution } from './unverified-caution'

describe('UnverifiedCaution', () => {
  it('cautions beside a number no source states, naming the source there is', () => {
    render(<UnverifiedCaution id="TRANSFER_VERIFY" ruleSet={ruleSets.current} />)
    expect(screen.getByText('未核实')).toBeInTheDocument()
    expect(screen.getByRole('link', { name: /阿里云开发者社区/ })).toHaveAttribute('rel', 'noreferrer')
  })

  it('says nothing for a verified rule, or under the guide where the guide is the source', () => {
    const { container } = render(
      <>
        <UnverifiedCaution id="ID_CARD_LIMIT" ruleSet={ruleSets.current} />
        <UnverifiedCaution id="TRANSFER_VERIFY" ruleSet={ruleSets.guide} />
      </>,
    )
    expect(container).toBeEmptyDOMElement()
  })
})

describe('RuleLink', () => {
  it('marks an unverified rule when it knows the rule set', () => {
    render(
      <MemoryRouter>
        <RuleLink id="CERT_REVIEW_TIME" ruleSet={ruleSets.current} />
        <RuleLink id="CERT_FEE" ruleSet={ruleSets.current} />
      </MemoryRouter>,
    )
    expect(
      screen.getByRole('link', { name: '认证审核时间 （CERT_REVIEW_TIME）（未核实）' }),
    ).toBeInTheDocument()
    expect(screen.getByRole('link', { name: '微信认证费 （CERT_FEE）' })).toBeInTheDocument()
  })
})
