import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { MemoryRouter } from 'react-router'
import { describe, expect, it } from 'vitest'
import { ruleSets, type RuleSet, type ServerDomainLists } from '../../domain'
import { ServerDomainEditor } from './server-domain-editor'

function Harness({ ruleSet, initial }: { ruleSet: RuleSet; initial: ServerDomainLists }) {
  const [value, setValue] = useState(initial)
  return (
    <>
      <ServerDomainEditor ruleSet={ruleSet} value={value} onChange={setValue} />
      <output data-testid="value">{JSON.stringify(value)}</output>
    </>
  )
}

function renderEditor(ruleSet: RuleSet = ruleSets.current, initial: ServerDomainLists = {}) {
  const user = userEvent.setup()
  render(
    <MemoryRouter>
      <Harness ruleSet={ruleSet} initial={initial} />
    </MemoryRouter>,
  )
  const stored = () => JSON.parse(screen.getByTestId('value').textContent ?? '{}') as ServerDomainLists
  return { user, stored }
}

const group = (name: string) => screen.getByRole('group', { name })

describe('server domain editor (rule: SERVER_DOMAIN)', () => {
  it('shows one group per list of the rule set, as the platform labels them', () => {
    renderEditor(ruleSets.current)
    expect(screen.getAllByRole('group').map((g) => g.querySelector('legend')?.textContent)).toEqual([
      'request合法域名',
      'socket合法域名',
      'uploadFile合法域名',
      'downloadFile合法域名',
      'udp合法域名',
      'tcp合法域名',
    ])
  })

  it('under guide, no udp or tcp list', () => {
    renderEditor(ruleSets.guide)
    expect(screen.getAllByRole('group')).toHaveLength(4)
    expect(screen.queryByRole('group', { name: 'udp合法域名' })).not.toBeInTheDocument()
  })

  it('reminds of ICP filing and the monthly changes, with the rule, numbers from the rule set', () => {
    renderEditor()
    expect(screen.getByText(/每个服务器域名都必须已经完成ICP备案/)).toBeInTheDocument()
    expect(
      screen.getByText('服务器域名每月最多可以提交50次修改，建议把各个列表都整理好后一次提交。'),
    ).toBeInTheDocument()
    expect(screen.getByRole('link', { name: /SERVER_DOMAIN/ })).toHaveAttribute(
      'href',
      '/rules#SERVER_DOMAIN',
    )
    expect(within(group('request合法域名')).getByText('已填 0 / 200 个')).toBeInTheDocument()
  })

  it('says the accepted shape of each list in its hint', () => {
    renderEditor()
    expect(
      within(group('request合法域名')).getByRole('textbox', { name: '添加域名（每行一个）' }),
    ).toHaveAccessibleDescription(/以https:\/\/开头，可以带端口/)
    expect(within(group('socket合法域名')).getByRole('textbox')).toHaveAccessibleDescription(
      /以wss:\/\/开头，不用写端口/,
    )
  })

  it('adds the good lines of a paste, keeps the bad ones in the box and names each with its line and problem', async () => {
    const { user, stored } = renderEditor()
    const request = group('request合法域名')
    const box = within(request).getByRole('textbox', { name: '添加域名（每行一个）' })
    await user.click(box)
    await user.paste(
      [
        'https://a.example.com',
        'http://b.example.com',
        '',
        'wss://ws.example.com',
        'HTTPS://A.EXAMPLE.COM/',
        'https://c.example.com:8080',
      ].join('\n'),
    )
    await user.click(within(request).getByRole('button', { name: '添加' }))

    expect(stored().request).toEqual(['https://a.example.com', 'https://c.example.com:8080'])
    expect(within(request).getByRole('list', { name: '已添加的request合法域名' })).toHaveTextContent(
      'https://a.example.com',
    )
    expect(box).toHaveValue('http://b.example.com\nwss://ws.example.com\nHTTPS://A.EXAMPLE.COM/')
    const alert = within(request).getByRole('alert')
    expect(alert).toHaveTextContent('有3行没有添加，已留在输入框里')
    expect(
      within(alert)
        .getAllByRole('link')
        .map((a) => a.textContent),
    ).toEqual([
      '第2行“http://b.example.com”：服务器域名须以https://或wss://开头，例如 https://api.example.com',
      '第4行“wss://ws.example.com”：wss://开头的域名属于socket合法域名，不能填在request合法域名里',
      '第5行“HTTPS://A.EXAMPLE.COM/”：和第1行重复（都是 https://a.example.com）',
    ])
    expect(box).toHaveAttribute('aria-invalid', 'true')
    expect(box).toHaveAccessibleDescription(/第2行“http:\/\/b.example.com”/)
    expect(within(request).getByRole('status')).toHaveTextContent('已添加2个域名。')
    expect(within(request).getByText('已填 2 / 200 个')).toBeInTheDocument()
  })

  it('a bad line’s link puts the cursor on that line of the box', async () => {
    const { user } = renderEditor()
    const request = group('request合法域名')
    const box = within(request).getByRole<HTMLTextAreaElement>('textbox')
    await user.click(box)
    await user.paste('http://x.example.com\nhttps://ok.example.com\nhttps://192.168.0.1')
    await user.click(within(request).getByRole('button', { name: '添加' }))
    await user.click(within(request).getByRole('link', { name: /第3行/ }))
    expect(box).toHaveFocus()
    expect(box.value.slice(box.selectionStart, box.selectionEnd)).toBe('https://192.168.0.1')
  })

  it('names a domain already in the list, and does not add it twice', async () => {
    const { user, stored } = renderEditor(ruleSets.current, { request: ['https://a.example.com'] })
    const request = group('request合法域名')
    await user.type(within(request).getByRole('textbox'), 'https://a.example.com')
    await user.click(within(request).getByRole('button', { name: '添加' }))
    expect(stored().request).toEqual(['https://a.example.com'])
    expect(within(request).getByRole('alert')).toHaveTextContent(
      '第1行“https://a.example.com”：https://a.example.com 已经在request合法域名里了',
    )
  })

  it('refuses the lines beyond the limit and says so', async () => {
    const full = Array.from({ length: 199 }, (_, i) => `https://d${i}.example.com`)
    const { user, stored } = renderEditor(ruleSets.current, { downloadFile: full })
    const download = group('downloadFile合法域名')
    await user.click(within(download).getByRole('textbox'))
    await user.paste('https://y.example.com\nhttps://z.example.com')
    await user.click(within(download).getByRole('button', { name: '添加' }))
    expect(stored().downloadFile).toHaveLength(200)
    expect(within(download).getByText('已填 200 / 200 个')).toBeInTheDocument()
    expect(within(download).getByRole('alert')).toHaveTextContent(
      '第2行“https://z.example.com”：downloadFile合法域名最多200个，这一行超出了上限',
    )
  })

  it('shows the note of a wss port dropped under current', async () => {
    const { user, stored } = renderEditor(ruleSets.current)
    const socket = group('socket合法域名')
    await user.type(within(socket).getByRole('textbox'), 'wss://ws.example.com:8443')
    await user.click(within(socket).getByRole('button', { name: '添加' }))
    expect(stored().socket).toEqual(['wss://ws.example.com'])
    expect(within(socket).getByRole('status')).toHaveTextContent(
      '第1行：服务器域名：wss 域名无需配置端口，已去掉“:8443”',
    )
    expect(within(socket).queryByRole('alert')).not.toBeInTheDocument()
  })

  it('keeps a wss port under guide, without a note', async () => {
    const { user, stored } = renderEditor(ruleSets.guide)
    const socket = group('socket合法域名')
    expect(within(socket).getByRole('textbox')).toHaveAccessibleDescription(/以wss:\/\/开头，可以带端口/)
    await user.type(within(socket).getByRole('textbox'), 'wss://ws.example.com:8443')
    await user.click(within(socket).getByRole('button', { name: '添加' }))
    expect(stored().socket).toEqual(['wss://ws.example.com:8443'])
    expect(within(socket).getByRole('status')).toHaveTextContent(/^已添加1个域名。$/)
  })

  it('says when the box is empty', async () => {
    const { user } = renderEditor()
    const tcp = group('tcp合法域名')
    await user.click(within(tcp).getByRole('button', { name: '添加' }))
    expect(within(tcp).getByRole('alert')).toHaveTextContent('输入框是空的')
  })

  it('removes an entry by its labelled button and moves focus to the next, then the previous, then the box', async () => {
    const { user, stored } = renderEditor(ruleSets.current, {
      request: ['https://a.example.com', 'https://b.example.com'],
    })
    const request = group('request合法域名')
    await user.click(within(request).getByRole('button', { name: '删除 https://a.example.com' }))
    expect(stored().request).toEqual(['https://b.example.com'])
    expect(within(request).getByRole('button', { name: '删除 https://b.example.com' })).toHaveFocus()
    expect(within(request).getByRole('status')).toHaveTextContent('已删除 https://a.example.com。')
    await user.keyboard('{Enter}')
    expect(stored().request).toEqual([])
    expect(within(request).getByRole('textbox')).toHaveFocus()
    expect(within(request).getByText('还没有添加域名。')).toBeInTheDocument()
  })

  it('is usable by keyboard alone: type, tab to 添加, press Enter', async () => {
    const { user, stored } = renderEditor()
    const upload = group('uploadFile合法域名')
    within(upload).getByRole('textbox').focus()
    await user.keyboard('https://up.example.com')
    await user.tab()
    expect(within(upload).getByRole('button', { name: '添加' })).toHaveFocus()
    await user.keyboard('{Enter}')
    expect(stored().uploadFile).toEqual(['https://up.example.com'])
  })

  it('offers no primary button', () => {
    const { container } = render(
      <MemoryRouter>
        <ServerDomainEditor ruleSet={ruleSets.current} value={{}} onChange={() => {}} />
      </MemoryRouter>,
    )
    expect(container.querySelector('.button--primary')).toBeNull()
  })

  it('says when a list holds more than the limit', () => {
    const over = Array.from({ length: 202 }, (_, i) => `https://d${i}.example.com`)
    renderEditor(ruleSets.current, { request: over })
    expect(within(group('request合法域名')).getByText('超过上限200个，请删除2个')).toBeInTheDocument()
  })
})
