import { zodResolver } from '@hookform/resolvers/zod'
import { useEffect, useState } from 'react'
import { useForm } from 'react-hook-form'
import { Link } from 'react-router'
import { teamKeyFormSchema } from '../../domain/team'
import { t } from '../../i18n'
import {
  identityKeyCheck,
  newIdentityKeyText,
  soloIdentityKeyText,
  storeTeamKey,
  teamKeyText,
} from '../../platform/identity-hash'
import { teamApi, type TeamSession } from '../../platform/team-api'
import { switchTeamMode, teamMode } from '../../platform/team-mode'
import { Button } from '../../ui/button'
import { CopyButton } from '../../ui/copy-button'
import { useReportErrors } from '../../ui/form/form-errors'
import { TextField } from '../../ui/form/text-field'
import { explain } from './explain'
import './messages'

type KeyState =
  | { status: 'loading' }
  | { status: 'failed'; message: string }
  /** `check` null: the owner has not made the key yet. `held`: this browser holds the team's key. */
  | { status: 'known'; teamName: string; check: string | null; held: boolean }

async function keyState(teamId: string): Promise<KeyState> {
  const team = await teamApi.team()
  if (!team.ok) return { status: 'failed', message: explain(team) }
  const check = team.keyCheck
  const matches = async (key: string | null) =>
    key !== null && check !== null && (await identityKeyCheck(key)) === check
  let held = await matches(teamKeyText(teamId))
  // The browser the key was made in (its own key became the team's) needs nothing pasted.
  const solo = soloIdentityKeyText()
  if (!held && (await matches(solo))) {
    storeTeamKey(teamId, solo!)
    held = true
  }
  return { status: 'known', teamName: team.name, check: team.keyCheck, held }
}

/** The team's key, to copy and hand on to members. */
function KeyToHandOn({ teamId }: { teamId: string }) {
  const key = teamKeyText(teamId) ?? ''
  return (
    <>
      <p>{t('team.ledger.handOn')}</p>
      <p>
        <code className="team__key">{key}</code>
      </p>
      <CopyButton
        id="team-key-copy"
        variant="secondary"
        label={t('team.ledger.copy')}
        copied={t('team.ledger.copied')}
        failed={t('team.ledger.copyFailed')}
        manualLabel={t('team.ledger.keyLabel')}
        text={() => key}
      />
    </>
  )
}

/** A member pastes the key the owner handed on; it is checked against the team's check value, here. */
function KeyForm({ teamId, check, onHeld }: { teamId: string; check: string; onHeld: () => void }) {
  const form = useForm({
    resolver: zodResolver(teamKeyFormSchema),
    defaultValues: { key: '' },
    mode: 'onSubmit',
    reValidateMode: 'onSubmit',
    shouldFocusError: false,
  })
  const report = useReportErrors()
  const fail = (message: string) => {
    form.setError('key', { message })
    report([{ fieldId: 'team-key', message }])
  }
  const onSubmit = form.handleSubmit(
    async ({ key }) => {
      report([])
      if ((await identityKeyCheck(key)) !== check) return fail(t('team.ledger.keyWrong'))
      storeTeamKey(teamId, key)
      onHeld()
    },
    (errors) => fail(errors.key?.message ?? t('team.ledger.keyWrong')),
  )
  return (
    <form noValidate onSubmit={onSubmit}>
      <TextField
        id="team-key"
        label={t('team.ledger.keyLabel')}
        hint={t('team.ledger.keyHint')}
        error={form.formState.errors.key?.message}
        autoComplete="off"
        spellCheck={false}
        width="medium"
        {...form.register('key')}
      />
      <Button type="submit" disabled={form.formState.isSubmitting}>
        {t('team.ledger.saveKey')}
      </Button>
    </form>
  )
}

/**
 * 在本浏览器使用团队台账: the team key (made by the owner's browser, pasted by the others) and the switch between
 * the team's ledger and this browser's own.
 */
export function TeamLedgerSection({ session }: { session: TeamSession }) {
  const [state, setState] = useState<KeyState>({ status: 'loading' })
  const [made, setMade] = useState(false)
  const [switchFailed, setSwitchFailed] = useState(false)
  const [showKey, setShowKey] = useState(false)
  const reload = () => void keyState(session.teamId).then(setState)
  useEffect(() => {
    let live = true
    void keyState(session.teamId).then((next) => live && setState(next))
    return () => {
      live = false
    }
  }, [session.teamId])

  const inUse = teamMode()?.teamId === session.teamId
  const owner = session.role === 'owner'

  async function makeKey() {
    // This browser's own key when it has one: its own ledger's hashes then match the team's, so that ledger can
    // be moved into the team (台账 → 导出与导入) with its identities still counted.
    const key = soloIdentityKeyText() ?? newIdentityKeyText()
    const answer = await teamApi.setKeyCheck(await identityKeyCheck(key))
    if (!answer.ok && answer.reason !== 'key-set') {
      return setState({ status: 'failed', message: explain(answer) })
    }
    if (answer.ok) {
      storeTeamKey(session.teamId, key)
      setMade(true)
    }
    reload()
  }

  function use(teamName: string) {
    const ok = switchTeamMode(
      { teamId: session.teamId, teamName, email: session.email, role: session.role },
      '/ledger',
    )
    if (!ok) setSwitchFailed(true)
  }

  function leave() {
    if (!switchTeamMode(null, '/team')) setSwitchFailed(true)
  }

  return (
    <section aria-labelledby="team-ledger">
      <h2 id="team-ledger">{t('team.ledger.heading')}</h2>
      {state.status === 'loading' ? (
        <p role="status">{t('team.loading')}</p>
      ) : state.status === 'failed' ? (
        <p role="alert">{state.message}</p>
      ) : inUse ? (
        <>
          <p>{t('team.ledger.inUse', { team: state.teamName })}</p>
          <p>{t('team.ledger.inUseDetail')}</p>
          <div className="team__actions">
            <Link to="/ledger">{t('team.ledger.open')}</Link>
            <Button variant="secondary" onClick={leave}>
              {t('team.ledger.leave')}
            </Button>
          </div>
          {owner && state.held ? (
            showKey ? (
              <KeyToHandOn teamId={session.teamId} />
            ) : (
              <Button variant="secondary" onClick={() => setShowKey(true)}>
                {t('team.ledger.showKey')}
              </Button>
            )
          ) : null}
        </>
      ) : (
        <>
          <p>{t('team.ledger.lead')}</p>
          <h3>{t('team.ledger.keyHeading')}</h3>
          <p>{t('team.ledger.keyExplain')}</p>
          {state.check === null ? (
            owner ? (
              <>
                <p>{t('team.ledger.makeKeyLead')}</p>
                <Button variant="secondary" onClick={() => void makeKey()}>
                  {t('team.ledger.makeKey')}
                </Button>
              </>
            ) : (
              <p>{t('team.ledger.keyNotSet')}</p>
            )
          ) : state.held ? (
            <>
              {made ? (
                <>
                  <p role="status">{t('team.ledger.keyMade')}</p>
                  <KeyToHandOn teamId={session.teamId} />
                </>
              ) : null}
              <p>
                <Button onClick={() => use(state.teamName)}>{t('team.ledger.use')}</Button>
              </p>
            </>
          ) : (
            <>
              {owner ? <p>{t('team.ledger.keySetElsewhere')}</p> : null}
              <KeyForm teamId={session.teamId} check={state.check} onHeld={reload} />
            </>
          )}
        </>
      )}
      {switchFailed ? <p role="alert">{t('team.ledger.switchFailed')}</p> : null}
    </section>
  )
}
