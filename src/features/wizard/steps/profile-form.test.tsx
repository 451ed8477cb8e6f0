import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it } from 'vitest'
import { samples, type FlowState } from '../../../domain'
import { walk } from '../../../domain/flow/test-walk'
import { clearLedger, ledgerDb } from '../../../storage/ledger'
import { add, enterpriseMiniProgram, miniProgramDraft } from '../../../storage/ledger/test-support'
import { useCasesStore } from '../store/cases-store'
import { renderWizard } from '../test-support'

// A mini program name already used in this browser or in the ledger is warned of on the profile step, on
// 下一步, where it can still be changed; a second 下一步 goes on (rule: MP_NAME — unique on the platform, which
// alone decides: the same subject may rename, so it is never a block).

const name = samples.profile.name // 示例预约助手
const logo = { ...samples.profile.logo, contentType: 'image/png', decodable: true }

/** A registration saved at `flow`; on the profile step, with `typed` as what the user typed there. */
function saveCase(flow: FlowState, typed?: Record<string, unknown>) {
  const store = useCasesStore.getState()
  const id = store.createCase(flow.path, flow.ruleSetId)
  store.saveFlow(id, flow)
  if (typed) store.saveDraft(id, 'profile', typed)
  return id
}

function onProfile(typedName: string) {
  return saveCase(walk('standalone', 'profile'), { name: typedName, intro: samples.profile.intro, logo })
}

const next = () => userEvent.click(screen.getByRole('button', { name: '下一步' }))
const warningHeading = () => screen.queryByRole('heading', { name: '这个名称已经用过' })

describe('a mini program name already used (rule: MP_NAME)', () => {
  beforeEach(async () => {
    localStorage.clear()
    useCasesStore.setState({ cases: {}, problem: null })
    await clearLedger(ledgerDb())
  })

  it('warns of another registration in this browser with the same name, then goes on when asked again', async () => {
    saveCase(walk('standalone', 'review')) // named 示例预约助手 by the samples
    const id = onProfile(name)
    const router = renderWizard(`/register/${id}/profile`)
    await screen.findByLabelText('小程序名称')

    await next()
    expect(await screen.findByRole('heading', { name: '这个名称已经用过' })).toBeVisible()
    const notice = screen.getByRole('heading', { name: '这个名称已经用过' }).closest('.name-in-use')
    expect(notice).toHaveFocus()
    expect(notice).toHaveTextContent(`“${name}”已用于：`)
    expect(notice).toHaveTextContent(`本浏览器中的另一个注册“${name}”（主体：${samples.subjectInfo.name}）`)
    const links = within(notice as HTMLElement).getAllByRole('link')
    expect(links.map((link) => link.getAttribute('href'))).toEqual([
      expect.stringMatching(/^\/register\/[^/]+\/review$/),
      '/rules#MP_NAME',
    ])
    expect(router.state.location.pathname).toBe(`/register/${id}/profile`)
    expect(screen.queryByRole('alert')).not.toBeInTheDocument() // a warning, not an error

    await next()
    await waitFor(() => expect(router.state.location.pathname).toBe(`/register/${id}/review`))
  })

  it('warns of a ledger record with the same name, compared without case or spacing', async () => {
    await enterpriseMiniProgram(ledgerDb(), 'Demo Shop')
    const id = onProfile('DEMO  shop')
    renderWizard(`/register/${id}/profile`)
    await screen.findByLabelText('小程序名称')

    await next()
    const heading = await screen.findByRole('heading', { name: '这个名称已经用过' })
    expect(heading.closest('.name-in-use')).toHaveTextContent(
      '台账中的小程序“Demo Shop”（已注册，主体：甲公司）',
    )
  })

  it('names another registration once, though its ledger record carries the name too', async () => {
    const other = saveCase(walk('standalone', 'review'))
    await add(ledgerDb(), 'miniPrograms', miniProgramDraft('other@example.com', { name, caseId: other }))
    const id = onProfile(name)
    renderWizard(`/register/${id}/profile`)
    await screen.findByLabelText('小程序名称')

    await next()
    const heading = await screen.findByRole('heading', { name: '这个名称已经用过' })
    const items = within(heading.closest('.name-in-use') as HTMLElement).getAllByRole('listitem')
    expect(items.map((item) => item.textContent)).toEqual([
      `本浏览器中的另一个注册“${name}”（主体：${samples.subjectInfo.name}） 打开这个注册`,
    ])
  })

  it('says nothing of a name used nowhere else, by a failed registration, or by the registration’s own ledger record', async () => {
    const id = onProfile(name)
    await add(ledgerDb(), 'miniPrograms', miniProgramDraft('own@example.com', { name, caseId: id }))
    saveCase(walk('standalone', 'review', { profile: { ...samples.profile, name: '示例排队助手' } }))
    saveCase({ ...walk('standalone', 'review'), status: 'failed' }) // took no name on the platform
    const router = renderWizard(`/register/${id}/profile`)
    await screen.findByLabelText('小程序名称')

    await next()
    await waitFor(() => expect(router.state.location.pathname).toBe(`/register/${id}/review`))
    expect(warningHeading()).not.toBeInTheDocument()
  })

  it('checks again when the name is changed after the warning', async () => {
    saveCase(walk('standalone', 'review'))
    saveCase(walk('standalone', 'review', { profile: { ...samples.profile, name: '示例排队助手' } }))
    const id = onProfile(name)
    const router = renderWizard(`/register/${id}/profile`)
    const input = await screen.findByLabelText('小程序名称')

    await next()
    expect(await screen.findByRole('heading', { name: '这个名称已经用过' })).toBeVisible()
    await userEvent.clear(input)
    await userEvent.type(input, '示例排队助手')
    await next()
    await waitFor(() =>
      expect(
        screen.getByRole('heading', { name: '这个名称已经用过' }).closest('.name-in-use'),
      ).toHaveTextContent('“示例排队助手”已用于：'),
    )
    expect(router.state.location.pathname).toBe(`/register/${id}/profile`)
  })
})
