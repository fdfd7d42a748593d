import { useApolloClient, useMutation } from '@apollo/client/react';
import { formProblem } from '@bs/web/data-access';
import { useTranslation } from '@bs/web/i18n';
import { paths } from '@bs/web/session';
import { ErrorSummary, Notice, useErrorSummaryItems, useFormErrors } from '@bs/web/ui';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { DeleteMyAccountMutation } from './graphql/account.mutations';
import { PasswordField } from './password-field';

const FIELD_IDS = { password: 'delete-password' } as const;
const fieldOf = (field: string) => (field === 'password' ? ('password' as const) : undefined);

interface NamedOrganisation {
  id: string;
  name: string;
}

/** The organisations of a `privacy.soleOwner` conflict (the error's `organisations`). */
function organisationsOf(extensions: Record<string, unknown>): NamedOrganisation[] {
  const list = extensions['organisations'];
  if (!Array.isArray(list)) return [];
  return list.flatMap((item: unknown) => {
    if (typeof item !== 'object' || item === null) return [];
    const { id, name } = item as Record<string, unknown>;
    return typeof id === 'string' && typeof name === 'string' ? [{ id, name }] : [];
  });
}

/**
 * Deletes the account after the password is entered again. When the user is the only owner
 * of organisations others belong to, the API refuses: those are listed with a way to fix it.
 */
export function DeleteAccount({ onDeleted }: { onDeleted: () => void }) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const [password, setPassword] = useState('');
  const [soleOwnerOf, setSoleOwnerOf] = useState<NamedOrganisation[]>([]);
  const { errors, showFieldErrors, showProblem, clear } = useFormErrors(fieldOf);
  const summary = useErrorSummaryItems(errors, FIELD_IDS);
  const [deleteAccount, { loading }] = useMutation(DeleteMyAccountMutation);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setSoleOwnerOf([]);
    if (!password) {
      showFieldErrors({ password: 'accounts.passwordRequired' });
      return;
    }
    try {
      await deleteAccount({ variables: { password } });
    } catch (error) {
      const problem = formProblem(error as Error);
      if (problem.messageKey === 'privacy.soleOwner') {
        clear();
        setSoleOwnerOf(organisationsOf(problem.extensions));
      } else {
        showProblem(problem);
      }
      return;
    }
    onDeleted();
    // A query cut off by the reset rejects it; what matters is that nothing old is kept.
    await client.resetStore().catch(() => undefined);
  };

  return (
    <>
      <p>{t('accountPage.deleteText')}</p>
      <ErrorSummary items={summary} focusKey={errors.attempt} />
      {soleOwnerOf.length > 0 && (
        <Notice tone="error" role="alert" title={t('accountPage.soleOwnerTitle')}>
          <p>{t('accountPage.soleOwnerText')}</p>
          <ul>
            {soleOwnerOf.map((organisation) => (
              <li key={organisation.id}>
                <Link to={paths.members(organisation.id)}>
                  {t('accountPage.soleOwnerManage', { name: organisation.name })}
                </Link>
              </li>
            ))}
          </ul>
        </Notice>
      )}
      <form className="bs-form" noValidate onSubmit={(event) => void onSubmit(event)}>
        <PasswordField
          id={FIELD_IDS.password}
          label={t('accountPage.deletePassword')}
          autoComplete="current-password"
          value={password}
          onValueChange={setPassword}
          error={errors.fields.password && t(errors.fields.password)}
        />
        <div className="bs-form__actions">
          <button type="submit" className="bs-button bs-button--danger" disabled={loading}>
            {t('accountPage.deleteSubmit')}
          </button>
        </div>
      </form>
    </>
  );
}
