import { useMutation, useQuery } from '@apollo/client/react';
import { MEMBERSHIP_ROLES, type MembershipRole } from '@bs/domain';
import { describeApiError, formProblem } from '@bs/web/data-access';
import { useTranslation } from '@bs/web/i18n';
import {
  ErrorSummary,
  SelectField,
  TextField,
  useErrorSummaryItems,
  useFormErrors,
  zodFieldErrors,
} from '@bs/web/ui';
import { useState, type FormEvent } from 'react';
import { z } from 'zod';
import { FeedbackArea, type Feedback } from './feedback';
import { formatDate } from './format';
import {
  InviteMemberMutation,
  OrganisationInvitationsQuery,
  RevokeInvitationMutation,
} from './graphql/membership.graphql';

const FIELD_IDS = { email: 'invite-email', role: 'invite-role' } as const;
type InviteField = keyof typeof FIELD_IDS;
const fieldOf = (field: string): InviteField | undefined =>
  field in FIELD_IDS ? (field as InviteField) : undefined;

const inviteSchema = z.object({
  email: z
    .string()
    .trim()
    .max(320, { error: 'invitations.email' })
    .pipe(z.email({ error: 'invitations.email' })),
  role: z.enum(MEMBERSHIP_ROLES, { error: 'invitations.role' }),
});

/** Open invitations with "withdraw", and inviting someone by e-mail (owners). */
export function InvitationsSection({ organisationId }: { organisationId: string }) {
  const { t, i18n } = useTranslation();
  const { data, error } = useQuery(OrganisationInvitationsQuery, {
    variables: { organisationId },
  });
  const refetch = { refetchQueries: [OrganisationInvitationsQuery], awaitRefetchQueries: true };
  const [invite, inviting] = useMutation(InviteMemberMutation, refetch);
  const [revoke, revoking] = useMutation(RevokeInvitationMutation, refetch);
  const [feedback, setFeedback] = useState<Feedback | null>(null);
  const [values, setValues] = useState<{ email: string; role: MembershipRole }>({
    email: '',
    role: 'EDITOR',
  });
  const { errors, showFieldErrors, showProblem, clear } = useFormErrors(fieldOf);
  const summary = useErrorSummaryItems(errors, FIELD_IDS);

  const onInvite = async (event: FormEvent) => {
    event.preventDefault();
    setFeedback(null);
    const parsed = inviteSchema.safeParse(values);
    if (!parsed.success) {
      showFieldErrors(zodFieldErrors(parsed.error));
      return;
    }
    try {
      await invite({ variables: { input: { organisationId, ...parsed.data } } });
    } catch (problem) {
      showProblem(formProblem(problem as Error));
      return;
    }
    clear();
    setValues((previous) => ({ ...previous, email: '' }));
    setFeedback({ tone: 'success', text: t('membersPage.invited', { email: parsed.data.email }) });
  };

  const onRevoke = async (id: string, email: string) => {
    setFeedback(null);
    try {
      await revoke({ variables: { id } });
      setFeedback({ tone: 'success', text: t('membersPage.revoked', { email }) });
    } catch (problem) {
      setFeedback({ tone: 'error', text: t(describeApiError(problem as Error)) });
    }
  };

  const invitations = data?.organisationInvitations ?? [];
  return (
    <section aria-labelledby="invitations-heading">
      <h2 id="invitations-heading">{t('membersPage.invitations')}</h2>
      <FeedbackArea feedback={feedback} />
      {error ? (
        <p>{t(describeApiError(error))}</p>
      ) : invitations.length === 0 ? (
        <p>{t('membersPage.noInvitations')}</p>
      ) : (
        <ul className="bs-cards">
          {invitations.map((invitation) => (
            <li key={invitation.id} className="bs-card">
              <p className="bs-card__title">{invitation.email}</p>
              <dl className="bs-facts bs-facts--compact">
                <div className="bs-facts__row">
                  <dt>{t('membersPage.invitedRole')}</dt>
                  <dd>{t(`roles.${invitation.role}`)}</dd>
                </div>
                <div className="bs-facts__row">
                  <dt>{t('membersPage.expires')}</dt>
                  <dd>{formatDate(invitation.expiresAt, i18n.language)}</dd>
                </div>
              </dl>
              <div className="bs-card__actions">
                <button
                  type="button"
                  className="bs-button bs-button--secondary bs-button--small"
                  disabled={revoking.loading}
                  onClick={() => void onRevoke(invitation.id, invitation.email)}
                >
                  {t('membersPage.revoke')}
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}

      <h3 id="invite-heading">{t('membersPage.invite')}</h3>
      <p>{t('membersPage.inviteIntro')}</p>
      <ErrorSummary items={summary} focusKey={errors.attempt} />
      <form
        className="bs-form"
        aria-labelledby="invite-heading"
        noValidate
        onSubmit={(event) => void onInvite(event)}
      >
        <div className="bs-form__row bs-form__row--2">
          <TextField
            id={FIELD_IDS.email}
            label={t('membersPage.inviteEmail')}
            type="email"
            autoComplete="off"
            spellCheck={false}
            required
            value={values.email}
            onValueChange={(email) => setValues((previous) => ({ ...previous, email }))}
            error={errors.fields.email && t(errors.fields.email)}
          />
          <SelectField
            id={FIELD_IDS.role}
            label={t('membersPage.inviteRole')}
            required
            value={values.role}
            onValueChange={(role) =>
              setValues((previous) => ({ ...previous, role: role as MembershipRole }))
            }
            options={MEMBERSHIP_ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
            error={errors.fields.role && t(errors.fields.role)}
          />
        </div>
        <div className="bs-form__actions">
          <button type="submit" className="bs-button" disabled={inviting.loading}>
            {inviting.loading ? t('form.sending') : t('membersPage.inviteSubmit')}
          </button>
        </div>
      </form>
    </section>
  );
}
