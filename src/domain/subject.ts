// 主体类型: who registers.
export const subjectTypes = [
  'enterprise', // 企业
  'sole_proprietor', // 个体工商户
  'government', // 政府
  'media', // 媒体
  'other_org', // 其他组织
  'individual', // 个人
] as const

export type SubjectType = (typeof subjectTypes)[number]

/** "Organisation" in the rule book: every subject type but an individual. */
export const organisationTypes = [
  'enterprise',
  'sole_proprietor',
  'government',
  'media',
  'other_org',
] as const satisfies readonly SubjectType[]

export type OrganisationType = (typeof organisationTypes)[number]

export function isOrganisation(type: SubjectType): type is OrganisationType {
  return type !== 'individual'
}
