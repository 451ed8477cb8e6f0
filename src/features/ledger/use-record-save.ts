import { useState } from 'react'
import type { UseFormReturn } from 'react-hook-form'
import { useNavigate } from 'react-router'
import type { QuotaFinding } from '../../domain'
import { t } from '../../i18n'
import {
  fieldName,
  saveCheckedRecord,
  type Draft,
  type LedgerRecord,
  type RecordOf,
  type TableName,
} from '../../storage/ledger'
import { isQuotaExceeded } from '../../storage/storage-problem'
import { namedProblem, type FormValues } from './form-schema'
import { recordPath } from './kinds'
import { toDraft } from './record-values'
import { useLedgerEnv } from './use-ledger-env'

export interface Conflict {
  mine: Record<string, unknown>
  current: LedgerRecord | undefined
}

/**
 * Saving a form: the quotas and the versioned save in one transaction (a block stops it). A record changed
 * meanwhile is never overwritten: the conflict is kept for the user to resolve.
 */
export function useRecordSave(
  table: TableName,
  form: UseFormReturn<FormValues>,
  start: LedgerRecord | undefined,
) {
  const { db, ruleSet, today } = useLedgerEnv()
  const navigate = useNavigate()
  const [base, setBase] = useState(start)
  const [findings, setFindings] = useState<QuotaFinding[]>([])
  const [conflict, setConflict] = useState<Conflict | null>(null)
  const [refusedRole, setRefusedRole] = useState(false)
  const [failure, setFailure] = useState<string | null>(null)

  async function save(draft: Record<string, unknown>, against: LedgerRecord | undefined) {
    setFailure(null)
    let result: Awaited<ReturnType<typeof saveCheckedRecord>>
    try {
      result = await saveCheckedRecord(
        db,
        table,
        draft as Draft<RecordOf[TableName]>,
        against?.version ?? null,
        {
          ruleSet,
          today,
        },
      )
    } catch (error) {
      // Not a refusal: the browser would not write (storage full, the database closed). Nothing was written.
      setFailure(t(isQuotaExceeded(error) ? 'ledger.ui.form.storageFull' : 'ledger.ui.form.saveFailed'))
      return
    }
    setFindings(result.findings)
    setRefusedRole(!result.ok && result.reason === 'role')
    if (!result.ok && (result.reason === 'quota' || result.reason === 'role')) return
    if (result.ok) {
      void navigate(recordPath(table, result.record.id))
      return
    }
    if (result.reason === 'conflict') {
      setConflict({ mine: draft, current: result.current as LedgerRecord | undefined })
      return
    }
    const issues =
      result.reason === 'duplicate'
        ? [
            {
              path: [result.field.split('+')[0]!],
              message: t('ledger.ui.form.duplicate', {
                field: fieldName(table, result.field.split('+')[0]!),
              }),
            },
          ]
        : result.issues
    for (const issue of issues) {
      const field = String(issue.path[0] ?? 'root')
      form.setError(field, { message: namedProblem(fieldName(table, field), issue.message) })
    }
  }

  return {
    base,
    findings,
    conflict,
    /** 团队模式: the server said this member may not write (只读). */
    refusedRole,
    /** The browser would not write the record (storage full, say): said in words; nothing was saved. */
    failure,
    onValid: async (parsed: Record<string, unknown>) => {
      setConflict(null)
      await save(await toDraft(table, parsed, base), base)
    },
    useTheirs: (reset: (record: LedgerRecord) => void) => {
      if (!conflict?.current) return
      setBase(conflict.current)
      reset(conflict.current)
      setConflict(null)
    },
    keepMine: async () => {
      if (!conflict?.current) return
      const current = conflict.current
      const mine = { ...(current as unknown as Record<string, unknown>), ...conflict.mine, id: current.id }
      setBase(current)
      setConflict(null)
      await save(mine, current)
    },
  }
}
