import { useQuery } from '@apollo/client/react';
import {
  describeApiError,
  type AssessmentComparisonQuery,
  type AssessmentFieldsFragment,
  type BenchmarkFieldsFragment,
  type CheckCatalogueQuery,
} from '@bs/web/data-access';
import { useTranslation } from '@bs/web/i18n';
import { paths } from '@bs/web/session';
import { Notice, PageTitle } from '@bs/web/ui';
import { useEffect } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { SignInNotice, useCatalogue, useCheckAccess, useLocalized } from './check-support';
import { AssessmentQuery, CheckOrganisationQuery } from './graphql/assessment.graphql';
import {
  AssessmentComparisonQuery as ComparisonQuery,
  ProfileDerivationOfCheckQuery,
} from './graphql/results.graphql';
import { MeasuresPlan } from './measures-plan';
import { RatingBadge, RATINGS, RatingIcon, isRating, useRatingText } from './ratings';
import { ReportDownload } from './report-download';

type Catalogue = CheckCatalogueQuery['checkCatalogue'];

/** `/organisationen/:id/praxis-check/:assessmentId/ergebnis`: results and measures plan. */
export function AssessmentResultsPage() {
  const { t } = useTranslation();
  const { id = '', assessmentId = '' } = useParams();
  const { viewer, canEdit, loading } = useCheckAccess(id);
  const assessment = useQuery(AssessmentQuery, { variables: { id: assessmentId } });
  const organisation = useQuery(CheckOrganisationQuery, { variables: { id } });
  const data = assessment.data?.assessment;
  const { catalogue, error: catalogueError } = useCatalogue(data?.template, data?.version);
  const error = assessment.error ?? organisation.error ?? catalogueError;

  let body;
  if (viewer === null) {
    body = <SignInNotice text="checksOverview.signInRequired" />;
  } else if (error) {
    body = (
      <>
        <h1>{t(describeApiError(error))}</h1>
        <p>
          <Link to={paths.checks(id)}>{t('results.back')}</Link>
        </p>
      </>
    );
  } else if (!data || !catalogue || !organisation.data || loading) {
    body = <p role="status">{t('results.loading')}</p>;
  } else {
    body = (
      <Results
        assessment={data}
        catalogue={catalogue}
        organisationName={organisation.data.organisation.name}
        canEdit={canEdit}
      />
    );
  }
  return (
    <div className="bs-page bs-page--wide bs-results">
      <PageTitle page={t('results.title')} />
      {body}
    </div>
  );
}

function Results({
  assessment,
  catalogue,
  organisationName,
  canEdit,
}: {
  assessment: AssessmentFieldsFragment;
  catalogue: Catalogue;
  organisationName: string;
  canEdit: boolean;
}) {
  const { t } = useTranslation();
  const { pick, date } = useLocalized();
  const title = (number: number) => {
    const c = catalogue.checkpoints.find((x) => x.number === number);
    return c ? pick(c.title) : String(number);
  };

  if (assessment.status !== 'COMPLETED') {
    return (
      <>
        <h1>{t('results.heading')}</h1>
        <Notice>
          <p>
            {t('results.draft')}{' '}
            <Link to={paths.assessment(assessment.organisationId, assessment.id)}>
              {t('results.toWizard')}
            </Link>
          </p>
        </Notice>
      </>
    );
  }

  return (
    <>
      <p>
        <Link to={paths.checks(assessment.organisationId)}>{t('results.back')}</Link>
      </p>
      <h1>{t('results.heading')}</h1>
      <p className="bs-lead">
        {t('results.completedOn', { name: organisationName, date: date(assessment.completedAt) })}
        <br />
        {pick(catalogue.title)}
      </p>
      <ProfileUpdate assessment={assessment} />
      <ReportDownload assessmentId={assessment.id} />

      <section aria-labelledby="results-summary">
        <h2 id="results-summary">{t('results.summary')}</h2>
        <ol className="bs-results__summary">
          {assessment.checkpoints.map((c) => (
            <li key={c.number} className="bs-results__summary-item">
              <span className="bs-results__summary-title">
                {t('wizard.stepTitle', { number: c.number, title: title(c.number) })}
              </span>
              <RatingBadge rating={c.rating} />
            </li>
          ))}
        </ol>
      </section>

      <Comparison assessmentId={assessment.id} title={title} />

      <MeasuresPlan
        assessmentId={assessment.id}
        organisationId={assessment.organisationId}
        catalogue={catalogue}
        canEdit={canEdit}
      />
    </>
  );
}

/** Whether the page was opened by completing the check (the wizard says so). */
function justCompleted(state: unknown): boolean {
  return typeof state === 'object' && state !== null && 'completed' in state && !!state.completed;
}

/**
 * The way to the cooperation profile. Right after completing, it says (politely, as a status)
 * once the profile has been derived from this check; until then it asks again every second.
 */
function ProfileUpdate({ assessment }: { assessment: AssessmentFieldsFragment }) {
  const { t } = useTranslation();
  const location = useLocation();
  const completedNow = justCompleted(location.state);
  const { data, error, startPolling, stopPolling } = useQuery(ProfileDerivationOfCheckQuery, {
    variables: { organisationId: assessment.organisationId },
    fetchPolicy: 'network-only',
  });
  const derived = data?.profile.derivation?.assessmentId === assessment.id;
  const pending = completedNow && !derived && !error;
  const waiting = pending && !!data;
  useEffect(() => {
    if (!waiting) return;
    startPolling(1000);
    return stopPolling;
  }, [waiting, startPolling, stopPolling]);
  const link = (
    <Link to={paths.profile(assessment.organisationId)}>{t('profiles.checkResult.toProfile')}</Link>
  );
  return (
    <div role="status" className="bs-results__profile">
      {completedNow && derived ? (
        <Notice tone="success">
          <p>
            {t('profiles.checkResult.updated')} {link}
          </p>
        </Notice>
      ) : pending ? (
        <p>{t('profiles.checkResult.updating')}</p>
      ) : (
        <p>{link}</p>
      )}
    </div>
  );
}

type Change = AssessmentComparisonQuery['assessmentChanges'][number];

function ChangeItem({ change, title }: { change: Change; title: string }) {
  const { t } = useTranslation();
  const text = useRatingText();
  const trend = ['IMPROVED', 'WORSENED', 'UNCHANGED', 'NEW'].includes(change.trend)
    ? (change.trend as 'IMPROVED' | 'WORSENED' | 'UNCHANGED' | 'NEW')
    : 'UNCHANGED';
  return (
    <li className={`bs-change bs-change--${trend.toLowerCase()}`}>
      <span className="bs-change__title">
        {t('wizard.stepTitle', { number: change.number, title })}
      </span>
      <span className="bs-change__trend">
        <span aria-hidden="true" className="bs-change__arrow">
          {trend === 'IMPROVED' ? '▲' : trend === 'WORSENED' ? '▼' : trend === 'NEW' ? '★' : '='}
        </span>{' '}
        <strong>{t(`results.trend.${trend}`)}</strong>
        {': '}
        {change.previousRating
          ? t('results.trendFromTo', {
              previous: text.short(change.previousRating),
              current: text.short(change.rating),
            })
          : text.short(change.rating)}
      </span>
      {(change.examplesAdded.length > 0 || change.examplesRemoved.length > 0) && (
        <span className="bs-change__examples">
          {[
            change.examplesAdded.length > 0 &&
              t('results.examplesAdded', { count: change.examplesAdded.length }),
            change.examplesRemoved.length > 0 &&
              t('results.examplesRemoved', { count: change.examplesRemoved.length }),
          ]
            .filter(Boolean)
            .join(' · ')}
        </span>
      )}
    </li>
  );
}

function Comparison({
  assessmentId,
  title,
}: {
  assessmentId: string;
  title: (number: number) => string;
}) {
  const { t } = useTranslation();
  const { data, error } = useQuery(ComparisonQuery, { variables: { assessmentId } });
  if (error) {
    return (
      <Notice tone="error">
        <p>{t(describeApiError(error))}</p>
      </Notice>
    );
  }
  if (!data) return <p role="status">{t('results.loading')}</p>;
  return (
    <>
      <section aria-labelledby="results-changes">
        <h2 id="results-changes">{t('results.changes')}</h2>
        {data.assessmentChanges.length === 0 ? (
          <p>{t('results.noPrevious')}</p>
        ) : (
          <ul className="bs-changes">
            {data.assessmentChanges.map((change) => (
              <ChangeItem key={change.number} change={change} title={title(change.number)} />
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="results-benchmark">
        <h2 id="results-benchmark">{t('results.benchmark')}</h2>
        <p>{t('results.benchmarkIntro')}</p>
        <Benchmark scope="LAND" benchmark={data.land} title={title} />
        <Benchmark scope="DISTRICT" benchmark={data.district} title={title} />
      </section>
    </>
  );
}

function Benchmark({
  scope,
  benchmark,
  title,
}: {
  scope: 'LAND' | 'DISTRICT';
  benchmark: BenchmarkFieldsFragment | null;
  title: (number: number) => string;
}) {
  const { t } = useTranslation();
  const text = useRatingText();
  const heading = t(`results.benchmark${scope}`);
  if (!benchmark) {
    return (
      <>
        <h3>{heading}</h3>
        <p className="bs-fieldset__note">{t(`results.benchmarkMissing${scope}`)}</p>
      </>
    );
  }
  return (
    <>
      <h3>{`${heading}: ${benchmark.regionName}`}</h3>
      <div className="bs-table-wrap">
        <table className="bs-table bs-benchmark">
          <caption>{t('results.benchmarkCaption', { count: benchmark.organisations })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('results.checkpoint')}</th>
              {RATINGS.map((rating) => (
                <th scope="col" key={rating}>
                  <span className="bs-benchmark__head">
                    <RatingIcon rating={rating} size={16} />
                    {text.short(rating)}
                  </span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {benchmark.checkpoints.map((c) => (
              <tr key={c.number}>
                <th scope="row">
                  {t('wizard.stepTitle', { number: c.number, title: title(c.number) })}
                </th>
                {RATINGS.filter(isRating).map((rating) => (
                  <td key={rating} className="bs-benchmark__cell">
                    {c[rating.toLowerCase() as 'red' | 'yellow' | 'green']}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
