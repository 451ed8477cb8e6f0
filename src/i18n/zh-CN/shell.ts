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
    plan: '批量规划',
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
  // A page's code could not be loaded: usually a new version replaced it on the server, or the network dropped.
  stale: {
    title: '需要重新加载',
    body: '这个页面的程序没能加载，多半是工具刚刚更新了版本，也可能是网络暂时断开。',
    kept: '已经保存的内容（注册进度、台账）都在这台电脑上，重新加载不会丢失。',
    reload: '重新加载',
    home: '返回首页',
  },
  // 演示模式: the header's switch and the banner on every page while it is on.
  demo: {
    enter: '开启演示模式',
    enterHint: '开启后，注册、台账和路径判断都使用单独的演示数据，你真实的注册和台账不会被读取或改动。',
    bannerLabel: '演示模式',
    banner: '演示模式：这里的注册、台账和数据都是示例，与你真实的数据分开保存。',
    largeText: '大字模式',
    leave: '退出演示',
    leaveHint: '退出后演示数据会被清除，页面会重新打开你真实的数据。',
    switching: '正在切换…',
    failed: '浏览器不允许保存设置，无法切换演示模式。请检查是否禁用了本网站的存储。',
  },
  // 团队模式: the line under the header while this browser uses a team's ledger.
  team: {
    label: '团队模式',
    banner: '正在使用团队「{team}」的台账（{email}）',
    manage: '团队设置',
  },
  // A new version of the app waits (the service worker has it): it takes over when the user refreshes.
  update: {
    text: '有新版本，刷新后使用。已经保存的注册进度和台账不受影响。',
    reload: '刷新',
  },
  comingSoon: {
    title: '这一部分还在建设中',
    body: '页面的功能会在之后的版本中加入，现在还不能使用。',
  },
} as const
