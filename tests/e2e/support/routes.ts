/**
 * Every page of the app with the h1 and document.title it must show. Written out, not read from the catalog.
 * `from`: a page not in the main navigation, reached by a link on that page (a page of the navigation).
 */
export type RouteExpectation = { path: string; heading: string; title: string; from?: string }

export const appTitle = '小程序注册向导'

export const routes: readonly RouteExpectation[] = [
  { path: '/', heading: '注册一个微信小程序', title: `首页 - ${appTitle}` },
  { path: '/advisor', heading: '路径判断', title: `路径判断 - ${appTitle}` },
  { path: '/register', heading: '注册向导', title: `注册向导 - ${appTitle}` },
  { path: '/rules', heading: '规则手册', title: `规则手册 - ${appTitle}` },
  { path: '/rules/changes', heading: '变更记录', title: `变更记录 - ${appTitle}`, from: '/rules' },
  { path: '/faq', heading: '常见问答', title: `常见问答 - ${appTitle}` },
  { path: '/ledger', heading: '台账', title: `台账 - ${appTitle}` },
  { path: '/plan', heading: '批量规划', title: `批量规划 - ${appTitle}` },
  { path: '/team', heading: '团队台账', title: `团队台账 - ${appTitle}`, from: '/ledger' },
  { path: '/publish', heading: '发布清单', title: `发布清单 - ${appTitle}` },
  { path: '/demo', heading: '演示模式', title: `演示模式 - ${appTitle}` },
  { path: '/demo/screens', heading: '模拟界面一览', title: `模拟界面一览 - ${appTitle}`, from: '/demo' },
  { path: '/flow', heading: '注册流程图', title: `注册流程图 - ${appTitle}`, from: '/demo' },
  { path: '/practice', heading: '练一练', title: `练一练 - ${appTitle}`, from: '/demo' },
]

export const notFound: RouteExpectation = {
  path: '/this-page-does-not-exist',
  heading: '找不到这个页面',
  title: `找不到这个页面 - ${appTitle}`,
}
