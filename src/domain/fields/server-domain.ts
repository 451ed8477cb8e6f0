import { z } from 'zod'
import { t } from '../../i18n'
import {
  requireRuleValue,
  type RuleSet,
  type RuleValues,
  type ServerDomainKind,
  type ServerDomainScheme,
} from '../rules/rule-set'
import { problem, type FieldProblem } from './field-problem'

type DomainRule = RuleValues['SERVER_DOMAIN']
export type ServerScheme = ServerDomainScheme['scheme']

/**
 * What the app adds to an accepted domain, as a value a screen words: a port dropped from a wss domain (every
 * port is allowed), or a list whose entries no official document describes (udp, tcp).
 */
export type ServerDomainNote = { kind: 'port-dropped'; port: number } | { kind: 'format-unverified' }

/** A server domain as the platform stores it: `origin` is what a request must use, port included. */
export interface ServerDomain {
  scheme: ServerScheme
  /** The platform's lists this domain goes in (request合法域名 …). */
  kinds: readonly ServerDomainKind[]
  host: string
  port?: number
  origin: string
  note?: ServerDomainNote
}

export type ServerDomainResult = { ok: true; value: ServerDomain } | { ok: false; problem: FieldProblem }

const label = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/
const topLevelLabel = /^(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/
const ipv4 = /^\d{1,3}(?:\.\d{1,3}){3}$/
const maxPort = 65535 // the TCP port range, not a platform rule

function isDomainName(host: string): boolean {
  const labels = host.split('.')
  return (
    host.length <= 253 &&
    labels.length >= 2 &&
    labels.every((l) => label.test(l)) &&
    topLevelLabel.test(labels[labels.length - 1] ?? '')
  )
}

function fail(message: string): ServerDomainResult {
  return { ok: false, problem: problem('SERVER_DOMAIN', message) }
}

/** "https://或wss://": the schemes a document describes, as the hint and the scheme message show them. */
export function documentedSchemesText(rule: DomainRule): string {
  return rule.schemes
    .filter((s) => s.documented)
    .map((s) => `${s.scheme}://`)
    .join(t('fields.separators.or'))
}

/**
 * 不支持配置父域名: what the app can judge is the written form of a domain meant to cover its subdomains — a
 * wildcard (`*.example.com`) or a bare leading dot (`.example.com`). Whether `example.com` is typed for itself or
 * in the hope that it covers `api.example.com` cannot be judged from the text: the rule book says so instead.
 */
function isParentDomainForm(host: string): boolean {
  return host.startsWith('*') || host.startsWith('.')
}

function isLocalHost(host: string, rule: DomainRule): boolean {
  return rule.localHosts.some((h) => host === h || host.endsWith(`.${h}`))
}

/** Reads `https://host[:port][/]`, `wss://…`, and the other schemes the rule set lists; lower-cased. */
export function parseServerDomain(input: string, rule: DomainRule): ServerDomainResult {
  const value = input.trim()
  if (value === '') return fail(t('fields.serverDomain.required'))
  const m = /^([a-z][a-z0-9+.-]*):\/\/(.*)$/i.exec(value)
  const scheme = rule.schemes.find((s) => s.scheme === m?.[1]?.toLowerCase())
  // rule: SERVER_DOMAIN — https:// for requests, uploads and downloads; wss:// for sockets
  if (!m || scheme === undefined) {
    return fail(t('fields.serverDomain.scheme', { schemes: documentedSchemesText(rule) }))
  }
  const rest = m[2] ?? ''
  const end = rest.search(/[/?#]/)
  const authority = end === -1 ? rest : rest.slice(0, end)
  const tail = end === -1 ? '' : rest.slice(end)
  const portMatch = /^([^:]*):([^:]*)$/.exec(authority)
  const rawHost = (portMatch ? portMatch[1] : authority) ?? ''
  const host = rawHost.toLowerCase().replace(/\.$/, '')
  // rule: SERVER_DOMAIN — no IP address (v4, or v6 in brackets or bare)
  if (ipv4.test(host) || authority.startsWith('[') || (authority.match(/:/g)?.length ?? 0) > 1) {
    return fail(t('fields.serverDomain.ip'))
  }
  // rule: SERVER_DOMAIN — not localhost
  if (isLocalHost(host, rule)) return fail(t('fields.serverDomain.localhost', { host }))
  // rule: SERVER_DOMAIN — 不支持配置父域名: each subdomain on its own
  if (rule.parentDomainsRefused && isParentDomainForm(host)) {
    return fail(t('fields.serverDomain.parentDomain', { host }))
  }
  // rule: SERVER_DOMAIN — a domain name (an ICP filing needs one)
  if (!isDomainName(host)) return fail(t('fields.serverDomain.host'))
  let port: number | undefined
  if (portMatch) {
    const text = portMatch[2] ?? ''
    port = /^\d{1,5}$/.test(text) ? Number(text) : NaN
    if (!(port >= 1 && port <= maxPort)) return fail(t('fields.serverDomain.port'))
  }
  // rule: SERVER_DOMAIN — not api.weixin.qq.com
  const forbidden = rule.forbiddenHosts.find((h) => h.toLowerCase() === host)
  if (forbidden !== undefined) return fail(t('fields.serverDomain.forbidden', { host: forbidden }))
  // rule: SERVER_DOMAIN — a domain only: nothing after it but a single '/'
  if (tail !== '' && tail !== '/') return fail(t('fields.serverDomain.path'))
  return { ok: true, value: serverDomain(scheme, host, port) }
}

function serverDomain(scheme: ServerDomainScheme, host: string, typedPort: number | undefined): ServerDomain {
  const base = { scheme: scheme.scheme, kinds: scheme.kinds, host }
  // rule: SERVER_DOMAIN — a wss domain allows every port: a typed port is dropped, and said so
  const dropped = scheme.port === 'any' && typedPort !== undefined
  const port = dropped ? undefined : typedPort
  const origin = `${scheme.scheme}://${host}${port === undefined ? '' : `:${port}`}`
  const note: ServerDomainNote | undefined = !scheme.documented
    ? { kind: 'format-unverified' }
    : dropped
      ? { kind: 'port-dropped', port: typedPort }
      : undefined
  return {
    ...base,
    ...(port === undefined ? {} : { port }),
    origin,
    ...(note === undefined ? {} : { note }),
  }
}

/** The note of an accepted domain in words, naming the field. */
export function serverDomainNoteText(domain: ServerDomain): string | null {
  const note = domain.note
  if (note === undefined) return null
  if (note.kind === 'port-dropped') return t('fields.serverDomain.portDropped', { port: note.port })
  // the protocol's own name (UDP, TCP), as the platform's page labels the list
  return t('fields.serverDomain.formatUnverified', { kind: domain.scheme.toUpperCase() })
}

/** 服务器域名: a string in, a `ServerDomain` out. */
export function createServerDomainSchema(ruleSet: RuleSet) {
  const rule = requireRuleValue(ruleSet, 'SERVER_DOMAIN')
  return z
    .string({ error: () => t('fields.serverDomain.required') })
    .transform((value, ctx): ServerDomain => {
      const result = parseServerDomain(value, rule)
      if (result.ok) return result.value
      ctx.issues.push({
        code: 'custom',
        input: value,
        message: result.problem.message,
        params: { rule: result.problem.rule },
      })
      return z.NEVER
    })
}
