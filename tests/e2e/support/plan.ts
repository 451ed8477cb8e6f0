// 批量规划's sheet as a user fills it in: its header row, written out (not read from the catalog), so a changed
// column name fails a test.

export const planHeader = [
  '主体名称',
  '统一社会信用代码',
  '主体类型',
  '注册方式',
  '公众号',
  '管理员姓名',
  '管理员身份证',
  '管理员手机',
  '邮箱',
  '小程序名称',
  '希望完成月份',
]
