import { Link } from 'react-router'
import { platformChanges, type PlatformChange } from '../../domain'
import { t } from '../../i18n'
import { formatDate } from '../../ui/format'
import { PageHeading } from '../../ui/page-heading'
import { ReferenceList } from '../../ui/rules/rule-references'
import { ruleName } from '../../ui/rules/rule-text'
import { useHashTarget } from '../../ui/use-hash-target'
import { usePageTitle } from '../../ui/use-page-title'
import './rulebook.css'
import './messages'

function ChangeDate({ date }: { date: PlatformChange['date'] }) {
  if (!date) return <p className="change__date">{t('changes.page.undated')}</p>
  return (
    <p className="change__date">
      {t('changes.page.effective')} <time dateTime={date}>{formatDate(date)}</time>
    </p>
  )
}

/** One platform change: when, what changed, what the app does because of it, its rules and its sources. */
function ChangeEntry({ change }: { change: PlatformChange }) {
  const headingId = `${change.id}-title`
  return (
    <article id={change.id} tabIndex={-1} className="change" aria-labelledby={headingId}>
      <h2 id={headingId} className="change__title">
        {t(`changes.items.${change.id}.title`)}
      </h2>
      <ChangeDate date={change.date} />
      <h3 className="change__heading">{t('changes.page.what')}</h3>
      <p>{t(`changes.items.${change.id}.what`)}</p>
      <h3 className="change__heading">{t('changes.page.app')}</h3>
      <p>{t(`changes.items.${change.id}.app`)}</p>
      <h3 className="change__heading">{t('changes.page.rules')}</h3>
      <ul className="change__rules">
        {change.rules.map((id) => (
          <li key={id}>
            <Link to={`/rules#${id}`} className="rule-link">
              {ruleName(id)} <span className="rule-link__id">{t('rules.idTag', { id })}</span>
            </Link>
          </li>
        ))}
      </ul>
      <h3 className="change__heading">{t('changes.page.references')}</h3>
      <ReferenceList references={change.references} />
    </article>
  )
}

/** 变更记录: the platform changes since the guide, newest first, then those no source dates. */
export function ChangesPage() {
  const title = t('changes.page.title')
  usePageTitle(title)
  useHashTarget()
  const undated = platformChanges.filter((change) => change.date === null)
  return (
    <>
      <PageHeading>{title}</PageHeading>
      <p className="lead">{t('changes.page.description')}</p>
      <p>
        <Link to="/rules">{t('changes.page.backToRules')}</Link>
      </p>
      <div className="change-list">
        {platformChanges.map((change) =>
          change === undated[0] ? (
            <div key={change.id}>
              <p className="change-list__undated">{t('changes.page.undatedIntro')}</p>
              <ChangeEntry change={change} />
            </div>
          ) : (
            <ChangeEntry key={change.id} change={change} />
          ),
        )}
      </div>
    </>
  )
}
