// A throwaway PostgreSQL cluster for development and tests: initdb into a folder, start a postmaster on a
// loopback port with its socket in that folder, and create the `team` database. Durability is switched off
// (fsync, synchronous_commit, full_page_writes): the data is disposable, speed is what matters.
import { execFile } from 'node:child_process'
import { access, mkdir, readdir, readFile } from 'node:fs/promises'
import net from 'node:net'
import path from 'node:path'
import { promisify } from 'node:util'
import pg from 'pg'

const run = promisify(execFile)

/** The database the team server uses inside the cluster. */
const database = 'team'

export interface Cluster {
  /** postgres://postgres@127.0.0.1:PORT/team */
  url: string
  /** Stops the postmaster (fast shutdown). Does nothing if it is already stopped. */
  stop(): Promise<void>
}

/**
 * Starts (or reuses) a cluster in `dir`, creating it on first use. As root, the folder is handed to the
 * `postgres` system user and the server runs as that user, since PostgreSQL refuses to run as root; the
 * folder's parents must then be traversable by `postgres`.
 */
export async function startCluster(options: { dir: string; port?: number }): Promise<Cluster> {
  const dir = path.resolve(options.dir)
  const bin = await findBinaries()
  const asRoot = process.getuid?.() === 0

  // Runs one of PostgreSQL's programs, as `postgres` when we are root, from inside the data folder (the
  // current folder may not be readable by `postgres`).
  const pgRun = async (program: string, args: string[]) => {
    const file = path.join(bin, program)
    const [command, commandArgs] = asRoot
      ? ['runuser', ['-u', 'postgres', '--', file, ...args]]
      : [file, args]
    try {
      return await run(command, commandArgs, { cwd: dir, maxBuffer: 16 * 1024 * 1024 })
    } catch (error) {
      throw new Error(`${program} ${args.join(' ')} failed: ${outputOf(error)}`, { cause: error })
    }
  }

  await mkdir(dir, { recursive: true })
  if (asRoot) await handToPostgres(dir)

  if (!(await exists(path.join(dir, 'PG_VERSION')))) await initdb(pgRun, dir)

  let port = await runningPort(dir)
  if (port === undefined) {
    port = options.port ?? (await freePort())
    const settings = [
      `-p ${port}`,
      '-c listen_addresses=127.0.0.1',
      `-c unix_socket_directories=${shellQuote(dir)}`,
      '-c fsync=off',
      '-c synchronous_commit=off',
      '-c full_page_writes=off',
      '-c max_connections=300',
    ]
    const log = path.join(dir, 'server.log')
    try {
      await pgRun('pg_ctl', ['-D', dir, '-l', log, '-w', '-o', settings.join(' '), 'start'])
    } catch (error) {
      const tail = (await readFile(log, 'utf8').catch(() => '')).split('\n').slice(-20).join('\n')
      throw new Error(`${(error as Error).message}\n--- ${log} (last lines) ---\n${tail}`, { cause: error })
    }
  }

  await createDatabase(port)

  return {
    url: `postgres://postgres@127.0.0.1:${port}/${database}`,
    async stop() {
      try {
        await pgRun('pg_ctl', ['-D', dir, '-m', 'fast', '-w', 'stop'])
      } catch (error) {
        // Already stopped (no postmaster.pid, or even no folder): nothing to do.
        if ((await runningPort(dir)) !== undefined) throw error
      }
    },
  }
}

/** The folder holding initdb, pg_ctl and postgres: pg_config's answer, else the newest Debian install. */
async function findBinaries(): Promise<string> {
  try {
    const { stdout } = await run('pg_config', ['--bindir'])
    const bindir = stdout.trim()
    if (bindir && (await exists(path.join(bindir, 'initdb')))) return bindir
  } catch {
    // No pg_config (it comes with libpq-dev, not always installed): look in the usual place.
  }
  const root = '/usr/lib/postgresql'
  const versions = (await readdir(root).catch(() => []))
    .filter((name) => /^\d+(\.\d+)?$/.test(name))
    .sort((a, b) => Number(b) - Number(a))
  for (const version of versions) {
    const bindir = path.join(root, version, 'bin')
    if (await exists(path.join(bindir, 'initdb'))) return bindir
  }
  throw new Error('PostgreSQL is not installed: apt-get install postgresql')
}

/** Creates the cluster: user `postgres`, trust authentication, UTF-8, the C.UTF-8 locale if there is one. */
async function initdb(pgRun: (program: string, args: string[]) => Promise<unknown>, dir: string) {
  const common = ['-D', dir, '-U', 'postgres', '--auth=trust', '--encoding=UTF8']
  try {
    await pgRun('initdb', [...common, '--locale=C.UTF-8'])
  } catch (error) {
    // initdb empties the folder again when it fails, so a second attempt starts clean.
    if (!/locale/i.test((error as Error).message)) throw error
    await pgRun('initdb', [...common, '--no-locale'])
  }
}

/** Gives the data folder to the `postgres` user and checks that user can reach it. */
async function handToPostgres(dir: string) {
  await run('chown', ['-R', 'postgres:postgres', dir])
  try {
    await run('runuser', ['-u', 'postgres', '--', 'test', '-w', dir, '-a', '-x', dir])
  } catch {
    throw new Error(
      `The postgres user cannot reach ${dir}: make each folder above it traversable (chmod o+x).`,
    )
  }
}

/** The port of the postmaster running in `dir` (line 4 of postmaster.pid), if one is alive. */
async function runningPort(dir: string): Promise<number | undefined> {
  const text = await readFile(path.join(dir, 'postmaster.pid'), 'utf8').catch(() => undefined)
  if (text === undefined) return undefined
  const lines = text.split('\n')
  const pid = Number(lines[0])
  const port = Number(lines[3])
  if (!Number.isInteger(pid) || pid <= 0 || !Number.isInteger(port) || port <= 0) return undefined
  try {
    process.kill(pid, 0)
  } catch (error) {
    // EPERM: the process exists but belongs to another user (we are not root).
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return undefined
  }
  return port
}

/** Creates the `team` database unless it exists (tolerating another process creating it at the same time). */
async function createDatabase(port: number) {
  const client = new pg.Client({ host: '127.0.0.1', port, user: 'postgres', database: 'postgres' })
  await client.connect()
  try {
    const found = await client.query('select 1 from pg_database where datname = $1', [database])
    if (found.rowCount === 0) {
      try {
        await client.query(`create database ${database}`)
      } catch (error) {
        // 42P04 duplicate_database, 23505 unique_violation: someone else just created it.
        const code = (error as { code?: string }).code
        if (code !== '42P04' && code !== '23505') throw error
      }
    }
  } finally {
    await client.end()
  }
}

/** A port that was free a moment ago (the kernel's pick for port 0). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.unref()
    server.on('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      const port = typeof address === 'object' && address !== null ? address.port : 0
      server.close(() => (port > 0 ? resolve(port) : reject(new Error('Could not find a free port'))))
    })
  })
}

async function exists(file: string): Promise<boolean> {
  return access(file).then(
    () => true,
    () => false,
  )
}

// pg_ctl hands -o to the shell, so a folder with spaces or quotes needs quoting.
function shellQuote(text: string): string {
  return `'${text.replaceAll("'", `'\\''`)}'`
}

function outputOf(error: unknown): string {
  const { stderr, stdout, message } = error as { stderr?: string; stdout?: string; message?: string }
  return (stderr?.trim() || stdout?.trim() || message || String(error)).trim()
}
