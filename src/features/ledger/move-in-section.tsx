import { useEffect, useRef, useState } from 'react'
import { t } from '../../i18n'
import { teamApi } from '../../platform/team-api'
import {
  fieldName,
  moveSoloLedgerIn,
  soloLedger,
  type MoveInOutcome,
  type MoveInProblem,
} from '../../storage/ledger'
import { Button } from '../../ui/button'
import { Notice } from '../../ui/notice'
import { ruleName } from '../../ui/rules/rule-text'
import { recordTitle, tableLabel } from './kinds'
import { useLedgerEnv } from './use-ledger-env'

/** Why one record could not come in, in the words of the ledger's own forms. */
function problemText(problem: MoveInProblem): string {
  switch (problem.reason) {
    case 'quota':
      return (problem.findings ?? [])
        .map((finding) =>
          t('ledger.ui.form.quotaBody', {
            label: ruleName(finding.ruleId),
            used: finding.used,
            limit: finding.limit ?? '',
            id: finding.ruleId,
          }),
        )
        .join(' ')
    case 'duplicate':
      return t('ledger.ui.rejected.reasons.duplicate', {
        field: fieldName(problem.table, (problem.field ?? 'id').split('+')[0]!),
      })
    case 'invalid':
      return t('ledger.ui.rejected.reasons.invalid', {
        message: problem.message ?? fieldName(problem.table, problem.field ?? 'id'),
      })
    default:
      return t(`ledger.ui.rejected.reasons.${problem.reason}`)
  }
}

/**
 * 把本机台账导入团队 (团队模式, the owner): this browser's own ledger into the team's, all or nothing; when anything
 * cannot come in, every such record is listed and nothing comes in.
 */
export function MoveInSection() {
  const { db } = useLedgerEnv()
  const [total, setTotal] = useState<number | null>(null)
  const [busy, setBusy] = useState(false)
  const [outcome, setOutcome] = useState<MoveInOutcome | null>(null)
  const result = useRef<HTMLDivElement>(null)
  useEffect(() => {
    let live = true
    void soloLedger()
      .then((data) => Object.values(data).reduce((sum, records) => sum + records.length, 0))
      .then((count) => live && setTotal(count))
      .catch(() => live && setTotal(0))
    return () => {
      live = false
    }
  }, [])
  useEffect(() => {
    if (outcome) result.current?.focus()
  }, [outcome])

  async function moveIn() {
    setBusy(true)
    setOutcome(null)
    const team = await teamApi.team()
    setOutcome(
      team.ok
        ? await moveSoloLedgerIn(db, team.keyCheck)
        : { ok: false, reason: team.reason === 'signed-out' ? 'signed-out' : 'offline' },
    )
    setBusy(false)
  }

  return (
    <section className="ledger__section" aria-labelledby="ledger-move-in">
      <h2 id="ledger-move-in">{t('ledger.ui.moveIn.heading')}</h2>
      <p>{t('ledger.ui.moveIn.lead')}</p>
      <p>
        {total === null
          ? t('ledger.ui.loading')
          : total === 0
            ? t('ledger.ui.moveIn.empty')
            : t('ledger.ui.moveIn.summary', { count: total })}
      </p>
      <Button onClick={() => void moveIn()} disabled={busy || !total}>
        {busy ? t('ledger.ui.moveIn.busy') : t('ledger.ui.moveIn.submit')}
      </Button>
      <div ref={result} tabIndex={-1} role={outcome?.ok ? 'status' : 'alert'}>
        {outcome === null ? null : outcome.ok ? (
          <p>{t('ledger.ui.moveIn.done', { count: outcome.count })}</p>
        ) : outcome.reason === 'conflicts' ? (
          <Notice
            title={t('ledger.ui.moveIn.refusedTitle', { count: outcome.problems.length })}
            tone="warning"
          >
            <ul>
              {outcome.problems.map((problem) => (
                <li key={`${problem.table}/${problem.id}`}>
                  {t('ledger.ui.moveIn.problem', {
                    table: tableLabel(problem.table),
                    name: recordTitle(problem.table, problem.record),
                    reason: problemText(problem),
                  })}
                </li>
              ))}
            </ul>
          </Notice>
        ) : (
          <p>{t(`ledger.ui.moveIn.${outcome.reason}`)}</p>
        )}
      </div>
    </section>
  )
}
