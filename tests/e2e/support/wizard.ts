// Drives the registration wizard as a user would: by role and label, one step page at a time. Every page the
// driver lands on is checked (URL, h1, document.title) and run through axe; a screenshot hook can save each one.
// Headings and labels are written out here, not read from the catalog, so a changed text fails a test.
import { deflateSync } from 'node:zlib'
import type { Locator, Page, TestInfo } from '@playwright/test'
import { expect, expectNoAxeViolations } from './fixtures'

export type PathId = 'standalone' | 'reuse'

export type StepId =
  | 'open-platform'
  | 'choose-mini-program'
  | 'subject-type'
  | 'subject-info'
  | 'oa-status'
  | 'certify-oa'
  | 'open-mini-program'
  | 'fast-register'
  | 'qualifications'
  | 'account'
  | 'activate-email'
  | 'registration-result'
  | 'verification-method'
  | 'admin'
  | 'admin-verify'
  | 'confirm-subject'
  | 'certification'
  | 'transfer'
  | 'profile'
  | 'review'
  | 'done'

/** Each step's h1 (the reuse path and an operator-as-admin read differently: see `headingFor`). */
export const headings: Record<StepId, string> = {
  'open-platform': '打开微信公众平台，点击“立即注册”',
  'choose-mini-program': '选择注册“小程序”',
  'subject-type': '主体是什么类型？',
  'subject-info': '填写主体信息',
  'oa-status': '公众号现在的状态',
  'certify-oa': '先完成公众号的微信认证',
  'open-mini-program': '在公众号中开通小程序',
  'fast-register': '选择“快速注册并认证小程序”',
  qualifications: '选择要复用的资质',
  account: '准备小程序的登录邮箱',
  'activate-email': '打开激活邮件，点击激活链接',
  'registration-result': '记录快速注册的结果',
  'verification-method': '选择主体验证方式',
  admin: '填写管理员信息',
  'admin-verify': '在平台上完成短信验证和扫码',
  'confirm-subject': '确认主体信息',
  certification: '完成微信认证',
  transfer: '完成小额打款验证',
  profile: '填写小程序信息',
  review: '核对你的回答',
  done: '注册信息已记录',
}
export const reuseSubjectTypeHeading = '公众号的主体是什么类型？'
export const operatorAdminHeading = '确认公众号运营者为管理员'
export const appTitle = '小程序注册向导'

/**
 * The time limit of a test that walks a path: generous, since the machine is two cores shared with others and
 * axe costs seconds a page when it is busy. The specs wait on headings and URLs, never on fixed sleeps, and a
 * wrong page still fails at its first 5-second expectation.
 */
export const walkTimeout = 600_000

/** Made-up identities with valid check characters (GB 11643 / GB 32100), as the samples in src/domain. */
export const people = {
  adult: { name: '买买提·艾力', idCard: '11010519491231002X', mobile: '13800138000' },
  /** Born 1985-03-15. */
  second: { name: '张伟', idCard: '310104198503150212', mobile: '13912345678' },
  /** Born 1990-07-08. */
  third: { name: '李娜', idCard: '440305199007080340', mobile: '13700001111' },
  /** Born 2015-06-01: under 18. */
  child: { name: '王小明', idCard: '110105201506010139', mobile: '13600002222' },
} as const
export type Person = { name: string; idCard: string; mobile: string }

export const masked = { adultIdCard: '110***********002X', adultMobile: '138****8000' }

export const subject = { name: '示例科技有限公司', creditCode: '91350100M000100Y43' }
export const profile = { name: '示例预约助手', intro: '在线预约门店服务，查看排队进度。' }

/** Today in China as YYYY-MM-DD, the date the wizard records outcomes on. */
export function todayInChina(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date())
}

// --- A real PNG, built in memory (solid colour, width × height) ---

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c >>> 0
})

function crc32(bytes: Buffer): number {
  let c = 0xffffffff
  for (const byte of bytes) c = crcTable[(c ^ byte) & 0xff]! ^ (c >>> 8)
  return (c ^ 0xffffffff) >>> 0
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4)
  length.writeUInt32BE(data.length)
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(body))
  return Buffer.concat([length, body, crc])
}

export function pngBuffer(width: number, height: number): Buffer {
  const header = Buffer.alloc(13)
  header.writeUInt32BE(width, 0)
  header.writeUInt32BE(height, 4)
  header.set([8, 2, 0, 0, 0], 8) // 8-bit RGB
  const row = Buffer.concat([Buffer.from([0]), Buffer.alloc(width * 3, Buffer.from([0x07, 0xc1, 0x60]))])
  const pixels = Buffer.concat(Array.from({ length: height }, () => row))
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(pixels)),
    chunk('IEND', Buffer.alloc(0)),
  ])
}

export const logo = { name: 'logo.png', mimeType: 'image/png', buffer: pngBuffer(144, 144) }

// --- The driver ---

export interface WizardOptions {
  /** Save a full-page screenshot of every page visited, into the test's output folder. */
  screenshots?: TestInfo
  /** Also fail when the page is wider than the window (phones). */
  checkOverflow?: boolean
}

/** Page structures axe has passed in this worker (see `Wizard.checkPage`). */
const axeChecked = new Set<string>()

/**
 * The page's structure without its data: each element's tag, attribute names, the values of the attributes
 * that change what axe sees (roles, states, types, classes), and whether it holds text of its own.
 */
function pageStructure(): string {
  const kept =
    /^(role|type|class|tabindex|disabled|checked|hidden|open|lang|aria-(?!describedby|labelledby|controls))/
  return Array.from(document.body.querySelectorAll('*'), (el) => {
    const attributes = Array.from(el.attributes, (a) => (kept.test(a.name) ? `${a.name}=${a.value}` : a.name))
    const text = Array.from(el.childNodes).some((n) => n.nodeType === 3 && n.textContent!.trim() !== '')
    return `${el.tagName}[${attributes.sort().join(',')}]${text ? 't' : ''}`
  }).join('|')
}

const stepUrlPattern = (step: StepId) => new RegExp(`/register/[0-9a-f-]{36}/${step}$`)

export class Wizard {
  /** Every step page landed on, in order (repeats included). */
  readonly visited: StepId[] = []
  caseId = ''
  private shot = 0

  constructor(
    readonly page: Page,
    private readonly options: WizardOptions = {},
  ) {}

  heading(): Locator {
    return this.page.getByRole('heading', { level: 1 })
  }

  next(): Locator {
    return this.page.getByRole('button', { name: '下一步', exact: true })
  }

  confirmBox(): Locator {
    return this.page.getByRole('checkbox', { name: '我已完成这一步' })
  }

  errorSummary(): Locator {
    return this.page.getByRole('alert').filter({ hasText: '有以下问题需要处理' })
  }

  /**
   * The checks every page gets: axe, the screenshot hook, and no sideways scrolling on phones. axe runs once
   * per distinct page in a worker: a page with the same structure (elements, roles, states, which of them hold
   * text) at the same width as one already checked differs only in its data and is not run again. On two
   * shared cores one axe run costs seconds, and the specs walk the same steps many times.
   */
  async checkPage(label: string): Promise<void> {
    const structure = await this.page.evaluate(pageStructure)
    const key = `${this.page.viewportSize()?.width ?? 0}|${structure}`
    if (!axeChecked.has(key)) {
      await expectNoAxeViolations(this.page)
      axeChecked.add(key)
    }
    if (this.options.checkOverflow) {
      const overflow = await this.page.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth,
      )
      expect(overflow, `${label} scrolls sideways`).toBeLessThanOrEqual(0)
    }
    if (this.options.screenshots) {
      this.shot += 1
      const name = `${String(this.shot).padStart(2, '0')}-${label}.png`
      await this.page.screenshot({ path: this.options.screenshots.outputPath(name), fullPage: true })
    }
  }

  /** /register/new?path=… then 开始: lands on the path's first step (checked by the step's own call). */
  async start(path: PathId): Promise<string> {
    await this.page.goto(`/register/new?path=${path}`)
    const title = path === 'standalone' ? '开始单独注册小程序' : '开始复用公众号资质快速注册小程序'
    await expect(this.heading()).toHaveText(title)
    await this.checkPage(`new-${path}`)
    await this.page.getByRole('button', { name: '开始', exact: true }).click()
    const first: StepId = path === 'standalone' ? 'open-platform' : 'subject-type'
    await expect(this.page).toHaveURL(stepUrlPattern(first))
    this.caseId = /\/register\/([^/]+)\//.exec(this.page.url())![1]!
    return this.caseId
  }

  /**
   * The step's URL, h1, focus on the h1 and document.title "第 N 步，共 M 步：<h1> - 小程序注册向导" (共 M–K 步 while
   * the path's length depends on answers not given yet); then the
   * page checks (`focus: false` after a reload or a typed URL, where nothing moves focus).
   */
  async expectStep(step: StepId, options: { heading?: string; focus?: boolean } = {}): Promise<void> {
    const heading = options.heading ?? headings[step]
    await expect(this.page).toHaveURL(stepUrlPattern(step))
    await expect(this.heading()).toHaveText(heading)
    if (options.focus !== false) await expect(this.heading()).toBeFocused()
    const escaped = heading.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    await expect(this.page).toHaveTitle(
      new RegExp(`^第 \\d+ 步，共 \\d+(–\\d+)? 步：${escaped} - ${appTitle}$`),
    )
    this.caseId = /\/register\/([^/]+)\//.exec(this.page.url())![1]!
    this.visited.push(step)
    await this.checkPage(step)
  }

  /** Instruction steps: “我已完成这一步”, then 下一步. */
  async confirm(step: StepId): Promise<void> {
    await this.expectStep(step)
    await this.confirmHere()
  }

  /**
   * From the subject type to the verification method of a registration that carried the sample enterprise
   * (a path switched, or 用新邮箱重新注册): each shown as carried, checked, not typed, and kept by 下一步.
   */
  async carriedSubjectUpToMethod(): Promise<void> {
    await this.expectStep('subject-type')
    await expect(this.page.getByRole('radio', { name: '企业', exact: true })).toBeChecked()
    await this.next().click()
    await this.expectStep('subject-info')
    await expect(this.page.getByLabel('主体名称')).toHaveValue(subject.name)
    await expect(this.page.getByLabel('统一社会信用代码')).toHaveValue(subject.creditCode)
    await this.next().click()
    await this.expectStep('verification-method')
  }

  /** “我已完成这一步” and 下一步 on the step already arrived at. */
  async confirmHere(): Promise<void> {
    await this.confirmBox().check()
    await this.next().click()
  }

  async account(email: string, options: { password?: string; reuse?: boolean } = {}): Promise<void> {
    await this.expectStep('account')
    await this.page.getByLabel('邮箱', { exact: true }).fill(email)
    if (options.password) {
      const check = this.page.getByLabel('检查密码是否符合规则（选填）')
      await check.fill(options.password)
      await expect(this.page.getByText('这个密码符合规则。')).toBeVisible()
    }
    await this.next().click()
  }

  async subjectType(label: '企业' | '个体工商户' | '政府' | '媒体' | '其他组织' | '个人', reuse = false) {
    await this.expectStep('subject-type', { heading: reuse ? reuseSubjectTypeHeading : undefined })
    await this.page.getByRole('radio', { name: label, exact: true }).check()
    await this.next().click()
  }

  async subjectInfo(name = subject.name, creditCode = subject.creditCode): Promise<void> {
    await this.expectStep('subject-info')
    await this.page.getByLabel('主体名称').fill(name)
    await this.page.getByLabel('统一社会信用代码').fill(creditCode)
    await this.next().click()
  }

  async verificationMethod(label: '微信认证' | '小额打款验证'): Promise<void> {
    await this.expectStep('verification-method')
    await this.page.getByRole('radio', { name: label }).check()
    await this.next().click()
  }

  async fillAdmin(person: Person): Promise<void> {
    await this.page.getByLabel('管理员姓名').fill(person.name)
    await this.page.getByLabel('管理员身份证').fill(person.idCard)
    await this.page.getByLabel('管理员手机').fill(person.mobile)
  }

  async admin(person: Person, options: { heading?: string } = {}): Promise<void> {
    await this.expectStep('admin', options)
    await this.fillAdmin(person)
    await this.next().click()
  }

  /** The quiet 记录 button of the choice named `legend` (its hidden words name the choice). */
  recordButton(legend: string): Locator {
    return this.page.getByRole('button', { name: `记录：${legend}`, exact: true })
  }

  /**
   * Records what the platform showed: the option `choice` (a radio, or a lone confirmation checkbox) of the
   * choice named `legend`, then its 记录 button. A choice that asks again is answered by the caller.
   */
  async recordChoice(legend: string, choice: string): Promise<void> {
    const group = this.page.getByRole('group', { name: legend, exact: true })
    await group.getByLabel(choice, { exact: true }).check()
    await this.recordButton(legend).click()
  }

  /** The certification fee of an enterprise (rule CERT_FEE under 现行规则), as the choices show it. */
  static readonly certApplied = '我已在平台上提交认证申请，并支付认证费 300 元'

  /** A paid certification application recorded as submitted, then approved (standalone 微信认证 or certify-oa). */
  async recordCertification(): Promise<void> {
    await this.recordChoice('认证申请', Wizard.certApplied)
    await expect(this.page.getByText(`第 1 次申请：${todayInChina()} 提交，审核中`)).toBeVisible()
    await expect(this.page.getByText('已支付认证费 1 次，共 300 元（不退）')).toBeVisible()
    await this.checkPage('certification-pending')
    await this.recordChoice('平台显示的审核结果', '审核通过')
    await expect(this.page.getByText(`第 1 次申请：${todayInChina()} 提交，已通过`)).toBeVisible()
  }

  /** 小额打款验证 chosen on the platform: recorded, and its deadline shown. */
  async startTransfer(): Promise<void> {
    await this.recordChoice('小额打款验证', '我已在平台上选择小额打款验证')
    await expect(
      this.page.getByText(/^请在 \d{4}-\d{2}-\d{2} 前完成打款（\d+ 天内），否则注册失败。$/),
    ).toBeVisible()
  }

  async certification(): Promise<void> {
    await this.expectStep('certification')
    await this.recordCertification()
    await this.next().click()
  }

  async certifyOa(): Promise<void> {
    await this.expectStep('certify-oa')
    await this.recordCertification()
    await this.next().click()
  }

  /** 继续 on 公众号现在的状态: checks the group of questions shown and opens the next. */
  oaContinue(): Locator {
    return this.page.getByRole('button', { name: '继续', exact: true })
  }

  /**
   * 公众号现在的状态, a group at a time: the account (继续), its associations (继续), then this month's counts
   * left at 0 and 下一步. The page with every group open is checked too.
   */
  async oaStatus(options: { certified: boolean; email?: string; sameSubjectLinks?: number }): Promise<void> {
    await this.expectStep('oa-status')
    await this.page.getByLabel('公众号名称').fill('示例科技服务号')
    await this.page.getByRole('radio', { name: '服务号' }).check()
    await this.page.getByRole('radio', { name: options.certified ? '已认证' : '未认证' }).check()
    await this.page.getByLabel('公众号的登录邮箱').fill(options.email ?? 'official-account@example.com')
    await this.oaContinue().click()
    await this.page.getByLabel('已关联的同主体小程序数量').fill(String(options.sameSubjectLinks ?? 2))
    await this.oaContinue().click()
    await expect(this.next()).toBeVisible()
    await this.checkPage('oa-status-open')
    await this.next().click()
  }

  async qualifications(options: { operatorInfo: boolean }): Promise<void> {
    await this.expectStep('qualifications')
    await expect(this.page.getByRole('checkbox', { name: '主体资质' })).toBeChecked()
    const operator = this.page.getByRole('checkbox', { name: '运营者信息' })
    if (options.operatorInfo) await operator.check()
    else await operator.uncheck()
    await this.page.getByRole('checkbox', { name: '微信认证资质' }).check()
    await this.next().click()
  }

  async registrationResult(
    result:
      | '注册成功，小程序未认证（需要单独申请认证）'
      | '注册成功，认证成功'
      | '小程序已完成注册，认证未成功'
      | '注册成功，认证审核中',
  ) {
    await this.expectStep('registration-result')
    await this.recordChoice('平台显示的快速注册结果', result)
    await expect(this.page.getByText(`已记录：${result}`)).toBeVisible()
    await expect(this.page.getByRole('radio', { name: result })).toBeChecked()
  }

  async uploadLogo(file: { name: string; mimeType: string; buffer: Buffer } = logo): Promise<void> {
    await this.page.getByLabel('头像（LOGO）').setInputFiles(file)
    await expect(this.page.getByText(`已选择：${file.name}`)).toBeVisible()
  }

  async profile(values: { name: string; intro: string } = profile): Promise<void> {
    await this.expectStep('profile')
    await this.page.getByLabel('小程序名称').fill(values.name)
    await this.page.getByLabel('介绍').fill(values.intro)
    await this.uploadLogo()
    await expect(this.page.getByRole('img', { name: '头像预览' })).toBeVisible()
    await this.next().click()
  }

  /** A summary row on check answers or the confirmation: its label and value. */
  row(label: string): Locator {
    return this.page
      .locator('.summary-list__row')
      .filter({ has: this.page.getByRole('term').getByText(label, { exact: true }) })
  }

  async expectRow(label: string, value: string): Promise<void> {
    await expect(this.row(label).getByRole('definition').first()).toHaveText(value)
  }

  /** 提交 on check answers (`arrived`: the review page was already checked, e.g. after a reload). */
  async submit(options: { arrived?: boolean } = {}): Promise<void> {
    if (!options.arrived) await this.expectStep('review')
    await this.page.getByRole('button', { name: '提交', exact: true }).click()
    await this.expectStep('done')
  }

  // --- Whole stretches of a path ---

  /** 单独注册 up to (not including) subject-type. */
  async standaloneAccount(email: string, options: { password?: string } = {}): Promise<void> {
    await this.confirm('open-platform')
    await this.confirm('choose-mini-program')
    await this.account(email, options)
    await this.confirm('activate-email')
  }

  /** 单独注册 of an enterprise from the first step to 确认主体信息 (arrived and checked, not confirmed). */
  async standaloneEnterpriseSubject(options: {
    email: string
    method?: '微信认证' | '小额打款验证'
    admin?: Person
    password?: string
  }): Promise<void> {
    await this.standaloneAccount(options.email, { password: options.password })
    await this.subjectType('企业')
    await this.subjectInfo()
    await this.verificationMethod(options.method ?? '微信认证')
    await this.admin(options.admin ?? people.adult)
    await this.confirm('admin-verify')
    await this.expectStep('confirm-subject')
  }

  /** 单独注册 of an enterprise by 微信认证, from the first step to check answers. */
  async standaloneEnterprise(options: { email: string; admin?: Person; password?: string }): Promise<void> {
    await this.standaloneEnterpriseSubject(options)
    await this.confirmHere()
    await this.certification()
    await this.profile()
  }

  /** 单独注册 of an individual, from the first step to check answers (arrived and checked). */
  async standaloneIndividual(email: string, admin: Person): Promise<void> {
    await this.standaloneAccount(email)
    await this.subjectType('个人')
    await this.admin(admin)
    await this.confirm('admin-verify')
    await this.confirm('confirm-subject')
    await this.profile()
    await this.expectStep('review')
  }

  /** The last stretch of 复用: admin, its verification, the profile, to check answers (arrived and checked). */
  async reuseAdminToReview(admin: Person, options: { heading?: string } = {}): Promise<void> {
    await this.admin(admin, options)
    await this.confirm('admin-verify')
    await this.profile()
    await this.expectStep('review')
  }

  /** 复用公众号资质 up to the official account's status (subject type and info done). */
  async reuseSubject(): Promise<void> {
    await this.subjectType('企业', true)
    await this.subjectInfo()
  }

  /** A new 复用 registration whose account is not certified: on the certify-oa step (arrived and checked). */
  async reuseUncertified(): Promise<void> {
    await this.start('reuse')
    await this.reuseSubject()
    await this.oaStatus({ certified: false })
    await this.expectStep('certify-oa')
  }

  /** 复用 from open-mini-program to the registration result (recorded, not yet continued). */
  async reuseRegistration(options: { email: string; operatorInfo: boolean }): Promise<void> {
    await this.confirm('open-mini-program')
    await this.confirm('fast-register')
    await this.qualifications({ operatorInfo: options.operatorInfo })
    await this.account(options.email)
    await this.confirm('activate-email')
  }
}

/**
 * Presses Tab until `target` has focus (keyboard only), and checks it shows a visible focus indicator.
 * Fails after `max` presses.
 */
export async function tabTo(page: Page, target: Locator, max = 80): Promise<void> {
  await expect(target).toBeAttached()
  for (let i = 0; i < max; i += 1) {
    await page.keyboard.press('Tab')
    if (await target.evaluate((el) => el === document.activeElement)) {
      expect(await target.evaluate((el) => el.matches(':focus-visible'))).toBe(true)
      return
    }
  }
  throw new Error(`Tab never reached ${target.toString()} in ${max} presses`)
}

/** Everything the page keeps: localStorage, sessionStorage and every IndexedDB database, names and values. */
export async function readAllStorage(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const out: string[] = []
    for (const [name, store] of [
      ['localStorage', localStorage],
      ['sessionStorage', sessionStorage],
    ] as const) {
      for (let i = 0; i < store.length; i += 1) {
        const key = store.key(i)!
        out.push(`${name} ${key} = ${store.getItem(key)}`)
      }
    }
    out.push(`cookie = ${document.cookie}`)
    const dbs = await indexedDB.databases()
    for (const info of dbs) {
      if (!info.name) continue
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open(info.name!)
        open.onsuccess = () => resolve(open.result)
        open.onerror = () => reject(open.error)
      })
      for (const storeName of Array.from(db.objectStoreNames)) {
        const tx = db.transaction(storeName, 'readonly')
        const store = tx.objectStore(storeName)
        const [keys, values] = await Promise.all(
          [store.getAllKeys(), store.getAll()].map(
            (request) =>
              new Promise<unknown[]>((resolve, reject) => {
                request.onsuccess = () => resolve(request.result as unknown[])
                request.onerror = () => reject(request.error)
              }),
          ),
        )
        out.push(`indexedDB ${info.name}/${storeName} keys = ${JSON.stringify(keys)}`)
        out.push(`indexedDB ${info.name}/${storeName} values = ${JSON.stringify(values)}`)
      }
      db.close()
    }
    return out.join('\n')
  })
}
