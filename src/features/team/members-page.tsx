import { zodResolver } from '@hookform/resolvers/zod'
import { useEffect, useState } from 'react'
import { useForm } from 'react-hook-form'
import { newMemberSchema, teamRoles, type TeamRole } from '../../domain/team'
import { t } from '../../i18n'
import { teamApi, type TeamMember, type TeamSession } from '../../platform/team-api'
import { Button } from '../../ui/button'
import { FormErrors, summaryOf, useReportErrors } from '../../ui/form/form-errors'
import { SelectField } from '../../ui/form/select-field'
import { formatDateTime } from '../../ui/format'
import { explain } from './explain'
import { EmailField, PasswordField } from './fields'
import './messages'
import { TeamFrame } from './team-frame'
import { useTeam } from './team-state'
import { SignedInOnly } from './signed-in-only'

const roleHint = (role: TeamRole) =>
  t('team.roleHint', { role: t(`team.roles.${role}`), hint: t(`team.roleHints.${role}`) })

const roleOptions = teamRoles.map((role) => ({ value: role, label: t(`team.roles.${role}`) }))

function AddMember({ onAdded }: { onAdded: (message: string) => void }) {
  const { signedOut } = useTeam()
  const form = useForm({
    resolver: zodResolver(newMemberSchema),
    defaultValues: { email: '', password: '', role: 'operator' as TeamRole },
    mode: 'onSubmit',
    reValidateMode: 'onSubmit',
    shouldFocusError: false,
  })
  const report = useReportErrors()
  const fields = [
    { name: 'email', id: 'team-add-email' },
    { name: 'password', id: 'team-add-password' },
    { name: 'role', id: 'team-add-role' },
  ]
  const onSubmit = form.handleSubmit(
    async (values) => {
      report([])
      const result = await teamApi.addMember(values)
      if (result.ok) {
        form.reset()
        return onAdded(
          t('team.members.add.added', { email: values.email, role: t(`team.roles.${values.role}`) }),
        )
      }
      if (result.reason === 'signed-out') return signedOut('expired')
      const message = result.reason === 'email-taken' ? t('team.members.add.taken') : explain(result)
      form.setError('email', { message })
      report([{ fieldId: 'team-add-email', message }])
    },
    (errors) => report(summaryOf(errors, fields)),
  )
  const { errors, isSubmitting } = form.formState
  return (
    <section aria-labelledby="team-add">
      <h2 id="team-add">{t('team.members.add.heading')}</h2>
      <p>{t('team.members.add.lead')}</p>
      <form noValidate onSubmit={onSubmit}>
        <EmailField
          id="team-add-email"
          label={t('team.members.add.email')}
          error={errors.email?.message}
          autoComplete="off"
          {...form.register('email')}
        />
        <PasswordField
          kind="new"
          id="team-add-password"
          label={t('team.members.add.password')}
          error={errors.password?.message}
          {...form.register('password')}
        />
        <SelectField
          id="team-add-role"
          label={t('team.members.add.role')}
          hint={t('team.roleHintList', {
            owner: roleHint('owner'),
            operator: roleHint('operator'),
            viewer: roleHint('viewer'),
          })}
          options={roleOptions}
          placeholder={t('team.errors.required')}
          error={errors.role?.message}
          {...form.register('role')}
        />
        <Button type="submit" disabled={isSubmitting}>
          {t('team.members.add.submit')}
        </Button>
      </form>
    </section>
  )
}

function MemberRow({
  member,
  me,
  onChanged,
}: {
  member: TeamMember
  me: TeamSession
  onChanged: (message: string, error?: boolean) => void
}) {
  const { signedOut } = useTeam()
  const [role, setRole] = useState<TeamRole>(member.role)
  const [confirming, setConfirming] = useState(false)
  const owner = me.role === 'owner'
  const self = member.userId === me.userId
  const fail = (result: Parameters<typeof explain>[0]) => {
    if (result.reason === 'signed-out') return signedOut('expired')
    onChanged(result.reason === 'last-owner' ? t('team.members.lastOwner') : explain(result), true)
  }
  async function saveRole() {
    const result = await teamApi.setRole(member.userId, role)
    if (!result.ok) return fail(result)
    onChanged(t('team.members.roleSaved', { email: member.email, role: t(`team.roles.${role}`) }))
  }
  async function remove() {
    const result = await teamApi.removeMember(member.userId)
    setConfirming(false)
    if (!result.ok) return fail(result)
    onChanged(t('team.members.removed', { email: member.email }))
  }
  return (
    <tr role="row">
      <td role="cell" data-label={t('team.members.email')}>
        {member.email}
        {self ? t('team.members.you') : null}
      </td>
      <td role="cell" data-label={t('team.members.role')}>
        {owner ? (
          <div className="team__row-actions">
            <SelectField
              id={`team-role-${member.userId}`}
              label={t('team.members.changeRole', { email: member.email })}
              options={roleOptions}
              placeholder={t('team.errors.required')}
              value={role}
              onChange={(event) => setRole(event.target.value as TeamRole)}
            />
            {role === member.role ? null : (
              <Button variant="secondary" onClick={() => void saveRole()}>
                {t('team.members.saveRole', { email: member.email })}
              </Button>
            )}
          </div>
        ) : (
          t(`team.roles.${member.role}`)
        )}
      </td>
      <td role="cell" data-label={t('team.members.addedAt')}>
        {formatDateTime(member.addedAt)}
      </td>
      {owner ? (
        <td role="cell" data-label={t('team.members.actions')}>
          {confirming ? (
            <div
              className="team__row-actions"
              role="group"
              aria-label={t('team.members.confirmRemove', { email: member.email })}
            >
              <p>{t('team.members.confirmRemove', { email: member.email })}</p>
              <Button onClick={() => void remove()}>{t('team.members.confirm')}</Button>
              <Button variant="secondary" onClick={() => setConfirming(false)}>
                {t('team.members.cancel')}
              </Button>
            </div>
          ) : (
            <Button variant="secondary" onClick={() => setConfirming(true)}>
              {t('team.members.remove', { email: member.email })}
            </Button>
          )}
        </td>
      ) : null}
    </tr>
  )
}

function Members({ session }: { session: TeamSession }) {
  const { signedOut } = useTeam()
  const [members, setMembers] = useState<TeamMember[] | null>(null)
  const [status, setStatus] = useState<{ message: string; error?: boolean } | null>(null)
  // Changes each time the list must be read again (a member added, changed or removed).
  const [reads, setReads] = useState(0)
  useEffect(() => {
    let live = true
    void teamApi.members().then((result) => {
      if (!live) return
      if (result.ok) return setMembers(result.members)
      if (result.reason === 'signed-out') return signedOut('expired')
      setStatus({ message: explain(result), error: true })
    })
    return () => {
      live = false
    }
  }, [reads, signedOut])
  const changed = (message: string, error?: boolean) => {
    setStatus({ message, error })
    if (!error) setReads((n) => n + 1)
  }
  const owner = session.role === 'owner'
  return (
    <>
      <p className="lead">{owner ? t('team.members.lead') : t('team.members.ownerOnly')}</p>
      <p role="status" className={status?.error ? 'team__status team__status--error' : 'team__status'}>
        {status?.message}
      </p>
      {members ? (
        <table className="team__table" role="table">
          <caption>{t('team.members.tableCaption')}</caption>
          <thead role="rowgroup">
            <tr role="row">
              <th scope="col" role="columnheader">
                {t('team.members.email')}
              </th>
              <th scope="col" role="columnheader">
                {t('team.members.role')}
              </th>
              <th scope="col" role="columnheader">
                {t('team.members.addedAt')}
              </th>
              {owner ? (
                <th scope="col" role="columnheader">
                  {t('team.members.actions')}
                </th>
              ) : null}
            </tr>
          </thead>
          <tbody role="rowgroup">
            {members.map((member) => (
              <MemberRow
                key={`${member.userId}-${member.role}`}
                member={member}
                me={session}
                onChanged={changed}
              />
            ))}
          </tbody>
        </table>
      ) : (
        <p>{t('team.loading')}</p>
      )}
      {owner ? <AddMember onAdded={changed} /> : null}
    </>
  )
}

/** /team/members: who is in the team; an owner adds members, changes roles and removes members. */
export function MembersPage() {
  return (
    <FormErrors>
      <TeamFrame title={t('team.members.heading')} back>
        <SignedInOnly>{(session) => <Members session={session} />}</SignedInOnly>
      </TeamFrame>
    </FormErrors>
  )
}
