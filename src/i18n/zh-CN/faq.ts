// 常见问答: the page, the lookup from the platform's refusal messages, and the questions (faq-questions.ts).
import { faqQuestions } from './faq-questions'

export const faq = {
  search: {
    heading: '查找',
    label: '搜索问题，或粘贴平台的提示',
    hint: '输入几个字即可，例如：邮箱、认证未成功、身份证。',
    count: '找到 {refusals} 条平台提示、{questions} 个问题',
    none: '没有找到相关内容。可以少输入几个字再试。',
    clear: '清除搜索',
  },
  refusals: {
    heading: '平台拒绝时的提示',
    intro:
      '平台的提示文字可能与下面略有出入；输入其中几个字，或整句粘贴进上面的搜索框，就能找到对应的规则和办法。',
    meaning: '意思',
    todo: '怎么办',
    rules: '依据',
    items: {
      'email-taken': {
        shown: '该邮箱已被占用\n邮箱已被注册\n该邮箱已绑定微信号',
        meaning: '这个邮箱已经在微信公众平台或开放平台注册过，或者绑定过个人微信；或者它是公众号自己的邮箱。',
        todo: '换一个从未注册、也没有绑定个人微信的新邮箱，每个小程序一个。',
      },
      'id-card-limit': {
        shown: '该身份证已绑定{idCard}个小程序\n身份证绑定的小程序数量已达上限',
        meaning: '管理员的身份证号码已经绑定了 {idCard} 个小程序，达到上限。',
        todo: '换一位管理员（另一个身份证），或先解除这个身份证绑定的其他小程序。',
      },
      'phone-limit': {
        shown: '该手机号已注册{phone}个小程序\n手机号注册的小程序数量已达上限',
        meaning: '管理员的手机号已经注册了 {phone} 个小程序，达到上限。',
        todo: '换一个管理员手机号。',
      },
      'admin-accounts': {
        shown: '该管理员绑定的帐号数量已达上限\n管理员微信号绑定的帐号已达上限',
        meaning: '这位管理员（同一个身份证或手机号）已经管理了太多帐号。',
        todo: '换一位管理员：另一个人的身份证、手机号和微信。',
      },
      'monthly-quota': {
        shown: '本月快速注册次数已达上限\n本月新增关联次数已达上限',
        meaning: '这个公众号本月的快速注册或新增关联名额已经用完。',
        todo: '{nextMonth}起恢复；急用的话改为单独注册。',
      },
      'subject-total': {
        shown: '该主体注册的小程序数量已达上限\n主体可注册的小程序已达上限',
        meaning: '这个主体名下的小程序已经达到上限，两条路径都不能再注册。',
        todo: '注销不再使用的小程序，或者以另一个主体注册。',
      },
      'not-certified': {
        shown: '公众号未认证\n请先完成微信认证',
        meaning: '复用资质快速注册要求公众号已完成微信认证。',
        todo: '先为公众号申请微信认证（付认证费），或者改为单独注册。',
      },
      'oa-links-full': {
        shown: '关联的同主体小程序已达上限\n公众号关联小程序数量已达上限',
        meaning: '公众号已关联的小程序达到上限，快速注册的也算在内。',
        todo: '解除不再使用的关联，或者改为单独注册。',
      },
      pending: {
        shown: '有待完成注册的小程序\n存在“待完成注册”的小程序',
        meaning: '公众号上还有一个快速注册没有完成，完成前不能发起新的。',
        todo: '在公众号后台“小程序管理”中找到它，完成邮箱激活和管理员绑定。',
      },
      'cert-failed': {
        shown: '小程序已完成注册，认证未成功\n小程序注册成功，认证不成功',
        meaning: '快速注册的小程序已经注册成功，但认证没有随之完成。',
        todo: '在小程序后台重新发起微信认证，并支付认证费。',
      },
    },
  },
  questions: {
    heading: '问答',
    contents: '问题列表',
    rules: '相关规则',
    link: '这个问题的链接',
    linkOf: '：{question}',
    reviewNotStated: '原指南没有说明认证审核要多久。',
    pendingNotStated: '原指南没有提到这条限制，规则版本为“指南原文”时不检查。',
    items: faqQuestions,
  },
} as const
