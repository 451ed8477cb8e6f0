// The app runs under a Content-Security-Policy without 'unsafe-eval' (security-headers.ts). Zod 4 compiles fast
// object parsers with `new Function`, after a probe that the policy refuses and reports: jitless mode parses
// the same way without either. Imported first by every entry point (the page, the plan worker).
import { config } from 'zod/v4/core'

config({ jitless: true })
