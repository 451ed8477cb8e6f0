// Vitest global setup for the `server` project: one throwaway PostgreSQL cluster for the whole run, in a fresh
// temp folder (/tmp/mp-team-*, a prefix .ci/run relies on to clean up after a killed run). Tests reach it
// through inject('databaseUrl'), usually via freshDatabase() in ./database.ts.
import { chmod, mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import type { TestProject } from 'vitest/node'
import { startCluster } from '../db/cluster.ts'

declare module 'vitest' {
  export interface ProvidedContext {
    /** postgres://postgres@127.0.0.1:PORT/team on the run's cluster. */
    databaseUrl: string
  }
}

export default async function setup(project: TestProject) {
  const root = await mkdtemp(path.join(os.tmpdir(), 'mp-team-'))
  // mkdtemp makes the folder 0700; as root, the cluster runs as `postgres`, which must get through it.
  if (process.getuid?.() === 0) await chmod(root, 0o755)
  const cluster = await startCluster({ dir: path.join(root, 'data') }).catch(async (error: unknown) => {
    await rm(root, { recursive: true, force: true })
    throw error
  })
  project.provide('databaseUrl', cluster.url)

  return async function teardown() {
    try {
      await cluster.stop()
    } finally {
      await rm(root, { recursive: true, force: true })
    }
  }
}
