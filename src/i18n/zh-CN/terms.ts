// The domain's words, shared by every feature.
export const terms = {
  subjectType: {
    enterprise: '企业',
    sole_proprietor: '个体工商户',
    government: '政府',
    media: '媒体',
    other_org: '其他组织',
    individual: '个人',
  },
  path: {
    standalone: '单独注册',
    reuse: '复用公众号资质快速注册',
  },
  accountType: {
    subscription: '订阅号',
    service: '服务号',
  },
  // Since 服务号 became a product of its own (rule OA_MENU_PATH), 订阅号 is simply called 公众号.
  accountTypeSeparate: {
    subscription: '公众号（原订阅号）',
    service: '服务号',
  },
  money: {
    yuan: '{amount} 元',
    range: '{min}–{max} 元',
    free: '免费',
    varies: '{range}（因单位而异，部分单位免费）',
    unverified: '{range}（未能核实，以平台付款页面为准）',
    unstated: '未说明',
  },
  days: {
    workingRange: '{min}–{max} 个工作日',
    workingMax: '{max} 个工作日内',
    calendar: '{days} 天',
  },
  count: '{count} 个',
  date: '{year}年{month}月{day}日',
} as const
