// What is wrong with a plan row, beyond what the field schemas say (their messages come from the fields area).
export const problems = {
  required: '「{column}」没有填写',
  subjectType: '「{column}」填写的“{value}”不是主体类型，请填写其中之一：{allowed}',
  path: '「{column}」填写的“{value}”不是注册方式，请填写其中之一：{allowed}',
  officialAccountRequired: '注册方式为“{path}”时，「{column}」必须填写公众号名称',
  month: '「{column}」填写的“{value}”不是月份，请按 年-月 填写，例如 2027-03',
} as const
