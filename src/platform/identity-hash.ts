// Keyed hashes of ID card and mobile numbers (HMAC-SHA-256, Web Crypto), so identities can be counted
// toward their quotas without keeping the numbers. One key per browser. This is not encryption: the
// masked number and the hash are what is kept; the full number is not kept at all.
import { storageName } from './demo-mode'
import { teamMode, teamStoreName } from './team-mode'

// In 演示模式 the demo stores hash with a key of their own (demo-mode.ts). In 团队模式 the team's key is used, which
// only its members' browsers hold (the owner hands it on; the team server never sees it).
const baseKeyName = storageName('mp-wizard.identity-key')
const keyName = teamStoreName(baseKeyName)

function toBase64(bytes: Uint8Array): string {
  let binary = ''
  for (const byte of bytes) binary += String.fromCharCode(byte)
  return btoa(binary)
}

function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text)
  const bytes = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i)
  return bytes
}

/** The browser's identity key, made on first use and kept in localStorage. */
export function identityKeyBytes(storage: Storage = localStorage): Uint8Array<ArrayBuffer> {
  const stored = storage.getItem(keyName)
  if (stored) {
    try {
      const bytes = fromBase64(stored)
      if (bytes.length === 32) return bytes
    } catch {
      // An unreadable key is replaced below; hashes made with it can no longer be matched.
    }
  }
  // A team's key is never made up here: a member's browser holds it before team mode can be turned on.
  if (teamMode()) throw new Error('This browser does not hold the team key')
  const bytes = crypto.getRandomValues(new Uint8Array(32))
  storage.setItem(keyName, toBase64(bytes))
  return bytes
}

/** HMAC-SHA-256 under `keyBytes`, as hex, for each text given to the function returned (the key imported once). */
async function hmacHex(keyBytes: Uint8Array<ArrayBuffer>): Promise<(text: string) => Promise<string>> {
  const key = await crypto.subtle.importKey('raw', keyBytes, { name: 'HMAC', hash: 'SHA-256' }, false, [
    'sign',
  ])
  const encoder = new TextEncoder()
  return async (text) => {
    const signature = new Uint8Array(await crypto.subtle.sign('HMAC', key, encoder.encode(text)))
    return Array.from(signature, (b) => b.toString(16).padStart(2, '0')).join('')
  }
}

/** HMAC-SHA-256 of `value` under the browser's key, as hex. `kind` keeps ID card and mobile hashes apart. */
export async function identityHash(
  kind: 'id-card' | 'mobile',
  value: string,
  storage?: Storage,
): Promise<string> {
  const bytes = identityKeyBytes(storage)
  // The key is imported once while it stays the same (an imported ledger or 团队模式 brings another).
  const text = toBase64(bytes)
  if (lastHasher?.text !== text) {
    const hasher = identityHasher(bytes)
    lastHasher = { text, hasher }
    // A key Web Crypto refused is not kept: the next number tries again.
    hasher.catch(() => {
      if (lastHasher?.hasher === hasher) lastHasher = undefined
    })
  }
  return (await lastHasher.hasher)(kind, value)
}

let lastHasher: { text: string; hasher: ReturnType<typeof identityHasher> } | undefined

/**
 * A hasher for many numbers at once (a plan's thousands of rows), with the key imported once. `keyBytes` is
 * `identityKeyBytes()`, read on the page and handed over (a worker has no localStorage). Same hashes as
 * `identityHash`.
 */
export async function identityHasher(
  keyBytes: Uint8Array<ArrayBuffer>,
): Promise<(kind: 'id-card' | 'mobile', value: string) => Promise<string>> {
  const hash = await hmacHex(keyBytes)
  return (kind, value) => hash(`${kind}:${value}`)
}

/** The browser's key as text, for an export the user chose to include it in. */
export function identityKeyText(storage: Storage = localStorage): string {
  return toBase64(identityKeyBytes(storage))
}

/** True when `text` is a key this module could use: 32 bytes in base64. */
export function isIdentityKeyText(text: string): boolean {
  try {
    return fromBase64(text).length === 32
  } catch {
    return false
  }
}

/**
 * Adopts a key from an imported ledger, so numbers typed from now on hash as the imported records did.
 * Hashes made under the previous key can no longer be matched.
 */
export function adoptIdentityKey(text: string, storage: Storage = localStorage): void {
  if (!isIdentityKeyText(text)) throw new Error('Not an identity key')
  storage.setItem(keyName, text)
}

/** A new team key, as text (made by the owner's browser when the team is set up). */
export function newIdentityKeyText(): string {
  return toBase64(crypto.getRandomValues(new Uint8Array(32)))
}

/**
 * What the team server keeps to tell a pasted key from a wrong one: an HMAC of a fixed text under the key. It
 * says nothing of the key, and no number can be hashed with it.
 */
export async function identityKeyCheck(text: string): Promise<string> {
  return (await hmacHex(fromBase64(text)))('mp-wizard team key check')
}

/** Keeps team `teamId`'s key in this browser, for team mode to hash with. */
export function storeTeamKey(teamId: string, text: string, storage: Storage = localStorage): void {
  if (!isIdentityKeyText(text)) throw new Error('Not an identity key')
  storage.setItem(`${baseKeyName}.team-${teamId}`, text)
}

/** Team `teamId`'s key as this browser holds it, or null. */
export function teamKeyText(teamId: string, storage: Storage = localStorage): string | null {
  const text = storage.getItem(`${baseKeyName}.team-${teamId}`)
  return text && isIdentityKeyText(text) ? text : null
}

/** This browser's own (solo) key as text, or null: the key its own ledger's hashes were made with. */
export function soloIdentityKeyText(storage: Storage = localStorage): string | null {
  const text = storage.getItem(baseKeyName)
  return text && isIdentityKeyText(text) ? text : null
}
