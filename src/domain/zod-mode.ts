// The domain's schemas parse without eval. Zod 4 otherwise compiles object parsers with `new Function`, after a
// probe that the app's Content-Security-Policy (no 'unsafe-eval', security-headers.ts) refuses and reports.
// Every entry to the domain imports this first (index.ts, ledger/index.ts, team.ts), so it is set before any
// schema parses, wherever the domain runs: a page, the plan worker, the team server, a test.
import { config } from 'zod/v4/core'

config({ jitless: true })
