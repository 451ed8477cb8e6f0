export const app = {
  name: '小程序注册向导',
  titleSuffix: '小程序注册向导',
} as const
