import type { LogoMetadata } from '../fields/logo'
import type { SubjectType } from '../subject'

export interface AccountValues {
  email: string
}

export interface SubjectTypeValues {
  subjectType: SubjectType
}

export interface SubjectInfoValues {
  /** 主体名称 */
  name: string
  /** 统一社会信用代码 or a legacy 15-digit registration number */
  creditCode: string
}

export type VerificationMethod = 'certification' | 'transfer'

export interface VerificationMethodValues {
  method: VerificationMethod
}

/**
 * 管理员. Once the step is done the wizard keeps the ID card and mobile only masked, with a keyed hash
 * for quota counting: the domain treats these strings as opaque after the step.
 */
export interface AdminValues {
  name: string
  idCardNumber: string
  mobile: string
  idCardHash?: string
  mobileHash?: string
}

export type OfficialAccountType = 'subscription' | 'service'

/** What the official account (公众号) shows about itself. */
export interface OaStatusValues {
  /** 公众号名称 */
  accountName: string
  accountType: OfficialAccountType
  certified: boolean
  /** The account's own login email: the new mini program may never use it (EMAIL_UNIQUE). */
  email: string
  sameSubjectLinks: number
  otherSubjectLinks: number
  monthSameSubjectLinks: number
  monthOtherSubjectLinks: number
  monthFastRegistrations: number
  fastRegistrationPending: boolean
}

/** 复用资质: subject is always reused; certification must be; operator info is a choice. */
export interface QualificationsValues {
  subject: true
  operatorInfo: boolean
  /** Required for some subject types only (REUSE_QUALIFICATIONS). */
  certification: boolean
}

export interface ProfileValues {
  name: string
  intro: string
  /** The chosen file's metadata; the image itself stays in the browser. */
  logo: LogoMetadata
}

export interface ConfirmValues {
  confirmed: true
}

/** The values each step stores. Instruction steps store their confirmation; outcome steps store nothing. */
export interface StepValues {
  'open-platform': ConfirmValues
  'choose-mini-program': ConfirmValues
  'subject-type': SubjectTypeValues
  'subject-info': SubjectInfoValues
  'oa-status': OaStatusValues
  'certify-oa': Record<string, never>
  'open-mini-program': ConfirmValues
  'fast-register': ConfirmValues
  qualifications: QualificationsValues
  account: AccountValues
  'activate-email': ConfirmValues
  'registration-result': Record<string, never>
  'verification-method': VerificationMethodValues
  admin: AdminValues
  'admin-verify': ConfirmValues
  'confirm-subject': ConfirmValues
  certification: Record<string, never>
  transfer: Record<string, never>
  profile: ProfileValues
  review: Record<string, never>
  done: Record<string, never>
}

export type Answers = { [K in keyof StepValues]?: StepValues[K] }
