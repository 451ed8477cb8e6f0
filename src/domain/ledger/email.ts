/** Emails compare trimmed and case-insensitively, as the quota check does. */
export function emailKey(email: string): string {
  return email.trim().toLowerCase()
}
