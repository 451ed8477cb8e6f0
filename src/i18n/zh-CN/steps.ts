// The wizard's steps: titles (each page's h1), what to do on the platform, and the step-level messages.
// Instructions are one line per action, separated by "\n".
export const steps = {
  'open-platform': {
    title: '打开微信公众平台，点击“立即注册”',
    lead: '在浏览器新标签页中打开微信公众平台的登录页，点击右上角的“立即注册”。',
    instructions: '打开 mp.weixin.qq.com/cgi-bin/loginpage\n点击页面右上角的“立即注册”',
  },
  'choose-mini-program': {
    title: '选择注册“小程序”',
    lead: '在“请选择注册的帐号类型”页面，选择“小程序”。',
    instructions: '在帐号类型中点击“小程序”\n进入小程序注册表单（邮箱、密码、验证码）',
  },
  'subject-type': {
    title: '主体是什么类型？',
    titleReuse: '公众号的主体是什么类型？',
    lead: '主体类型决定注册数量上限、认证费用和可选的验证方式。',
    leadReuse: '快速注册的小程序与公众号同一主体。请在公众号后台“设置与开发 → 帐号设置”中查看主体类型。',
  },
  'subject-info': {
    title: '填写主体信息',
    lead: '与营业执照或组织机构证件上的信息一致。主体信息提交后不能修改。',
    leadReuse: '快速注册会复用公众号的主体资质。请核对公众号的主体名称和证件号。',
  },
  'oa-status': {
    title: '公众号现在的状态',
    lead: '登录公众号后台，看右上角是否显示“已认证”，并在“小程序管理”中数一数已关联的小程序。',
    instructions:
      '打开 mp.weixin.qq.com/cgi-bin/loginpage，用公众号登录\n查看右上角的认证标识\n左侧导航“{managementPath}”查看已关联的小程序数量',
  },
  'certify-oa': {
    title: '先完成公众号的微信认证',
    lead: '公众号未认证，不能复用资质快速注册小程序。先为公众号申请微信认证（需支付认证费），或者改为单独注册。',
    instructions: '公众号左侧导航点击“微信认证”\n按提示填写资料、支付认证费\n等待审核结果，在这里记录',
  },
  'open-mini-program': {
    title: '在公众号中开通小程序',
    lead: '公众号已认证，在公众号后台开通小程序功能。',
    instructions: '公众号左侧导航依次点击“{openPath}”',
  },
  'fast-register': {
    title: '选择“快速注册并认证小程序”',
    lead: '在小程序管理中添加小程序，选择快速注册。运营者同意协议后，由公众号管理员扫码确认。',
    instructions: '依次点击“{fastRegisterPath}”\n运营者阅读并同意协议\n公众号管理员用微信扫描二维码确认',
  },
  qualifications: {
    title: '选择要复用的资质',
    lead: '平台页面“请选择需要复用的资质快速创建小程序”：勾选与平台上相同的选项。',
  },
  account: {
    title: '准备小程序的登录邮箱',
    lead: '在平台的注册表单中填写这个邮箱。密码和验证码只在微信公众平台上填写，本工具不会索取。',
    leadReuse: '在平台的表单中填写新邮箱和密码。必须使用新邮箱，不能使用注册公众号的邮箱。',
  },
  'activate-email': {
    title: '打开激活邮件，点击激活链接',
    lead: '平台会向这个邮箱发送激活邮件。打开邮件中的链接，小程序帐号就创建好了。',
    instructions: '登录邮箱 {email}\n打开微信团队发送的激活邮件\n点击邮件中的激活链接',
  },
  'registration-result': {
    title: '记录快速注册的结果',
    lead: '激活后点击“前往首页”，平台会显示注册和认证的结果。请选择平台显示的结果。',
  },
  'verification-method': {
    title: '选择主体验证方式',
    lead: '组织类主体需要先验证主体，才能填写小程序名称。',
  },
  admin: {
    title: '填写管理员信息',
    titleOperator: '确认公众号运营者为管理员',
    lead: '管理员用本人微信扫码验证身份。身份证号码和手机号码只在本机以遮盖形式保存。',
    leadOperator:
      '已勾选复用运营者信息：公众号的运营者将成为小程序管理员。请填写运营者的姓名、身份证和手机，它们同样计入身份证和手机号的注册上限。',
  },
  'admin-verify': {
    title: '在平台上完成短信验证和扫码',
    lead: '短信验证码只在平台上填写。管理员用本人微信扫描平台上的二维码完成身份验证。',
    instructions:
      '在平台上填写管理员姓名，以及管理员本人身份证上的完整身份证号码和本人的手机号码\n点击“获取验证码”，填写手机收到的{smsLength}位短信验证码\n管理员用本人微信扫描二维码',
  },
  'confirm-subject': {
    title: '确认主体信息',
    lead: '平台会请你确认主体信息。确认后主体信息不能再修改，请逐项核对。',
    instructions: '核对主体类型、主体名称和证件号\n在平台上点击“确定”提交主体信息',
  },
  certification: {
    title: '完成微信认证',
    lead: '在平台上申请微信认证并支付认证费，审核通过后才能继续填写小程序信息。',
    instructions:
      '小程序后台左侧导航点击“设置 → 微信认证”\n按提示填写资料、上传材料并支付认证费\n等待审核，在这里记录结果',
  },
  transfer: {
    title: '完成小额打款验证',
    lead: '用对公账户向腾讯指定账户打一笔小额款项，在期限内完成，否则注册失败。',
    instructions:
      '在平台上选择“小额打款验证”，记下收款账户和金额\n用对公账户按指定金额打款\n在这里记录打款完成',
  },
  profile: {
    title: '填写小程序信息',
    lead: '名称、介绍和头像（LOGO）。名称在平台上必须唯一，本工具无法替你查重。',
  },
  review: {
    title: '核对你的回答',
    lead: '提交前请核对。点击“修改”回到对应步骤，改完后会回到这里。',
  },
  done: {
    title: '注册信息已记录',
    lead: '接下来按发布清单完成备案、开发和发布。',
  },
  errors: {
    confirmRequired: '请在平台上完成这一步后，勾选“我已完成这一步”',
    subjectTypeRequired: '请选择主体类型',
    subjectNameRequired: '请输入主体名称，与证件上的名称一致',
    subjectNameTooLong: '主体名称不能超过100个字',
    methodRequired: '请选择主体验证方式',
    transferNotAvailable: '小额打款验证只适用于企业和个体工商户，请选择微信认证',
    accountNameRequired: '请输入公众号名称',
    accountNameTooLong: '公众号名称不能超过60个字',
    accountTypeRequired: '请选择公众号类型：订阅号或服务号',
    certifiedRequired: '请选择公众号是否已认证',
    pendingRequired: '请选择是否有待完成注册的小程序',
    countRequired: '请输入数量，没有就填 0',
    countWhole: '请输入0或正整数',
    countTooLarge: '数量太大，请核对',
    subjectQualificationRequired: '主体资质默认复用，不能取消',
    certificationQualificationRequired:
      '{type}主体的公众号快速注册小程序，必须勾选微信认证资质，否则平台不会通过',
    certificationQualificationRequiredAny: '微信认证资质必须勾选，否则平台不会通过快速注册',
    pickedAdminMasked: '台账中的这位管理员记录不完整，请改为手动填写身份证号和手机号',
    pickedAdminIndividual: '个人主体的管理员就是本人，请手动填写完整身份证号，以核对是否年满{age}周岁',
  },
} as const
