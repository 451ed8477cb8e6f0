// The plan's columns as the template's header row shows them, and the words of the 注册方式 column.
export const columns = {
  subjectName: '主体名称',
  creditCode: '统一社会信用代码',
  subjectType: '主体类型',
  path: '注册方式',
  officialAccount: '公众号',
  adminName: '管理员姓名',
  idCard: '管理员身份证',
  mobile: '管理员手机',
  email: '邮箱',
  miniProgramName: '小程序名称',
  wishedMonth: '希望完成月份',
} as const

/** 注册方式: what a cell may say. */
export const paths = {
  standalone: '单独注册',
  reuse: '复用公众号',
  either: '不限',
} as const
