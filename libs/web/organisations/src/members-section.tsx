import { useMutation } from '@apollo/client/react';
import { MEMBERSHIP_ROLES, type MembershipRole } from '@bs/domain';
import { describeApiError, type OrganisationMembersQuery } from '@bs/web/data-access';
import { useTranslation } from '@bs/web/i18n';
import { MyOrganisationsQuery, paths } from '@bs/web/session';
import { ConfirmButton } from '@bs/web/ui';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { FeedbackArea, type Feedback } from './feedback';
import { formatDate } from './format';
import {
  ChangeMemberRoleMutation,
  OrganisationMembersQuery as MembersQuery,
  RemoveMemberMutation,
} from './graphql/membership.graphql';

type Member = OrganisationMembersQuery['organisationMembers'][number];

export interface MembersSectionProps {
  organisationId: string;
  organisationName: string;
  members: readonly Member[];
  viewerId: string;
  /** Owners (and administrators) change roles and remove members. */
  canManage: boolean;
}

/** The members with their roles; owners change roles and remove, everyone may leave. */
export function MembersSection({
  organisationId,
  organisationName,
  members,
  viewerId,
  canManage,
}: MembersSectionProps) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const [feedback, setFeedback] = useState<Feedback | null>(null);
  const refetch = {
    refetchQueries: [MembersQuery, MyOrganisationsQuery],
    awaitRefetchQueries: true,
  };
  const [changeRole, changing] = useMutation(ChangeMemberRoleMutation, refetch);
  const [removeMember, removing] = useMutation(RemoveMemberMutation, refetch);
  const [chosen, setChosen] = useState<Record<string, MembershipRole>>({});
  const busy = changing.loading || removing.loading;

  const problem = (error: unknown): Feedback => {
    const key = describeApiError(error as Error);
    return {
      tone: 'error',
      text: t(key),
      title: key === 'members.lastOwner' ? t('membersPage.lastOwnerTitle') : undefined,
    };
  };

  const onChangeRole = async (member: Member) => {
    const role = chosen[member.userId] ?? member.role;
    setFeedback(null);
    try {
      await changeRole({ variables: { input: { organisationId, userId: member.userId, role } } });
      setFeedback({
        tone: 'success',
        text: t('membersPage.roleChanged', { name: member.displayName, role: t(`roles.${role}`) }),
      });
    } catch (error) {
      setFeedback(problem(error));
      setChosen(({ [member.userId]: _dropped, ...rest }) => rest);
    }
  };

  const onRemove = async (member: Member) => {
    setFeedback(null);
    const self = member.userId === viewerId;
    try {
      await removeMember({ variables: { organisationId, userId: member.userId } });
    } catch (error) {
      setFeedback(problem(error));
      return;
    }
    if (self) {
      await navigate(paths.organisation(organisationId), { state: { left: organisationName } });
    } else {
      setFeedback({
        tone: 'success',
        text: t('membersPage.removed', { name: member.displayName }),
      });
    }
  };

  return (
    <section aria-labelledby="members-heading">
      <h2 id="members-heading">{t('membersPage.members')}</h2>
      <p className="bs-field__hint">{t('roles.hint')}</p>
      <FeedbackArea feedback={feedback} />
      <ul className="bs-cards">
        {members.map((member) => {
          const self = member.userId === viewerId;
          const selectId = `member-role-${member.userId}`;
          const value = chosen[member.userId] ?? member.role;
          return (
            <li key={member.userId} className="bs-card">
              <p className="bs-card__title">
                {member.displayName} {self && <span>{t('membersPage.you')}</span>}
              </p>
              <dl className="bs-facts bs-facts--compact">
                <div className="bs-facts__row">
                  <dt>{t('membersPage.email')}</dt>
                  <dd>{member.email}</dd>
                </div>
                <div className="bs-facts__row">
                  <dt>{t('membersPage.role')}</dt>
                  <dd>{t(`roles.${member.role}`)}</dd>
                </div>
                <div className="bs-facts__row">
                  <dt>{t('membersPage.since')}</dt>
                  <dd>{formatDate(member.since, i18n.language)}</dd>
                </div>
              </dl>
              <div className="bs-card__actions">
                {canManage && (
                  <div className="bs-inline-field">
                    <label htmlFor={selectId}>
                      {t('membersPage.roleOf', { name: member.displayName })}
                    </label>
                    <select
                      id={selectId}
                      className="bs-input bs-input--select bs-input--compact"
                      value={value}
                      onChange={(event) =>
                        setChosen((previous) => ({
                          ...previous,
                          [member.userId]: event.target.value as MembershipRole,
                        }))
                      }
                    >
                      {MEMBERSHIP_ROLES.map((role) => (
                        <option key={role} value={role}>
                          {t(`roles.${role}`)}
                        </option>
                      ))}
                    </select>
                    <button
                      type="button"
                      className="bs-button bs-button--secondary bs-button--small"
                      disabled={busy || value === member.role}
                      onClick={() => void onChangeRole(member)}
                    >
                      {t('membersPage.saveRole')}
                    </button>
                  </div>
                )}
                {self ? (
                  <ConfirmButton
                    label={t('membersPage.leave')}
                    question={t('membersPage.leaveQuestion', { name: organisationName })}
                    confirmLabel={t('membersPage.leaveConfirm')}
                    cancelLabel={t('form.cancel')}
                    disabled={busy}
                    onConfirm={() => void onRemove(member)}
                    small
                  />
                ) : (
                  canManage && (
                    <ConfirmButton
                      label={t('membersPage.remove')}
                      question={t('membersPage.removeQuestion', { name: member.displayName })}
                      confirmLabel={t('membersPage.removeConfirm')}
                      cancelLabel={t('form.cancel')}
                      disabled={busy}
                      onConfirm={() => void onRemove(member)}
                      small
                    />
                  )
                )}
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
