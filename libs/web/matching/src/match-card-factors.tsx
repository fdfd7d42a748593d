import { useQuery } from '@apollo/client/react';
import { apiProblem, describeApiError } from '@bs/web/data-access';
import { useTranslation } from '@bs/web/i18n';
import { paths, useActingOrganisation, useViewer } from '@bs/web/session';
import { useId } from 'react';
import { Link, useLocation } from 'react-router';
import { explainBlockers } from './explain-match';
import { MatchCardOrganisationDocument, MatchWithDocument } from './graphql/matches.graphql';
import { MatchWhy, useNumberFormat } from './match-why';

/** The kind an organisation of each matching kind is matched with. */
const COMPLEMENT = { ZO: 'KMU', KMU: 'ZO' } as const;

interface Side {
  id: string;
  name: string;
}

/**
 * How the organisation on a card matches the organisation one acts for (a ZO or a KMU): the
 * score, distance and reasons, or what keeps the pair from matching. Nothing for the own
 * organisation, organisations of the same kind and intermediaries (on either side); visitors
 * get a link to sign in. For the map's card (`cardExtras`).
 */
export function MatchCardFactors({ organisationId }: { organisationId: string }) {
  const { viewer } = useViewer();
  const { acting, loading } = useActingOrganisation();
  // The card has just loaded this organisation: answered from the cache.
  const { data } = useQuery(MatchCardOrganisationDocument, { variables: { id: organisationId } });
  const partner = data?.organisation;
  if (!partner || partner.kind === 'INTERMEDIARY') return null;
  if (viewer === null) return <SignInHint />;
  if (loading || !acting) return null;
  const own = acting.organisation;
  if (own.kind === 'INTERMEDIARY' || own.id === partner.id || partner.kind !== COMPLEMENT[own.kind])
    return null;
  return (
    <PairFactors
      key={own.id}
      own={{ id: own.id, name: own.name }}
      ownKind={own.kind}
      partner={{ id: partner.id, name: partner.name }}
    />
  );
}

function SignInHint() {
  const { t } = useTranslation();
  const location = useLocation();
  return (
    <p className="bs-match-card bs-match-card__sign-in">
      <Link to={paths.logIn(`${location.pathname}${location.search}`)}>
        {t('matches.card.signIn')}
      </Link>
    </p>
  );
}

function PairFactors({
  own,
  ownKind,
  partner,
}: {
  own: Side;
  ownKind: 'ZO' | 'KMU';
  partner: Side;
}) {
  const { t } = useTranslation();
  const id = useId();
  const format = useNumberFormat();
  const { data, loading, error } = useQuery(MatchWithDocument, {
    variables: { organisationId: own.id, partnerId: partner.id },
  });
  const check = error ? undefined : data?.matchWith;
  const headingId = `${id}-heading`;

  const body = () => {
    if (error) {
      const problem = apiProblem(error);
      if (problem.kind === 'api' && problem.messageKey === 'matching.partnerCannotMatch') {
        return <p>{t('matches.card.partnerHasNoProfile', { partner: partner.name })}</p>;
      }
      return (
        <p className="bs-match-card__problem" role="alert">
          {t('matches.card.failed')} {t(describeApiError(error))}
        </p>
      );
    }
    if (!check) {
      return loading ? <p role="status">{t('matches.card.loading')}</p> : null;
    }
    if (check.match) {
      const { match } = check;
      return (
        <>
          <p className="bs-match-card__summary">
            <strong>{t('matches.score', { percent: format(match.score * 100, 0) })}</strong> ·{' '}
            {t('matches.distance', { km: format(match.distanceKm, 1) })}
          </p>
          <MatchWhy match={match} headingId={`${id}-why`} />
        </>
      );
    }
    const reasons = explainBlockers(
      check.blockers,
      ownKind,
      check.partner.name,
      check.distanceKm,
      format,
    );
    return (
      <>
        <p>{t('matches.card.noMatch', { partner: check.partner.name, name: own.name })}</p>
        <ul className="bs-match-card__blockers">
          {reasons.map((reason) => (
            <li key={reason.key}>{t(reason.key, reason.values)}</li>
          ))}
        </ul>
      </>
    );
  };

  return (
    <section className="bs-match-card" aria-labelledby={headingId}>
      <h3 id={headingId} className="bs-match-card__heading">
        {t('matches.card.heading', { name: own.name })}
      </h3>
      {body()}
    </section>
  );
}
