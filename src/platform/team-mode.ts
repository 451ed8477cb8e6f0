// 团队模式: this browser uses a team's shared ledger instead of its own. Like 演示模式 (demo-mode.ts), the flag is
// read once, when the page starts, and switching reloads the page, so every store opens under the mode's names:
// the ledger's cache of the team's records and the team's identity key are kept under names of their own, and
// the browser's own (solo) ledger and key are neither read nor written meanwhile. Demo mode turns it off.
import type { TeamRole } from '../domain/team'
import { isDemoMode } from './demo-mode'

const flagKey = 'mp-wizard.team-mode'

/** The team this browser works in, and as whom (as the server said when it was turned on). */
export interface TeamModeInfo {
  teamId: string
  teamName: string
  email: string
  role: TeamRole
}

function isInfo(value: unknown): value is TeamModeInfo {
  if (!value || typeof value !== 'object') return false
  const v = value as Record<string, unknown>
  return (
    typeof v.teamId === 'string' &&
    /^[0-9a-f-]{36}$/.test(v.teamId) &&
    typeof v.teamName === 'string' &&
    typeof v.email === 'string' &&
    (v.role === 'owner' || v.role === 'operator' || v.role === 'viewer')
  )
}

function readFlag(): TeamModeInfo | null {
  if (isDemoMode()) return null
  try {
    const text = typeof localStorage === 'undefined' ? null : localStorage.getItem(flagKey)
    const value: unknown = text ? JSON.parse(text) : null
    return isInfo(value) ? value : null
  } catch {
    return null
  }
}

let current = readFlag()

/** The team this page works in (fixed for the page's life), or null: the browser's own ledger. */
export function teamMode(): TeamModeInfo | null {
  return current
}

/** The name a team-mode store keeps its data under: the solo name with the team's id. */
export function teamStoreName(base: string): string {
  return current ? `${base}.team-${current.teamId}` : base
}

/** Tests only: run the module as if the page had started in (or out of) team mode. */
export function setTeamModeForTests(info: TeamModeInfo | null): void {
  current = info
}

/**
 * Turns team mode on (for `info`'s team) or off, then reloads at `to`. Returns false when the browser will not
 * store the flag.
 */
export function switchTeamMode(info: TeamModeInfo | null, to: string): boolean {
  try {
    if (info) localStorage.setItem(flagKey, JSON.stringify(info))
    else localStorage.removeItem(flagKey)
  } catch {
    return false
  }
  window.location.assign(to)
  return true
}
