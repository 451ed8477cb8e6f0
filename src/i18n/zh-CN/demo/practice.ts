// 练一练: the quiz page. Situations state the scenario's counts as {params}; the answers are computed.
export const practice = {
  title: '练一练',
  intro:
    '根据演示场景出的小题。每题选一个答案，然后按“检查答案”。正确答案由本工具按当前规则算出，并给出依据的规则。',
  ruleSetNote: '按“{name}”出题。',
  questionLegend: '第 {n} 题：{prompt}',
  ask: {
    'can-reuse': '这个主体能复用公众号资质快速注册小程序吗？',
    fee: '注册这 1 个小程序，一共要交多少认证费？',
    'blocked-rule': '照这样往下注册，下一步会卡在哪条规则上？',
  },
  situations: {
    'enterprise-certification': '一家企业单独注册小程序，选择用微信认证核实主体。',
    'enterprise-transfer': '一家企业单独注册小程序，选择用对公账户小额打款核实主体。',
    'individual-business': '一家个体工商户单独注册小程序，用微信认证核实主体。',
    'reuse-certified':
      '一家企业有已认证的服务号，已关联 {sameSubjectLinks} 个同主体小程序，本月还没有快速注册过，想复用它的资质快速注册小程序。',
    'reuse-oa-uncertified': '一家企业有服务号，但还没有微信认证，想复用它的资质快速注册小程序。',
    'reuse-cert-failed': '一家企业快速注册后，页面显示“小程序已完成注册，认证未成功”。',
    'id-card-full': '一家企业单独注册小程序。管理员的身份证已经绑定了 {idCardMiniPrograms} 个小程序。',
    'phone-full': '一家企业单独注册小程序。管理员的手机号已经注册了 {phoneMiniPrograms} 个小程序。',
    'oa-links-full':
      '一家企业的服务号已认证，已经关联了 {sameSubjectLinks} 个同主体小程序，想再快速注册一个。',
    'fast-reg-month-full':
      '一家企业的服务号已认证，本月已经用它快速注册了 {monthFastRegistrations} 个小程序，还想再注册一个。',
    'fast-reg-pending': '一家企业的服务号有一个快速注册还在“待完成注册”，又想发起一个新的。',
    'personal-reuse': '一位个人用户有自己的订阅号，想复用它快速注册小程序。',
  },
  reuse: {
    yes: '可以，直接快速注册',
    'certify-first': '可以，但要先完成公众号的微信认证',
    no: '不可以',
  },
  noBlock: '不会卡住，可以注册完成',
  check: '检查答案',
  again: '再做一次',
  score: '答对 {right} 题，共 {total} 题。',
  right: '回答正确',
  wrong: '回答错误',
  unanswered: '没有作答',
  rightAnswer: '正确答案：{answer}',
  yourAnswer: '你的答案：{answer}',
  rulesLabel: '依据的规则：',
  errorSummary: '请先回答第 {n} 题',
  errorField: '请选择一个答案',
  share: {
    heading: '发给学员',
    text: '复制这个链接发给学员，打开就是同一套题（选项顺序相同）。不需要开启演示模式。',
    label: '练一练链接（可手动复制）',
    copy: '复制练一练链接',
    copied: '已复制链接',
    failed: '浏览器没有允许复制，请手动复制下面的链接。',
  },
} as const
