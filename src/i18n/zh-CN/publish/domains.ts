// The server-domain list editor's messages (rule: SERVER_DOMAIN). Numbers come from the rule set as parameters.
export const domains = {
  // The lists as the platform labels them. Checked 2026-12-01: 查询域名配置 (getDomainInfo, https://developers.weixin.qq.com/
  // miniprogram/dev/server/API/operation/api_getdomaininfo.html): "request合法域名列表", "socket合法域名列表",
  // "uploadFile合法域名列表", "downloadFile合法域名列表", "udp合法域名列表"; 配置小程序服务器域名 (modifyServerDomain):
  // "tcp 合法域名".
  kinds: {
    request: 'request合法域名',
    socket: 'socket合法域名',
    uploadFile: 'uploadFile合法域名',
    downloadFile: 'downloadFile合法域名',
    udp: 'udp合法域名',
    tcp: 'tcp合法域名',
  },
  examples: {
    request: 'https://api.example.com',
    socket: 'wss://ws.example.com',
    uploadFile: 'https://upload.example.com',
    downloadFile: 'https://cdn.example.com',
    udp: 'udp://udp.example.com',
    tcp: 'tcp://tcp.example.com',
  },
  note: {
    icp: '每个服务器域名都必须已经完成ICP备案。域名的备案主体是否必须与小程序的主体相同，微信官方文档没有写明，本工具未能核实，以平台的提示为准。',
    changes: '服务器域名每月最多可以提交{changes}次修改，建议把各个列表都整理好后一次提交。',
    rule: '依据：',
  },
  count: '已填 {count} / {max} 个',
  over: '超过上限{max}个，请删除{extra}个',
  empty: '还没有添加域名。',
  entries: '已添加的{list}',
  remove: '删除',
  removeName: '删除 {origin}',
  removed: '已删除 {origin}。',
  add: {
    label: '添加域名（每行一个）',
    button: '添加',
    exact: '以{scheme}://开头，可以带端口（带了端口，就只能通过这个端口访问），例如 {example}',
    any: '以{scheme}://开头，不用写端口（这个域名的所有端口都可以使用），例如 {example}',
    asTyped: '以{scheme}://开头，例如 {example}',
    nothing: '输入框是空的：请先粘贴或输入域名，每行一个。',
    added: '已添加{count}个域名。',
  },
  problems: {
    title: '有{count}行没有添加，已留在输入框里（行号按添加前的内容计）：',
    line: '第{line}行“{text}”：{problem}',
    wrongList: '{scheme}://开头的域名属于{lists}，不能填在{list}里',
    duplicate: '{origin} 已经在{list}里了',
    duplicateInPaste: '和第{first}行重复（都是 {origin}）',
    overLimit: '{list}最多{max}个，这一行超出了上限',
  },
  notes: {
    line: '第{line}行：{note}',
  },
} as const
