// The catalog's shape: the zh-CN catalog is the reference; another locale must provide every key.
type Leaves<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Leaves<T[K], `${Prefix}${K}.`>
}[keyof T & string]

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> }

import type { LazyAreas } from './areas'
import type { zhCN } from './zh-CN'

/** Every area: the shell's, loaded with it, and those loaded with their route (areas.ts). */
type Catalog = typeof zhCN & LazyAreas

export type Messages = Widen<Catalog>
/** The shell's areas: what `setMessages` replaces. */
export type ShellMessages = Widen<typeof zhCN>
export type MessageKey = Leaves<Catalog>
export type MessageParams = Record<string, string | number>
