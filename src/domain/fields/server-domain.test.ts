// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { ruleSets } from '../rules/rule-sets'
import { createServerDomainSchema, serverDomainNoteText, type ServerDomain } from './server-domain'
import { isUserMessage, messagesOf, parsed, rulesOf } from './test-support'

const serverDomain = createServerDomainSchema(ruleSets.current)
const guideServerDomain = createServerDomainSchema(ruleSets.guide)

const message = {
  scheme: '服务器域名须以https://或wss://开头，例如 https://api.example.com',
  ip: '服务器域名不能是IP地址，请填写已备案的域名',
  host: '服务器域名格式不对，应类似 api.example.com（只含字母、数字、短横线和点）',
  port: '服务器域名的端口应是1到65535之间的数字',
  path: '服务器域名只填写域名（和端口），不要带路径或参数，例如 https://api.example.com',
  forbidden: '服务器域名不能填写api.weixin.qq.com：调用微信接口不需要配置这个域名',
  localhost: (host: string) => `服务器域名不能是${host}，请填写已备案的域名`,
  parentDomain: (host: string) =>
    `服务器域名不能写成${host}：平台不支持配置父域名，也不能用通配符，请把要访问的子域名逐个填写，例如 https://api.example.com`,
}

const web: ServerDomain['kinds'] = ['request', 'uploadFile', 'downloadFile']
const https = (host: string, port?: number): ServerDomain => ({
  scheme: 'https',
  kinds: web,
  host,
  ...(port === undefined ? {} : { port }),
  origin: `https://${host}${port === undefined ? '' : `:${port}`}`,
})

// rule: SERVER_DOMAIN, source: official — 配置小程序服务器域名 (modifyServerDomain, https://developers.weixin.qq.com/
// doc/oplatform/openApi/OpenApiDoc/miniprogram-management/domain-management/modifyServerDomain) and 网络
// (https://developers.weixin.qq.com/miniprogram/dev/framework/ability/network.html), checked 2026-12-01.
describe('server domain under current (rule: SERVER_DOMAIN, source: official)', () => {
  it.each([
    ['https', 'https://api.example.com', https('api.example.com')],
    ['a trailing slash', 'https://api.example.com/', https('api.example.com')],
    // "可以配置端口 … 配置后只能向 https://myserver.com:8080 发起请求": the port is part of the origin
    ['https with a port', 'https://a.example.com:8080', https('a.example.com', 8080)],
    // "如果不配置端口 … 甚至是默认的 443 端口也不可以": 443 typed is 443 configured, not the same as none
    ['https with :443 kept', 'https://a.example.com:443', https('a.example.com', 443)],
    ['upper case and spaces', ' HTTPS://API.Example.COM:65535/ ', https('api.example.com', 65535)],
    ['a final dot', 'https://example.com.', https('example.com')],
    ['punycode', 'https://xn--fiqs8s.xn--fiqs8s', https('xn--fiqs8s.xn--fiqs8s')],
    ['a weixin.qq.com host other than api', 'https://weixin.qq.com', https('weixin.qq.com')],
    // a bare registrable domain is accepted: whether it is meant to cover its subdomains cannot be judged
    ['a registrable domain on its own', 'https://example.com', https('example.com')],
    [
      'wss without a port',
      'wss://ws.example.com',
      { scheme: 'wss', kinds: ['socket'], host: 'ws.example.com', origin: 'wss://ws.example.com' },
    ],
    // "对于 wss 域名，无需配置端口，默认允许请求该域名下所有端口": the typed port is dropped, and said so
    [
      'wss with a port, normalised',
      'wss://ws.example.com:8443',
      {
        scheme: 'wss',
        kinds: ['socket'],
        host: 'ws.example.com',
        origin: 'wss://ws.example.com',
        note: { kind: 'port-dropped', port: 8443 },
      },
    ],
    // "Udp域名、tcp的设置数量均最大支持200个": the lists exist; how an entry is written is undocumented
    [
      'udp, format unverified',
      'udp://udp.example.com',
      {
        scheme: 'udp',
        kinds: ['udp'],
        host: 'udp.example.com',
        origin: 'udp://udp.example.com',
        note: { kind: 'format-unverified' },
      },
    ],
    [
      'tcp with a port, format unverified',
      'tcp://tcp.example.com:9000',
      {
        scheme: 'tcp',
        kinds: ['tcp'],
        host: 'tcp.example.com',
        port: 9000,
        origin: 'tcp://tcp.example.com:9000',
        note: { kind: 'format-unverified' },
      },
    ],
  ])('accepts %s', (_, input, output) => {
    expect(parsed(serverDomain, input)).toEqual(output)
  })

  it.each([
    ['http', 'http://api.example.com', message.scheme],
    ['ws', 'ws://api.example.com', message.scheme],
    ['no scheme', 'api.example.com', message.scheme],
    ['ftp', 'ftp://api.example.com', message.scheme],
    // "不支持填写ip地址，要用域名"
    ['IPv4', 'https://192.168.1.10', message.ip],
    ['IPv4 with a port', 'https://10.0.0.1:8080', message.ip],
    ['IPv4 on udp', 'udp://10.0.0.1', message.ip],
    ['IPv6', 'https://[2001:db8::1]', message.ip],
    ['bare IPv6', 'https://2001:db8::1', message.ip],
    // "域名不能使用 IP 地址（小程序的局域网 IP 除外）或 localhost"
    ['localhost', 'https://localhost', message.localhost('localhost')],
    ['localhost with a port', 'wss://LOCALHOST:3000', message.localhost('localhost')],
    ['a name under localhost', 'https://app.localhost', message.localhost('app.localhost')],
    // "不支持配置父域名，使用子域名": the forms that can only mean a parent domain
    ['a wildcard', 'https://*.example.com', message.parentDomain('*.example.com')],
    ['a wildcard on wss', 'wss://*.Example.com:8443', message.parentDomain('*.example.com')],
    ['a leading dot', 'https://.example.com', message.parentDomain('.example.com')],
    ['an underscore', 'https://api_1.example.com', message.host],
    ['a numeric top-level label', 'https://example.123', message.host],
    ['Chinese', 'https://例子.中国', message.host],
    ['user info', 'https://user@api.example.com', message.host],
    ['port 0', 'https://api.example.com:0', message.port],
    ['port 65536', 'https://api.example.com:65536', message.port],
    ['an empty port', 'https://api.example.com:', message.port],
    ['a bad port on wss', 'wss://ws.example.com:x', message.port],
    ['a path', 'https://api.example.com/v1', message.path],
    ['a query', 'https://api.example.com?a=1', message.path],
    ['a double slash', 'https://api.example.com//', message.path],
    // "api.weixin.qq.com 不能被配置为服务器域名"
    ['api.weixin.qq.com', 'https://api.weixin.qq.com', message.forbidden],
    ['API.WEIXIN.QQ.COM on wss with a port', 'wss://API.WEIXIN.QQ.COM:443/', message.forbidden],
    ['api.weixin.qq.com on tcp', 'tcp://api.weixin.qq.com', message.forbidden],
    ['empty', ' ', '请输入服务器域名'],
    ['not a string', undefined, '请输入服务器域名'],
  ])('refuses %s', (_, input, expected) => {
    expect(messagesOf(serverDomain, input)).toEqual([expected])
  })

  it('says in Chinese what it changed or could not verify, naming the field', () => {
    const dropped = parsed(serverDomain, 'wss://ws.example.com:8443') as ServerDomain
    expect(serverDomainNoteText(dropped)).toBe(
      '服务器域名：wss 域名无需配置端口，已去掉“:8443”，这个域名下的所有端口都可以使用',
    )
    const tcp = parsed(serverDomain, 'tcp://tcp.example.com') as ServerDomain
    expect(serverDomainNoteText(tcp)).toBe(
      '服务器域名：TCP 合法域名的填写格式，微信官方文档没有写明，本工具只核对了域名本身（不是IP、不是父域名），请以平台页面的提示为准',
    )
    expect(
      serverDomainNoteText(parsed(serverDomain, 'https://a.example.com:8080') as ServerDomain),
    ).toBeNull()
  })

  it('cites the rule and speaks Chinese, naming the field', () => {
    expect(rulesOf(serverDomain, 'http://a.com')).toEqual(['SERVER_DOMAIN'])
    const texts = [
      ...Object.values(message).filter((m) => typeof m === 'string'),
      message.localhost('localhost'),
      message.parentDomain('*.example.com'),
    ]
    for (const text of texts) {
      expect(isUserMessage(text)).toBe(true)
      expect(text).toContain('服务器域名')
    }
  })
})

// rule: SERVER_DOMAIN, source: official (as the app checked it in the guide's time; the guide itself only says
// 配置服务器域名) — under guide nothing of the 2026-12-01 check applies: a wss port is kept, udp and tcp are not
// schemes, localhost and a wildcard are simply not domain names.
describe('server domain under guide (rule: SERVER_DOMAIN)', () => {
  it('keeps a wss port as typed', () => {
    expect(parsed(guideServerDomain, 'wss://ws.example.com:8443')).toEqual({
      scheme: 'wss',
      kinds: ['socket'],
      host: 'ws.example.com',
      port: 8443,
      origin: 'wss://ws.example.com:8443',
    })
  })

  it.each([
    ['udp', 'udp://udp.example.com', message.scheme],
    ['tcp', 'tcp://tcp.example.com', message.scheme],
    ['localhost', 'https://localhost', message.host],
    ['a wildcard', 'https://*.example.com', message.host],
    ['api.weixin.qq.com', 'https://api.weixin.qq.com', message.forbidden],
  ])('refuses %s as before', (_, input, expected) => {
    expect(messagesOf(guideServerDomain, input)).toEqual([expected])
  })
})
