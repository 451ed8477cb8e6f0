import { certificationFee, reuseCertification } from '../rules/fees'
import type { RuleSet, RuleSetId } from '../rules/rule-set'
import type { SubjectType } from '../subject'
import { reuseIneligibility } from './eligibility'
import type { Situation } from './situation'
import type { MoneyRange } from './types'

export interface PathFees {
  /** For each mini program on the path. */
  perMiniProgram: MoneyRange
  /** Paid once before the path can start: certifying the official account (REUSE_OA_CERTIFIED). */
  upfront: MoneyRange
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
  upfront: MoneyRange
}

const nothing: MoneyRange = { min: 0, max: 0 }

function range({ min, max }: MoneyRange): MoneyRange {
  return { min, max }
}

export function standalonePrices(subjectType: SubjectType, ruleSet: RuleSet): PathPrices {
  return { perMiniProgram: range(certificationFee(ruleSet, subjectType)), upfront: nothing }
}

/**
 * rule: REUSE_CERT_OUTCOME — under `guide` registration certifies it, free; under `current` each new mini program
 * starts uncertified and is certified on its own, for CERT_FEE. rule: REUSE_OA_CERTIFIED — an uncertified
 * account is certified first, for one fee.
 */
export function reusePrices(situation: Situation, ruleSet: RuleSet): PathPrices {
  const reuse = reuseCertification(ruleSet, situation.subjectType)
  return {
    perMiniProgram: range(reuse.perMiniProgram),
    upfront: situation.officialAccount?.certified === false ? range(reuse.fee) : nothing,
  }
}

/** The cost of `count` mini programs on a path: nothing at all, upfront included, when there are none. */
export function costOf(prices: PathPrices, count: number): MoneyRange {
  if (count <= 0) return nothing
  return {
    min: prices.upfront.min + count * prices.perMiniProgram.min,
    max: prices.upfront.max + count * prices.perMiniProgram.max,
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
