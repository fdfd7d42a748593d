import { useMutation, useQuery } from '@apollo/client/react';
import { describeApiError, formProblem } from '@bs/web/data-access';
import { useTranslation, type TranslationKey } from '@bs/web/i18n';
import { ErrorSummary, TextField, useErrorSummaryItems, useFormErrors } from '@bs/web/ui';
import { useState, type FormEvent } from 'react';
import { z } from 'zod';
import { FeedbackArea, type Feedback } from './feedback';
import { formatDate } from './format';
import {
  ConsultantGrantsQuery,
  GrantConsultantAccessMutation,
  RevokeConsultantAccessMutation,
} from './graphql/membership.graphql';

const FIELD_IDS = { consultantEmail: 'grant-email', expiresAt: 'grant-until' } as const;
type GrantField = keyof typeof FIELD_IDS;
const fieldOf = (field: string): GrantField | undefined =>
  field in FIELD_IDS ? (field as GrantField) : undefined;

/** A date as `<input type="date">` writes it, in local time. */
function isoDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

const addDays = (date: Date, days: number) => {
  const copy = new Date(date);
  copy.setDate(copy.getDate() + days);
  return copy;
};

/** The end of a chosen day (local time): access "until" a date includes that day. */
function endOfDay(day: string): Date | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return null;
  const date = new Date(`${day}T23:59:59`);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** Consultants' time-limited access to the checks: list (owners, editors), grant and end (owners). */
export function ConsultantsSection({
  organisationId,
  canManage,
}: {
  organisationId: string;
  canManage: boolean;
}) {
  const { t, i18n } = useTranslation();
  const { data, error } = useQuery(ConsultantGrantsQuery, { variables: { organisationId } });
  const refetch = { refetchQueries: [ConsultantGrantsQuery], awaitRefetchQueries: true };
  const [grant, granting] = useMutation(GrantConsultantAccessMutation, refetch);
  const [revoke, revoking] = useMutation(RevokeConsultantAccessMutation, refetch);
  const [feedback, setFeedback] = useState<Feedback | null>(null);
  const [today] = useState(() => new Date());
  const [values, setValues] = useState(() => ({
    consultantEmail: '',
    expiresAt: isoDay(addDays(today, 90)),
  }));
  const { errors, showFieldErrors, showProblem, clear } = useFormErrors(fieldOf);
  const summary = useErrorSummaryItems(errors, FIELD_IDS);

  const onGrant = async (event: FormEvent) => {
    event.preventDefault();
    setFeedback(null);
    const fields: Partial<Record<GrantField, TranslationKey>> = {};
    const email = values.consultantEmail.trim();
    if (!z.email().safeParse(email).success) fields.consultantEmail = 'consultants.email';
    const until = endOfDay(values.expiresAt);
    const latest = endOfDay(isoDay(addDays(today, 365)));
    if (!until || until <= new Date() || (latest && until > latest)) {
      fields.expiresAt = 'consultants.expiresAt';
    }
    if (Object.keys(fields).length > 0 || !until) {
      showFieldErrors(fields);
      return;
    }
    try {
      const { data: granted } = await grant({
        variables: {
          input: { organisationId, consultantEmail: email, expiresAt: until.toISOString() },
        },
      });
      clear();
      setValues((previous) => ({ ...previous, consultantEmail: '' }));
      setFeedback({
        tone: 'success',
        text: t('membersPage.granted', {
          name: granted?.grantConsultantAccess.consultantName ?? email,
          date: formatDate(until.toISOString(), i18n.language),
        }),
      });
    } catch (problem) {
      showProblem(formProblem(problem as Error));
    }
  };

  const onRevoke = async (id: string, name: string) => {
    setFeedback(null);
    try {
      await revoke({ variables: { grantId: id } });
      setFeedback({ tone: 'success', text: t('membersPage.accessRevoked', { name }) });
    } catch (problem) {
      setFeedback({ tone: 'error', text: t(describeApiError(problem as Error)) });
    }
  };

  const grants = data?.consultantGrants ?? [];
  return (
    <section aria-labelledby="consultants-heading">
      <h2 id="consultants-heading">{t('membersPage.consultants')}</h2>
      <p>{t('membersPage.consultantsIntro')}</p>
      <FeedbackArea feedback={feedback} />
      {error ? (
        <p>{t(describeApiError(error))}</p>
      ) : grants.length === 0 ? (
        <p>{t('membersPage.noConsultants')}</p>
      ) : (
        <ul className="bs-cards">
          {grants.map((item) => (
            <li key={item.id} className="bs-card">
              <p className="bs-card__title">{item.consultantName}</p>
              <dl className="bs-facts bs-facts--compact">
                <div className="bs-facts__row">
                  <dt>{t('membersPage.email')}</dt>
                  <dd>{item.consultantEmail}</dd>
                </div>
                <div className="bs-facts__row">
                  <dt>{t('membersPage.until')}</dt>
                  <dd>{formatDate(item.expiresAt, i18n.language)}</dd>
                </div>
                <div className="bs-facts__row">
                  <dt>{t('membersPage.status')}</dt>
                  <dd>{item.active ? t('membersPage.active') : t('membersPage.inactive')}</dd>
                </div>
              </dl>
              {canManage && item.active && (
                <div className="bs-card__actions">
                  <button
                    type="button"
                    className="bs-button bs-button--secondary bs-button--small"
                    disabled={revoking.loading}
                    onClick={() => void onRevoke(item.id, item.consultantName)}
                  >
                    {t('membersPage.revokeAccess')}
                  </button>
                </div>
              )}
            </li>
          ))}
        </ul>
      )}

      {canManage && (
        <>
          <h3 id="grant-heading">{t('membersPage.grant')}</h3>
          <ErrorSummary items={summary} focusKey={errors.attempt} />
          <form
            className="bs-form"
            aria-labelledby="grant-heading"
            noValidate
            onSubmit={(event) => void onGrant(event)}
          >
            <div className="bs-form__row bs-form__row--2">
              <TextField
                id={FIELD_IDS.consultantEmail}
                label={t('membersPage.grantEmail')}
                type="email"
                autoComplete="off"
                spellCheck={false}
                required
                value={values.consultantEmail}
                onValueChange={(consultantEmail) =>
                  setValues((previous) => ({ ...previous, consultantEmail }))
                }
                error={errors.fields.consultantEmail && t(errors.fields.consultantEmail)}
              />
              <TextField
                id={FIELD_IDS.expiresAt}
                label={t('membersPage.grantUntil')}
                hint={t('membersPage.grantUntilHint')}
                type="date"
                required
                min={isoDay(today)}
                max={isoDay(addDays(today, 365))}
                value={values.expiresAt}
                onValueChange={(expiresAt) => setValues((previous) => ({ ...previous, expiresAt }))}
                error={errors.fields.expiresAt && t(errors.fields.expiresAt)}
              />
            </div>
            <div className="bs-form__actions">
              <button type="submit" className="bs-button" disabled={granting.loading}>
                {t('membersPage.grantSubmit')}
              </button>
            </div>
          </form>
        </>
      )}
    </section>
  );
}
