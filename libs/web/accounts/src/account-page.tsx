import { useMutation } from '@apollo/client/react';
import { describeApiError, type Locale } from '@bs/web/data-access';
import { isLanguage, useTranslation } from '@bs/web/i18n';
import { paths, useMyOrganisations, useViewer } from '@bs/web/session';
import { Notice, PageTitle, SelectField } from '@bs/web/ui';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { DeleteAccount } from './delete-account';
import { DownloadMyData } from './download-my-data';
import { ChangeLocaleMutation } from './graphql/account.mutations';
import { ResendVerification } from './verify-email-page';

/** `/account`: the signed-in user's details, language, organisations, data and deletion. */
export function AccountPage() {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  const [deleted, setDeleted] = useState(false);

  let body;
  if (deleted) {
    body = (
      <Notice tone="success" role="status">
        <p>{t('accountPage.deleted')}</p>
      </Notice>
    );
  } else if (viewer === undefined) {
    body = <p role="status">{t('app.loading')}</p>;
  } else if (viewer === null) {
    body = (
      <Notice>
        <p>{t('accountPage.signInRequired')}</p>
        <p>
          <Link to={paths.logIn(paths.account())}>{t('accountPage.logIn')}</Link>
        </p>
      </Notice>
    );
  } else {
    body = (
      <>
        <section className="bs-account-section" aria-labelledby="account-details">
          <h2 id="account-details">{t('accountPage.details')}</h2>
          <dl className="bs-facts">
            <dt>{t('accountPage.name')}</dt>
            <dd>{viewer.displayName}</dd>
            <dt>{t('accountPage.email')}</dt>
            <dd>{viewer.email}</dd>
            <dt>{t('accountPage.emailStatus')}</dt>
            <dd>
              {viewer.emailVerified ? t('accountPage.verified') : t('accountPage.notVerified')}
            </dd>
          </dl>
          {!viewer.emailVerified && (
            <Notice tone="warning">
              <p>{t('accountPage.notVerifiedText')}</p>
              <ResendVerification label="accountPage.resend" />
            </Notice>
          )}
        </section>
        <section className="bs-account-section" aria-labelledby="account-language">
          <h2 id="account-language">{t('accountPage.language')}</h2>
          <LanguageForm locale={viewer.locale} />
        </section>
        <section className="bs-account-section" aria-labelledby="account-organisations">
          <h2 id="account-organisations">{t('accountPage.organisations')}</h2>
          <MyOrganisationList />
        </section>
        <section className="bs-account-section" aria-labelledby="account-data">
          <h2 id="account-data">{t('accountPage.data')}</h2>
          <p>{t('accountPage.dataText')}</p>
          <DownloadMyData />
        </section>
        <section className="bs-account-section" aria-labelledby="account-delete">
          <h2 id="account-delete">{t('accountPage.delete')}</h2>
          <DeleteAccount onDeleted={() => setDeleted(true)} />
        </section>
      </>
    );
  }

  return (
    <div className="bs-page">
      <PageTitle page={t('accountPage.title')} />
      <h1>{t('accountPage.title')}</h1>
      {body}
    </div>
  );
}

/** The account's language (for mails), which also becomes the language of this page. */
function LanguageForm({ locale }: { locale: Locale }) {
  const { t, i18n } = useTranslation();
  const [value, setValue] = useState<Locale>(locale);
  const [changeLocale, { loading, error, data }] = useMutation(ChangeLocaleMutation);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await changeLocale({ variables: { locale: value } }).catch(() => null);
    const saved = result?.data?.changeLocale.locale;
    if (isLanguage(saved)) await i18n.changeLanguage(saved);
  };

  return (
    <form className="bs-form bs-form--row" noValidate onSubmit={(event) => void onSubmit(event)}>
      <SelectField
        id="account-locale"
        label={t('accountPage.languageLabel')}
        required
        value={value}
        onValueChange={(next) => {
          if (next === 'de' || next === 'en') setValue(next);
        }}
        options={[
          { value: 'de', label: t('language.name', { lng: 'de' }) },
          { value: 'en', label: t('language.name', { lng: 'en' }) },
        ]}
        error={error && t(describeApiError(error))}
      />
      <div className="bs-form__actions">
        <button type="submit" className="bs-button" disabled={loading}>
          {t('accountPage.languageSave')}
        </button>
      </div>
      <div role="status">{data && !loading && <p>{t('accountPage.languageSaved')}</p>}</div>
    </form>
  );
}

function MyOrganisationList() {
  const { t } = useTranslation();
  const { organisations, loading } = useMyOrganisations();
  if (loading) return <p role="status">{t('app.loading')}</p>;
  return (
    <>
      {organisations.length === 0 ? (
        <p>{t('accountPage.noOrganisations')}</p>
      ) : (
        <ul className="bs-account-organisations">
          {organisations.map(({ organisation, role }) => (
            <li key={organisation.id}>
              <Link to={paths.organisation(organisation.id)}>{organisation.name}</Link> –{' '}
              {t(`roles.${role}`)} (
              <Link to={paths.members(organisation.id)}>{t('accountPage.members')}</Link>)
            </li>
          ))}
        </ul>
      )}
      <p>
        <Link to={paths.newOrganisation()} className="bs-button bs-button--secondary">
          {t('accountPage.createOrganisation')}
        </Link>
      </p>
    </>
  );
}
