export { t, hasMessage, setMessages } from './t'
export type { MessageKey, MessageParams, Messages } from './types'
