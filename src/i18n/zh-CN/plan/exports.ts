// 批量规划's exports (src/features/plan/export.ts): the CSV's header row and the calendar file's texts.
export const exportTexts = {
  csv: {
    row: '行号',
    subjectName: '主体名称',
    creditCode: '统一社会信用代码',
    miniProgramName: '小程序名称',
    officialAccount: '公众号',
    adminName: '管理员姓名',
    idCard: '管理员身份证',
    mobile: '管理员手机',
    email: '邮箱',
    requestedPath: '要求的注册方式',
    path: '安排的方式',
    month: '安排月份',
    queue: '排队序号',
    fee: '费用',
    status: '状态',
    reasons: '决定原因 / 无法安排的原因',
    waysOut: '出路',
  },
  /** Between the sentences of one cell. */
  separator: '；',
  fileName: {
    csv: '批量规划-{date}.csv',
    ics: '批量规划-{date}.ics',
  },
  calendar: {
    standalone: '注册小程序「{name}」（单独注册）',
    reuse: '注册小程序「{name}」（复用公众号「{account}」）',
    subject: '主体：{name}',
    admin: '管理员：{name}（身份证 {idCard}，手机 {mobile}）',
    fee: '费用：{fee}',
    queue: '排队：{text}',
    reasons: '安排原因：{text}',
    date: '日期为{month}的第一个工作日。',
    holidaysUnknown: '{month}的节假日安排尚未公布，日期只避开了周末，请核对。',
  },
} as const
