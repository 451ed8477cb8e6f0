import { cleanup, render, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { paths, ruleSets, type PathId, type RuleSet, type RuleSetId, type StepId } from '../../../domain'
import { hasRehearsal, RehearsalScreen } from './rehearsal-screen'

// 模拟界面 (issue 13): each platform page's look-alike, marked 模拟, every control disabled and labelled, filled with
// the samples, its numbers from the rule set. Texts are written out here, not read from the catalog.

function show(step: StepId, path: PathId, ruleSetId: RuleSetId = 'current') {
  return render(<RehearsalScreen step={step} path={path} ruleSet={ruleSets[ruleSetId]} />)
}

const figure = (name: string) => screen.getByRole('figure', { name: `模拟界面：${name}` })

/** The steps that show a look-alike, per path, and the figure each shows. Every other step shows none. */
const expected: Record<PathId, Partial<Record<StepId, string>>> = {
  standalone: {
    'open-platform': '立即注册：选择帐号类型',
    'choose-mini-program': '立即注册：选择帐号类型',
    account: '小程序注册表单',
    'activate-email': '激活邮件',
    'subject-type': '主体信息登记',
    'subject-info': '主体信息登记',
    'verification-method': '主体信息登记',
    admin: '主体信息登记',
    'admin-verify': '主体信息登记',
    certification: '微信认证：支付认证费',
    transfer: '小额打款验证',
    done: '小程序发布流程',
  },
  reuse: {
    'certify-oa': '微信认证：支付认证费',
    'fast-register': '快速注册并认证小程序',
    qualifications: '选择复用的资质',
    account: '小程序注册表单',
    'activate-email': '激活邮件',
    'registration-result': '注册结果：认证未成功',
    admin: '绑定小程序管理员信息',
    'admin-verify': '绑定小程序管理员信息',
    done: '小程序发布流程',
  },
}

const everyStep = (['standalone', 'reuse'] as const).flatMap((path) =>
  paths[path].steps.map(({ step }) => ({ path, step, name: expected[path][step] ?? null })),
)

describe('RehearsalScreen', () => {
  it.each(everyStep)('$path / $step shows the look-alike $name, or none', ({ path, step, name }) => {
    const { container } = show(step, path)
    expect(hasRehearsal(step, path)).toBe(name !== null)
    if (name === null) {
      expect(container).toBeEmptyDOMElement()
      return
    }
    expect(screen.getAllByRole('figure')).toHaveLength(1)
    const mock = figure(name)
    // Marked 模拟 on screen, not only in its accessible name.
    expect(within(mock).getByText('模拟', { exact: true })).toBeVisible()
    // Nothing of the platform's page can be used, and every control is labelled.
    const panel = mock.querySelector('.mock__panel')!
    for (const control of panel.querySelectorAll('input, button, select, textarea, a')) {
      expect(control).toBeDisabled()
    }
    for (const input of mock.querySelectorAll('input')) {
      expect(input).toHaveAccessibleName()
    }
    // Our own CSS only: no image of the platform's.
    expect(mock.querySelectorAll('img, svg, picture, canvas, [role="img"]')).toHaveLength(0)
  })

  it('account: 邮箱, 密码, 确认密码 and 验证码 hold the sample values, disabled (rule: PASSWORD_POLICY, CAPTCHA)', () => {
    show('account', 'standalone')
    const mock = figure('小程序注册表单')
    const fields = [
      ['邮箱', 'demo-mp-01@example.com'],
      ['密码', 'Sample2024!'],
      ['确认密码', 'Sample2024!'],
      ['验证码', 'k7Xq'],
    ] as const
    for (const [label, value] of fields) {
      const field = within(mock).getByLabelText(label)
      expect(field).toHaveValue(value)
      expect(field).toBeDisabled()
    }
    expect(within(mock).getByLabelText('密码')).toHaveAttribute('type', 'password')
    expect(within(mock).getByText('字母、数字或者英文符号，最短8位，区分大小写')).toBeVisible()
    expect(within(mock).getByRole('button', { name: '换一张' })).toBeDisabled()
    expect(within(mock).getByRole('button', { name: '注册' })).toBeDisabled()
  })

  it('account on the reuse path ends with 上一步 and 提交, as the guide shows', () => {
    show('account', 'reuse')
    const mock = figure('小程序注册表单')
    expect(within(mock).getByRole('button', { name: '上一步' })).toBeDisabled()
    expect(within(mock).getByRole('button', { name: '提交' })).toBeDisabled()
    expect(within(mock).queryByRole('button', { name: '注册' })).toBeNull()
  })

  it('the admin: sample name, ID card, mobile and SMS code, the limits from the rule set, and a QR placeholder that is no image (rules: ID_CARD_LIMIT, PHONE_LIMIT, SMS_CODE)', () => {
    show('admin-verify', 'standalone')
    const mock = figure('主体信息登记')
    expect(within(mock).getByLabelText('管理员姓名')).toHaveValue('买买提·艾力')
    expect(within(mock).getByLabelText('管理员身份证')).toHaveValue('11010519491231002X')
    expect(within(mock).getByLabelText('管理员手机')).toHaveValue('13800138000')
    expect(within(mock).getByLabelText('短信验证码')).toHaveValue('246810')
    expect(within(mock).getByLabelText('短信验证码')).toBeDisabled()
    expect(within(mock).getByRole('button', { name: '获取验证码' })).toBeDisabled()
    expect(within(mock).getByText('请输入管理员身份证号码。一个身份证号码只能绑定5个小程序。')).toBeVisible()
    expect(within(mock).getByText('请输入您的手机号码，一个手机号码只能注册5个小程序。')).toBeVisible()
    expect(within(mock).getByText('请输入手机短信收到的6位验证码。')).toBeVisible()
    expect(within(mock).getByText('请使用管理员微信扫描二维码进行验证')).toBeVisible()
    expect(within(mock).getByText('二维码占位（模拟，不能扫描）')).toBeVisible()
    expect(within(mock).queryAllByRole('img')).toHaveLength(0)
  })

  it('主体信息登记: the sample enterprise chosen, and 小额打款验证 offered only where the rule set states it (rule: TRANSFER_VERIFY)', () => {
    const { unmount } = show('subject-info', 'standalone', 'current')
    let mock = figure('主体信息登记')
    expect(within(mock).getByRole('radio', { name: '企业' })).toBeChecked()
    expect(within(mock).getByLabelText('企业名称')).toHaveValue('示例科技有限公司')
    expect(within(mock).getByLabelText('统一社会信用代码')).toHaveValue('91350100M000100Y43')
    expect(within(mock).getByRole('radio', { name: '小额打款验证' })).toBeDisabled()
    unmount()
    show('subject-info', 'standalone', 'guide')
    mock = figure('主体信息登记')
    expect(within(mock).queryByRole('radio', { name: '小额打款验证' })).toBeNull()
  })

  it('复用资质: the operator’s ID card and mobile masked; 微信认证资质 required as the rule set says (rule: REUSE_QUALIFICATIONS)', () => {
    show('qualifications', 'reuse', 'current')
    const mock = figure('选择复用的资质')
    expect(within(mock).getByText(/110\*{11}002X/)).toBeVisible()
    expect(within(mock).getByText(/138\*{4}8000/)).toBeVisible()
    expect(within(mock).queryByText('11010519491231002X')).toBeNull()
    expect(within(mock).getByRole('checkbox', { name: /^主体资质/ })).toBeChecked()
    expect(within(mock).getByRole('checkbox', { name: /^运营者信息/ })).not.toBeChecked()
    const certification = within(mock).getByRole('checkbox', { name: /^微信认证资质/ })
    expect(certification).toBeChecked()
    // Under current an enterprise may leave it unticked; the mini program starts uncertified (REUSE_CERT_OUTCOME).
    expect(certification).toHaveAccessibleDescription('可不勾选')
    expect(within(mock).getByText(/2023年12月25日起快速注册的小程序默认为未认证状态/)).toBeVisible()
  })

  it('复用资质 under the guide: 微信认证资质 必须勾选, free and certified with the account', () => {
    show('qualifications', 'reuse', 'guide')
    const mock = figure('选择复用的资质')
    expect(within(mock).getByRole('checkbox', { name: /^微信认证资质/ })).toHaveAccessibleDescription(
      '必须勾选',
    )
    expect(within(mock).getByText(/无需提交材料或支付费用/)).toBeVisible()
    expect(within(mock).queryByText(/默认为未认证状态/)).toBeNull()
  })

  it('微信认证 shows the fee of the rule set through the domain’s fee (rule: CERT_FEE)', () => {
    show('certification', 'standalone', 'guide')
    expect(within(figure('微信认证：支付认证费')).getByText('300 元')).toBeVisible()
    expect(within(figure('微信认证：支付认证费')).getByRole('button', { name: '支付' })).toBeDisabled()
  })

  it('takes every number from the rule set it is given, none typed (rules: CERT_FEE, ID_CARD_LIMIT, TRANSFER_VERIFY)', () => {
    const base = ruleSets.current
    const changed: RuleSet = {
      ...base,
      rules: {
        ...base.rules,
        CERT_FEE: {
          ...base.rules.CERT_FEE,
          value: {
            ...base.rules.CERT_FEE.value!,
            feeBySubject: {
              ...base.rules.CERT_FEE.value!.feeBySubject,
              enterprise: { kind: 'fixed', amount: 123 },
            },
          },
        },
        ID_CARD_LIMIT: { ...base.rules.ID_CARD_LIMIT, value: { limit: 7 } },
        TRANSFER_VERIFY: {
          ...base.rules.TRANSFER_VERIFY,
          value: { ...base.rules.TRANSFER_VERIFY.value!, days: 12 },
        },
      },
    }
    const { unmount } = render(<RehearsalScreen step="certify-oa" path="reuse" ruleSet={changed} />)
    expect(within(figure('微信认证：支付认证费')).getByText('123 元')).toBeVisible()
    unmount()
    render(<RehearsalScreen step="admin" path="reuse" ruleSet={changed} />)
    expect(screen.getByText('请输入管理员身份证号码。一个身份证号码只能绑定7个小程序。')).toBeVisible()
    cleanup()
    render(<RehearsalScreen step="transfer" path="standalone" ruleSet={changed} />)
    expect(screen.getByText('请在12天内完成汇款，否则将注册失败。')).toBeVisible()
  })

  it('小额打款验证: the deadline from the rule set with its caution, no made-up account or amount (rule: TRANSFER_VERIFY)', () => {
    show('transfer', 'standalone', 'current')
    const mock = figure('小额打款验证')
    expect(within(mock).getByText(/请在10天内完成汇款，否则将注册失败。/)).toBeVisible()
    expect(within(mock).getByText('未核实')).toBeVisible()
    expect(within(mock).getAllByText('以平台页面显示为准（示意中不显示）')).toHaveLength(2)
  })

  it('认证未成功: the guide’s notice, and the other results the rule set allows (rule: REUSE_CERT_OUTCOME)', () => {
    show('registration-result', 'reuse', 'current')
    const mock = figure('注册结果：认证未成功')
    expect(within(mock).getByText('小程序已完成注册，认证未成功')).toBeVisible()
    expect(within(mock).getByText(/其他结果：未认证、已认证、认证审核中。/)).toBeVisible()
  })

  it('小程序发布流程: what being uncertified means, by rule set (rule: CERT_BEFORE_PUBLISH)', () => {
    const { unmount } = show('done', 'standalone', 'guide')
    expect(
      screen.getByText('企业类型请先通过微信认证完成主体真实性确认。否则将无法发布小程序。'),
    ).toBeVisible()
    unmount()
    show('done', 'reuse', 'current')
    expect(screen.getByText('未认证的小程序可以发布，但不能被搜索和分享。')).toBeVisible()
    expect(screen.getByText('2023年9月1日起，小程序须完成备案才能上架')).toBeVisible()
  })
})
