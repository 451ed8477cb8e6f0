import { certificationFee } from '../rules/fees'
import { ruleValue, type RuleSet, type RuleSetId } from '../rules/rule-set'
import type { SubjectType } from '../subject'
import { reuseIneligibility } from './eligibility'
import type { Situation } from './situation'
import type { MoneyRange } from './types'

export interface PathFees {
  /** For each mini program on the path. */
  perMiniProgram: MoneyRange
  /** Paid once before the path can start: certifying the official account (REUSE_OA_CERTIFIED). */
  upfront: number
  /** upfront + count × perMiniProgram. */
  total: MoneyRange
}

/** What each path costs under one rule set, for `count` mini programs (the number wanted). */
export interface FeeTable {
  ruleSetId: RuleSetId
  count: number
  standalone: PathFees
  /** `null` when the reuse path cannot be taken at all. */
  reuse: PathFees | null
}

export interface PathPrices {
  perMiniProgram: MoneyRange
  upfront: number
}

export function standalonePrices(subjectType: SubjectType, ruleSet: RuleSet): PathPrices {
  const fee = certificationFee(ruleSet, subjectType)
  return { perMiniProgram: { min: fee, max: fee }, upfront: 0 }
}

/**
 * rule: REUSE_CERT_OUTCOME — under `guide` free; under `current` 0 at best and a certification fee at worst,
 * since the new mini program's certification may fail. rule: REUSE_OA_CERTIFIED — an uncertified account is
 * certified first, for one fee.
 */
export function reusePrices(situation: Situation, ruleSet: RuleSet): PathPrices {
  const fee = certificationFee(ruleSet, situation.subjectType)
  const outcome = ruleValue(ruleSet, 'REUSE_CERT_OUTCOME')
  const worst = outcome?.cost === 'free' ? 0 : fee
  return {
    perMiniProgram: { min: 0, max: worst },
    upfront: situation.officialAccount?.certified === false ? fee : 0,
  }
}

/** The cost of `count` mini programs on a path: nothing at all, upfront included, when there are none. */
export function costOf(prices: PathPrices, count: number): MoneyRange {
  if (count <= 0) return { min: 0, max: 0 }
  return {
    min: prices.upfront + count * prices.perMiniProgram.min,
    max: prices.upfront + count * prices.perMiniProgram.max,
  }
}

export function addCosts(a: MoneyRange, b: MoneyRange): MoneyRange {
  return { min: a.min + b.min, max: a.max + b.max }
}

function pathFees(prices: PathPrices, count: number): PathFees {
  return { ...prices, total: costOf(prices, count) }
}

export function feeTable(situation: Situation, ruleSet: RuleSet): FeeTable {
  const count = situation.wanted
  const eligible = reuseIneligibility(situation, ruleSet).length === 0
  return {
    ruleSetId: ruleSet.id,
    count,
    standalone: pathFees(standalonePrices(situation.subjectType, ruleSet), count),
    reuse: eligible ? pathFees(reusePrices(situation, ruleSet), count) : null,
  }
}

/**
 * Negative when `a` is cheaper. A range lower at both ends is cheaper; when the ranges cross, the one with
 * the lower middle (both outcomes taken as equally likely) is.
 */
export function compareCosts(a: MoneyRange, b: MoneyRange): number {
  if (a.min === b.min && a.max === b.max) return 0
  if (a.min <= b.min && a.max <= b.max) return -1
  if (a.min >= b.min && a.max >= b.max) return 1
  return a.min + a.max - (b.min + b.max)
}
