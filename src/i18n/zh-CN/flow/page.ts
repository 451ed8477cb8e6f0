// The /flow page (src/features/flow-map).
export const page = {
  title: '注册流程图',
  lead: '两条注册路径的每一步，按阶段排列：哪些步骤只在某些情况下出现，哪一步会检查数量限额。图和文字版内容相同。',
  pathsLabel: '选择注册路径',
  caseShown: '标出了这条注册记录的进度：已完成 {done} 步，当前步骤是“{step}”。',
  caseSubmitted: '标出了这条注册记录的进度：已提交。',
  caseMissing: '在本浏览器中没有找到这条注册记录，下面是完整的流程。',
  backToCase: '回到这条注册',
}
