import type { StepValues } from './flow/step-values'

// Sample values that pass every schema: trainer mode's rehearsal screens and the tests use them.
// The ID card and credit code are made-up numbers with valid check characters, not real people or companies.
export const samples = {
  account: { email: 'demo-mp-01@example.com' },
  subjectType: { subjectType: 'enterprise' },
  subjectInfo: { name: '示例科技有限公司', creditCode: '91350100M000100Y43' },
  admin: { name: '买买提·艾力', idCardNumber: '11010519491231002X', mobile: '13800138000' },
  oaStatus: {
    accountName: '示例科技服务号',
    accountType: 'service',
    certified: true,
    email: 'official-account@example.com',
    sameSubjectLinks: 2,
    otherSubjectLinks: 0,
    monthSameSubjectLinks: 0,
    monthOtherSubjectLinks: 0,
    monthFastRegistrations: 0,
    fastRegistrationPending: false,
  },
  qualifications: { subject: true, operatorInfo: false, certification: true },
  profile: {
    name: '示例预约助手',
    intro: '在线预约门店服务，查看排队进度。',
    logo: { name: 'logo.png', type: 'image/png', size: 24_000, width: 144, height: 144 },
  },
  /** Rehearsal screens only: the app never asks for the real ones. */
  password: 'Sample2024!',
  captcha: 'k7Xq',
  smsCode: '246810',
} as const satisfies {
  account: StepValues['account']
  subjectType: StepValues['subject-type']
  subjectInfo: StepValues['subject-info']
  admin: StepValues['admin']
  oaStatus: StepValues['oa-status']
  qualifications: StepValues['qualifications']
  profile: StepValues['profile']
  password: string
  captcha: string
  smsCode: string
}
