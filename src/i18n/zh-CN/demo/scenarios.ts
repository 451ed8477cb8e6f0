// 演示场景: each scenario's title and what it teaches. Numbers come from the rule set as {params}.
export const scenarios = {
  'enterprise-certification': {
    title: '企业单独注册（认证）',
    teaches: '从立即注册到填写小程序信息的完整流程：企业选择微信认证核实主体，认证通过后才能命名。',
  },
  'enterprise-transfer': {
    title: '企业单独注册（小额打款）',
    teaches: '企业用对公账户小额打款核实主体，须在 {days} 天内完成，否则注册失败。',
  },
  'individual-business': {
    title: '个体工商户单独注册',
    teaches: '个体工商户也是组织：要填主体信息并核实主体；同一主体最多 {subjectTotal} 个小程序。',
  },
  'reuse-certified': {
    title: '复用已认证公众号',
    teaches: '已认证的公众号可以快速注册小程序：复用主体资质，新邮箱不能是公众号的邮箱。',
  },
  'reuse-oa-uncertified': {
    title: '公众号未认证，先认证',
    teaches: '公众号未认证不能复用资质：先完成公众号的微信认证（要交认证费），再快速注册。',
  },
  'reuse-cert-failed': {
    title: '复用后“认证未成功”再申请认证',
    teaches: '快速注册后显示“小程序已完成注册，认证未成功”：小程序已注册，需要单独再申请认证。',
  },
  'id-card-full': {
    title: '管理员身份证已绑定 {limit} 个',
    teaches: '一个身份证最多绑定 {limit} 个小程序的管理员：满了就换一位管理员。',
  },
  'phone-full': {
    title: '手机号已注册 {limit} 个',
    teaches: '一个手机号最多注册 {limit} 个小程序：满了就换一个手机号。',
  },
  'oa-links-full': {
    title: '公众号同主体关联已满',
    teaches: '公众号最多关联 {limit} 个同主体小程序，快速注册的小程序也算在内：满了就不能再快速注册。',
  },
  'fast-reg-month-full': {
    title: '本月快速注册已用完',
    teaches: '一个公众号每月最多快速注册 {limit} 个小程序：本月用完后下月再注册，或改为单独注册。',
  },
  'fast-reg-pending': {
    title: '已有“待完成注册”的快速注册',
    teaches: '公众号有一个待完成注册的快速注册时，不能再发起新的：先完成或等它结束。',
  },
  'personal-reuse': {
    title: '个人主体想复用公众号',
    teaches: '个人主体的订阅号不能认证，所以不能复用公众号资质：个人只能单独注册。',
  },
} as const
