// The server-domain list editor's messages (rule: SERVER_DOMAIN).
export const domains = {} as const
