// 批量规划: what the schedule table, the totals and the exports say about each row (src/features/plan/result-text.ts).
// Every number of a rule ({limit}) is filled in from the rule set by the caller, never written here.
export const result = {
  month: '{year}年{month}月',
  /** A name quoted inside a sentence: an account, a rule. */
  quoted: '「{name}」',
  fee: {
    withUpfront: '{total}（含先认证公众号 {upfront}）',
  },
  status: {
    scheduled: '已安排',
    refused: '无法安排',
  },
  decision: {
    pushed: {
      FAST_REG_MONTHLY: '{month}该公众号的快速注册已达上限（每月 {limit} 个，「{rule}」），顺延到{to}',
      OA_LINK_MONTHLY: '{month}该公众号新增关联已达上限（每月 {limit} 个，「{rule}」），顺延到{to}',
      FAST_REG_ONE_AT_A_TIME: '{month}该公众号还有快速注册待完成（「{rule}」），顺延到{to}',
      limit: '{month}「{rule}」已达上限（每月 {limit} 个），顺延到{to}',
      other: '{month}「{rule}」没有名额，顺延到{to}',
    },
    path: {
      cheaper: '选择{chosen}：比{other}便宜（「{rule}」）',
      notCheaper: '选择{chosen}：{other}并不更便宜（「{rule}」）',
      later: '选择{chosen}：{other}因「{rule}」要更晚才有名额',
      impossible: '选择{chosen}：{other}不可行（「{rule}」）',
    },
    lastRoom: '用掉了「{rule}」的最后一个名额（上限 {limit} 个）',
    lastRoomUnknown: '用掉了「{rule}」的最后一个名额',
  },
  queue: {
    first: '本月该公众号第 1 个快速注册',
    next: '本月该公众号第 {position} 个，需等上一个完成后再开始（「{rule}」）',
  },
  wish: '希望在{wished}完成，最早只能安排在{month}',
  unknownAccount:
    '台账中没有公众号「{account}」：按已认证的订阅号、此前没有任何使用计算，只计入本计划中的注册，请核对台账',
  advice: '仅供参考：{rules}的上限在当前规则集中未说明或不明确，没有计入安排',
  refusal: {
    limit: '「{rule}」：已用 {used} 个，上限 {limit} 个',
    rule: '「{rule}」：{summary}',
    emailInUse: '「{rule}」：邮箱已被注册（或是所填公众号自己的登录邮箱）',
    officialAccountEmail: '「{rule}」：复用公众号时不能使用公众号自己的登录邮箱',
    oneEmailPerMiniProgram: '「{rule}」：同一个邮箱在计划中用于多个小程序',
    pending: '「{rule}」：该公众号还有快速注册待完成',
    horizon: '在规划的月份范围内每个月都没有名额：等待可能有用，可以把开始月份往后推',
    permanent: '等待也不会有名额：需要换一种办法',
  },
  wayOut: {
    anotherAdmin: '换一位管理员：计划中 {candidates} 还有名额',
    anotherAdminOutside: '换一位计划之外、还有名额的管理员',
    anotherMobile: '换一个管理员手机：计划中 {candidates} 还有名额',
    anotherMobileOutside: '换一个计划之外、还有名额的管理员手机',
    anotherEmail: '换一个从未注册过的邮箱',
    otherPath: '改为{path}：可以安排',
    otherAccount: '改用同一主体的公众号 {accounts}：可以安排',
  },
  totals: {
    scheduled: '已安排 {count} 行',
    refused: '{count} 行无法安排',
    monthsNeeded: '需要 {count} 个月',
    finish: '最早 {month} 全部完成',
    finishPartial: '已安排的最晚在 {month} 完成',
    fee: '费用合计 {fee}',
    wishesMissed: '{count} 行赶不上希望完成的月份',
  },
} as const
