import { cleanup, render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { createMemoryRouter, RouterProvider } from 'react-router'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { TeamPage } from './team-page'

const switches = vi.hoisted(() => [] as unknown[])
// Switching reloads the page (window.location.assign, which jsdom does not do): noted here instead.
vi.mock('../../platform/team-mode', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../platform/team-mode')>()),
  switchTeamMode: (info: unknown, to: string) => {
    switches.push({ info, to })
    return true
  },
}))

vi.setConfig({ testTimeout: 30_000 })

type Role = 'owner' | 'operator' | 'viewer'
interface User {
  userId: string
  email: string
  password: string
  role: Role
  addedAt: string
}

/**
 * A stand-in for the team server behind fetch: the same routes, answers and refusals (the server's own tests
 * cover the real one). `answer` replaces it with a fixed answer, e.g. a page of HTML where no server runs.
 */
function fakeServer() {
  const users: User[] = []
  let signedIn: User | undefined
  let failures = 0
  let keyCheck: string | null = null
  const audit: object[] = []
  const json = (status: number, body: unknown) =>
    new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } })
  const session = (user: User) => ({ userId: user.userId, teamId: 't1', email: user.email, role: user.role })
  const handle = (method: string, path: string, body: Record<string, string>) => {
    const member = signedIn && users.includes(signedIn) ? signedIn : undefined
    if (method === 'GET' && path === '/api/setup') return json(200, { needed: users.length === 0 })
    if (method === 'POST' && path === '/api/setup') {
      const owner = {
        userId: 'u0',
        email: body.email!,
        password: body.password!,
        role: 'owner' as const,
        addedAt: '2026-11-20T04:00:00Z',
      }
      users.push(owner)
      signedIn = owner
      return json(200, { ok: true, session: session(owner) })
    }
    if (method === 'POST' && path === '/api/session') {
      if (failures >= 5) return json(429, { ok: false, reason: 'rate-limited', retryAfterSeconds: 600 })
      const user = users.find((u) => u.email === body.email && u.password === body.password)
      if (!user) {
        failures += 1
        return json(401, { ok: false, reason: 'wrong-credentials' })
      }
      signedIn = user
      return json(200, { ok: true, session: session(user) })
    }
    if (method === 'DELETE' && path === '/api/session') {
      signedIn = undefined
      return new Response(null, { status: 204 })
    }
    if (method === 'GET' && path === '/api/session') {
      return json(200, { ok: true, session: member ? session(member) : null })
    }
    if (!member) return json(401, { ok: false, reason: 'signed-out' })
    if (method === 'GET' && path === '/api/members') {
      return json(200, { ok: true, members: users.map(({ password: _p, ...u }) => u) })
    }
    if (method === 'GET' && path === '/api/team') return json(200, { ok: true, name: '星河代理', keyCheck })
    if (member.role !== 'owner') return json(403, { ok: false, reason: 'role' })
    if (method === 'PUT' && path === '/api/team/key-check') {
      if (keyCheck !== null) return json(409, { ok: false, reason: 'key-set' })
      keyCheck = body.keyCheck!
      return json(200, { ok: true })
    }
    if (method === 'POST' && path === '/api/members') {
      if (users.some((u) => u.email === body.email)) return json(409, { ok: false, reason: 'email-taken' })
      const user = {
        userId: `u${users.length}`,
        email: body.email!,
        password: body.password!,
        role: body.role as Role,
        addedAt: '2026-11-21T04:00:00Z',
      }
      users.push(user)
      return json(200, { ok: true, userId: user.userId })
    }
    const memberPath = /^\/api\/members\/(.+)$/.exec(path)
    if (memberPath) {
      const target = users.find((u) => u.userId === memberPath[1])
      if (!target) return json(404, { ok: false, reason: 'not-found' })
      const owners = users.filter((u) => u.role === 'owner').length
      const demoted = method === 'DELETE' || body.role !== 'owner'
      if (target.role === 'owner' && demoted && owners === 1)
        return json(409, { ok: false, reason: 'last-owner' })
      if (method === 'DELETE') users.splice(users.indexOf(target), 1)
      else target.role = body.role as Role
      return json(200, { ok: true })
    }
    if (method === 'GET' && path.startsWith('/api/audit')) return json(200, { ok: true, entries: audit })
    return json(404, { ok: false, reason: 'not-found' })
  }
  const fetch = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(String(input), 'http://localhost')
    const body = init?.body ? (JSON.parse(String(init.body)) as Record<string, string>) : {}
    return handle(init?.method ?? 'GET', url.pathname, body)
  })
  return {
    fetch,
    users,
    audit,
    signOutEverywhere: () => (signedIn = undefined),
    keyCheck: () => keyCheck,
    signInAs: (email: string) => (signedIn = users.find((u) => u.email === email)),
  }
}

let server: ReturnType<typeof fakeServer>
beforeEach(() => {
  server = fakeServer()
  vi.stubGlobal('fetch', server.fetch)
})

function open(path: string) {
  const router = createMemoryRouter([{ path: '/team/*', Component: TeamPage }], { initialEntries: [path] })
  render(<RouterProvider router={router} />)
  return router
}

async function setUp(user: ReturnType<typeof userEvent.setup>) {
  open('/team')
  await screen.findByRole('heading', { level: 2, name: '创建团队' })
  await user.type(screen.getByLabelText('团队名称'), '星河代理')
  await user.type(screen.getByLabelText('你的邮箱'), 'owner@example.com')
  await user.type(screen.getByLabelText('设置密码'), 'correct horse battery')
  await user.type(screen.getByLabelText('再输入一次密码'), 'correct horse battery')
  await user.click(screen.getByRole('button', { name: '创建团队' }))
  await screen.findByText('已登录：owner@example.com（所有者）')
}

describe('团队台账 without a team server', () => {
  it('says no server answers, how one is started, and that the browser’s ledger still works', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('<!doctype html>', { headers: { 'content-type': 'text/html' } })),
    )
    open('/team')
    expect(await screen.findByRole('heading', { level: 2, name: '没有连接到团队服务器' })).toBeInTheDocument()
    expect(screen.getByText(/npm run dev:team/)).toBeInTheDocument()
    expect(screen.getByRole('link', { name: '继续使用本机台账' })).toHaveAttribute('href', '/ledger')
  })

  it('says the same when the request does not get through', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))),
    )
    open('/team')
    expect(await screen.findByRole('heading', { level: 2, name: '没有连接到团队服务器' })).toBeInTheDocument()
  })
})

describe('setting up and signing in', () => {
  it('creating the team: problems listed in a summary linked to their fields, then signed in as 所有者', async () => {
    const user = userEvent.setup()
    open('/team')
    expect(await screen.findByRole('heading', { level: 1, name: '团队台账' })).toBeInTheDocument()
    await screen.findByRole('heading', { level: 2, name: '创建团队' })
    expect(screen.getByLabelText('设置密码')).toHaveAccessibleDescription(/不是微信公众平台的密码/)
    await user.type(screen.getByLabelText('你的邮箱'), 'not an email')
    await user.type(screen.getByLabelText('设置密码'), 'short')
    await user.type(screen.getByLabelText('再输入一次密码'), 'different')
    await user.click(screen.getByRole('button', { name: '创建团队' }))
    const summary = await screen.findByRole('alert')
    expect(
      within(summary)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual([
      '团队名称为 1 到 100 个字符',
      '请输入有效的邮箱地址，例如 name@example.com',
      '密码至少 12 个字符',
      '两次输入的密码不一样',
    ])
    expect(summary).toHaveFocus()
    await user.click(within(summary).getByRole('link', { name: '密码至少 12 个字符' }))
    expect(screen.getByLabelText('设置密码')).toHaveFocus()
    expect(server.users).toHaveLength(0)
  })

  it('a wrong password is said plainly and cleared; past the limit, the wait is said in minutes', async () => {
    const user = userEvent.setup()
    await setUp(user)
    await user.click(screen.getByRole('button', { name: '退出登录' }))
    expect(await screen.findByText('已退出登录。')).toBeInTheDocument()
    for (let i = 0; i < 5; i += 1) {
      await user.clear(screen.getByLabelText('邮箱'))
      await user.type(screen.getByLabelText('邮箱'), 'owner@example.com')
      await user.type(screen.getByLabelText('密码'), `wrong ${i}`)
      await user.click(screen.getByRole('button', { name: '登录' }))
      expect(await screen.findByRole('link', { name: '邮箱或密码不对。' })).toBeInTheDocument()
      expect(screen.getByLabelText('密码')).toHaveValue('')
    }
    await user.type(screen.getByLabelText('密码'), 'correct horse battery')
    await user.click(screen.getByRole('button', { name: '登录' }))
    expect(await screen.findByRole('link', { name: '尝试次数过多，请 10 分钟后再试。' })).toBeInTheDocument()
  })

  it('signs in with the team’s own password, an email in any case', async () => {
    const user = userEvent.setup()
    await setUp(user)
    await user.click(screen.getByRole('button', { name: '退出登录' }))
    await user.type(await screen.findByLabelText('邮箱'), '  Owner@Example.com ')
    await user.type(screen.getByLabelText('密码'), 'correct horse battery')
    await user.click(screen.getByRole('button', { name: '登录' }))
    expect(await screen.findByRole('heading', { level: 2, name: '团队' })).toHaveFocus()
    expect(screen.getByRole('link', { name: '操作记录' })).toHaveAttribute('href', '/team/audit')
  })
})

describe('成员', () => {
  it('an owner adds an operator, changes a role, removes a member after confirming, and keeps the last owner', async () => {
    const user = userEvent.setup()
    await setUp(user)
    await user.click(screen.getByRole('link', { name: '成员' }))
    expect(await screen.findByRole('heading', { level: 1, name: '成员' })).toBeInTheDocument()
    await screen.findByRole('table', { name: '团队成员' })

    await user.type(screen.getByLabelText('成员邮箱'), 'op@example.com')
    await user.type(screen.getByLabelText('初始密码'), 'first password 1')
    await user.selectOptions(screen.getByLabelText('角色'), '经办人')
    await user.click(screen.getByRole('button', { name: '添加成员' }))
    expect(await screen.findByText('已添加 op@example.com（经办人）。')).toBeInTheDocument()
    const table = screen.getByRole('table', { name: '团队成员' })
    expect(await within(table).findByText('op@example.com')).toBeInTheDocument()
    expect(screen.getByLabelText('成员邮箱')).toHaveValue('')

    // The same email again is refused, in the summary and at the field.
    await user.type(screen.getByLabelText('成员邮箱'), 'op@example.com')
    await user.type(screen.getByLabelText('初始密码'), 'first password 1')
    await user.click(screen.getByRole('button', { name: '添加成员' }))
    expect(await screen.findByRole('link', { name: '这个邮箱已经是某个团队的成员。' })).toBeInTheDocument()

    await user.selectOptions(screen.getByLabelText('op@example.com 的角色'), '只读')
    await user.click(within(table).getByRole('button', { name: '保存 op@example.com 的角色' }))
    expect(await screen.findByText('已把 op@example.com 的角色改为只读。')).toBeInTheDocument()
    expect(server.users[1]!.role).toBe('viewer')

    await user.selectOptions(screen.getByLabelText('owner@example.com 的角色'), '经办人')
    await user.click(within(table).getByRole('button', { name: '保存 owner@example.com 的角色' }))
    expect(
      await screen.findByText('团队至少要有一位所有者：请先把另一位成员设为所有者。'),
    ).toBeInTheDocument()

    await user.click(screen.getByRole('button', { name: '移除 op@example.com' }))
    expect(server.users).toHaveLength(2)
    await user.click(screen.getByRole('button', { name: '确定移除' }))
    expect(await screen.findByText('已移除 op@example.com。')).toBeInTheDocument()
    await waitFor(() => expect(within(table).queryByText('op@example.com')).toBeNull())
  })

  it('a session that ended meanwhile (removed from the team) sends the page back to sign-in', async () => {
    const user = userEvent.setup()
    await setUp(user)
    server.signOutEverywhere()
    await user.click(screen.getByRole('link', { name: '成员' }))
    expect(await screen.findByText(/登录已失效/)).toBeInTheDocument()
    expect(screen.getByRole('link', { name: '登录团队台账' })).toHaveAttribute('href', '/team')
  })
})

describe('操作记录', () => {
  it('shows who changed what, in the ledger’s words', async () => {
    const user = userEvent.setup()
    await setUp(user)
    server.audit.push(
      {
        id: 2,
        at: '2026-11-20T06:30:00Z',
        userEmail: 'op@example.com',
        action: 'save',
        table: 'miniPrograms',
        recordId: 'mp1',
        before: { id: 'mp1', name: '甲商城', status: 'in-progress', version: 1 },
        after: { id: 'mp1', name: '甲商城', status: 'registered', appId: 'wx0123456789abcdef', version: 2 },
      },
      {
        id: 1,
        at: '2026-11-20T04:00:00Z',
        userEmail: 'owner@example.com',
        action: 'member-added',
        table: 'members',
        recordId: 'u1',
        before: null,
        after: { userId: 'u1', email: 'op@example.com', role: 'operator' },
      },
    )
    await user.click(screen.getByRole('link', { name: '操作记录' }))
    const table = await screen.findByRole('table', { name: '操作记录，最新的在前' })
    const rows = within(table).getAllByRole('row').slice(1)
    // Each row: its time (the row's header), then the other columns.
    const shown = (row: HTMLElement) =>
      [...within(row).getAllByRole('rowheader'), ...within(row).getAllByRole('cell')].map(
        (cell) => cell.textContent,
      )
    expect(shown(rows[0]!)).toEqual([
      '2026年11月20日 14:30',
      'op@example.com',
      '保存',
      '小程序：甲商城',
      '修改了 状态、AppID',
    ])
    expect(shown(rows[1]!)).toEqual([
      '2026年11月20日 12:00',
      'owner@example.com',
      '添加成员',
      '成员：op@example.com',
      '新增',
    ])
  })
})

/** An operator signs in in another browser (nothing stored there) and opens /team. */
async function openAsOperator() {
  localStorage.clear()
  server.users.push({
    userId: 'u9',
    email: 'op@example.com',
    password: 'x',
    role: 'operator',
    addedAt: '2026-11-22T00:00:00Z',
  })
  server.signInAs('op@example.com')
  cleanup()
  open('/team')
  return screen.findByRole('region', { name: '在本浏览器使用团队台账' })
}

describe('在本浏览器使用团队台账', () => {
  beforeEach(() => {
    localStorage.clear()
    switches.length = 0
  })

  it('the owner makes the team key once: it stays in this browser, the server keeps only its check value', async () => {
    const user = userEvent.setup()
    await setUp(user)
    const section = await screen.findByRole('region', { name: '在本浏览器使用团队台账' })
    await user.click(await within(section).findByRole('button', { name: '生成团队密钥' }))
    expect(await within(section).findByText('团队密钥已生成，并保存在本浏览器。')).toBeInTheDocument()
    const key = section.querySelector('code')!.textContent!
    expect(key).toMatch(/^[A-Za-z0-9+/]{43}=$/)
    expect(server.keyCheck()).toMatch(/^[0-9a-f]{64}$/)
    expect(server.keyCheck()).not.toContain(key)
    expect(JSON.stringify(server.fetch.mock.calls)).not.toContain(key)
    await user.click(within(section).getByRole('button', { name: '使用团队台账' }))
    expect(switches).toEqual([
      {
        info: { teamId: 't1', teamName: '星河代理', email: 'owner@example.com', role: 'owner' },
        to: '/ledger',
      },
    ])
  })

  it('a member pastes the key the owner handed on: a wrong one is refused, the right one lets them switch', async () => {
    const user = userEvent.setup()
    await setUp(user)
    const owner = await screen.findByRole('region', { name: '在本浏览器使用团队台账' })
    await user.click(await within(owner).findByRole('button', { name: '生成团队密钥' }))
    await within(owner).findByText('团队密钥已生成，并保存在本浏览器。')
    const key = owner.querySelector('code')!.textContent!
    const section = await openAsOperator()
    const field = await within(section).findByLabelText('团队密钥')
    await user.type(field, 'not a key')
    await user.click(within(section).getByRole('button', { name: '保存密钥' }))
    expect(
      await screen.findByRole('link', { name: '这不像团队密钥，请完整复制所有者提供的文字。' }),
    ).toBeInTheDocument()
    await user.clear(field)
    await user.type(field, `${'A'.repeat(43)}=`)
    await user.click(within(section).getByRole('button', { name: '保存密钥' }))
    expect(
      await screen.findByRole('link', { name: '这个密钥与团队的不一致，请向所有者核对。' }),
    ).toBeInTheDocument()
    await user.clear(field)
    // Pasted with a line break in the middle, as copying from a chat often does.
    await user.click(field)
    await user.paste(`${key.slice(0, 20)}\n${key.slice(20)}`)
    await user.click(within(section).getByRole('button', { name: '保存密钥' }))
    await user.click(await within(section).findByRole('button', { name: '使用团队台账' }))
    expect(switches).toHaveLength(1)
    expect(switches[0]).toMatchObject({ info: { email: 'op@example.com', role: 'operator' } })
  })

  it('a member whose owner has not made the key yet is told so, with nothing to switch', async () => {
    const user = userEvent.setup()
    await setUp(user)
    const section = await openAsOperator()
    expect(await within(section).findByText(/所有者还没有生成团队密钥/)).toBeInTheDocument()
    expect(within(section).queryByRole('button')).toBeNull()
  })
})
