import type { NeedItem, PathId } from '../../domain'
import { t } from '../../i18n'
import { formatFee } from '../../ui/format'
import './messages'

/** What to have ready, naming the path when only one of the paths advised needs it. */
export function needText(need: NeedItem, allPaths: readonly PathId[]): string {
  const text = t(`advisor.answer.needs.${need.need}`, {
    count: need.count ?? '',
    amount: need.amount === undefined ? '' : formatFee(need.amount),
    days: need.days ?? '',
  })
  const [only] = need.paths
  if (need.paths.length !== 1 || allPaths.length < 2 || only === undefined) return text
  return text + t('advisor.answer.needs.onPath', { path: t(`advisor.answer.paths.${only}`) })
}

/** The paths the needs are for (both, or only standalone when reuse cannot be taken). */
export function needPaths(needs: readonly NeedItem[]): PathId[] {
  return [...new Set(needs.flatMap((n) => n.paths))]
}
