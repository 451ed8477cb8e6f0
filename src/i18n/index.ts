export { t, hasMessage, joinList, setMessages } from './t'
export type { MessageKey, MessageParams, Messages } from './types'
