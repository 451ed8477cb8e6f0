import type { Advice, PathFees, PathId } from '../../domain'
import { t } from '../../i18n'
import { formatMoney } from '../../ui/format'

export interface FeeCells {
  perMiniProgram: string
  /** `null` when nothing is paid before the path can start. */
  upfront: string | null
  total: string
}

export function feeCells(fees: PathFees | null): FeeCells | null {
  if (!fees) return null
  return {
    perMiniProgram: formatMoney(fees.perMiniProgram),
    upfront: fees.upfront > 0 ? formatMoney(fees.upfront) : null,
    total: formatMoney(fees.total),
  }
}

/** The recommended path first, then the other. */
export function pathOrder(advice: Advice): PathId[] {
  return advice.recommended === 'reuse' ? ['reuse', 'standalone'] : ['standalone', 'reuse']
}

/** The answer in one or two sentences: the path, how many can be placed, whether the plans below apply. */
export function recommendationText(advice: Advice): string {
  const parts = [t(`advisor.answer.recommend.${advice.recommended}`)]
  if (advice.recommended !== 'none' && advice.placeable < advice.wanted) {
    parts.push(t('advisor.answer.placeable', { wanted: advice.wanted, placeable: advice.placeable }))
  }
  if (advice.plans) parts.push(t('advisor.answer.plansPointer', { count: advice.placeable }))
  return parts.join('')
}
