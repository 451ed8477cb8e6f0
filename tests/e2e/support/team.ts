// The e2e team on the real team server (playwright.config.ts starts it on a fresh database; preview proxies
// /api): its owner and identity key, as every team spec sets them. Whichever test gets there first sets the
// server up; the others find it so (409).
import { createHmac } from 'node:crypto'
import type { APIRequestContext } from '@playwright/test'
import { baseURL } from '../../../playwright.config'
import { expect } from './fixtures'

export const owner = { email: 'owner@example.com', password: 'correct horse battery' }

/** The team's identity key: made by an owner's browser in real use; fixed here, so every worker can hand it on. */
export const teamKey = Buffer.alloc(32, 7).toString('base64')

const keyCheck = createHmac('sha256', Buffer.from(teamKey, 'base64'))
  .update('mp-wizard team key check')
  .digest('hex')

/** What the API asks of every request that changes something: the app's own origin. */
export const apiHeaders = { origin: baseURL }

/** Sets the team up with its owner, unless a test already did. */
export async function setUpTeam(request: APIRequestContext): Promise<void> {
  const setup = await request.post(`${baseURL}/api/setup`, {
    data: { teamName: '星河代理', ...owner },
    headers: apiHeaders,
  })
  expect([200, 409]).toContain(setup.status())
}

/**
 * The owner signed in through `request` (Playwright keeps the cookie), with the team key's check stored: what
 * lets a member's browser turn team mode on.
 */
export async function signInOwner(request: APIRequestContext): Promise<void> {
  await setUpTeam(request)
  const session = await request.post(`${baseURL}/api/session`, { data: owner, headers: apiHeaders })
  expect(session.status()).toBe(200)
  const keySet = await request.put(`${baseURL}/api/team/key-check`, {
    data: { keyCheck },
    headers: apiHeaders,
  })
  expect([200, 409]).toContain(keySet.status())
}

/** A new operator of the team, added by the signed-in owner (`signInOwner`); its email carries `tag`. */
export async function addOperator(request: APIRequestContext, tag: string) {
  const member = { email: `${tag}-${Date.now()}@example.com`, password: `first password ${tag}` }
  const added = await request.post(`${baseURL}/api/members`, {
    data: { ...member, role: 'operator' },
    headers: apiHeaders,
  })
  expect(added.status()).toBe(200)
  return member
}
