// The catalog's shape: the zh-CN catalog is the reference; another locale must provide every key.
type Leaves<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Leaves<T[K], `${Prefix}${K}.`>
}[keyof T & string]

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> }

import type { zhCN } from './zh-CN'

export type Messages = Widen<typeof zhCN>
export type MessageKey = Leaves<typeof zhCN>
export type MessageParams = Record<string, string | number>
