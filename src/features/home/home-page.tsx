import { Link } from 'react-router'
import { t } from '../../i18n'
import { ButtonLink } from '../../ui/button'
import { PageHeading } from '../../ui/page-heading'
import { usePageTitle } from '../../ui/use-page-title'
import './home.css'
import './messages'

export function HomePage() {
  usePageTitle(t('home.title'))
  return (
    <>
      <PageHeading>{t('home.heading')}</PageHeading>
      <p className="lead">{t('home.lead')}</p>
      <div className="paths">
        <section className="path-card" aria-labelledby="path-standalone">
          <h2 id="path-standalone">{t('home.standalone.heading')}</h2>
          <p>{t('home.standalone.first')}</p>
          <p>{t('home.standalone.second')}</p>
          <ButtonLink to="/register/new?path=standalone">{t('home.standalone.start')}</ButtonLink>
        </section>
        <section className="path-card" aria-labelledby="path-reuse">
          <h2 id="path-reuse">{t('home.reuse.heading')}</h2>
          <p>{t('home.reuse.first')}</p>
          <p>{t('home.reuse.second')}</p>
          <ButtonLink to="/register/new?path=reuse">{t('home.reuse.start')}</ButtonLink>
        </section>
      </div>
      <section className="advisor-callout" aria-labelledby="path-advisor">
        <h2 id="path-advisor">{t('home.advisor.heading')}</h2>
        <p>{t('home.advisor.body')}</p>
        <p>
          <Link to="/advisor">{t('home.advisor.link')}</Link>
        </p>
      </section>
      <section className="advisor-callout" aria-labelledby="path-plan">
        <h2 id="path-plan">{t('home.plan.heading')}</h2>
        <p>{t('home.plan.body')}</p>
        <p>
          <Link to="/plan">{t('home.plan.link')}</Link>
        </p>
      </section>
    </>
  )
}
