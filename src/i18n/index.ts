export { t, addMessages, hasMessage, joinList, setMessages } from './t'
export type { LazyArea } from './areas'
export type { MessageKey, MessageParams, Messages, ShellMessages } from './types'
