import { useMutation, useQuery } from '@apollo/client/react';
import {
  apiProblem,
  describeApiError,
  type AssessmentFieldsFragment,
  type CheckCatalogueQuery,
} from '@bs/web/data-access';
import { useTranslation } from '@bs/web/i18n';
import { paths } from '@bs/web/session';
import { Notice, PageTitle } from '@bs/web/ui';
import { useEffect, useRef, useState } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { useCatalogue, useCheckAccess, useLocalized, SignInNotice } from './check-support';
import { CheckpointStep } from './checkpoint-step';
import { ConflictPanel } from './conflict-panel';
import {
  AssessmentQuery,
  AssessmentsQuery,
  CheckOrganisationQuery,
  CompleteAssessmentMutation,
} from './graphql/assessment.graphql';
import { RatingIcon, useRatingText } from './ratings';
import { useAutosave, type SaveStatus } from './use-autosave';

type Catalogue = CheckCatalogueQuery['checkCatalogue'];

/** `/organisationen/:id/praxis-check/:assessmentId?checkpunkt=3`: the check, step by step. */
export function AssessmentWizardPage({ autosaveDelay }: { autosaveDelay?: number } = {}) {
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
          <Link to={paths.checks(id)}>{t('wizard.back')}</Link>
        </p>
      </>
    );
  } else if (!data || !catalogue || !organisation.data || loading) {
    body = <p role="status">{t('checksOverview.loading')}</p>;
  } else {
    body = (
      <Wizard
        key={data.id}
        assessment={data}
        catalogue={catalogue}
        organisationName={organisation.data.organisation.name}
        canEdit={canEdit && data.status === 'DRAFT'}
        autosaveDelay={autosaveDelay}
      />
    );
  }
  return <div className="bs-page bs-page--wide bs-wizard">{body}</div>;
}

const STEP_PARAM = 'checkpunkt';

function SaveStatusText({
  status,
  errorText,
  onRetry,
}: {
  status: SaveStatus;
  errorText: string | null;
  onRetry: () => void;
}) {
  const { t } = useTranslation();
  return (
    <div className={`bs-save-status bs-save-status--${status}`}>
      <p role="status" aria-live="polite" className="bs-save-status__text">
        {status === 'saving' && t('wizard.saving')}
        {status === 'saved' && t('wizard.saved')}
        {(status === 'pending' || status === 'conflict') && t('wizard.unsaved')}
        {status === 'error' && t('wizard.saveFailed', { reason: errorText ?? '' })}
      </p>
      {status === 'error' && (
        <button
          type="button"
          className="bs-button bs-button--secondary bs-button--small"
          onClick={onRetry}
        >
          {t('wizard.retry')}
        </button>
      )}
    </div>
  );
}

function Wizard({
  assessment,
  catalogue,
  organisationName,
  canEdit,
  autosaveDelay,
}: {
  assessment: AssessmentFieldsFragment;
  catalogue: Catalogue;
  organisationName: string;
  canEdit: boolean;
  autosaveDelay: number | undefined;
}) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const ratingText = useRatingText();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const total = catalogue.checkpoints.length;
  const requested = Number(params.get(STEP_PARAM) ?? '1');
  const step = Number.isInteger(requested) && requested >= 1 && requested <= total ? requested : 1;
  const definition =
    catalogue.checkpoints.find((c) => c.number === step) ?? catalogue.checkpoints[0];

  const autosave = useAutosave({
    assessmentId: assessment.id,
    revision: assessment.revision,
    checkpoints: assessment.checkpoints,
    delay: autosaveDelay,
    enabled: canEdit,
  });
  const [complete, completing] = useMutation(CompleteAssessmentMutation, {
    refetchQueries: [
      { query: AssessmentsQuery, variables: { organisationId: assessment.organisationId } },
    ],
  });
  const [unrated, setUnrated] = useState<number[]>([]);
  const [completeError, setCompleteError] = useState<string | null>(null);
  const unratedRef = useRef<HTMLDivElement>(null);

  // A new step takes the focus to its heading (not on the first render: the page does that).
  const headingRef = useRef<HTMLHeadingElement>(null);
  const shownStep = useRef(step);
  useEffect(() => {
    if (shownStep.current === step) return;
    shownStep.current = step;
    headingRef.current?.focus();
    headingRef.current?.scrollIntoView?.({ block: 'start' });
  }, [step]);

  useEffect(() => {
    if (unrated.length > 0) unratedRef.current?.focus();
  }, [unrated]);

  const goTo = (number: number) => {
    setParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        next.set(STEP_PARAM, String(number));
        return next;
      },
      { preventScrollReset: true },
    );
  };

  const answer = autosave.answers.find((a) => a.number === step);
  const ratedCount = autosave.answers.filter((a) => a.rating).length;
  const checkpointTitle = (number: number) => {
    const c = catalogue.checkpoints.find((x) => x.number === number);
    return c ? pick(c.title) : String(number);
  };

  const onComplete = async () => {
    setCompleteError(null);
    setUnrated([]);
    const saved = await autosave.flush();
    if (!saved) return;
    try {
      await complete({
        variables: { assessmentId: assessment.id, revision: autosave.revision() },
      });
      // The results page then says when the profile has been derived from this check.
      void navigate(paths.assessmentResults(assessment.organisationId, assessment.id), {
        state: { completed: true },
      });
    } catch (error) {
      const problem = apiProblem(error as Error);
      if (problem.kind === 'api' && problem.messageKey === 'checks.unrated') {
        setUnrated(autosave.answers.filter((a) => !a.rating).map((a) => a.number));
      } else if (!autosave.takeConflict(error)) {
        setCompleteError(t(describeApiError(error as Error)));
      }
    }
  };

  return (
    <>
      <PageTitle page={t('wizard.title', { number: step })} />
      <p>
        <Link to={paths.checks(assessment.organisationId)}>{t('wizard.back')}</Link>
      </p>
      <h1>{pick(catalogue.title)}</h1>
      <p className="bs-lead">{organisationName}</p>

      {assessment.status === 'COMPLETED' && (
        <Notice>
          <p>
            {t('wizard.completed')}{' '}
            <Link to={paths.assessmentResults(assessment.organisationId, assessment.id)}>
              {t('wizard.toResults')}
            </Link>
          </p>
        </Notice>
      )}
      {assessment.status === 'DRAFT' && !canEdit && (
        <Notice>
          <p>{t('wizard.readOnly')}</p>
        </Notice>
      )}

      <div className="bs-wizard__bar">
        <p className="bs-wizard__progress">
          <strong>{t('wizard.progress', { number: step, total })}</strong>
          {' · '}
          {t('wizard.ratedCount', { count: ratedCount, total })}
        </p>
        {canEdit && (
          <SaveStatusText
            status={autosave.status}
            errorText={autosave.errorKey ? t(autosave.errorKey) : null}
            onRetry={() => void autosave.flush()}
          />
        )}
      </div>

      <nav aria-label={t('wizard.steps')} className="bs-steps">
        <ol className="bs-steps__list">
          {catalogue.checkpoints.map((c) => {
            const rating = autosave.answers.find((a) => a.number === c.number)?.rating ?? null;
            return (
              <li key={c.number}>
                <Link
                  to={`?${STEP_PARAM}=${c.number}`}
                  preventScrollReset
                  className="bs-steps__link"
                  aria-current={c.number === step ? 'step' : undefined}
                >
                  <RatingIcon rating={rating} size={18} />
                  <span className="bs-steps__title">
                    {t('wizard.stepTitle', { number: c.number, title: pick(c.title) })}
                  </span>
                  <span className="bs-visually-hidden">({ratingText.full(rating)})</span>
                </Link>
              </li>
            );
          })}
        </ol>
      </nav>

      {autosave.conflicts.length > 0 && (
        <ConflictPanel
          conflicts={autosave.conflicts}
          answers={autosave.answers}
          catalogue={catalogue}
          onResolve={autosave.resolve}
        />
      )}

      {unrated.length > 0 && (
        <div
          ref={unratedRef}
          className="bs-error-summary"
          role="alert"
          tabIndex={-1}
          aria-labelledby="wizard-unrated-title"
        >
          <h2 className="bs-error-summary__title" id="wizard-unrated-title">
            {t('wizard.unratedTitle')}
          </h2>
          <p>{t('wizard.unratedText')}</p>
          <ul className="bs-error-summary__list">
            {unrated.map((number) => (
              <li key={number}>
                <Link to={`?${STEP_PARAM}=${number}`} preventScrollReset>
                  {t('wizard.stepHeading', { number, title: checkpointTitle(number) })}
                </Link>
              </li>
            ))}
          </ul>
        </div>
      )}

      {definition && answer && (
        <CheckpointStep
          key={definition.number}
          definition={definition}
          total={total}
          answer={answer}
          readOnly={!canEdit}
          headingRef={headingRef}
          onChange={(change) => autosave.update(definition.number, change)}
        />
      )}

      {completeError && (
        <Notice tone="error" role="alert">
          <p>{completeError}</p>
        </Notice>
      )}

      <div className="bs-wizard__nav">
        {step > 1 && (
          <button
            type="button"
            className="bs-button bs-button--secondary"
            onClick={() => goTo(step - 1)}
          >
            {t('wizard.previous')}
          </button>
        )}
        {step < total && (
          <button type="button" className="bs-button" onClick={() => goTo(step + 1)}>
            {t('wizard.next')}
          </button>
        )}
        {step === total && canEdit && (
          <button
            type="button"
            className="bs-button"
            disabled={completing.loading}
            onClick={() => void onComplete()}
          >
            {completing.loading ? t('wizard.completing') : t('wizard.complete')}
          </button>
        )}
      </div>
      {canEdit && (
        <p className="bs-wizard__resume">
          <Link to={paths.checks(assessment.organisationId)}>{t('wizard.resumeLater')}</Link>
          <span className="bs-field__hint"> {t('wizard.resumeHint')}</span>
        </p>
      )}
    </>
  );
}
