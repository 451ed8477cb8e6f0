import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { Notice } from './notice'

describe('Notice', () => {
  it('is a region named by its heading, with the body inside it', () => {
    render(
      <Notice title="认证费不退" tone="warning">
        <p>认证失败也不退费。</p>
      </Notice>,
    )
    const region = screen.getByRole('region', { name: '认证费不退' })
    expect(region).toContainElement(screen.getByRole('heading', { level: 2, name: '认证费不退' }))
    expect(region).toHaveTextContent('认证失败也不退费。')
  })
})
