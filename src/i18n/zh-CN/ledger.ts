// The ledger (台账): its pages, its records' words, import and export messages.
export const ledger = {
  errors: {
    required: '请填写这一项',
    date: '请输入有效的日期，例如 2025-03-01',
    timestamp: '时间格式不对',
    tooLong: '不能超过 {max} 个字',
    hash: '身份标识格式不对（应为64位十六进制）',
    masked: '只能保存打码后的号码，例如 110***********123X',
  },
} as const
