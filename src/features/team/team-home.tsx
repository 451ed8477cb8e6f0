import { zodResolver } from '@hookform/resolvers/zod'
import { useEffect, useRef, useState } from 'react'
import { useForm } from 'react-hook-form'
import { Link } from 'react-router'
import { setupFormSchema, signInSchema } from '../../domain/team'
import { t } from '../../i18n'
import { teamApi, type TeamSession } from '../../platform/team-api'
import { Button } from '../../ui/button'
import { FormErrors, summaryOf, useReportErrors } from '../../ui/form/form-errors'
import { TextField } from '../../ui/form/text-field'
import { explain } from './explain'
import { EmailField, PasswordField } from './fields'
import './messages'
import { TeamFrame } from './team-frame'
import { TeamLedgerSection } from './team-ledger-section'
import { useTeam } from './team-state'

const formOptions = { mode: 'onSubmit', reValidateMode: 'onSubmit', shouldFocusError: false } as const

/** No team server answers: say what that means, how one is started, and that the browser's ledger still works. */
function NoServer() {
  const { refresh } = useTeam()
  return (
    <section aria-labelledby="team-no-server">
      <h2 id="team-no-server">{t('team.noServer.heading')}</h2>
      <p>{t('team.noServer.lead')}</p>
      <p>{t('team.noServer.howTo')}</p>
      <div className="team__actions">
        <Button onClick={() => void refresh()}>{t('team.noServer.retry')}</Button>
        <Link to="/ledger">{t('team.noServer.soloLink')}</Link>
      </div>
    </section>
  )
}

function SetupForm() {
  const { signedIn, refresh } = useTeam()
  const form = useForm({
    resolver: zodResolver(setupFormSchema),
    defaultValues: { teamName: '', email: '', password: '', confirm: '' },
    ...formOptions,
  })
  const report = useReportErrors()
  const fields = [
    { name: 'teamName', id: 'team-setup-name' },
    { name: 'email', id: 'team-setup-email' },
    { name: 'password', id: 'team-setup-password' },
    { name: 'confirm', id: 'team-setup-confirm' },
  ]
  const onSubmit = form.handleSubmit(
    async ({ teamName, email, password }) => {
      report([])
      const result = await teamApi.setup({ teamName, email, password })
      if (result.ok) return signedIn(result.session)
      if (result.reason === 'already-set-up') return void refresh()
      const message = explain(result)
      form.setError('teamName', { message })
      report([{ fieldId: 'team-setup-name', message }])
    },
    (errors) => report(summaryOf(errors, fields)),
  )
  const { errors, isSubmitting } = form.formState
  return (
    <section aria-labelledby="team-setup">
      <h2 id="team-setup">{t('team.setup.heading')}</h2>
      <p>{t('team.setup.lead')}</p>
      <form noValidate onSubmit={onSubmit}>
        <TextField
          id="team-setup-name"
          label={t('team.setup.teamName')}
          hint={t('team.setup.teamNameHint')}
          error={errors.teamName?.message}
          autoComplete="organization"
          {...form.register('teamName')}
        />
        <EmailField
          id="team-setup-email"
          label={t('team.setup.email')}
          error={errors.email?.message}
          {...form.register('email')}
        />
        <PasswordField
          kind="new"
          id="team-setup-password"
          label={t('team.setup.password')}
          error={errors.password?.message}
          {...form.register('password')}
        />
        <PasswordField
          kind="confirm"
          id="team-setup-confirm"
          label={t('team.setup.confirm')}
          error={errors.confirm?.message}
          {...form.register('confirm')}
        />
        <Button type="submit" disabled={isSubmitting}>
          {t('team.setup.submit')}
        </Button>
      </form>
    </section>
  )
}

function SignInForm() {
  const { state, signedIn } = useTeam()
  const form = useForm({
    resolver: zodResolver(signInSchema),
    defaultValues: { email: '', password: '' },
    ...formOptions,
  })
  const report = useReportErrors()
  const fields = [
    { name: 'email', id: 'team-sign-in-email' },
    { name: 'password', id: 'team-sign-in-password' },
  ]
  const onSubmit = form.handleSubmit(
    async (values) => {
      report([])
      const result = await teamApi.signIn(values)
      if (result.ok) return signedIn(result.session)
      const message =
        result.reason === 'wrong-credentials'
          ? t('team.signIn.wrong')
          : result.reason === 'rate-limited'
            ? t('team.signIn.limited', { minutes: Math.ceil((result.retryAfterSeconds ?? 60) / 60) })
            : explain(result)
      form.resetField('password')
      form.setError('password', { message })
      report([{ fieldId: 'team-sign-in-password', message }])
    },
    (errors) => report(summaryOf(errors, fields)),
  )
  const { errors, isSubmitting } = form.formState
  const notice = state.status === 'signed-out' ? state.notice : undefined
  return (
    <section aria-labelledby="team-sign-in">
      <h2 id="team-sign-in">{t('team.signIn.heading')}</h2>
      {notice ? (
        <p role="status" className="team__status">
          {notice === 'expired' ? t('team.errors.signedOut') : t('team.home.signedOut')}
        </p>
      ) : null}
      <form noValidate onSubmit={onSubmit}>
        <EmailField
          id="team-sign-in-email"
          label={t('team.signIn.email')}
          error={errors.email?.message}
          {...form.register('email')}
        />
        <PasswordField
          kind="current"
          id="team-sign-in-password"
          label={t('team.signIn.password')}
          error={errors.password?.message}
          {...form.register('password')}
        />
        <Button type="submit" disabled={isSubmitting}>
          {t('team.signIn.submit')}
        </Button>
      </form>
    </section>
  )
}

function SignedIn({ session, fresh }: { session: TeamSession; fresh?: boolean }) {
  const { signedOut } = useTeam()
  const heading = useRef<HTMLHeadingElement>(null)
  const [busy, setBusy] = useState(false)
  // Just signed in (the form was here a moment ago, and had focus): the reader continues from this section.
  useEffect(() => {
    if (fresh) heading.current?.focus()
  }, [fresh])
  async function signOut() {
    setBusy(true)
    await teamApi.signOut()
    signedOut('signed-out')
  }
  const owner = session.role === 'owner'
  return (
    <section aria-labelledby="team-signed-in">
      <h2 id="team-signed-in" ref={heading} tabIndex={-1}>
        {t('team.home.team')}
      </h2>
      <p>{t('team.home.signedInAs', { email: session.email, role: t(`team.roles.${session.role}`) })}</p>
      <ul className="team__links">
        <li>
          <Link to="/team/members">{t('team.home.members')}</Link>
        </li>
        {owner ? (
          <li>
            <Link to="/team/audit">{t('team.home.audit')}</Link>
          </li>
        ) : null}
      </ul>
      <TeamLedgerSection session={session} />
      <Button variant="secondary" onClick={() => void signOut()} disabled={busy}>
        {t('team.home.signOut')}
      </Button>
    </section>
  )
}

/** /team: whatever the browser needs next with the team server — set it up, sign in, or what a member can open. */
export function TeamHome() {
  const { state } = useTeam()
  return (
    <FormErrors>
      <TeamFrame title={t('team.title')}>
        <p className="lead">{t('team.lead')}</p>
        {state.status === 'loading' ? (
          <p role="status">{t('team.loading')}</p>
        ) : state.status === 'no-server' ? (
          <NoServer />
        ) : state.status === 'setup' ? (
          <SetupForm />
        ) : state.status === 'signed-out' ? (
          <SignInForm />
        ) : (
          <SignedIn session={state.session} fresh={state.fresh} />
        )}
      </TeamFrame>
    </FormErrors>
  )
}
