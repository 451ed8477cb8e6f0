import { useRef, useState } from 'react'
import { Link, NavLink, Outlet, useLocation, useNavigation } from 'react-router'
import { t, type MessageKey } from '../i18n'
import { NavigationCountContext } from '../ui/navigation-context'
import { RouteAnnouncer } from '../ui/route-announcer'
import { DemoBanner, DemoModeButton } from './demo-switch'
import { RuleSetSwitch } from './rule-set-switch'
import { TeamModeBanner, useTeamSync } from './team-mode'
import { UpdateBanner } from './update-banner'
import { useNavigationCount } from '../ui/use-navigation-count'

type NavItem = { to: string; label: MessageKey }

const navItems: readonly NavItem[] = [
  { to: '/', label: 'shell.nav.home' },
  { to: '/advisor', label: 'shell.nav.advisor' },
  { to: '/register', label: 'shell.nav.register' },
  { to: '/rules', label: 'shell.nav.rules' },
  { to: '/faq', label: 'shell.nav.faq' },
  { to: '/ledger', label: 'shell.nav.ledger' },
  { to: '/plan', label: 'shell.nav.plan' },
  { to: '/publish', label: 'shell.nav.publish' },
  { to: '/demo', label: 'shell.nav.demo' },
]

/**
 * The navigation and 规则版本. On a phone (styles.css) they fold behind a 菜单 disclosure button, which closes
 * again on navigation and on Escape (focus back on the button); on wider screens the button is hidden and
 * they show as they are.
 */
function SiteMenu() {
  const [open, setOpen] = useState(false)
  const button = useRef<HTMLButtonElement>(null)
  const { key } = useLocation()
  const [shownAt, setShownAt] = useState(key)
  if (shownAt !== key) {
    setShownAt(key)
    setOpen(false)
  }
  return (
    <div
      className="site-header__menu-area"
      onKeyDown={(event) => {
        if (event.key !== 'Escape' || !open) return
        setOpen(false)
        button.current?.focus()
      }}
    >
      <button
        ref={button}
        type="button"
        className="site-header__menu-button"
        aria-expanded={open}
        aria-controls="site-menu"
        onClick={() => setOpen(!open)}
      >
        {t('shell.menu')}
      </button>
      <div id="site-menu" className={`site-header__menu${open ? ' site-header__menu--open' : ''}`}>
        <nav aria-label={t('shell.navLabel')}>
          <ul className="site-nav">
            {navItems.map((item) => (
              <li key={item.to}>
                <NavLink to={item.to} end={item.to === '/'} className="site-nav__link">
                  {t(item.label)}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <RuleSetSwitch />
        <DemoModeButton />
      </div>
    </div>
  )
}

/** The frame around every page: skip link, header with navigation, the page itself, footer. */
export function Layout() {
  const navigationCount = useNavigationCount()
  const loading = useNavigation().state === 'loading'
  useTeamSync()

  return (
    <NavigationCountContext value={navigationCount}>
      <a className="skip-link" href="#main">
        {t('shell.skipLink')}
      </a>
      <UpdateBanner />
      <DemoBanner />
      <TeamModeBanner />
      <header className="site-header">
        <div className="container site-header__inner">
          <Link to="/" className="site-header__name">
            {t('app.name')}
          </Link>
          <SiteMenu />
        </div>
      </header>
      <main id="main" tabIndex={-1} className="container site-main" aria-busy={loading}>
        <Outlet />
      </main>
      <footer className="site-footer">
        <div className="container">
          <p>{t('shell.footer.independence')}</p>
          <p>{t('shell.footer.secrets')}</p>
        </div>
      </footer>
      <RouteAnnouncer navigationCount={navigationCount} />
    </NavigationCountContext>
  )
}
