// Shared form pieces: error summary, inline errors, buttons every step uses.
export const form = {
  errorSummaryTitle: '有以下问题需要处理',
  errorPrefix: '错误：',
  titleErrorPrefix: '错误：',
  optional: '（选填）',
  // 演示模式: beside every label of a form holding sample data.
  sample: '示例',
  next: '下一步',
  back: '上一步',
  submit: '提交',
  change: '修改',
  yes: '是',
  no: '否',
  // Any form: an empty required field, and a drop-down's empty first option.
  required: '请填写这一项',
  choose: '请选择',
  fileChosen: '已选择：{name}（{size}）',
  noFileChosen: '未选择文件',
} as const
