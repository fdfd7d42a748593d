import { skipToken, useMutation, useQuery } from '@apollo/client/react';
import {
  describeApiError,
  isApiError,
  type AssessmentFieldsFragment,
  type CheckOrganisationQuery as CheckOrganisation,
} from '@bs/web/data-access';
import { useTranslation } from '@bs/web/i18n';
import { paths } from '@bs/web/session';
import { Notice, PageTitle } from '@bs/web/ui';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import {
  SignInNotice,
  templateOf,
  useCatalogue,
  useCheckAccess,
  useLocalized,
} from './check-support';
import {
  AssessmentsQuery,
  CheckOrganisationQuery,
  StartAssessmentMutation,
} from './graphql/assessment.graphql';
import { DueMeasureReviewsQuery } from './graphql/results.graphql';
import { TrafficLightSummary } from './ratings';

type Organisation = CheckOrganisation['organisation'];

/**
 * `/organisationen/:id/praxis-check`: start or continue the check, the completed checks with
 * their traffic lights, and the measures whose review is due.
 */
export function ChecksOverviewPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { viewer, canEdit, loading } = useCheckAccess(id);
  const organisationResult = useQuery(CheckOrganisationQuery, { variables: { id } });
  const organisation = organisationResult.data?.organisation;

  let body;
  if (organisationResult.error) {
    body = <Notice tone="error">{t(describeApiError(organisationResult.error))}</Notice>;
  } else if (!organisation || viewer === undefined || loading) {
    body = <p role="status">{t('checksOverview.loading')}</p>;
  } else if (viewer === null) {
    body = (
      <>
        <h1>{t('checksOverview.heading', { name: organisation.name })}</h1>
        <SignInNotice text="checksOverview.signInRequired" />
      </>
    );
  } else {
    body = <Overview organisation={organisation} canEdit={canEdit} />;
  }
  return (
    <div className="bs-page bs-page--wide bs-checks">
      <PageTitle
        page={
          organisation
            ? t('checksOverview.heading', { name: organisation.name })
            : t('checksOverview.title')
        }
      />
      {body}
    </div>
  );
}

function Overview({ organisation, canEdit }: { organisation: Organisation; canEdit: boolean }) {
  const { t } = useTranslation();
  const { pick, date } = useLocalized();
  const navigate = useNavigate();
  const template = templateOf(organisation.kind);
  const { catalogue } = useCatalogue(template);
  const assessments = useQuery(
    AssessmentsQuery,
    template ? { variables: { organisationId: organisation.id } } : skipToken,
  );
  const [start, starting] = useMutation(StartAssessmentMutation);
  const [startError, setStartError] = useState<string | null>(null);

  const heading = (
    <>
      <p>
        <Link to={paths.organisation(organisation.id)}>
          {t('checksOverview.back', { name: organisation.name })}
        </Link>
      </p>
      <h1>{t('checksOverview.heading', { name: organisation.name })}</h1>
    </>
  );

  if (!template) {
    return (
      <>
        {heading}
        <Notice>{t('checksOverview.intermediary')}</Notice>
      </>
    );
  }
  if (assessments.error) {
    const forbidden =
      isApiError(assessments.error, 'FORBIDDEN') ||
      isApiError(assessments.error, 'UNAUTHENTICATED');
    return (
      <>
        {heading}
        <Notice tone={forbidden ? 'info' : 'error'}>
          <p>
            {forbidden ? t('checksOverview.forbidden') : t(describeApiError(assessments.error))}
          </p>
        </Notice>
      </>
    );
  }
  const list = assessments.data?.assessments;
  if (!list) {
    return (
      <>
        {heading}
        <p role="status">{t('checksOverview.loading')}</p>
      </>
    );
  }
  const draft = list.find((a) => a.status === 'DRAFT');
  const completed = list.filter((a) => a.status === 'COMPLETED');

  const onStart = async () => {
    setStartError(null);
    try {
      const { data } = await start({ variables: { organisationId: organisation.id } });
      if (data) {
        void navigate(paths.assessment(organisation.id, data.startAssessment.id));
      }
    } catch (error) {
      setStartError(t(describeApiError(error as Error)));
    }
  };

  return (
    <>
      {heading}
      {catalogue && (
        <p className="bs-lead">
          {t('checksOverview.catalogue', {
            title: pick(catalogue.title),
            version: catalogue.version,
          })}
        </p>
      )}
      <p>{t('checksOverview.intro')}</p>

      {draft && (
        <Notice>
          <p>
            {t('checksOverview.draft', {
              started: date(draft.startedAt),
              updated: date(draft.updatedAt),
            })}{' '}
            {t('checksOverview.draftProgress', {
              rated: draft.checkpoints.filter((c) => c.rating).length,
            })}
          </p>
        </Notice>
      )}
      {canEdit ? (
        <div className="bs-checks__start">
          <button
            type="button"
            className="bs-button"
            disabled={starting.loading}
            onClick={() => void onStart()}
          >
            {starting.loading
              ? t('checksOverview.starting')
              : draft
                ? t('checksOverview.continue')
                : completed.length > 0
                  ? t('checksOverview.recheck')
                  : t('checksOverview.start')}
          </button>
          {!draft && completed.length > 0 && (
            <p className="bs-field__hint">{t('checksOverview.recheckHint')}</p>
          )}
        </div>
      ) : (
        <p className="bs-fieldset__note">{t('checksOverview.readOnly')}</p>
      )}
      {startError && (
        <Notice tone="error" role="alert">
          <p>{startError}</p>
        </Notice>
      )}

      <DueReviews organisationId={organisation.id} />

      <section aria-labelledby="checks-history">
        <h2 id="checks-history">{t('checksOverview.history')}</h2>
        {completed.length === 0 ? (
          <p>{t('checksOverview.noHistory')}</p>
        ) : (
          <ul className="bs-checks__history">
            {completed.map((assessment) => (
              <HistoryItem key={assessment.id} assessment={assessment} />
            ))}
          </ul>
        )}
      </section>
    </>
  );
}

function HistoryItem({ assessment }: { assessment: AssessmentFieldsFragment }) {
  const { t } = useTranslation();
  const { date } = useLocalized();
  const completedOn = date(assessment.completedAt);
  return (
    <li className="bs-checks__history-item">
      <h3 className="bs-checks__history-title">
        {t('checksOverview.completedOn', { date: completedOn })}
      </h3>
      <TrafficLightSummary checkpoints={assessment.checkpoints} />
      <p>
        <Link to={paths.assessmentResults(assessment.organisationId, assessment.id)}>
          {t('checksOverview.viewResults', { date: completedOn })}
        </Link>
      </p>
    </li>
  );
}

/** Item 3 of the issue: review dates that are due appear on the organisation's overview. */
function DueReviews({ organisationId }: { organisationId: string }) {
  const { t } = useTranslation();
  const { date } = useLocalized();
  const { data, error } = useQuery(DueMeasureReviewsQuery, { variables: { organisationId } });
  if (error || !data) return null;
  const reviews = data.dueMeasureReviews;
  return (
    <section aria-labelledby="checks-reviews">
      <h2 id="checks-reviews">{t('checksOverview.reviews')}</h2>
      {reviews.length === 0 ? (
        <p>{t('checksOverview.noReviews')}</p>
      ) : (
        <>
          <p>{t('checksOverview.reviewsIntro')}</p>
          <ul className="bs-checks__reviews">
            {reviews.map(({ measure }) => (
              <li key={measure.id} className="bs-checks__review">
                <p className="bs-checks__review-text">{measure.text}</p>
                <p className="bs-checks__review-meta">
                  <strong>
                    {t('checksOverview.reviewDue', { date: date(measure.reviewDate) })}
                  </strong>
                  {' · '}
                  {t('checksOverview.reviewMeta', {
                    checkpoint: measure.checkpoint,
                    status: t(`plan.statuses.${measure.status}`),
                  })}
                </p>
                <p>
                  <Link
                    to={`${paths.assessmentResults(organisationId, measure.assessmentId)}#plan`}
                  >
                    {t('checksOverview.toPlan')}
                  </Link>
                </p>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
