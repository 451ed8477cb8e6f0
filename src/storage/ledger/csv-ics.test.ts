// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { csvCell, csvText, miniProgramsCsv } from './csv'
import { calendarFile, foldLine, icsText } from './ics'
import { ruleSets } from '../../domain'
import { reminders } from './reminders'
import { add, freshDb, miniProgramDraft, sampleLedger } from './test-support'

describe('CSV of mini programs', () => {
  it('defuses cells a spreadsheet would run as a formula', () => {
    expect(['=1+1', '+86', '-2', '@SUM(A1)', 'a=b'].map(csvCell)).toEqual([
      "'=1+1",
      "'+86",
      "'-2",
      "'@SUM(A1)",
      'a=b',
    ])
  })

  it('quotes commas, quotes and line breaks', () => {
    expect(csvCell('甲,乙')).toBe('"甲,乙"')
    expect(csvCell('说"好"')).toBe('"说""好"""')
    expect(csvCell('=A1\n2')).toBe(`"'=A1\n2"`)
  })

  it('starts with a byte order mark and ends lines with CRLF', () => {
    expect(
      csvText([
        ['a', 'b'],
        ['c', 'd'],
      ]),
    ).toBe('\uFEFFa,b\r\nc,d\r\n')
  })

  it('lists each mini program with its subject, in Chinese', async () => {
    const db = freshDb()
    await sampleLedger(db)
    const lines = (await miniProgramsCsv(db)).split('\r\n')
    expect(lines[0]).toBe(
      '\uFEFF小程序名称,AppID,主体,注册方式,状态,认证状态,认证到期日,创建日期,登录邮箱,正在等待,备注',
    )
    expect(lines[1]).toBe(`"'=HYPERLINK(""x"")",,甲公司,单独注册,已注册,未认证,,2025-03-01,mp@example.com,,`)
  })
})

describe('calendar files', () => {
  it('escapes text and folds long lines at 75 octets without splitting a character', () => {
    expect(icsText('a,b;c\\d\ne')).toBe('a\\,b\\;c\\\\d\\ne')
    const folded = foldLine(`SUMMARY:${'认证到期'.repeat(10)}`)
    const encoder = new TextEncoder()
    for (const line of folded.split('\r\n')) expect(encoder.encode(line).length).toBeLessThanOrEqual(75)
    expect(folded.replace(/\r\n /g, '')).toBe(`SUMMARY:${'认证到期'.repeat(10)}`)
  })

  it('makes all-day events with a reminder ahead of the date', () => {
    const ics = calendarFile(
      [{ uid: 'x@mp-wizard', date: '2025-12-31', summary: '年审', description: '示例', alarmDaysBefore: 30 }],
      new Date('2025-05-20T01:02:03.456Z'),
    )
    expect(ics).toContain('DTSTART;VALUE=DATE:20251231\r\nDTEND;VALUE=DATE:20260101\r\n')
    expect(ics).toContain('DTSTAMP:20250520T010203Z')
    expect(ics).toContain('TRIGGER:-P30D')
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0')).toBe(true)
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true)
  })
})

describe('reminders', () => {
  it('lists certifications whose annual review is open, open transfers and waiting registrations, by date', async () => {
    const db = freshDb()
    await sampleLedger(db) // the account's certification expires on 2025-07-01
    await add(
      db,
      'miniPrograms',
      miniProgramDraft('late@example.com', { name: '很久以后', certExpiry: '2026-01-01' }),
    )
    await add(
      db,
      'miniPrograms',
      miniProgramDraft('soon@example.com', { name: '快到期', certExpiry: '2025-06-01' }),
    )
    await add(
      db,
      'miniPrograms',
      miniProgramDraft('t@example.com', {
        name: '打款中',
        status: 'in-progress',
        transferDeadline: '2025-05-25',
        waitingOn: ['admin-scan', 'platform-review'],
      }),
    )
    const list = await reminders(db, '2025-05-20')
    expect(list.map((r) => [r.kind, r.date, r.name])).toEqual([
      ['waiting', '2025-05-23', '打款中'],
      ['transfer', '2025-05-25', '打款中'],
      ['mini-program-cert', '2025-06-01', '快到期'],
      ['account-cert', '2025-07-01', '甲公司服务号'],
    ])
  })

  // rule: CERT_VALIDITY — under current, annual review opens 3 months before expiry (a customer-service answer
  // quoted by a third party: "平台将在认证到期前的3个月…提醒您进行年审"); the guide states none.
  it('reminds of an expiring certification as soon as its annual review opens, under current (rule: CERT_VALIDITY)', async () => {
    const db = freshDb()
    const expiring = (name: string, certExpiry: string) =>
      add(db, 'miniPrograms', miniProgramDraft(`${name}@example.com`, { name, certExpiry }))
    await expiring('opens-today', '2025-08-20')
    await expiring('opens-tomorrow', '2025-08-21')
    const names = async (ruleSet = ruleSets.current) =>
      (await reminders(db, '2025-05-20', ruleSet))
        .filter((r) => r.kind === 'mini-program-cert')
        .map((r) => r.name)
    expect(await names()).toEqual(['opens-today'])
    // Under guide, which states no annual review, the product's 90 days ahead: 2025-08-18.
    expect(await names(ruleSets.guide)).toEqual([])
  })
})
