// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { plannedRow, ruleSets, schedulePlan, type PlannedRow, type PlanRowInput } from '../../domain'
import { options, planAccount, planRow, planUsage, reuseRow } from '../../domain/planning/test-plan'
import { addMessages } from '../../i18n'
import { plan } from '../../i18n/zh-CN/plan'
import {
  calendarFileName,
  eventUid,
  firstWorkingDay,
  scheduleCalendar,
  scheduleCsv,
  scheduleFileName,
} from './export'

addMessages('plan', plan)

const current = ruleSets.current
const stamp = new Date('2026-12-01T03:00:00Z')

/** The CSV's lines, without the byte order mark. */
function csvLines(csv: string): string[] {
  return csv
    .replace(/^\uFEFF/, '')
    .replace(/\r\n$/, '')
    .split('\r\n')
}

/** The .ics with its folded lines joined again. */
function unfolded(ics: string): string {
  return ics.replace(/\r\n /g, '')
}

function events(ics: string): string[] {
  return unfolded(ics).split('BEGIN:VEVENT').slice(1)
}

describe('scheduleCsv', () => {
  it('writes a Chinese header and one line per row in row order, refused rows with reasons and ways out', () => {
    const sameAdmin = { idCardHash: 'id-A', idCardMasked: '110***********000A' }
    const rows = [
      planRow(7),
      ...[1, 2, 3, 4, 5, 6].map((n) => planRow(n, sameAdmin)),
      reuseRow(8, '示例服务号'),
    ]
    const usage = planUsage({ officialAccounts: { 示例服务号: planAccount() } })
    const schedule = schedulePlan(rows, usage, current, options)
    const lines = csvLines(scheduleCsv(schedule, rows, current))
    expect(lines[0]).toBe(
      '行号,主体名称,统一社会信用代码,小程序名称,公众号,管理员姓名,管理员身份证,管理员手机,邮箱,要求的注册方式,安排的方式,安排月份,排队序号,费用,状态,决定原因 / 无法安排的原因,出路',
    )
    expect(lines.slice(1).map((line) => line.split(',')[0])).toEqual(['1', '2', '3', '4', '5', '6', '7', '8'])
    expect(lines[1]).toBe(
      '1,示例科技有限公司,91350100M000100Y43,示例助手1,,张三,110***********000A,138****0001,mp-1@example.com,单独注册,单独注册,2026年12月,,300 元,已安排,,',
    )
    const limit = current.rules.ID_CARD_LIMIT.value!.limit
    expect(lines[6]).toBe(
      `6,示例科技有限公司,91350100M000100Y43,示例助手6,,张三,110***********000A,138****0006,mp-6@example.com,单独注册,,,,,无法安排,「同一身份证可绑定的小程序数量」：已用 ${limit} 个，上限 ${limit} 个；等待也不会有名额：需要换一种办法,换一位管理员：计划中 110***********0007、110***********0008 还有名额`,
    )
    expect(lines[8]).toBe(
      '8,示例科技有限公司,91350100M000100Y43,示例助手8,示例服务号,张三,110***********0008,138****0008,mp-8@example.com,复用公众号,复用公众号,2026年12月,1,300 元,已安排,,',
    )
  })

  it('defuses a cell that reads as a formula and quotes one with a comma', () => {
    const rows = [planRow(1, { miniProgramName: '=HYPERLINK("x")', subjectName: '甲,乙有限公司' })]
    const lines = csvLines(scheduleCsv(schedulePlan(rows, planUsage(), current, options), rows, current))
    expect(lines[1]).toMatch(/^1,"甲,乙有限公司",91350100M000100Y43,"'=HYPERLINK\(""x""\)",/)
  })

  it('names the file by the date', () => {
    expect(scheduleFileName('2026-12-01')).toBe('批量规划-2026-12-01.csv')
    expect(calendarFileName('2026-12-01')).toBe('批量规划-2026-12-01.ics')
  })
})

describe('scheduleCalendar', () => {
  it('makes one event per scheduled row, none for a refused one, with a reminder the day before', () => {
    const rows = [planRow(1), planRow(2, { email: 'mp-1@example.com' }), reuseRow(3, '示例服务号')]
    const usage = planUsage({ officialAccounts: { 示例服务号: planAccount() } })
    const ics = scheduleCalendar(schedulePlan(rows, usage, current, options), rows, stamp, current)
    const [first, third, ...rest] = events(ics)
    expect(rest).toEqual([])
    expect(first).toContain('SUMMARY:注册小程序「示例助手1」（单独注册）\r\n')
    expect(third).toContain('SUMMARY:注册小程序「示例助手3」（复用公众号「示例服务号」）\r\n')
    expect(third).toContain(
      'DESCRIPTION:主体：示例科技有限公司\\n管理员：张三（身份证 110***********0003，手机 138****0003）\\n费用：300 元\\n排队：本月该公众号第 1 个快速注册\\n',
    )
    expect(ics).not.toContain('示例助手2')
    expect(third).toContain('TRIGGER:-P1D')
    expect(first).toContain('DTSTAMP:20261201T030000Z')
  })

  it('folds long lines at 75 octets', () => {
    const rows = [planRow(1, { subjectName: '一个名字非常非常长的示例科技有限公司' })]
    const ics = scheduleCalendar(schedulePlan(rows, planUsage(), current, options), rows, stamp, current)
    const encoder = new TextEncoder()
    expect(ics).toContain('\r\n ')
    for (const line of ics.split('\r\n')) expect(encoder.encode(line).length).toBeLessThanOrEqual(75)
  })

  it("dates each event on its month's first working day in mainland China", () => {
    // 2026-10: 国庆节 1–7 October, so the 8th. 2026-01: 元旦 1–3 January, and the 4th (a Sunday) is a make-up
    // working day (调休上班). 2026-12-01 is a Tuesday.
    expect(firstWorkingDay('2026-10')).toEqual({ date: '2026-10-08', holidaysKnown: true })
    expect(firstWorkingDay('2026-01')).toEqual({ date: '2026-01-04', holidaysKnown: true })
    expect(firstWorkingDay('2026-12')).toEqual({ date: '2026-12-01', holidaysKnown: true })
    const rows = [planRow(1)]
    const october = schedulePlan(rows, planUsage(), current, { today: '2026-09-01', startMonth: '2026-10' })
    const ics = scheduleCalendar(october, rows, stamp, current)
    expect(ics).toContain('DTSTART;VALUE=DATE:20261008\r\nDTEND;VALUE=DATE:20261009\r\n')
    expect(unfolded(ics)).toContain('日期为2026年10月的第一个工作日。')
  })

  it('says so when the holidays of the month are not published yet (weekends only)', () => {
    // No 2027 notice in the holiday data: 2027-10-01 is a Friday, so the 1st, flagged.
    expect(firstWorkingDay('2027-10')).toEqual({ date: '2027-10-01', holidaysKnown: false })
    const rows = [planRow(1)]
    const later = schedulePlan(rows, planUsage(), current, { ...options, startMonth: '2027-10' })
    const ics = unfolded(scheduleCalendar(later, rows, stamp, current))
    expect(ics).toContain('DTSTART;VALUE=DATE:20271001')
    expect(ics).toContain('2027年10月的节假日安排尚未公布，日期只避开了周末，请核对。')
  })

  it('keeps each row’s UID across exports, even when its month moves', () => {
    const rows = [1, 2, 3, 4, 5, 6].map((n) => reuseRow(n, '示例服务号'))
    const uids = (ics: string) => events(ics).map((event) => /UID:(.+)\r\n/.exec(event)?.[1])
    const usage = planUsage({ officialAccounts: { 示例服务号: planAccount() } })
    const now = schedulePlan(rows, usage, current, options)
    const first = scheduleCalendar(now, rows, stamp, current)
    const again = scheduleCalendar(now, rows, new Date('2026-12-02T00:00:00Z'), current)
    expect(uids(again)).toEqual(uids(first))
    expect(new Set(uids(first)).size).toBe(6)
    const busier = planUsage({ officialAccounts: { 示例服务号: planAccount({ monthFastRegistrations: 5 }) } })
    const moved = scheduleCalendar(schedulePlan(rows, busier, current, options), rows, stamp, current)
    expect(moved).not.toContain('DTSTART;VALUE=DATE:20261201')
    expect(uids(moved)).toEqual(uids(first))
    // A different mini program on the same line is another event.
    expect(eventUid(rows[0]!)).not.toBe(eventUid({ ...rows[0]!, miniProgramName: '另一个' }))
  })
})

describe('never a full ID card or mobile', () => {
  it('writes only masked numbers into the CSV and the calendar file', () => {
    const full = [
      { idCard: '11010519491231002X', mobile: '13912345678' },
      { idCard: '440524188001010014', mobile: '15887654321' },
    ]
    const rows: PlannedRow[] = full.map(({ idCard, mobile }, i) => {
      const input: PlanRowInput = {
        row: i + 2,
        subjectName: '示例科技有限公司',
        creditCode: '91350100M000100Y43',
        subjectType: 'enterprise',
        path: 'standalone',
        officialAccount: null,
        adminName: '张三',
        idCard,
        mobile,
        email: `mp-${i}@example.com`,
        miniProgramName: `示例助手${i}`,
        wishedMonth: null,
      }
      return plannedRow(input, { idCard: `id-${i}`, mobile: `mobile-${i}` })
    })
    const schedule = schedulePlan(rows, planUsage(), current, options)
    const files = [
      scheduleCsv(schedule, rows, current),
      unfolded(scheduleCalendar(schedule, rows, stamp, current)),
    ]
    for (const file of files) {
      for (const { idCard, mobile } of full) {
        expect(file).not.toContain(idCard)
        expect(file).not.toContain(mobile)
        // Nor the birth date in the middle of the ID card, nor the mobile's middle digits.
        expect(file).not.toContain(idCard.slice(6, 14))
        expect(file).not.toContain(mobile.slice(3, 7))
      }
    }
    expect(files[0]).toContain(rows[0]!.idCardMasked)
    expect(files[1]).toContain(rows[1]!.mobileMasked)
  })
})
