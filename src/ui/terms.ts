import type { PathId, SubjectType } from '../domain'
import { t } from '../i18n'

/** 企业, 个体工商户, … */
export function subjectTypeName(type: SubjectType): string {
  return t(`terms.subjectType.${type}`)
}

/** 单独注册 or 复用公众号资质快速注册. */
export function pathName(path: PathId): string {
  return t(`terms.path.${path}`)
}
