import type { RouteObject } from 'react-router'
import { wizardRoutePages } from '../features/wizard/route-pages'
import { Layout } from './layout'
import { NotFoundPage } from './not-found-page'
import { PageLoading } from './page-loading'
import { RouteError } from './route-error'

// Each page's code is fetched when the page is first visited (route `lazy`), so the first page loads quickly.
const pageRoutes: RouteObject[] = [
  {
    index: true,
    lazy: async () => ({ Component: (await import('../features/home/home-page')).HomePage }),
  },
  {
    path: 'advisor',
    lazy: async () => ({ Component: (await import('../features/advisor/advisor-page')).AdvisorPage }),
  },
  {
    // 注册向导: the list, a new registration (/register/new?path=…) and each step, all in the wizard's chunk.
    path: 'register',
    children: wizardRoutePages.map(({ page, ...where }): RouteObject => ({
      ...where,
      lazy: async () => ({ Component: (await import('../features/wizard/wizard-page')).wizardPages[page] }),
      HydrateFallback: PageLoading,
    })),
  },
  {
    path: 'rules',
    lazy: async () => ({ Component: (await import('../features/rulebook/rulebook-page')).RulebookPage }),
  },
  {
    path: 'rules/changes',
    lazy: async () => ({ Component: (await import('../features/rulebook/changes-page')).ChangesPage }),
  },
  {
    path: 'faq',
    lazy: async () => ({ Component: (await import('../features/faq/faq-page')).FaqPage }),
  },
  {
    path: 'ledger/*',
    lazy: async () => ({ Component: (await import('../features/ledger/ledger-page')).LedgerPage }),
  },
  {
    // 发布清单: blank at /publish, or a ledger mini program's at /publish/:id.
    path: 'publish/*',
    lazy: async () => ({ Component: (await import('../features/publish/publish-page')).PublishPage }),
  },
  {
    // 批量规划: a spreadsheet of registrations scheduled month by month (its worker arrives with it).
    path: 'plan',
    lazy: async () => ({ Component: (await import('../features/plan/plan-page')).PlanPage }),
  },
  {
    // 团队台账: the team server's sign-in, members and audit log (asks /api only when visited).
    path: 'team/*',
    lazy: async () => ({ Component: (await import('../features/team/team-page')).TeamPage }),
  },
  {
    // 流程图: both paths drawn from the flow definitions; ?case=… marks a registration's steps.
    path: 'flow',
    lazy: async () => ({ Component: (await import('../features/flow-map/flow-map-page')).FlowMapPage }),
  },
  {
    // 练一练: a quiz built from the demo scenarios, a link a trainer hands out (works outside 演示模式).
    path: 'practice',
    lazy: async () => ({ Component: (await import('../features/practice/practice-page')).PracticePage }),
  },
  {
    path: 'demo',
    lazy: async () => ({ Component: (await import('../features/trainer/trainer-page')).TrainerPage }),
  },
  {
    // 模拟界面一览: every rehearsal screen at once, for trainers.
    path: 'demo/screens',
    lazy: async () => ({
      Component: (await import('../features/wizard/rehearsal/screens-page')).ScreensPage,
    }),
  },
]

export const routes: RouteObject[] = [
  {
    path: '/',
    Component: Layout,
    // If the layout itself fails, the error page brings its own main landmark.
    errorElement: <RouteError standalone />,
    children: [
      {
        // A page that fails is shown inside the layout, so the navigation stays usable.
        errorElement: <RouteError />,
        children: [
          ...pageRoutes.map((route) => ({ ...route, HydrateFallback: PageLoading })),
          { path: '*', Component: NotFoundPage },
        ],
      },
    ],
  },
]
