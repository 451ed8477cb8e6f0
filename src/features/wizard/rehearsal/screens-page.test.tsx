import { render, screen, within } from '@testing-library/react'
import { beforeEach, describe, expect, it } from 'vitest'
import { useSettingsStore } from '../../../storage/settings-store'
import { ScreensPage } from './screens-page'

// /demo/screens (模拟界面一览): every look-alike once, each under an h2 with its step's title.

beforeEach(() => useSettingsStore.setState({ ruleSetId: 'current' }))

describe('ScreensPage', () => {
  it('has one h1 and every screen under an h2 with its step title', () => {
    render(<ScreensPage />)
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1)
    expect(screen.getByRole('heading', { level: 1, name: '模拟界面一览' })).toBeVisible()
    const titles = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)
    expect(titles).toEqual([
      '打开微信公众平台，点击“立即注册”',
      '准备小程序的登录邮箱',
      '打开激活邮件，点击激活链接',
      '主体是什么类型？',
      '选择“快速注册并认证小程序”',
      '选择要复用的资质',
      '填写管理员信息',
      '记录快速注册的结果',
      '完成微信认证',
      '完成小额打款验证',
      '注册信息已记录',
    ])
    expect(screen.getAllByRole('figure')).toHaveLength(titles.length)
    const entry = screen.getByRole('region', { name: '打开微信公众平台，点击“立即注册”' })
    expect(within(entry).getByRole('figure', { name: '模拟界面：立即注册：选择帐号类型' })).toBeVisible()
    expect(
      within(entry).getByText(
        /对应向导步骤：打开微信公众平台，点击“立即注册”（单独注册）、选择注册“小程序”（单独注册）/,
      ),
    ).toBeVisible()
    const account = screen.getByRole('region', { name: '准备小程序的登录邮箱' })
    expect(
      within(account).getByText('对应向导步骤：准备小程序的登录邮箱（单独注册、复用公众号资质快速注册）'),
    ).toBeVisible()
  })

  it('follows the rule set chosen in the header (rule: CERT_BEFORE_PUBLISH)', () => {
    useSettingsStore.setState({ ruleSetId: 'guide' })
    render(<ScreensPage />)
    expect(
      screen.getByText('企业类型请先通过微信认证完成主体真实性确认。否则将无法发布小程序。'),
    ).toBeVisible()
  })
})
