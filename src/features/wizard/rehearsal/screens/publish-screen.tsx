import { ruleValue, type RuleSet } from '../../../../domain'
import { t, type MessageKey } from '../../../../i18n'
import { formatDate } from '../../../../ui/format'
import '../messages'
import { MockButton, MockFrame, MockTitle } from '../mock-parts'
import type { ScreenProps } from './screen-props'

// 小程序发布流程 as the guide lists it (step 1: 微信认证, 小程序信息, 开发工具, 添加开发者, 配置服务器; step 2: 版本发布),
// with what the rule set changes: rule CERT_BEFORE_PUBLISH says what being uncertified means, rule ICP_FILING adds
// 小程序备案 where it is stated.

interface Task {
  title: MessageKey
  text: string
  action: MessageKey
}

const k = 'rehearsal.screens.publish-flow' as const

function firstPhase(ruleSet: RuleSet): Task[] {
  const uncertified = ruleValue(ruleSet, 'CERT_BEFORE_PUBLISH')?.uncertified
  const filing = ruleValue(ruleSet, 'ICP_FILING')
  const tasks: (Task | null)[] = [
    uncertified
      ? {
          title: `${k}.certification`,
          text: t(
            uncertified === 'cannot-publish'
              ? `${k}.certificationCannotPublish`
              : `${k}.certificationNotSearchable`,
          ),
          action: `${k}.details`,
        }
      : null,
    { title: `${k}.info`, text: t(`${k}.infoText`), action: `${k}.fill` },
    filing
      ? {
          title: `${k}.filing`,
          text: t(`${k}.filingText`, { date: formatDate(filing.requiredSince) }),
          action: `${k}.file`,
        }
      : null,
    { title: `${k}.tools`, text: t(`${k}.toolsText`), action: `${k}.download` },
    { title: `${k}.developers`, text: t(`${k}.developersText`), action: `${k}.add` },
    { title: `${k}.server`, text: t(`${k}.serverText`), action: `${k}.configure` },
  ]
  return tasks.filter((task): task is Task => task !== null)
}

function TaskList({ tasks }: { tasks: Task[] }) {
  return (
    <ul className="mock__tasks">
      {tasks.map((task) => (
        <li key={task.title} className="mock__task">
          <span className="mock__task-title">{t(task.title)}</span>
          <span className="mock__task-text">{task.text}</span>
          <span className="mock__task-action">
            <MockButton>{t(task.action)}</MockButton>
          </span>
        </li>
      ))}
    </ul>
  )
}

export function PublishFlowScreen({ ruleSet }: ScreenProps) {
  return (
    <MockFrame name={t(`${k}.name`)}>
      <MockTitle>{t(`${k}.title`)}</MockTitle>
      <p className="mock__section">{t(`${k}.phase1`)}</p>
      <TaskList tasks={firstPhase(ruleSet)} />
      <p className="mock__section">{t(`${k}.phase2`)}</p>
      <TaskList tasks={[{ title: `${k}.release`, text: t(`${k}.releaseText`), action: `${k}.goRelease` }]} />
    </MockFrame>
  )
}
