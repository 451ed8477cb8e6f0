export const app = {
  name: '小程序注册向导',
  titleSuffix: '小程序注册向导',
  /** Between the items of an inline list: 企业、政府、媒体. */
  listSeparator: '、',
} as const
