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
import { StackedTable } from '../../ui/stacked-table'
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
          placeholder={t('form.choose')}
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

type Changed = (message: string, error?: boolean) => void

/** A refused change: the session gone sends the page back to sign-in; anything else is said in the status. */
function useFailure(onChanged: Changed) {
  const { signedOut } = useTeam()
  return (result: Parameters<typeof explain>[0]) => {
    if (result.reason === 'signed-out') return signedOut('expired')
    onChanged(result.reason === 'last-owner' ? t('team.members.lastOwner') : explain(result), true)
  }
}

/** An owner's control for a member's role: 保存 appears once another role is chosen. */
function RoleControl({ member, onChanged }: { member: TeamMember; onChanged: Changed }) {
  const [role, setRole] = useState<TeamRole>(member.role)
  const fail = useFailure(onChanged)
  async function saveRole() {
    const result = await teamApi.setRole(member.userId, role)
    if (!result.ok) return fail(result)
    onChanged(t('team.members.roleSaved', { email: member.email, role: t(`team.roles.${role}`) }))
  }
  return (
    <div className="team__row-actions">
      <SelectField
        id={`team-role-${member.userId}`}
        label={t('team.members.changeRole', { email: member.email })}
        options={roleOptions}
        placeholder={t('form.choose')}
        value={role}
        onChange={(event) => setRole(event.target.value as TeamRole)}
      />
      {role === member.role ? null : (
        <Button
          variant="secondary"
          aria-label={t('team.members.saveRole', { email: member.email })}
          onClick={() => void saveRole()}
        >
          {t('team.members.save')}
        </Button>
      )}
    </div>
  )
}

/** 移除, then 确定移除 or 取消. */
function RemoveControl({ member, onChanged }: { member: TeamMember; onChanged: Changed }) {
  const [confirming, setConfirming] = useState(false)
  const fail = useFailure(onChanged)
  async function remove() {
    const result = await teamApi.removeMember(member.userId)
    setConfirming(false)
    if (!result.ok) return fail(result)
    onChanged(t('team.members.removed', { email: member.email }))
  }
  if (!confirming) {
    return (
      <Button
        variant="secondary"
        aria-label={t('team.members.remove', { email: member.email })}
        onClick={() => setConfirming(true)}
      >
        {t('team.members.removeShort')}
      </Button>
    )
  }
  const question = t('team.members.confirmRemove', { email: member.email })
  return (
    <div className="team__row-actions" role="group" aria-label={question}>
      <p>{question}</p>
      <Button onClick={() => void remove()}>{t('team.members.confirm')}</Button>
      <Button variant="secondary" onClick={() => setConfirming(false)}>
        {t('team.members.cancel')}
      </Button>
    </div>
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
  const changed: Changed = (message, error) => {
    setStatus({ message, error })
    if (!error) setReads((n) => n + 1)
  }
  const owner = session.role === 'owner'
  return (
    <>
      <p className="lead">{owner ? t('team.members.lead') : t('team.members.ownerOnly')}</p>
      <p role="status" className="team__status">
        {status?.message}
      </p>
      {members ? (
        <StackedTable
          caption={t('team.members.tableCaption')}
          columns={[
            t('team.members.email'),
            t('team.members.role'),
            t('team.members.addedAt'),
            ...(owner ? [t('team.members.actions')] : []),
          ]}
          rows={members.map((member) => ({
            // A role saved elsewhere resets this row's controls.
            key: `${member.userId}-${member.role}`,
            cells: [
              <>
                {member.email}
                {member.userId === session.userId ? t('team.members.you') : null}
              </>,
              owner ? <RoleControl member={member} onChanged={changed} /> : t(`team.roles.${member.role}`),
              formatDateTime(member.addedAt),
              ...(owner ? [<RemoveControl member={member} onChanged={changed} />] : []),
            ],
          }))}
        />
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
