import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react'
import { teamApi, type TeamSession } from '../../platform/team-api'

/** Where the browser stands with the team server. */
export type TeamState =
  | { status: 'loading' }
  | { status: 'no-server' }
  | { status: 'setup' }
  | { status: 'signed-out'; notice?: 'signed-out' | 'expired' }
  /** `fresh`: signed in just now, on this page (not found signed in when the page opened). */
  | { status: 'signed-in'; session: TeamSession; fresh?: boolean }

interface TeamContextValue {
  state: TeamState
  refresh: () => Promise<void>
  signedIn: (session: TeamSession) => void
  signedOut: (notice?: 'signed-out' | 'expired') => void
}

const TeamContext = createContext<TeamContextValue | null>(null)

async function current(): Promise<TeamState> {
  const setup = await teamApi.setupNeeded()
  if (!setup.ok) return { status: 'no-server' }
  if (setup.needed) return { status: 'setup' }
  const me = await teamApi.session()
  if (!me.ok) return { status: 'no-server' }
  return me.session ? { status: 'signed-in', session: me.session } : { status: 'signed-out' }
}

/** Asks the team server once, when a team page first shows; the pages below share the answer. */
export function TeamProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<TeamState>({ status: 'loading' })
  const refresh = useCallback(async () => {
    setState({ status: 'loading' })
    setState(await current())
  }, [])
  useEffect(() => {
    let live = true
    void current().then((next) => live && setState(next))
    return () => {
      live = false
    }
  }, [])
  const value: TeamContextValue = {
    state,
    refresh,
    signedIn: (session) => setState({ status: 'signed-in', session, fresh: true }),
    signedOut: (notice) => setState({ status: 'signed-out', notice }),
  }
  return <TeamContext.Provider value={value}>{children}</TeamContext.Provider>
}

export function useTeam(): TeamContextValue {
  const value = useContext(TeamContext)
  if (!value) throw new Error('useTeam outside TeamProvider')
  return value
}
