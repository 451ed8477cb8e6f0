import type { PublishProgress, RuleSet } from '../../domain'
import './messages'
import { ServerDomainEditor } from './server-domain-editor'

interface DomainsFieldProps {
  ruleSet: RuleSet
  progress: PublishProgress
  save: (next: PublishProgress) => Promise<void>
}

/** 服务器域名 of 开发设置: the lists, kept with the progress and saved on every change. */
export function DomainsField({ ruleSet, progress, save }: DomainsFieldProps) {
  return (
    <ServerDomainEditor
      ruleSet={ruleSet}
      value={progress.settings?.serverDomains ?? {}}
      onChange={(serverDomains) =>
        void save({ ...progress, settings: { ...progress.settings, serverDomains: { ...serverDomains } } })
      }
    />
  )
}
