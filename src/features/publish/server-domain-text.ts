import './messages'
import type { ServerDomainKind, ServerDomainLineProblem } from '../../domain'
import { joinList, t } from '../../i18n'

/** A list as the platform labels it: request合法域名 … */
export function kindLabel(kind: ServerDomainKind): string {
  return t(`publish.domains.kinds.${kind}`)
}

/** Why a pasted line was not added to `kind`'s list, in words. */
export function lineProblemText(problem: ServerDomainLineProblem, kind: ServerDomainKind): string {
  const list = kindLabel(kind)
  switch (problem.kind) {
    case 'invalid':
      return problem.problem.message
    case 'wrong-list':
      return t('publish.domains.problems.wrongList', {
        scheme: problem.scheme,
        lists: joinList(problem.belongsTo.map(kindLabel)),
        list,
      })
    case 'duplicate':
      return problem.line === undefined
        ? t('publish.domains.problems.duplicate', { origin: problem.origin, list })
        : t('publish.domains.problems.duplicateInPaste', { first: problem.line, origin: problem.origin })
    case 'over-limit':
      return t('publish.domains.problems.overLimit', { list, max: problem.max })
  }
}
