// `npm run dev:team`: the team server (with its development database) and the app's Vite dev server, which
// forwards /api to it, so the browser sees one origin. Ctrl+C stops both and the database.
import { spawn } from 'node:child_process'
import { startTeamServer } from './main.ts'

const { stop, port } = await startTeamServer()
const vite = spawn('npx', ['vite', '--host', '127.0.0.1'], {
  stdio: 'inherit',
  env: { ...process.env, TEAM_SERVER: `http://127.0.0.1:${port}` },
})
const shutdown = () => {
  vite.kill('SIGTERM')
  void stop().then(() => process.exit(0))
}
process.once('SIGINT', shutdown)
process.once('SIGTERM', shutdown)
vite.once('exit', shutdown)
