import { render, screen, within } from '@testing-library/react'
import { MemoryRouter } from 'react-router'
import { describe, expect, it } from 'vitest'
import { publishChecklist, ruleSets, type PublishProgress, type PublishSubject } from '../../domain'
import { LaunchPlanSection } from './launch-plan-section'

const enterprise: PublishSubject = {
  subjectType: 'enterprise',
  path: 'standalone',
  verifiedByTransfer: false,
}

describe('LaunchPlanSection', () => {
  it('names each cell’s column, for the phone layout that stacks the cells without the header row', () => {
    const progress: PublishProgress = { tasks: {}, targetDate: '2026-12-08' }
    render(
      <MemoryRouter>
        <LaunchPlanSection
          ruleSet={ruleSets.current}
          today="2026-12-01"
          subject={enterprise}
          progress={progress}
          checklist={publishChecklist(ruleSets.current, enterprise, progress)}
          save={async () => {}}
        />
      </MemoryRouter>,
    )
    const table = screen.getByRole('table', { name: '每件事最晚哪天开始' })
    const headers = within(table)
      .getAllByRole('columnheader')
      .slice(1)
      .map((th) => th.textContent)
    expect(headers).toEqual(['最长需要', '最晚开始', '最晚完成', '情况'])
    const rows = within(table).getAllByRole('row').slice(1)
    expect(rows).toHaveLength(3)
    for (const row of rows) {
      expect(
        within(row)
          .getAllByRole('cell')
          .map((td) => td.getAttribute('data-label')),
      ).toEqual(headers)
    }
  })
})
