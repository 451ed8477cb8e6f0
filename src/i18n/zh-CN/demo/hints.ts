// 讲解提示: what a trainer points out on each step (the rule behind it, the common mistake). Written from the
// seed guide and the rule book; numbers come from the rule set as {params} (see src/domain/demo/texts.ts).
export const hints = {
  'open-platform':
    '打开微信公众平台的登录页，点“立即注册”。单独注册时，组织主体的每个小程序都要各自核实主体（规则 CERT_BEFORE_NAME）。',
  'choose-mini-program': '账号类型选“小程序”。常见错误：选成订阅号或服务号，注册出来的是公众号。',
  'subject-type':
    '主体类型决定后面的路：组织要核实主体，个人不用。复用公众号资质只对组织开放，个人主体走不通这条路。',
  'subject-info':
    '主体名称和统一社会信用代码要与营业执照完全一致。常见错误：代码里的字母 O 和数字 0 混用，校验位对不上。',
  'oa-status':
    '先看公众号右上角有没有认证标志。同主体最多关联 {sameLimit} 个小程序、不同主体 {otherLimit} 个，快速注册的也算在内。',
  'certify-oa':
    '公众号没认证就先认证：认证要交认证费，审核不通过也不退。常见错误：以为快速注册能顺便认证公众号。',
  'open-mini-program':
    '在公众号后台打开小程序功能。菜单的名称和位置以规则 OA_MENU_PATH 为准：平台改过菜单，旧截图里的位置可能已经不对。',
  'fast-register':
    '选择“快速注册并认证小程序”，运营者同意协议后由公众号管理员扫码。常见错误：扫码的不是公众号管理员。',
  qualifications:
    '主体资质默认勾选，不能取消；微信认证资质按规则 REUSE_QUALIFICATIONS 勾选；运营者信息可选：勾选后公众号运营者就是小程序管理员，他的身份证和手机号也计入各自的限额。',
  account:
    '邮箱要从没在微信公众平台、开放平台注册过，也没绑定个人微信。一个邮箱只能注册一个小程序，快速注册时不能用公众号的邮箱。',
  'activate-email':
    '去邮箱打开微信的激活邮件，点链接激活。这个邮箱和刚设的密码以后就是登录小程序后台的账号。',
  'registration-result':
    '点“前往首页”看结果：认证成功、认证中，或“小程序已完成注册，认证未成功”。认证未成功时小程序已注册，要单独再申请认证。',
  'verification-method':
    '核实主体有两种：微信认证（要交认证费），或对公账户小额打款（企业和个体工商户可选）。',
  admin:
    '管理员姓名按身份证填写，名字里有分隔号“·”不要省略。一个身份证最多绑定 {idCardLimit} 个小程序，一个手机号最多注册 {phoneLimit} 个。个人主体的管理员须年满 {adultAge} 岁。',
  'admin-verify': '管理员要收短信验证码，并用本人的微信扫码。常见错误：用别人的微信扫码，身份对不上。',
  'confirm-subject': '主体信息提交后不能再改。常见错误：没核对营业执照就确认。',
  certification:
    '微信认证按次交认证费，审核不通过不退。单独注册的组织要先核实主体，才能填写小程序名称（规则 CERT_BEFORE_NAME）。',
  transfer: '用对公账户向指定账户打一笔小额款，{days} 天内完成，否则注册失败。常见错误：用个人账户打款。',
  profile:
    '小程序名称 {minWidth} 到 {maxWidth} 个字符（一个汉字算两个），不能含“小程序”；名称在平台上要唯一。介绍和头像之后也能改，但次数有限。',
  review: '提交之前逐项核对：主体、管理员、邮箱和小程序信息。常见错误：提交后才发现主体名称写错。',
  done: '注册完成后还要认证（组织）、备案、上传代码、提交审核，最后才能发布。',
} as const

/** The same steps, where the rule set does not state the rule a hint's number comes from (指南未提及). */
export const hintsNotStated = {
  transfer:
    '用对公账户向指定账户打一笔小额款。指南没有说明小额打款要在几天内完成（规则 TRANSFER_VERIFY，指南未提及）。',
} as const
