import type { LocalDate } from '../dates'

// Mainland China's public holidays and make-up working days (调休上班), year by year, exactly as the State Council
// General Office announces them each autumn for the next year. Only what a notice states is here: a year without its
// notice is not guessed (working-days.ts then counts weekends only and says so).
//
// Checked 2026-12-01 with the search tool. The notices' text was read in full copies published by 人民日报, 光明网 and
// 新华社 (cited per year below); the www.gov.cn addresses are the notices' pages as other projects cite them (the
// gov.cn pages themselves could not be opened from here). No notice for 2027 (国务院办公厅关于2027年部分节假日安排的通知)
// was found on 2026-12-01: the data ends with 2026. Add 2027 here once its notice is published (usually in November).

/** The festival a day off belongs to, in the notice's order (the notice's Chinese name beside each). */
export type Festival =
  | 'new-year' // 元旦
  | 'spring-festival' // 春节
  | 'qingming' // 清明节
  | 'labour-day' // 劳动节
  | 'dragon-boat' // 端午节
  | 'mid-autumn' // 中秋节
  | 'national-day' // 国庆节
  | 'national-day-mid-autumn' // 国庆节、中秋节 (one 8-day break when they meet)

export interface HolidayBreak {
  festival: Festival
  /** First and last day off, both included (weekends inside the break included). */
  from: LocalDate
  to: LocalDate
}

export interface HolidayNotice {
  year: number
  /** The notice's title, as published. */
  title: string
  /** Its document number (发文字号). */
  number: string
  issuedOn: LocalDate
  url: string
  /** 放假调休: the days off. */
  holidays: readonly HolidayBreak[]
  /** 调休上班: weekend days that are working days. */
  workdays: readonly LocalDate[]
}

export const holidayNotices: readonly HolidayNotice[] = [
  // 国务院办公厅关于2024年部分节假日安排的通知, 国办发明电〔2023〕7号, 2023-10-25,
  // https://www.gov.cn/zhengce/content/202310/content_6911527.htm — text checked in 人民日报 2023-10-26 第06版
  // (http://paper.people.com.cn/rmrb/html/2023-10/26/nw.D110000renmrb_20231026_3-06.htm): "二、春节：2月10日至17日放假
  // 调休，共8天。2月4日（星期日）、2月18日（星期日）上班。" … "七、国庆节：10月1日至7日放假调休，共7天。9月29日（星期日）、
  // 10月12日（星期六）上班。"
  {
    year: 2024,
    title: '国务院办公厅关于2024年部分节假日安排的通知',
    number: '国办发明电〔2023〕7号',
    issuedOn: '2023-10-25',
    url: 'https://www.gov.cn/zhengce/content/202310/content_6911527.htm',
    holidays: [
      { festival: 'new-year', from: '2024-01-01', to: '2024-01-01' },
      { festival: 'spring-festival', from: '2024-02-10', to: '2024-02-17' },
      { festival: 'qingming', from: '2024-04-04', to: '2024-04-06' },
      { festival: 'labour-day', from: '2024-05-01', to: '2024-05-05' },
      { festival: 'dragon-boat', from: '2024-06-10', to: '2024-06-10' },
      { festival: 'mid-autumn', from: '2024-09-15', to: '2024-09-17' },
      { festival: 'national-day', from: '2024-10-01', to: '2024-10-07' },
    ],
    workdays: [
      '2024-02-04',
      '2024-02-18',
      '2024-04-07',
      '2024-04-28',
      '2024-05-11',
      '2024-09-14',
      '2024-09-29',
      '2024-10-12',
    ],
  },
  // 国务院办公厅关于2025年部分节假日安排的通知, 国办发明电〔2024〕12号, 2024-11-12,
  // https://www.gov.cn/zhengce/content/202411/content_6986382.htm — text checked on 光明网
  // (https://m.gmw.cn/2024-11/12/content_1303894933.htm): "二、春节：1月28日（农历除夕、周二）至2月4日（农历正月初七、周二）
  // 放假调休，共8天。1月26日（周日）、2月8日（周六）上班。" … "六、国庆节、中秋节：10月1日（周三）至8日（周三）放假调休，
  // 共8天。9月28日（周日）、10月11日（周六）上班。"
  {
    year: 2025,
    title: '国务院办公厅关于2025年部分节假日安排的通知',
    number: '国办发明电〔2024〕12号',
    issuedOn: '2024-11-12',
    url: 'https://www.gov.cn/zhengce/content/202411/content_6986382.htm',
    holidays: [
      { festival: 'new-year', from: '2025-01-01', to: '2025-01-01' },
      { festival: 'spring-festival', from: '2025-01-28', to: '2025-02-04' },
      { festival: 'qingming', from: '2025-04-04', to: '2025-04-06' },
      { festival: 'labour-day', from: '2025-05-01', to: '2025-05-05' },
      { festival: 'dragon-boat', from: '2025-05-31', to: '2025-06-02' },
      { festival: 'national-day-mid-autumn', from: '2025-10-01', to: '2025-10-08' },
    ],
    workdays: ['2025-01-26', '2025-02-08', '2025-04-27', '2025-09-28', '2025-10-11'],
  },
  // 国务院办公厅关于2026年部分节假日安排的通知, 国办发明电〔2025〕7号, 2025-11-04,
  // https://www.gov.cn/zhengce/content/202511/content_7047090.htm — text checked on 光明网
  // (https://politics.gmw.cn/2025-11/04/content_38391083.htm): "一、元旦：1月1日（周四）至3日（周六）放假调休，共3天。
  // 1月4日（周日）上班。二、春节：2月15日（农历腊月二十八、周日）至23日（农历正月初七、周一）放假调休，共9天。2月14日（周六）、
  // 2月28日（周六）上班。" … "七、国庆节：10月1日（周四）至7日（周三）放假调休，共7天。9月20日（周日）、10月10日（周六）上班。"
  // The number was read in a copy that carries it (http://2cto.com.cn/forum.php?mod=viewthread&page=1&tid=1152), not in the
  // news copies, which omit it.
  {
    year: 2026,
    title: '国务院办公厅关于2026年部分节假日安排的通知',
    number: '国办发明电〔2025〕7号',
    issuedOn: '2025-11-04',
    url: 'https://www.gov.cn/zhengce/content/202511/content_7047090.htm',
    holidays: [
      { festival: 'new-year', from: '2026-01-01', to: '2026-01-03' },
      { festival: 'spring-festival', from: '2026-02-15', to: '2026-02-23' },
      { festival: 'qingming', from: '2026-04-04', to: '2026-04-06' },
      { festival: 'labour-day', from: '2026-05-01', to: '2026-05-05' },
      { festival: 'dragon-boat', from: '2026-06-19', to: '2026-06-21' },
      { festival: 'mid-autumn', from: '2026-09-25', to: '2026-09-27' },
      { festival: 'national-day', from: '2026-10-01', to: '2026-10-07' },
    ],
    workdays: ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10'],
  },
]
