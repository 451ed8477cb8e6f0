// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { t } from '../../i18n'
import { withRuleValue } from '../fields/test-support'
import { ruleSets } from '../rules/rule-sets'
import type { RuleSet, ServerDomainKind } from '../rules/rule-set'
import {
  addServerDomains,
  parseServerDomainLines,
  removeServerDomain,
  serverDomainCount,
  serverDomainKinds,
  serverDomainLimits,
  serverDomainShape,
  type ServerDomainLineProblem,
} from './server-domains'

const { current, guide } = ruleSets

/** The origins a one-line paste adds, or the problem of its one bad line. */
function one(line: string, kind: ServerDomainKind, ruleSet: RuleSet, existing: readonly string[] = []) {
  const paste = parseServerDomainLines(line, kind, ruleSet, existing)
  return paste.bad.length === 0 ? paste.added.map((a) => a.domain.origin) : paste.bad[0]!.problem
}

const invalid = (message: string): ServerDomainLineProblem => ({
  kind: 'invalid',
  problem: { rule: 'SERVER_DOMAIN', message },
})
const msg = {
  scheme: invalid(t('fields.serverDomain.scheme', { schemes: 'https://或wss://' })),
  ip: invalid(t('fields.serverDomain.ip')),
  host: invalid(t('fields.serverDomain.host')),
  path: invalid(t('fields.serverDomain.path')),
  port: invalid(t('fields.serverDomain.port')),
  forbidden: invalid(t('fields.serverDomain.forbidden', { host: 'api.weixin.qq.com' })),
  localhost: (host: string) => invalid(t('fields.serverDomain.localhost', { host })),
  parent: (host: string) => invalid(t('fields.serverDomain.parentDomain', { host })),
}

// rule: SERVER_DOMAIN, source: official — 配置小程序服务器域名 (modifyServerDomain) and 网络 (network.html), as
// cited in src/domain/rules/current.ts; the lists' names and order: 查询域名配置 (getDomainInfo).
describe('the lists a rule set has (rule: SERVER_DOMAIN)', () => {
  it('current: request, socket, uploadFile, downloadFile, udp, tcp, in the platform order', () => {
    expect(serverDomainKinds(current)).toEqual([
      'request',
      'socket',
      'uploadFile',
      'downloadFile',
      'udp',
      'tcp',
    ])
  })

  it('guide: no udp or tcp list', () => {
    expect(serverDomainKinds(guide)).toEqual(['request', 'socket', 'uploadFile', 'downloadFile'])
  })

  it('reads the shape of each list and the limits from the rule set', () => {
    expect(serverDomainShape('socket', current)).toMatchObject({ scheme: 'wss', port: 'any' })
    expect(serverDomainShape('socket', guide)).toMatchObject({ scheme: 'wss', port: 'exact' })
    expect(serverDomainShape('tcp', guide)).toBeUndefined()
    expect(serverDomainLimits(current)).toEqual({ maxPerKind: 200, changesPerMonth: 50 })
    const changed = withRuleValue(current, 'SERVER_DOMAIN', {
      ...current.rules.SERVER_DOMAIN.value!,
      maxPerKind: 3,
      changesPerMonth: 7,
    })
    expect(serverDomainLimits(changed)).toEqual({ maxPerKind: 3, changesPerMonth: 7 })
  })
})

describe.each([
  ['current', current],
  ['guide', guide],
] as const)('one line under %s, accepted (rule: SERVER_DOMAIN)', (_, ruleSet) => {
  it.each([
    ['https', 'https://api.example.com', 'request', 'https://api.example.com'],
    ['https with a port, kept', 'https://api.example.com:8080', 'request', 'https://api.example.com:8080'],
    ['https with :443, kept', 'https://api.example.com:443', 'uploadFile', 'https://api.example.com:443'],
    ['upper case, lowered', 'HTTPS://API.Example.COM', 'downloadFile', 'https://api.example.com'],
    ['a trailing slash', 'https://api.example.com/', 'request', 'https://api.example.com'],
    ['a trailing dot', 'https://api.example.com.', 'request', 'https://api.example.com'],
    ['spaces around it', '  https://api.example.com \t', 'request', 'https://api.example.com'],
    ['full-width colon and slashes', 'https：／／api.example.com', 'request', 'https://api.example.com'],
    [
      'full-width letters and stops',
      'ｈｔｔｐｓ://api。example．com：８０８０',
      'request',
      'https://api.example.com:8080',
    ],
    ['punycode', 'https://xn--fiqs8s.xn--fiqs8s', 'request', 'https://xn--fiqs8s.xn--fiqs8s'],
    ['wss', 'wss://ws.example.com', 'socket', 'wss://ws.example.com'],
  ] as const)('%s', (_, line, kind, origin) => {
    expect(one(line, kind, ruleSet)).toEqual([origin])
  })
})

describe.each([
  ['current', current],
  ['guide', guide],
] as const)('one line under %s, refused (rule: SERVER_DOMAIN)', (_, ruleSet) => {
  it.each([
    ['http://', 'http://api.example.com', 'request', msg.scheme],
    ['ws://', 'ws://ws.example.com', 'socket', msg.scheme],
    ['no scheme', 'api.example.com', 'request', msg.scheme],
    ['IPv4', 'https://192.168.1.10', 'request', msg.ip],
    ['IPv6', 'https://[2001:db8::1]:8080', 'request', msg.ip],
    ['api.weixin.qq.com', 'https://api.weixin.qq.com', 'request', msg.forbidden],
    ['a path', 'https://api.example.com/v1', 'request', msg.path],
    ['a query', 'https://api.example.com?a=1', 'request', msg.path],
    ['port 0', 'https://api.example.com:0', 'request', msg.port],
    ['Chinese (IDN not converted)', 'https://例子.中国', 'request', msg.host],
    [
      'wss in request',
      'wss://ws.example.com',
      'request',
      { kind: 'wrong-list', scheme: 'wss', belongsTo: ['socket'] },
    ],
    [
      'https in socket',
      'https://api.example.com',
      'socket',
      { kind: 'wrong-list', scheme: 'https', belongsTo: ['request', 'uploadFile', 'downloadFile'] },
    ],
  ] as const)('%s', (_, line, kind, problem) => {
    expect(one(line, kind, ruleSet)).toEqual(problem)
  })
})

describe('what the two rule sets do differently (rule: SERVER_DOMAIN)', () => {
  // "对于 wss 域名，无需配置端口，默认允许请求该域名下所有端口"
  it('current drops a wss port and says so', () => {
    const paste = parseServerDomainLines('wss://ws.example.com:8443', 'socket', current)
    expect(paste.added).toEqual([
      {
        line: 1,
        domain: expect.objectContaining({
          origin: 'wss://ws.example.com',
          note: { kind: 'port-dropped', port: 8443 },
        }) as unknown,
      },
    ])
  })

  it('guide keeps a wss port as typed', () => {
    expect(one('wss://ws.example.com:8443', 'socket', guide)).toEqual(['wss://ws.example.com:8443'])
  })

  it('current takes udp:// and tcp:// in their lists, format unverified', () => {
    const udp = parseServerDomainLines('udp://udp.example.com', 'udp', current).added[0]!.domain
    expect(udp).toMatchObject({ origin: 'udp://udp.example.com', note: { kind: 'format-unverified' } })
    expect(one('tcp://tcp.example.com:9000', 'tcp', current)).toEqual(['tcp://tcp.example.com:9000'])
    expect(one('udp://udp.example.com', 'request', current)).toEqual({
      kind: 'wrong-list',
      scheme: 'udp',
      belongsTo: ['udp'],
    })
  })

  it('guide has no udp:// or tcp://', () => {
    expect(one('udp://udp.example.com', 'request', guide)).toEqual(msg.scheme)
    expect(one('tcp://tcp.example.com', 'request', guide)).toEqual(msg.scheme)
  })

  // "域名不能使用 IP 地址（小程序的局域网 IP 除外）或 localhost"
  it('current refuses localhost by name; under guide it is not a domain name', () => {
    expect(one('https://localhost:3000', 'request', current)).toEqual(msg.localhost('localhost'))
    expect(one('https://localhost', 'request', guide)).toEqual(msg.host)
  })

  // "不支持配置父域名，使用子域名"
  it('current refuses a wildcard or a leading dot as a parent domain; guide as a bad name', () => {
    expect(one('https://*.example.com', 'request', current)).toEqual(msg.parent('*.example.com'))
    expect(one('https://.example.com', 'request', current)).toEqual(msg.parent('.example.com'))
    expect(one('https://*.example.com', 'request', guide)).toEqual(msg.host)
  })
})

describe('a pasted list (rule: SERVER_DOMAIN)', () => {
  const pasted = [
    'https://a.example.com',
    '',
    'http://b.example.com',
    '   ',
    'HTTPS://A.example.com/',
    'https://c.example.com:8080',
    'https://192.168.0.1',
  ].join('\r\n')

  it('adds the good lines in order and names every bad one by its line number and text', () => {
    const paste = parseServerDomainLines(pasted, 'request', current)
    expect(paste.added.map((a) => [a.line, a.domain.origin])).toEqual([
      [1, 'https://a.example.com'],
      [6, 'https://c.example.com:8080'],
    ])
    expect(paste.bad).toEqual([
      { line: 3, text: 'http://b.example.com', problem: msg.scheme },
      {
        line: 5,
        text: 'HTTPS://A.example.com/',
        problem: { kind: 'duplicate', origin: 'https://a.example.com', line: 1 },
      },
      { line: 7, text: 'https://192.168.0.1', problem: msg.ip },
    ])
  })

  it('names a line already in the list, and does not add it twice', () => {
    const paste = parseServerDomainLines('https://a.example.com\nhttps://d.example.com', 'request', current, [
      'https://a.example.com',
    ])
    expect(paste.added.map((a) => a.domain.origin)).toEqual(['https://d.example.com'])
    expect(paste.bad).toEqual([
      {
        line: 1,
        text: 'https://a.example.com',
        problem: { kind: 'duplicate', origin: 'https://a.example.com' },
      },
    ])
  })

  it('a wss port dropped makes two lines the same domain', () => {
    const paste = parseServerDomainLines('wss://ws.example.com:1\nwss://ws.example.com:2', 'socket', current)
    expect(paste.bad[0]).toMatchObject({
      line: 2,
      problem: { kind: 'duplicate', origin: 'wss://ws.example.com' },
    })
  })

  it('https with and without :443 are two domains', () => {
    const paste = parseServerDomainLines(
      'https://a.example.com\nhttps://a.example.com:443',
      'request',
      current,
    )
    expect(paste.added).toHaveLength(2)
  })

  it('ignores an empty paste', () => {
    expect(parseServerDomainLines('\n  \n', 'request', current)).toEqual({ added: [], bad: [] })
  })
})

describe('the limit per list (rule: SERVER_DOMAIN maxPerKind)', () => {
  const three = withRuleValue(current, 'SERVER_DOMAIN', {
    ...current.rules.SERVER_DOMAIN.value!,
    maxPerKind: 3,
  })
  const lines = ['https://a.example.com', 'https://b.example.com', 'bad', 'https://c.example.com']

  it('refuses and names every line beyond the limit, counting what the list holds', () => {
    const paste = parseServerDomainLines(lines.join('\n'), 'request', three, ['https://x.example.com'])
    expect(paste.added.map((a) => a.domain.origin)).toEqual([
      'https://a.example.com',
      'https://b.example.com',
    ])
    expect(paste.bad.map((b) => [b.line, b.problem.kind])).toEqual([
      [3, 'invalid'],
      [4, 'over-limit'],
    ])
    expect(paste.bad[1]!.problem).toEqual({ kind: 'over-limit', max: 3 })
  })

  it('200 under both rule sets: the 201st entry is refused', () => {
    const full = Array.from({ length: 199 }, (_, i) => `https://d${i}.example.com`)
    for (const ruleSet of [current, guide]) {
      const paste = parseServerDomainLines(
        'https://y.example.com\nhttps://z.example.com',
        'request',
        ruleSet,
        full,
      )
      expect(paste.added.map((a) => a.domain.origin)).toEqual(['https://y.example.com'])
      expect(paste.bad).toEqual([
        { line: 2, text: 'https://z.example.com', problem: { kind: 'over-limit', max: 200 } },
      ])
    }
  })

  it('counts a list and says when it holds more than the limit', () => {
    const lists = {
      request: [
        'https://a.example.com',
        'https://b.example.com',
        'https://c.example.com',
        'https://d.example.com',
      ],
    }
    expect(serverDomainCount(lists, 'request', three)).toEqual({ count: 4, max: 3, over: true })
    expect(serverDomainCount(lists, 'socket', three)).toEqual({ count: 0, max: 3, over: false })
  })
})

describe('editing the lists', () => {
  it('appends a paste to its list and removes one entry, leaving the other lists alone', () => {
    const lists = { socket: ['wss://ws.example.com'], request: ['https://a.example.com'] }
    const paste = parseServerDomainLines('https://b.example.com', 'request', current, lists.request)
    const added = addServerDomains(lists, 'request', paste)
    expect(added).toEqual({
      socket: ['wss://ws.example.com'],
      request: ['https://a.example.com', 'https://b.example.com'],
    })
    expect(removeServerDomain(added, 'request', 'https://a.example.com')).toEqual({
      socket: ['wss://ws.example.com'],
      request: ['https://b.example.com'],
    })
  })
})
