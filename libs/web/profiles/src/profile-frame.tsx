import type { ProfilePageQuery } from '@bs/web/data-access';
import { describeApiError } from '@bs/web/data-access';
import { useTranslation } from '@bs/web/i18n';
import { paths, useViewer } from '@bs/web/session';
import type { LocalizedTaxonomy } from '@bs/web/taxonomy';
import { PageTitle } from '@bs/web/ui';
import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import type { Profile } from './profile-support';
import { useLocalized, useProfilePage, type Catalogue } from './use-profile-page';

export interface LoadedProfile {
  organisation: ProfilePageQuery['organisation'];
  profile: Profile;
  taxonomy: LocalizedTaxonomy;
  catalogue: Catalogue | undefined;
  /** The viewer is signed in. */
  signedIn: boolean;
  refetch: () => void;
}

/**
 * The frame of both profile pages: loads organisation, profile and taxonomy for the `:id` of
 * the route, shows errors (e.g. intermediaries have no profile) and the loading state, and
 * renders `children` with everything loaded.
 */
export function ProfileFrame({
  title,
  children,
}: {
  title: string;
  children: (loaded: LoadedProfile) => ReactNode;
}) {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { viewer } = useViewer();
  const page = useProfilePage(id);

  let body: ReactNode;
  if (page.error && !page.profile) {
    body = (
      <>
        <h1>{t(describeApiError(page.error))}</h1>
        <p>
          <Link to={paths.organisation(id)}>{t('profiles.toOrganisation')}</Link>
        </p>
      </>
    );
  } else if (!page.organisation || !page.profile || !page.taxonomy) {
    body = <p role="status">{t('profiles.loading')}</p>;
  } else {
    body = children({
      organisation: page.organisation,
      profile: page.profile,
      taxonomy: page.taxonomy,
      catalogue: page.catalogue,
      signedIn: !!viewer,
      refetch: () => void page.refetch(),
    });
  }
  return (
    <div className="bs-page bs-page--wide bs-profile">
      <PageTitle page={page.organisation ? `${title}: ${page.organisation.name}` : title} />
      {body}
    </div>
  );
}

/** "Abgeleitet aus dem Praxis-Check vom …", or that there is no check yet. */
export function DerivationLine({
  profile,
  catalogue,
}: {
  profile: Profile;
  catalogue: Catalogue | undefined;
}) {
  const { t } = useTranslation();
  const { pick, date } = useLocalized();
  const derivation = profile.derivation;
  if (!derivation) {
    return profile.canEdit ? (
      <p className="bs-profile__derivation">
        {t('profiles.noCheckOwn')}{' '}
        <Link to={paths.checks(profile.organisationId)}>{t('profiles.toCheck')}</Link>
      </p>
    ) : (
      <p className="bs-profile__derivation">{t('profiles.noCheckOther')}</p>
    );
  }
  const values = { date: date(derivation.derivedAt), version: derivation.version };
  return (
    <p className="bs-profile__derivation">
      {catalogue
        ? t('profiles.derivedFrom', { ...values, title: pick(catalogue.title) })
        : t('profiles.derivedFromShort', values)}
    </p>
  );
}
