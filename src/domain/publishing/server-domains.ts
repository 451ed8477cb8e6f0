import type { FieldProblem } from '../fields/field-problem'
import { parseServerDomain, type ServerDomain, type ServerScheme } from '../fields/server-domain'
import {
  requireRuleValue,
  type RuleSet,
  type ServerDomainKind,
  type ServerDomainScheme,
} from '../rules/rule-set'

/** A mini program's server domains (服务器域名), per list, each entry the normalised origin (`https://a.com:8080`). */
export type ServerDomainLists = Partial<Record<ServerDomainKind, readonly string[]>>

// The order of the platform's page and of modifyServerDomain's fields: requestdomain, wsrequestdomain,
// uploaddomain, downloaddomain, udpdomain, tcpdomain.
export const platformOrder = [
  'request',
  'socket',
  'uploadFile',
  'downloadFile',
  'udp',
  'tcp',
] as const satisfies readonly ServerDomainKind[]

/** The lists the rule set has, in the platform's order (udp and tcp only where it has them). */
export function serverDomainKinds(ruleSet: RuleSet): readonly ServerDomainKind[] {
  const { schemes } = requireRuleValue(ruleSet, 'SERVER_DOMAIN')
  return platformOrder.filter((kind) => schemes.some((s) => s.kinds.includes(kind)))
}

/** How an entry of one list is written: its scheme, its port rule, and whether a document says so. */
export function serverDomainShape(kind: ServerDomainKind, ruleSet: RuleSet): ServerDomainScheme | undefined {
  return requireRuleValue(ruleSet, 'SERVER_DOMAIN').schemes.find((s) => s.kinds.includes(kind))
}

/** The numbers a screen shows beside the lists: entries per list, change applications per month. */
export function serverDomainLimits(ruleSet: RuleSet): { maxPerKind: number; changesPerMonth: number } {
  const { maxPerKind, changesPerMonth } = requireRuleValue(ruleSet, 'SERVER_DOMAIN')
  return { maxPerKind, changesPerMonth }
}

/** How full one list is: `over` when it holds more than the rule set allows (e.g. after switching rule set). */
export function serverDomainCount(
  lists: ServerDomainLists,
  kind: ServerDomainKind,
  ruleSet: RuleSet,
): { count: number; max: number; over: boolean } {
  const count = lists[kind]?.length ?? 0
  const max = serverDomainLimits(ruleSet).maxPerKind
  return { count, max, over: count > max }
}

/** Why one pasted line was not added. Values a screen words; `invalid` carries the field's own message. */
export type ServerDomainLineProblem =
  | { kind: 'invalid'; problem: FieldProblem }
  /** A valid domain of another list (wss:// pasted into request): `belongsTo` names the lists it goes in. */
  | { kind: 'wrong-list'; scheme: ServerScheme; belongsTo: readonly ServerDomainKind[] }
  /** Already in the list (`line` undefined) or earlier in the same paste (`line` of the first one). */
  | { kind: 'duplicate'; origin: string; line?: number }
  /** The list already holds `max` entries with the lines before this one. */
  | { kind: 'over-limit'; max: number }

export interface ServerDomainBadLine {
  /** 1-based, counting every line of the pasted text, blank ones included. */
  line: number
  /** The line as typed, trimmed. */
  text: string
  problem: ServerDomainLineProblem
}

export interface ServerDomainAddedLine {
  line: number
  domain: ServerDomain
}

export interface ServerDomainPaste {
  added: readonly ServerDomainAddedLine[]
  bad: readonly ServerDomainBadLine[]
}

// Full-width forms an input method types (ｈｔｔｐｓ：／／…), and the ideographic full stop for a dot: browsers
// read 。 as a dot in a host name too (UTS #46).
function halfWidth(text: string): string {
  return text.normalize('NFKC').replace(/[。｡]/g, '.')
}

/**
 * A pasted text for one list, one entry per line (blank lines ignored, spaces around a line trimmed): the
 * entries it adds, normalised and in order, and every line it does not add with its line number and why. A line
 * already in `existing` or earlier in the paste is named, not added twice; lines beyond the list's limit are
 * named, never silently dropped.
 */
export function parseServerDomainLines(
  text: string,
  kind: ServerDomainKind,
  ruleSet: RuleSet,
  existing: readonly string[] = [],
): ServerDomainPaste {
  const rule = requireRuleValue(ruleSet, 'SERVER_DOMAIN')
  const added: ServerDomainAddedLine[] = []
  const bad: ServerDomainBadLine[] = []
  const seen = new Map<string, number | undefined>(existing.map((origin) => [origin, undefined]))
  text.split(/\r\n|\r|\n/).forEach((raw, index) => {
    const line = index + 1
    const typed = raw.trim()
    if (typed === '') return
    const refuse = (problem: ServerDomainLineProblem) => bad.push({ line, text: typed, problem })
    const result = parseServerDomain(halfWidth(typed), rule)
    if (!result.ok) return refuse({ kind: 'invalid', problem: result.problem })
    const domain = result.value
    // rule: SERVER_DOMAIN — https for request, uploadFile, downloadFile; wss for socket (udp, tcp their own)
    if (!domain.kinds.includes(kind)) {
      return refuse({ kind: 'wrong-list', scheme: domain.scheme, belongsTo: domain.kinds })
    }
    if (seen.has(domain.origin)) {
      const first = seen.get(domain.origin)
      return refuse({
        kind: 'duplicate',
        origin: domain.origin,
        ...(first === undefined ? {} : { line: first }),
      })
    }
    // rule: SERVER_DOMAIN — at most maxPerKind entries a list
    if (existing.length + added.length >= rule.maxPerKind) {
      return refuse({ kind: 'over-limit', max: rule.maxPerKind })
    }
    seen.set(domain.origin, line)
    added.push({ line, domain })
  })
  return { added, bad }
}

/** The lists with a paste's entries appended to one of them. */
export function addServerDomains(
  lists: ServerDomainLists,
  kind: ServerDomainKind,
  paste: ServerDomainPaste,
): ServerDomainLists {
  if (paste.added.length === 0) return lists
  return { ...lists, [kind]: [...(lists[kind] ?? []), ...paste.added.map((a) => a.domain.origin)] }
}

/** The lists without one entry. */
export function removeServerDomain(
  lists: ServerDomainLists,
  kind: ServerDomainKind,
  origin: string,
): ServerDomainLists {
  return { ...lists, [kind]: (lists[kind] ?? []).filter((o) => o !== origin) }
}
