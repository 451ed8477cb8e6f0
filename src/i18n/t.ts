import type { LazyArea } from './areas'
import type { MessageKey, MessageParams, Messages, ShellMessages } from './types'
import { zhCN } from './zh-CN'

let active: Partial<Messages> = zhCN

/** Switch the catalog every later `t()` reads from (a second locale is one more file beside zh-CN). */
export function setMessages(messages: ShellMessages): void {
  active = { ...active, ...messages }
}

/** Add an area loaded with its route (areas.ts); its keys are missing until then. */
export function addMessages<A extends LazyArea>(area: A, messages: Messages[A]): void {
  active = { ...active, [area]: messages }
}

function lookup(key: string): string | undefined {
  let node: unknown = active
  for (const part of key.split('.')) {
    if (node === null || typeof node !== 'object') return undefined
    node = (node as Record<string, unknown>)[part]
  }
  return typeof node === 'string' ? node : undefined
}

/** The message for `key`, with `{name}` placeholders filled from `params`. */
export function t(key: MessageKey, params?: MessageParams): string {
  const template = lookup(key)
  if (template === undefined) throw new Error(`Missing message: ${key}`)
  if (!params) return template
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  )
}

/** True when `key` names a message (for keys built at run time, e.g. from a rule id). */
export function hasMessage(key: string): key is MessageKey {
  return lookup(key) !== undefined
}

/** Items as an inline list in the catalog's language (企业、政府、媒体). */
export function joinList(items: readonly string[]): string {
  return items.join(t('app.listSeparator'))
}
