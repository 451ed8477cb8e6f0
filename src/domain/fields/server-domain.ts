import { z } from 'zod'
import { t } from '../../i18n'
import { requireRuleValue, type RuleSet, type RuleValues } from '../rules/rule-set'
import { problem, type FieldProblem } from './field-problem'

type DomainRule = RuleValues['SERVER_DOMAIN']
export type ServerScheme = DomainRule['schemes'][number]

/** A server domain as the platform stores it: `origin` is what a request must use, port included. */
export interface ServerDomain {
  scheme: ServerScheme
  host: string
  port?: number
  origin: string
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

/** Reads `https://host[:port][/]` or `wss://…`; the scheme and host come out lower-case. */
export function parseServerDomain(input: string, rule: DomainRule): ServerDomainResult {
  const value = input.trim()
  if (value === '') return fail(t('fields.serverDomain.required'))
  const schemes = rule.schemes.map((s) => `${s}://`).join(t('fields.separators.or'))
  const m = /^([a-z][a-z0-9+.-]*):\/\/(.*)$/i.exec(value)
  const scheme = rule.schemes.find((s) => s === m?.[1]?.toLowerCase())
  // rule: SERVER_DOMAIN — https:// for requests, uploads and downloads; wss:// for sockets
  if (!m || scheme === undefined) return fail(t('fields.serverDomain.scheme', { schemes }))
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
  // rule: SERVER_DOMAIN — a domain name (an ICP filing needs one)
  if (!isDomainName(host)) return fail(t('fields.serverDomain.host'))
  let port: number | undefined
  if (portMatch) {
    const text = portMatch[2] ?? ''
    port = /^\d{1,5}$/.test(text) ? Number(text) : NaN
    // rule: SERVER_DOMAIN — a port may be configured; requests must then use exactly it
    if (!(port >= 1 && port <= maxPort)) return fail(t('fields.serverDomain.port'))
  }
  // rule: SERVER_DOMAIN — not api.weixin.qq.com
  const forbidden = rule.forbiddenHosts.find((h) => h.toLowerCase() === host)
  if (forbidden !== undefined) return fail(t('fields.serverDomain.forbidden', { host: forbidden }))
  // rule: SERVER_DOMAIN — a domain only: nothing after it but a single '/'
  if (tail !== '' && tail !== '/') return fail(t('fields.serverDomain.path'))
  const origin = `${scheme}://${host}${port === undefined ? '' : `:${port}`}`
  return { ok: true, value: port === undefined ? { scheme, host, origin } : { scheme, host, port, origin } }
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
