// The app shell: header, navigation, footer, loading, errors and the not-found page.
export const shell = {
  documentTitle: '{title} - 小程序注册向导',
  skipLink: '跳到主要内容',
  homeLink: '小程序注册向导，返回首页',
  navLabel: '主要页面',
  // On a phone the navigation and 规则版本 fold behind this button.
  menu: '菜单',
  nav: {
    home: '首页',
    advisor: '路径判断',
    register: '注册向导',
    rules: '规则手册',
    faq: '常见问答',
    ledger: '台账',
    publish: '发布清单',
    demo: '演示模式',
  },
  footer: {
    independence: '本工具不隶属于腾讯，也不代替微信公众平台。',
    secrets: '密码、验证码、短信验证码和付款都在微信公众平台上完成，本工具不会向你索要。',
  },
  loading: '正在加载…',
  announce: '已打开页面：{title}',
  notFound: {
    title: '找不到这个页面',
    body: '地址可能输错了，或者这个页面已经不在这里。',
    home: '返回首页',
  },
  error: {
    title: '页面出了点问题',
    body: '这个页面没能正常显示。这不是你操作的问题。',
    next: '你可以返回首页，或者刷新页面再试一次。',
    home: '返回首页',
    reload: '刷新页面',
  },
  comingSoon: {
    title: '这一部分还在建设中',
    body: '页面的功能会在之后的版本中加入，现在还不能使用。',
  },
} as const
