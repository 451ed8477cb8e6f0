import { z } from 'zod'

// A fallback only: every field schema sets its own Chinese message that says how to fix the value. This makes
// anything left over (a schema written elsewhere without a message, a wrong type from code) Chinese too,
// instead of zod's English default.
z.config(z.locales.zhCN())
