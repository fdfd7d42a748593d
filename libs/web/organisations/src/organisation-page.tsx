import { skipToken, useQuery } from '@apollo/client/react';
import { describeApiError, isApiError, type OrganisationFieldsFragment } from '@bs/web/data-access';
import { isTranslationKey, useTranslation } from '@bs/web/i18n';
import { paths, useMyRole, useViewer } from '@bs/web/session';
import { Notice, PageTitle } from '@bs/web/ui';
import { MEMBERSHIP_ROLES, type MembershipRole } from '@bs/domain';
import { lazy, Suspense, type ReactNode } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { OrganisationContactQuery, OrganisationQuery } from './graphql/organisation.query';

const OrganisationLocationMap = lazy(() => import('./organisation-location-map'));

type PageNotice =
  { notice: 'created' | 'saved' } | { joined: { name: string; role: string } } | { left: string };

const isMembershipRole = (value: string): value is MembershipRole =>
  (MEMBERSHIP_ROLES as readonly string[]).includes(value);

function pageNotice(state: unknown): PageNotice | null {
  if (typeof state !== 'object' || state === null) return null;
  return state as PageNotice;
}

/** An e-mail address, a web address, a phone number or other text, as a link where possible. */
function ContactLink({ value }: { value: string }) {
  const trimmed = value.trim();
  if (/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(trimmed))
    return <a href={`mailto:${trimmed}`}>{trimmed}</a>;
  if (/^https?:\/\/\S+$/i.test(trimmed)) {
    return (
      <a href={trimmed} rel="noopener noreferrer" target="_blank">
        {trimmed}
      </a>
    );
  }
  if (/^\+?[0-9 ()/-]{5,50}$/.test(trimmed)) {
    return <a href={`tel:${trimmed.replace(/[^+0-9]/g, '')}`}>{trimmed}</a>;
  }
  return <>{trimmed}</>;
}

/** `/organisationen/:id`: an organisation's public page (and its contact person for those allowed). */
export function OrganisationPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const location = useLocation();
  const { data, error, loading } = useQuery(OrganisationQuery, { variables: { id } });
  const organisation = data?.organisation;

  let body: ReactNode;
  if (error) {
    body = (
      <>
        <PageTitle page={t(describeApiError(error))} />
        <h1>{t(describeApiError(error))}</h1>
        <p>
          <Link to={paths.home()}>{t('notFound.backToMap')}</Link>
        </p>
      </>
    );
  } else if (loading || !organisation) {
    body = <p role="status">{t('organisationPage.loading')}</p>;
  } else {
    body = <OrganisationDetails organisation={organisation} notice={pageNotice(location.state)} />;
  }
  return <div className="bs-page bs-page--wide">{body}</div>;
}

function OrganisationDetails({
  organisation,
  notice,
}: {
  organisation: OrganisationFieldsFragment;
  notice: PageNotice | null;
}) {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  const { role } = useMyRole(organisation.id);
  const admin = viewer?.platformRole === 'ADMIN';
  const canEdit = role === 'OWNER' || role === 'EDITOR' || admin;
  const kindLabel = t(`map.kind.${organisation.kind}`);
  const label = (field: string, value: string | null) => {
    const key = `labels.${field}.${value ?? ''}`;
    return value && isTranslationKey(key) ? t(key) : null;
  };

  const facts: [string, ReactNode][] = [];
  const add = (term: string, value: ReactNode) => {
    if (value) facts.push([term, value]);
  };
  add(t('organisationPage.kind'), kindLabel);
  add(t('organisationPage.legalForm'), organisation.legalForm);
  add(
    t('organisationPage.address'),
    <>
      {organisation.street && (
        <>
          {organisation.street}
          <br />
        </>
      )}
      {organisation.postcode} {organisation.city}
    </>,
  );
  if (organisation.district && organisation.land) {
    add(
      t('organisationPage.region'),
      t('organisationPage.regionValue', {
        district: organisation.district.name,
        land: organisation.land.name,
      }),
    );
  }
  add(t('organisationPage.employeeBand'), label('employeeBand', organisation.employeeBand));
  add(t('organisationPage.wzSection'), label('wzSection', organisation.wzSection));
  add(t('organisationPage.volunteerBand'), label('volunteerBand', organisation.volunteerBand));
  add(t('organisationPage.staffBand'), label('staffBand', organisation.staffBand));
  add(
    t('organisationPage.engagementField'),
    label('engagementField', organisation.engagementField),
  );
  if (organisation.website) {
    add(
      t('organisationPage.website'),
      <a href={organisation.website} rel="noopener noreferrer" target="_blank">
        {organisation.website}
      </a>,
    );
  }
  if (organisation.publicContact) {
    add(t('organisationPage.publicContact'), <ContactLink value={organisation.publicContact} />);
  }

  const { lat, lng } = organisation.location;
  return (
    <>
      <PageTitle page={organisation.name} />
      <h1>{organisation.name}</h1>
      <p className="bs-lead">{kindLabel}</p>
      <div role="status">
        {notice && 'notice' in notice && (
          <Notice tone="success">
            <p>
              {notice.notice === 'created'
                ? t('organisationPage.created')
                : t('organisationForm.saved')}
            </p>
          </Notice>
        )}
        {notice && 'joined' in notice && (
          <Notice tone="success">
            <p>
              {t('invitationPage.accepted', {
                name: notice.joined.name,
                role: isMembershipRole(notice.joined.role) ? t(`roles.${notice.joined.role}`) : '',
              })}
            </p>
          </Notice>
        )}
        {notice && 'left' in notice && (
          <Notice tone="success">
            <p>{t('membersPage.left', { name: notice.left })}</p>
          </Notice>
        )}
      </div>
      {(role || admin) && (
        <div className="bs-organisation-actions">
          {role && <p>{t('organisationPage.yourRole', { role: t(`roles.${role}`) })}</p>}
          <p className="bs-form__actions">
            {canEdit && (
              <Link to={paths.editOrganisation(organisation.id)} className="bs-button">
                {t('organisationPage.edit')}
              </Link>
            )}
            <Link to={paths.members(organisation.id)} className="bs-button bs-button--secondary">
              {t('organisationPage.members')}
            </Link>
            {role && organisation.kind !== 'INTERMEDIARY' && (
              <Link to={paths.checks(organisation.id)} className="bs-button bs-button--secondary">
                {t('organisationPage.practiceCheck')}
              </Link>
            )}
          </p>
        </div>
      )}

      {organisation.kind !== 'INTERMEDIARY' && (
        <p className="bs-organisation-profile-link">
          <Link to={paths.profile(organisation.id)}>{t('profiles.view')}</Link>
        </p>
      )}

      <section aria-labelledby="organisation-facts">
        <h2 id="organisation-facts">{t('organisationPage.facts')}</h2>
        <dl className="bs-facts">
          {facts.map(([term, value]) => (
            <div className="bs-facts__row" key={term}>
              <dt>{term}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      </section>

      {organisation.description && (
        <section aria-labelledby="organisation-about">
          <h2 id="organisation-about">{t('organisationPage.about')}</h2>
          <p className="bs-organisation-description">{organisation.description}</p>
        </section>
      )}

      {viewer && <ContactPerson organisationId={organisation.id} />}

      <section aria-labelledby="organisation-location">
        <h2 id="organisation-location">{t('organisationPage.location')}</h2>
        <Suspense fallback={<div className="bs-map bs-map--small bs-map--placeholder" />}>
          <OrganisationLocationMap
            kind={organisation.kind}
            location={organisation.location}
            label={t('organisationPage.mapLabel', { name: organisation.name })}
            markerLabel={t('organisationPage.marker', { name: organisation.name, kind: kindLabel })}
          />
        </Suspense>
        <p>
          <Link to={`/?lat=${lat.toFixed(4)}&lng=${lng.toFixed(4)}&z=14`}>
            {t('organisationPage.showOnMap')}
          </Link>
        </p>
      </section>
    </>
  );
}

/**
 * The private contact person, for those the API lets read it (members, granted consultants,
 * the region's intermediaries). For everyone else the section is not there at all.
 */
function ContactPerson({ organisationId }: { organisationId: string }) {
  const { t } = useTranslation();
  const { data, error } = useQuery(
    OrganisationContactQuery,
    organisationId ? { variables: { organisationId } } : skipToken,
  );
  if (error && (isApiError(error, 'FORBIDDEN') || isApiError(error, 'UNAUTHENTICATED')))
    return null;
  if (!data && !error) return null;
  const contact = data?.organisationContact;
  return (
    <section aria-labelledby="organisation-contact" className="bs-organisation-contact">
      <h2 id="organisation-contact">{t('organisationPage.contact')}</h2>
      <p className="bs-fieldset__note">{t('organisationPage.contactNote')}</p>
      {error ? (
        <p>{t('organisationPage.contactFailed')}</p>
      ) : contact && (contact.name || contact.email || contact.phone) ? (
        <dl className="bs-facts">
          {contact.name && (
            <div className="bs-facts__row">
              <dt>{t('organisationPage.contactName')}</dt>
              <dd>{contact.name}</dd>
            </div>
          )}
          {contact.email && (
            <div className="bs-facts__row">
              <dt>{t('organisationPage.contactEmail')}</dt>
              <dd>
                <a href={`mailto:${contact.email}`}>{contact.email}</a>
              </dd>
            </div>
          )}
          {contact.phone && (
            <div className="bs-facts__row">
              <dt>{t('organisationPage.contactPhone')}</dt>
              <dd>
                <a href={`tel:${contact.phone.replace(/[^+0-9]/g, '')}`}>{contact.phone}</a>
              </dd>
            </div>
          )}
        </dl>
      ) : (
        <p>{t('organisationPage.contactNone')}</p>
      )}
    </section>
  );
}
