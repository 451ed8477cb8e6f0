// The team server's connection pool.
import pg from 'pg'

// bigint/int8 (OID 20) comes back as a JS number instead of a string: revisions, counts and ids stay far
// below 2^53 (a revision per write, many writes a second, would take millennia to get there). A value beyond
// Number.MAX_SAFE_INTEGER fails the query rather than silently losing precision.
pg.types.setTypeParser(pg.types.builtins.INT8, (text: string) => {
  const value = Number(text)
  if (!Number.isSafeInteger(value)) throw new RangeError(`int8 value ${text} does not fit a JS number`)
  return value
})

/** A pool of at most `max` connections to `url`, named 'mp-wizard-team' in pg_stat_activity. */
export function createPool(url: string, max = 20): pg.Pool {
  const pool = new pg.Pool({ connectionString: url, max, application_name: 'mp-wizard-team' })
  // An idle connection that breaks (the server restarts, say) is dropped by the pool; without a listener,
  // the 'error' event would crash the process.
  pool.on('error', (error) => console.error('PostgreSQL pool: idle connection failed:', error.message))
  return pool
}
