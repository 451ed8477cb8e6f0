// What members read: the ledger's changes since a revision (the browser's cache pulls these), and the audit log.
import type pg from 'pg'
import type { LedgerRecord, TableName } from '../../src/domain/ledger/index.ts'
import type { AuditEntry } from '../../src/domain/team.ts'

/** At most this many records per pull; `more` says to ask again from the returned revision. */
export const pageSize = 1000

export interface Pulled {
  /** Pull again from here. */
  revision: number
  more: boolean
  changes: { table: TableName; id: string; revision: number; record: LedgerRecord | null }[]
}

/**
 * Every record changed after `since`, oldest first, whole revisions at a time. Revisions are stamped in commit
 * order (under the team row's lock), so a record committed later never appears with a revision already passed.
 */
export async function changesSince(pool: pg.Pool, teamId: string, since: number): Promise<Pulled> {
  const { rows } = await pool.query<{
    tbl: TableName
    id: string
    revision: number
    deleted: boolean
    data: LedgerRecord
  }>(
    `select tbl, id, revision, deleted, data from records
     where team_id = $1 and revision > $2 order by revision, tbl, id limit $3`,
    [teamId, since, pageSize + 1],
  )
  let page = rows
  let more = false
  if (rows.length > pageSize) {
    more = true
    // Never cut a revision in half: stop before the last, possibly incomplete, one (unless it is the only one).
    const last = rows[pageSize]!.revision
    const whole = rows.slice(0, pageSize).filter((row) => row.revision < last)
    page = whole.length > 0 ? whole : rows.filter((row) => row.revision === last)
  }
  const { rows: team } = await pool.query<{ revision: number }>('select revision from teams where id = $1', [
    teamId,
  ])
  const revision = more ? page[page.length - 1]!.revision : Math.max(since, team[0]?.revision ?? 0)
  return {
    revision,
    more,
    changes: page.map((row) => ({
      table: row.tbl,
      id: row.id,
      revision: row.revision,
      record: row.deleted ? null : row.data,
    })),
  }
}

/** The audit log, newest first, 100 entries a page (`before`: the id to continue below). */
export async function readAudit(pool: pg.Pool, teamId: string, before?: number): Promise<AuditEntry[]> {
  const { rows } = await pool.query<{
    id: number
    at: Date
    email: string | null
    action: string
    tbl: string | null
    record_id: string | null
    before: Record<string, unknown> | null
    after: Record<string, unknown> | null
  }>(
    `select a.id, a.at, u.email, a.action, a.tbl, a.record_id, a.before, a.after
     from audit_log a left join users u on u.id = a.user_id
     where a.team_id = $1 and ($2::bigint is null or a.id < $2) order by a.id desc limit 100`,
    [teamId, before ?? null],
  )
  return rows.map((row) => ({
    id: row.id,
    at: row.at.toISOString(),
    userEmail: row.email,
    action: row.action,
    table: row.tbl,
    recordId: row.record_id,
    before: row.before,
    after: row.after,
  }))
}
