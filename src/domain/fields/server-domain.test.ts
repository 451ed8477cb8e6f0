// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { ruleSets } from '../rules/rule-sets'
import { createServerDomainSchema } from './server-domain'
import { isUserMessage, messagesOf, parsed, rulesOf } from './test-support'

const serverDomain = createServerDomainSchema(ruleSets.current)

const message = {
  scheme: '服务器域名须以https://或wss://开头，例如 https://api.example.com',
  ip: '不能使用IP地址，请填写已备案的域名',
  host: '域名格式不对，应类似 api.example.com（只含字母、数字、短横线和点）',
  port: '端口应是1到65535之间的数字',
  path: '只填写域名（和端口），不要带路径或参数，例如 https://api.example.com',
  forbidden: '不能填写api.weixin.qq.com：调用微信接口不需要配置这个域名',
}

describe('server domain (rule: SERVER_DOMAIN)', () => {
  it.each([
    [
      'https://api.example.com',
      { scheme: 'https', host: 'api.example.com', origin: 'https://api.example.com' },
    ],
    [
      'https://api.example.com/',
      { scheme: 'https', host: 'api.example.com', origin: 'https://api.example.com' },
    ],
    ['wss://ws.example.com', { scheme: 'wss', host: 'ws.example.com', origin: 'wss://ws.example.com' }],
    [
      'https://a.example.com:8080',
      { scheme: 'https', host: 'a.example.com', port: 8080, origin: 'https://a.example.com:8080' },
    ],
    [
      ' HTTPS://API.Example.COM:65535/ ',
      { scheme: 'https', host: 'api.example.com', port: 65535, origin: 'https://api.example.com:65535' },
    ],
    ['https://example.com.', { scheme: 'https', host: 'example.com', origin: 'https://example.com' }],
    [
      'https://xn--fiqs8s.xn--fiqs8s',
      { scheme: 'https', host: 'xn--fiqs8s.xn--fiqs8s', origin: 'https://xn--fiqs8s.xn--fiqs8s' },
    ],
    ['https://weixin.qq.com', { scheme: 'https', host: 'weixin.qq.com', origin: 'https://weixin.qq.com' }],
  ])('parses %j', (input, output) => {
    expect(parsed(serverDomain, input)).toEqual(output)
  })

  it.each([
    ['http', 'http://api.example.com', message.scheme],
    ['ws', 'ws://api.example.com', message.scheme],
    ['no scheme', 'api.example.com', message.scheme],
    ['ftp', 'ftp://api.example.com', message.scheme],
    ['IPv4', 'https://192.168.1.10', message.ip],
    ['IPv4 with a port', 'https://10.0.0.1:8080', message.ip],
    ['IPv6', 'https://[2001:db8::1]', message.ip],
    ['bare IPv6', 'https://2001:db8::1', message.ip],
    ['no dot', 'https://localhost', message.host],
    ['an underscore', 'https://api_1.example.com', message.host],
    ['a numeric top-level label', 'https://example.123', message.host],
    ['Chinese', 'https://例子.中国', message.host],
    ['user info', 'https://user@api.example.com', message.host],
    ['port 0', 'https://api.example.com:0', message.port],
    ['port 65536', 'https://api.example.com:65536', message.port],
    ['an empty port', 'https://api.example.com:', message.port],
    ['a path', 'https://api.example.com/v1', message.path],
    ['a query', 'https://api.example.com?a=1', message.path],
    ['a double slash', 'https://api.example.com//', message.path],
    ['api.weixin.qq.com', 'https://api.weixin.qq.com', message.forbidden],
    ['API.WEIXIN.QQ.COM with a port', 'wss://API.WEIXIN.QQ.COM:443/', message.forbidden],
    ['empty', ' ', '请输入服务器域名'],
    ['not a string', undefined, '请输入服务器域名'],
  ])('refuses %s', (_, input, expected) => {
    expect(messagesOf(serverDomain, input)).toEqual([expected])
  })

  it('cites the rule and speaks Chinese', () => {
    expect(rulesOf(serverDomain, 'http://a.com')).toEqual(['SERVER_DOMAIN'])
    for (const text of Object.values(message)) expect(isUserMessage(text)).toBe(true)
  })
})
