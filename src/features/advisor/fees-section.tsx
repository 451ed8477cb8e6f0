import { reuseCertification, type PathId, type RuleSetId } from '../../domain'
import { t } from '../../i18n'
import { ruleSummary } from '../../ui/rules/rule-text'
import { pathName, subjectTypeName } from '../../ui/terms'
import type { AnswerContext } from './answer-context'
import { feeCaution, feeCells, pathOrder, type FeeCells } from './fee-text'
import { RuleNameLink } from './rule-name-link'
import './messages'

type Column = keyof FeeCells

/** A figure under the active rule set, with the other rule set's figure beside it where the two differ. */
function FeeCell({
  active,
  other,
  otherId,
}: {
  active: string | null
  other: string | null
  otherId: RuleSetId
}) {
  return (
    <td>
      {active ?? t('advisor.answer.fees.none')}
      {other !== active ? (
        <span className="advice__fee-other">
          {t('advisor.answer.fees.other', {
            name: t(`rules.ruleSet.${otherId}`),
            amount: other ?? t('advisor.answer.fees.none'),
          })}
        </span>
      ) : null}
    </td>
  )
}

function PathRow({ path, context }: { path: PathId; context: AnswerContext }) {
  const { advice } = context
  const otherId: RuleSetId = advice.ruleSetId === 'current' ? 'guide' : 'current'
  const active = feeCells(advice.fees[path])
  const other = feeCells(advice.feesUnder[otherId][path])
  const columns: Column[] = ['perMiniProgram', 'upfront', 'total']
  return (
    <tr>
      <th scope="row">{pathName(path)}</th>
      {active ? (
        columns.map((column) => (
          <FeeCell
            key={column}
            active={active[column]}
            other={other ? other[column] : null}
            otherId={otherId}
          />
        ))
      ) : (
        <td colSpan={3}>{t('advisor.answer.fees.unavailable')}</td>
      )}
    </tr>
  )
}

/**
 * The fees of each path for the mini programs that can be created, under the active rule set (and the other
 * where it differs).
 */
export function FeesSection({ context }: { context: AnswerContext }) {
  const { advice, ruleSet, situation } = context
  const reuse = advice.fees.reuse
  // rule: REUSE_CERT_OUTCOME — under `current` the reuse totals include each new mini program's certification.
  const separate =
    reuse !== null && reuseCertification(ruleSet, situation.subjectType).certification === 'separate'
  const upfront = reuse !== null && reuse.upfront.max > 0
  const caution = feeCaution(ruleSet, situation.subjectType)
  return (
    <section className="advice__section">
      <h3>{t('advisor.answer.sections.fees')}</h3>
      <table className="advice__fees">
        <caption>
          {t('advisor.answer.fees.caption', {
            count: advice.fees.count,
            name: t(`rules.ruleSet.${advice.ruleSetId}`),
          })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('advisor.answer.fees.path')}</th>
            <th scope="col">{t('advisor.answer.fees.perMiniProgram')}</th>
            <th scope="col">{t('advisor.answer.fees.upfront')}</th>
            <th scope="col">{t('advisor.answer.fees.total')}</th>
          </tr>
        </thead>
        <tbody>
          {pathOrder(advice).map((path) => (
            <PathRow key={path} path={path} context={context} />
          ))}
        </tbody>
      </table>
      {advice.wanted > advice.fees.count ? (
        <p>{t('advisor.answer.fees.countedFor', { wanted: advice.wanted, placeable: advice.fees.count })}</p>
      ) : null}
      {upfront ? <p>{t('advisor.answer.fees.upfrontWhy')}</p> : null}
      {caution ? (
        <p>
          {t('advisor.answer.fees.feeCaution', {
            subjectType: subjectTypeName(situation.subjectType),
            fee: caution,
          })}
        </p>
      ) : null}
      {separate ? (
        <p>
          {t('advisor.answer.fees.separateWhy')}
          {ruleSummary('REUSE_CERT_OUTCOME', ruleSet)}
          <RuleNameLink id="REUSE_CERT_OUTCOME" ruleSet={ruleSet} />
        </p>
      ) : null}
      <p>
        {t('advisor.answer.fees.source')}
        {ruleSummary('CERT_FEE', ruleSet)}
        <RuleNameLink id="CERT_FEE" ruleSet={ruleSet} />
      </p>
    </section>
  )
}
