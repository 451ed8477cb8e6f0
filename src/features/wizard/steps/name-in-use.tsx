import { useLayoutEffect, useRef } from 'react'
import { Link } from 'react-router'
import { sameMiniProgramName } from '../../../domain'
import { t } from '../../../i18n'
import type { RegistrationCase } from '../../../storage/wizard-cases'
import { Notice } from '../../../ui/notice'
import { RuleLink } from '../../../ui/rules/rule-link'
import { caseTitle } from '../case-title'
import { loadLedger } from '../ledger-bridge'
import { stepUrl } from '../urls'
import '../../../i18n/wizard-messages'

/** Where a mini program name is already used: another registration in this browser, or a ledger record. */
export type NameUse =
  | {
      kind: 'case'
      caseId: string
      title: string
      subject?: string
      step: RegistrationCase['flow']['current']
    }
  | { kind: 'ledger'; id: string; name: string; status: 'in-progress' | 'registered'; subject?: string }

function subjectOf(item: RegistrationCase): string | undefined {
  const { answers } = item.flow
  return answers['subject-info']?.name ?? answers['oa-status']?.accountName
}

/**
 * The uses of `name` other than registration `caseId`'s own: this browser's other registrations (by the name
 * they answered, unless they failed), then the ledger's mini programs not already listed as one of them. A ledger that cannot be
 * read adds nothing: the warning is advice, and the platform is the judge.
 */
export async function nameUses(
  name: string,
  caseId: string,
  cases: Record<string, RegistrationCase>,
): Promise<NameUse[]> {
  // A registration that failed (a transfer not made in time, say) took no name on the platform.
  const others = Object.values(cases).filter(
    (c) =>
      c.id !== caseId &&
      c.flow.status !== 'failed' &&
      sameMiniProgramName(c.flow.answers.profile?.name ?? '', name),
  )
  const listed = new Set([caseId, ...others.map((c) => c.id)])
  const inLedger = await loadLedger()
    .then((ledger) => ledger.miniProgramsNamed(name, { exceptCaseId: caseId }))
    .catch(() => [])
  return [
    ...others.map((c): NameUse => {
      const subject = subjectOf(c)
      return {
        kind: 'case',
        caseId: c.id,
        title: caseTitle(c),
        step: c.flow.current,
        ...(subject ? { subject } : {}),
      }
    }),
    ...inLedger
      .filter((mp) => mp.caseId === undefined || !listed.has(mp.caseId))
      .map((mp): NameUse => ({
        kind: 'ledger',
        id: mp.id,
        name: mp.name,
        status: mp.status,
        ...(mp.subjectName ? { subject: mp.subjectName } : {}),
      })),
  ]
}

function describeUse(use: NameUse): string {
  if (use.kind === 'case') {
    return use.subject
      ? t('wizard.nameInUse.caseSubject', { title: use.title, subject: use.subject })
      : t('wizard.nameInUse.case', { title: use.title })
  }
  const status = t(`wizard.nameInUse.status.${use.status}`)
  return use.subject
    ? t('wizard.nameInUse.ledgerSubject', { name: use.name, status, subject: use.subject })
    : t('wizard.nameInUse.ledger', { name: use.name, status })
}

/**
 * The warning shown on the profile step when its name is already used: it takes focus when it appears, and a
 * second 下一步 with the same name goes on (rule: MP_NAME — unique on the platform, which alone decides).
 */
export function NameInUseNotice({ name, uses }: { name: string; uses: readonly NameUse[] }) {
  const ref = useRef<HTMLDivElement>(null)
  useLayoutEffect(() => ref.current?.focus(), [name, uses])
  return (
    <div ref={ref} tabIndex={-1} className="name-in-use">
      <Notice title={t('wizard.nameInUse.title')} tone="warning">
        <p>{t('wizard.nameInUse.lead', { name })}</p>
        <ul>
          {uses.map((use) => (
            <li key={use.kind === 'case' ? use.caseId : use.id}>
              {describeUse(use)}
              {use.kind === 'case' ? (
                <>
                  {' '}
                  <Link to={stepUrl(use.caseId, use.step)}>{t('wizard.nameInUse.openCase')}</Link>
                </>
              ) : null}
            </li>
          ))}
        </ul>
        <p>
          {t('wizard.nameInUse.body')} <RuleLink id="MP_NAME" />
        </p>
      </Notice>
    </div>
  )
}
