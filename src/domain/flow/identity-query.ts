// The identities a quota is counted by: types only, shared by the step definitions and identities.ts.

/** The keyed hashes of an admin's ID card and mobile numbers (made outside the domain, by the platform). */
export interface AdminHashes {
  idCard: string
  mobile: string
}

/**
 * The identities a quota is counted by: the login email, the subject (credit code, or name where it has
 * none), the admin (keyed hashes) and the official account (its email). The ledger counts what it holds for
 * each one given; the registrations in this browser count the same way.
 */
export interface IdentityQuery {
  email?: string
  idCardHash?: string
  mobileHash?: string
  creditCode?: string
  subjectName?: string
  officialAccountEmail?: string
}
