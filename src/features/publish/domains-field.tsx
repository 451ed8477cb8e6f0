import type { PublishProgress, RuleSet } from '../../domain'
import './messages'

interface DomainsFieldProps {
  ruleSet: RuleSet
  progress: PublishProgress
  save: (next: PublishProgress) => Promise<void>
}

/** 服务器域名 of 开发设置: the lists kept with the progress. */
export function DomainsField(_props: DomainsFieldProps) {
  return null
}
