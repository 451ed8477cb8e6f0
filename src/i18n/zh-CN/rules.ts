// The rule book in plain Chinese: each rule's name and what it says. Numbers are never written here:
// they come from the active rule set and fill the {placeholders}.
export const rules = {
  ruleSet: {
    label: '规则版本',
    current: '现行规则',
    guide: '指南原文',
    currentHint: '微信平台自 2023 年 12 月起公开的规则（默认）',
    guideHint: '与原指南逐字一致，用于演示',
    shown: '规则版本：{name}',
  },
  source: {
    official: '腾讯官方文档',
    'third-party': '第三方文章或官方页面转载',
    guide: '原指南',
  },
  confidence: {
    high: '可信度高',
    medium: '可信度中',
    low: '可信度低',
    unverified: '未核实',
  },
  // A rule no source states: shown beside its number wherever the number appears.
  unverified: {
    tag: '未核实',
    text: '没有找到这个数字的出处，请当作估计，不要当作确定的规定。现有资料：',
    textNoLink: '没有找到这个数字的出处，请当作估计，不要当作确定的规定。出处见下方。',
    linkTag: '（未核实）',
  },
  checkedOn: '最后核实',
  opensInNewTab: '（在新标签页打开）',
  // Where dates are counted in working days: the State Council notices the holidays come from.
  holidaySources: {
    lead: '节假日数据：',
    notice: '国务院办公厅通知（{year}年）',
  },
  topic: {
    quota: '数量限制',
    eligibility: '复用资质条件',
    fee: '费用与认证',
    field: '填写规则',
    publishing: '发布',
  },
  notStated: '指南未提及',
  unknownLimit: '上限未知（仅供参考，不会阻止）',
  citation: '规则 {id}，来源：{source}',
  idTag: '（{id}）',
  items: {
    SUBJECT_TOTAL: {
      name: '同一主体可注册的小程序数量',
      summary: '企业、政府、媒体、其他组织主体最多 {large} 个；个体工商户和个人主体最多 {small} 个。',
    },
    ID_CARD_LIMIT: {
      name: '同一身份证可绑定的小程序数量',
      summary: '一个管理员身份证号码最多绑定 {limit} 个小程序。',
    },
    PHONE_LIMIT: {
      name: '同一手机号可注册的小程序数量',
      summary: '一个管理员手机号码最多注册 {limit} 个小程序。',
    },
    EMAIL_UNIQUE: {
      name: '登录邮箱必须是新邮箱',
      summary:
        '邮箱不能已在微信公众平台或开放平台注册，也不能绑定过个人微信；一个邮箱只能注册一个小程序；复用公众号资质时不能使用公众号自己的邮箱。',
    },
    OA_LINK_SAME: {
      name: '公众号可关联的同主体小程序',
      summary: '一个公众号最多关联 {limit} 个同主体小程序。快速注册的小程序会自动关联，也计入这个数。',
    },
    OA_LINK_OTHER: {
      name: '公众号可关联的不同主体小程序',
      summary: '一个公众号最多关联 {limit} 个不同主体的小程序。',
    },
    OA_LINK_MONTHLY: {
      name: '公众号每月可新增的关联',
      summaryBySubject: '一个公众号每月可新增关联同主体小程序 {same} 个、不同主体小程序 {other} 个。',
      summaryTotal: '一个公众号每月最多新增关联 {total} 个小程序；通过快速注册创建的小程序不计入。',
    },
    MP_LINK_OAS: {
      name: '小程序可被关联的公众号数量',
      summary: '一个小程序最多可被 {limit} 个公众号关联。',
      summaryUnknown: '一个小程序可被多少个公众号关联，目前说法不一（有 500 个和不限的说法），仅供参考。',
    },
    MP_LINK_MONTHLY: {
      name: '小程序每月可被关联的次数',
      summary: '一个小程序每月最多被公众号关联 {limit} 次。',
      summaryUnknown: '一个小程序每月可被关联的次数目前不明确，仅供参考。',
    },
    FAST_REG_MONTHLY: {
      name: '公众号每月可快速注册的小程序',
      summary:
        '一个公众号每月最多快速注册 {limit} 个小程序（个体工商户的公众号 {soleProprietor} 个），只计算注册成功的。',
    },
    FAST_REG_ONE_AT_A_TIME: {
      name: '快速注册一次一个',
      summary: '公众号有一个快速注册还在“待完成注册”时，不能再发起新的快速注册。',
    },
    REUSE_OA_CERTIFIED: {
      name: '复用资质的公众号必须已认证',
      summary:
        '公众号必须已完成微信认证，订阅号和服务号都可以。未认证的公众号要先认证（需支付认证费）。个人订阅号无法认证，所以个人不能走这条路径。',
    },
    REUSE_OA_TYPES: {
      name: '可复用资质的主体类型',
      summary: '只有企业、个体工商户、政府、媒体、其他组织主体的公众号可以复用资质快速注册。',
    },
    REUSE_QUALIFICATIONS: {
      name: '复用哪些资质',
      summary:
        '主体资质默认复用，不能取消；运营者信息可选（勾选后公众号运营者成为小程序管理员，其身份证和手机号仍计入上限）。',
      certificationRequired: '{types}主体必须勾选微信认证资质。',
      certificationOptional: '{types}主体可以不勾选微信认证资质。',
    },
    OA_MENU_PATH: {
      name: '公众号后台的菜单位置',
      summary: '快速注册的入口：{fastRegister}；已关联的小程序在：{management}。',
      separate: '服务号已是独立产品，与公众号（原订阅号）分开。',
      combined: '订阅号和服务号都属于公众号。',
      pathSeparator: ' → ',
      menu: {
        'mini-program': '小程序',
        open: '开通',
        'ads-and-services': '广告与服务',
        'mini-program-management': '小程序管理',
        add: '添加',
        'fast-register': '快速注册并认证小程序',
      },
    },
    CERT_FEE: {
      name: '微信认证费',
      summary: '每次申请微信认证需支付认证费：{fees}。审核失败不退。',
      feeGroup: '{types} {fee}',
      feeSeparator: '；',
    },
    REUSE_CERT_OUTCOME: {
      name: '快速注册后的认证结果',
      summaryFree:
        '原指南的说法：注册和认证一步完成，免费。但指南也出现过“小程序已完成注册，认证未成功”的提示。',
      summarySeparate:
        '注册免费；自{since}起，快速注册的新小程序默认是未认证状态，要单独申请微信认证，每个支付一次认证费。平台若显示已认证，以平台为准。',
    },
    CERT_VALIDITY: {
      name: '认证有效期与年审',
      summary: '微信认证有效期 {years} 年；复用公众号资质的认证与公众号同时到期。',
      annualReview: '到期前 {months} 个月起可以申请年审（费用与认证相同）。',
      lapseAtExpiry: '到期仍未完成年审：{loses}受影响。',
      lapseAfter: '逾期 {days} 天：{loses}受影响。',
      capability: {
        'new-versions': '发布新版本',
        search: '被搜索',
        sharing: '被分享',
        'new-users': '新用户访问',
        payments: '支付',
      },
    },
    CERT_BEFORE_NAME: {
      name: '何时可以填写小程序名称',
      summaryCertification: '组织类主体单独注册的小程序，认证通过后才能填写名称。',
      summaryVerification: '组织类主体单独注册的小程序，主体验证完成（微信认证或小额打款）后即可填写名称。',
    },
    CERT_BEFORE_PUBLISH: {
      name: '发布前是否必须认证',
      summaryBlocked: '企业类型的小程序必须先完成微信认证，否则无法发布。',
      summaryNotSearchable: '未认证的小程序可以发布，但不能被搜索和分享。',
    },
    CERT_REVIEW_TIME: {
      name: '认证审核时间',
      summary:
        '认证审核通常需要 {min}–{max} 个工作日；一次付费申请内审核方最多可要求补充材料 {sendBacks} 次，之后或被驳回需重新申请并再次付费。',
    },
    TRANSFER_VERIFY: {
      name: '小额打款验证',
      summary:
        '企业和个体工商户可以用对公账户小额打款代替微信认证来验证主体，须在 {days} 天内完成，否则注册失败。',
    },
    SUBJECT_LOCKED: {
      name: '主体信息提交后不能修改',
      summary: '主体信息一经提交就不能修改，提交前请逐项确认。',
    },
    EMAIL_FORMAT: { name: '邮箱格式', summary: '请填写有效的邮箱地址。' },
    PASSWORD_POLICY: {
      name: '密码规则',
      summary: '字母、数字或者英文符号，最短 {min} 位，区分大小写。密码只在微信公众平台上填写。',
    },
    CAPTCHA: { name: '验证码', summary: '必须填写，看不清可以“换一张”。只在平台上填写。' },
    ADMIN_NAME: {
      name: '管理员姓名',
      summary: '与身份证上的姓名一致；名字含分隔号“·”的不要省略。',
    },
    ID_CARD_NUMBER: {
      name: '管理员身份证号码',
      summary: '{length} 位，含出生日期和校验位（最后一位可以是 X）；个人主体的管理员须年满 {adult} 周岁。',
      foreignPermanentResidence:
        '{subjects}主体的管理员也可填写外国人永久居留身份证（新版，{prefix} 开头的 {length} 位号码），但平台是否接受未能核实。',
    },
    MOBILE: { name: '管理员手机号码', summary: '中国大陆手机号码，{length} 位，以 1 开头。' },
    SMS_CODE: {
      name: '短信验证码',
      summary: '{length} 位数字；发送后 {seconds} 秒内不能重发。只在平台上填写。',
    },
    SUBJECT_NAME: {
      name: '主体名称',
      summary: '与营业执照或登记证书上的名称完全一致，只含{allowed}。',
    },
    CREDIT_CODE: {
      name: '统一社会信用代码',
      summary: '{length} 位统一社会信用代码（含校验位），或旧版 {legacyLength} 位营业执照注册号。',
    },
    MP_NAME: {
      name: '小程序名称',
      summary:
        '{min}–{max} 个字符（一个汉字算 2 个），不能含“{word}”；在平台上必须唯一；可与同主体公众号同名；涉及商标需提供证明。每年可改 {changes} 次。',
      characters: '只能使用{allowed}。',
    },
    MP_INTRO: {
      name: '小程序介绍',
      summary: '{min}–{max} 个字；每月可修改 {edits} 次。',
      han: '须用中文描述，至少 {minHan} 个汉字。',
    },
    MP_LOGO: {
      name: '小程序头像（LOGO）',
      summary:
        'BMP、JPEG、GIF 或 PNG，不超过 {maxMb} MB；建议 {side}×{side} 的正方形；每年可改 {changes} 次。',
    },
    APPID: { name: 'AppID', summary: '以 {prefix} 开头，后跟 {hexLength} 位小写十六进制字符。' },
    APPSECRET: { name: 'AppSecret', summary: '{hexLength} 位十六进制字符，平台只显示一次；本工具从不保存。' },
    SERVER_DOMAIN: {
      name: '服务器域名',
      summary:
        '{schemes}，须为已备案域名，不能是{refused}；{ports}{parent}每类最多 {max} 个，每月可修改 {changes} 次。{undocumented}',
      scheme: '{scheme}（{kinds}）',
      schemeSeparator: '或',
      ip: 'IP',
      refusedSeparator: '或',
      portExact: '{scheme} 域名可带端口：带了就只能用这个端口，不带则请求里也不能带端口（默认端口也不行）；',
      portAny: '{scheme} 域名无需端口，该域名下所有端口都可用；',
      parent: '不支持父域名和通配符，子域名要逐个填写；',
      undocumented: '{kinds} 合法域名也可配置，但填写格式官方文档没有写明，本工具无法核实。',
      kinds: {
        request: '请求',
        socket: 'socket',
        uploadFile: '上传',
        downloadFile: '下载',
        udp: 'UDP',
        tcp: 'TCP',
      },
    },
    ICP_FILING: {
      name: '小程序备案',
      summary:
        '自 {since} 起，小程序发布前必须完成备案：平台初审 {preMin}–{preMax} 个工作日，短信核验，再由省管局审核 {authMin}–{authMax} 个工作日。',
    },
    ICP_SMS_VERIFY: {
      name: '备案短信核验',
      summary:
        '备案通过平台初审后，工信部会向负责人发送核验短信：须在 {hours} 小时内完成核验，否则备案退回平台，需要重新提交。',
    },
    PRIVACY_GUIDE: {
      name: '用户隐私保护指引',
      summary:
        '小程序处理用户个人信息（包括调用相关接口）的，提交代码审核前须在小程序后台完善“用户隐私保护指引”，内容与代码实际收集的信息一致，否则审核不通过。',
    },
    CODE_REVIEW: { name: '代码审核', summary: '提交审核后通常在 {max} 个工作日内完成。' },
    REVIEW_ONE_AT_A_TIME: {
      name: '同一时间只能有一个版本在审核',
      summary: '已有版本在审核中时不能再提交新版本：等审核结果，或先撤回审核。',
    },
    EXPEDITED_REVIEW: {
      name: '加急审核',
      summary: '加急审核预计 {min}–{max} 小时内审完；每个小程序每年有 {perYear} 次加急机会。',
    },
    CATEGORY_FILING: {
      name: '需报备的类目',
      summary:
        '{categories}类目的小程序，代码审核通过后还要经属地网信部门报备审核，需 {days} 个自然日，暂无加急；期满未收到结果，可以预上线发布。',
      category: {
        social: '社交',
        video: '文娱-视频',
        radio: '文娱-FM/电台',
        'current-affairs': '时政信息',
      },
    },
  },
} as const
