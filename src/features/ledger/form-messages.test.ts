import { describe, expect, it } from 'vitest'
import { ruleSets } from '../../domain'
import { zhCN } from '../../i18n/zh-CN'
import { saveRecord, tableNames, type TableName } from '../../storage/ledger'
import { freshDb, sampleCreditCode } from '../../storage/ledger/test-support'
import { fieldLabel } from './field-words'
import { askedFields, type FieldSpec } from './form-fields'
import { formSchema, type FormValues } from './form-schema'
import { toDraft, toFormValues } from './record-values'

const today = '2025-05-20'

/** A form of each table that passes, so that one field at a time can be spoiled. */
const valid: Record<TableName, FormValues> = {
  clients: { name: '示例客户' },
  subjects: { name: '示例科技有限公司', type: 'enterprise', creditCode: sampleCreditCode },
  officialAccounts: {
    name: '示例服务号',
    subjectId: 'subject-1',
    accountType: 'service',
    email: 'oa@example.com',
  },
  miniPrograms: { email: 'mp@example.com', name: '示例商城' },
  admins: { name: '张三', idCardNumber: '11010519491231002X', mobile: '13800138000' },
  associations: { officialAccountId: 'oa-1', miniProgramId: 'mp-1', kind: 'same' },
  emails: { email: 'other@example.com' },
  fees: { amount: '300' },
}

function validForm(table: TableName): FormValues {
  return { ...toFormValues(table, undefined, today), ...valid[table] }
}

/** A value of the right type but the wrong form, for the fields whose form is checked. */
const wrongFormat: Partial<Record<FieldSpec['check'], unknown>> = {
  email: 'not-an-email',
  creditCode: '123',
  appId: 'xyz',
  miniProgramName: '我的小程序',
  adminName: 'A1',
  idCard: '123',
  mobile: '123',
  date: '2025-13-45',
  amount: '三百',
  choice: 'nonsense',
  flag: 'yes',
  flags: ['nonsense'],
}

const tooLong = 'x'.repeat(3000)

/** Every template in the catalog as a pattern: each {placeholder} stands for some text. */
function leaves(node: unknown): string[] {
  if (typeof node === 'string') return [node]
  return Object.values(node as Record<string, unknown>).flatMap(leaves)
}
const named = zhCN.ledger.ui.form.problems.named
const patterns = leaves(zhCN)
  .filter((template) => template !== named)
  .map(
    (template) =>
      new RegExp(
        `^${template
          .split(/\{\w+\}/)
          .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
          .join('.+')}$`,
        's',
      ),
  )

/** From the catalog: a template itself, or "{label}：{problem}" around one. */
function isCatalogMessage(message: string, label: string): boolean {
  const prefix = named.replace('{label}', label).replace('{problem}', '')
  const problem = message.startsWith(prefix) ? message.slice(prefix.length) : message
  return patterns.some((pattern) => pattern.test(problem))
}

function issuesOf(table: TableName, editing: boolean, field: string, value: unknown) {
  const result = formSchema(table, ruleSets.current, editing).safeParse({
    ...validForm(table),
    [field]: value,
  })
  return (result.error?.issues ?? []).filter((issue) => issue.path[0] === field)
}

const cases = tableNames.flatMap((table) =>
  askedFields(table).flatMap((spec) =>
    [false, true].map((editing) => ({
      table,
      name: spec.name,
      spec,
      editing,
      label: fieldLabel(table, spec),
    })),
  ),
)

describe('every problem a ledger form can show', () => {
  it.each(tableNames)('starts from a %s form that passes', (table) => {
    expect(formSchema(table, ruleSets.current, false).safeParse(validForm(table)).error?.issues).toBe(
      undefined,
    )
  })

  it.each(cases)(
    '$table $name ($label, editing: $editing) is named and comes from the catalog',
    ({ table, spec, editing, label }) => {
      const blankAllowed =
        spec.optional ||
        spec.check === 'flag' ||
        spec.check === 'flags' ||
        (editing && table === 'admins' && (spec.check === 'idCard' || spec.check === 'mobile'))
      const tries: { value: unknown; refused: boolean }[] = [
        { value: '', refused: !blankAllowed },
        { value: '   ', refused: !blankAllowed },
        { value: 42, refused: true },
        { value: { what: 'an object' }, refused: true },
        {
          value: spec.check === 'flags' ? [tooLong] : tooLong,
          refused: spec.check !== 'ref' && !(spec.check === 'text' && spec.max === undefined),
        },
      ]
      if (spec.check in wrongFormat) tries.push({ value: wrongFormat[spec.check], refused: true })
      for (const { value, refused } of tries) {
        const issues = issuesOf(table, editing, spec.name, value)
        if (refused) expect(issues, `${JSON.stringify(value).slice(0, 20)} is refused`).not.toEqual([])
        for (const { message } of issues) {
          expect(message).toContain(label)
          expect(isCatalogMessage(message, label), message).toBe(true)
          expect(message).not.toMatch(/期望|无效|invalid|expected/i)
        }
      }
    },
  )

  it('says by how much a text is too long, as "名称最多 100 个字，现在有 250 个"', () => {
    const [issue] = issuesOf('clients', false, 'name', '字'.repeat(250))
    expect(issue?.message).toBe('客户名称最多 100 个字，现在有 250 个，请删减')
    expect(issuesOf('clients', false, 'name', '')[0]?.message).toBe('请填写客户名称')
  })

  it('puts the label in front of the wizard’s words when they do not already say which field', () => {
    expect(issuesOf('officialAccounts', false, 'email', '')[0]?.message).toBe('登录邮箱：请输入邮箱')
    expect(issuesOf('emails', false, 'email', '')[0]?.message).toBe('请输入邮箱')
    expect(issuesOf('admins', false, 'mobile', '123')[0]?.message).toMatch(/^管理员手机：手机号码应为11位/)
  })
})

describe('the form’s limits are the record’s', () => {
  const limited = tableNames.flatMap((table) =>
    askedFields(table)
      .filter((spec) => spec.check === 'text' || spec.check === 'longText')
      .map((spec) => ({ table, name: spec.name, spec })),
  )

  it.each(limited)('$table $name: the longest value the form takes is saved', async ({ table, spec }) => {
    expect(spec.max).toBeGreaterThan(0)
    const longest = '字'.repeat(spec.max!)
    const parsed = formSchema(table, ruleSets.current, false).parse({
      ...validForm(table),
      [spec.name]: longest,
    })
    const result = await saveRecord(freshDb(), table, await toDraft(table, parsed, undefined), null)
    expect(result.ok).toBe(true)
    expect(issuesOf(table, false, spec.name, `${longest}字`)).toHaveLength(1)
  })

  it('the largest amount the form takes is saved', async () => {
    const parsed = formSchema('fees', ruleSets.current, false).parse({
      ...validForm('fees'),
      amount: '1000000',
    })
    expect(
      (await saveRecord(freshDb(), 'fees', (await toDraft('fees', parsed, undefined)) as never, null)).ok,
    ).toBe(true)
    expect(issuesOf('fees', false, 'amount', '1000000.01')[0]?.message).toBe(
      '金额（元）最多 1000000 元，请核对金额',
    )
  })
})
