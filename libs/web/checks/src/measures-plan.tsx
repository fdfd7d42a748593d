import { useMutation, useQuery } from '@apollo/client/react';
import {
  describeApiError,
  formProblem,
  isApiError,
  type CheckCatalogueQuery,
  type MeasureFieldsFragment,
  type UpdateMeasureInput,
} from '@bs/web/data-access';
import { useTranslation, type TranslationKey } from '@bs/web/i18n';
import { ConfirmButton, Notice, SelectField, TextAreaField, TextField } from '@bs/web/ui';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useLocalized } from './check-support';
import {
  AddMeasureMutation,
  AddSuggestedMeasuresMutation,
  DeleteMeasureMutation,
  MeasuresQuery,
  ReorderMeasuresMutation,
  SuggestedMeasuresQuery,
  UpdateMeasureMutation,
} from './graphql/results.graphql';

type Catalogue = CheckCatalogueQuery['checkCatalogue'];
type Measure = MeasureFieldsFragment;
type Feedback = { tone: 'success' | 'error'; text: string } | null;

const PRIORITIES = ['HIGH', 'MEDIUM', 'LOW'] as const;
const STATUSES = ['OPEN', 'IN_PROGRESS', 'DONE'] as const;
type EditableField = 'text' | 'responsible' | 'startDate' | 'reviewDate';

const REFETCH = ['Measures', 'SuggestedMeasures', 'DueMeasureReviews'];

/**
 * The measures plan of a completed check: suggestions to adopt, the rows edited in place (each
 * field saved when left, with the row's `version`), added, deleted and moved up or down.
 */
export function MeasuresPlan({
  assessmentId,
  catalogue,
  canEdit,
}: {
  assessmentId: string;
  organisationId: string;
  catalogue: Catalogue;
  canEdit: boolean;
}) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const measures = useQuery(MeasuresQuery, { variables: { assessmentId } });
  const [feedback, setFeedback] = useState<Feedback>(null);
  const [reorder] = useMutation(ReorderMeasuresMutation);
  const [remove] = useMutation(DeleteMeasureMutation, { refetchQueries: REFETCH });
  const rows = measures.data?.measures ?? [];
  const moveFocus = useRef<{ id: string; direction: 'up' | 'down' } | null>(null);

  const checkpointOptions = catalogue.checkpoints.map((c) => ({
    value: String(c.number),
    label: t('plan.checkpointOption', { number: c.number, title: pick(c.title) }),
  }));

  const fail = (error: unknown) =>
    setFeedback({ tone: 'error', text: t(describeApiError(error as Error)) });

  const move = async (index: number, direction: 'up' | 'down') => {
    const target = direction === 'up' ? index - 1 : index + 1;
    const moved = rows[index];
    if (!moved || target < 0 || target >= rows.length) return;
    const ids = rows.map((m) => m.id);
    ids.splice(index, 1);
    ids.splice(target, 0, moved.id);
    // At the top or bottom the button disappears: the focus goes to the other one.
    const atEdge = target === 0 || target === rows.length - 1;
    moveFocus.current = {
      id: moved.id,
      direction: atEdge ? (direction === 'up' ? 'down' : 'up') : direction,
    };
    try {
      await reorder({
        variables: { assessmentId, ids },
        optimisticResponse: {
          reorderMeasures: ids.map((id, i) => {
            const row = rows.find((m) => m.id === id) as Measure;
            return { ...row, __typename: 'Measure' as const, position: i + 1 };
          }),
        },
        update: (cache, { data }) => {
          if (!data) return;
          cache.writeQuery({
            query: MeasuresQuery,
            variables: { assessmentId },
            data: { measures: data.reorderMeasures },
          });
        },
      });
      setFeedback({
        tone: 'success',
        text: t('plan.moved', { from: index + 1, position: target + 1 }),
      });
    } catch (error) {
      fail(error);
      void measures.refetch();
    }
  };

  useEffect(() => {
    const focus = moveFocus.current;
    if (!focus) return;
    const button = document.querySelector<HTMLButtonElement>(
      `[data-measure="${focus.id}"][data-move="${focus.direction}"]`,
    );
    if (button) {
      button.focus();
      moveFocus.current = null;
    }
  });

  return (
    <section aria-labelledby="plan" className="bs-plan">
      <h2 id="plan" tabIndex={-1}>
        {t('plan.heading')}
      </h2>
      <p>{canEdit ? t('plan.intro') : t('plan.readOnly')}</p>
      <div role="status" className="bs-plan__status">
        {feedback?.tone === 'success' && <p>{feedback.text}</p>}
      </div>
      {feedback?.tone === 'error' && (
        <Notice tone="error" role="alert">
          <p>{feedback.text}</p>
        </Notice>
      )}

      <h3>{t('plan.measures')}</h3>
      {measures.error ? (
        <Notice tone="error">
          <p>{t(describeApiError(measures.error))}</p>
        </Notice>
      ) : !measures.data ? (
        <p role="status">{t('results.loading')}</p>
      ) : rows.length === 0 ? (
        <p>{t('plan.empty')}</p>
      ) : (
        <ol className="bs-plan__rows">
          {rows.map((measure, index) => (
            <MeasureRow
              key={measure.id}
              measure={measure}
              position={index + 1}
              count={rows.length}
              checkpointOptions={checkpointOptions}
              canEdit={canEdit}
              onMove={(direction) => void move(index, direction)}
              onDelete={async () => {
                try {
                  await remove({ variables: { id: measure.id } });
                  setFeedback({ tone: 'success', text: t('plan.deleted') });
                  document.getElementById('plan')?.focus();
                } catch (error) {
                  fail(error);
                }
              }}
              onFeedback={setFeedback}
              onConflict={() => void measures.refetch()}
            />
          ))}
        </ol>
      )}

      {canEdit && <Suggestions assessmentId={assessmentId} onFeedback={setFeedback} />}

      {canEdit && (
        <AddMeasure
          assessmentId={assessmentId}
          checkpointOptions={checkpointOptions}
          onFeedback={setFeedback}
        />
      )}
    </section>
  );
}

function Suggestions({
  assessmentId,
  onFeedback,
}: {
  assessmentId: string;
  onFeedback: (feedback: Feedback) => void;
}) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const { data } = useQuery(SuggestedMeasuresQuery, { variables: { assessmentId } });
  const [selected, setSelected] = useState<string[]>([]);
  const [adopt, adopting] = useMutation(AddSuggestedMeasuresMutation, {
    refetchQueries: REFETCH,
    awaitRefetchQueries: true,
  });
  if (!data) return null;
  const suggestions = data.suggestedMeasures;

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const codes = selected.filter((code) => suggestions.some((s) => s.exampleCode === code));
    if (codes.length === 0) {
      onFeedback({ tone: 'error', text: t('plan.noneSelected') });
      return;
    }
    try {
      await adopt({ variables: { assessmentId, exampleCodes: codes } });
      setSelected([]);
      onFeedback({ tone: 'success', text: t('plan.adopted', { count: codes.length }) });
    } catch (error) {
      onFeedback({ tone: 'error', text: t(describeApiError(error as Error)) });
    }
  };

  return (
    <div className="bs-suggestions">
      <h3>{t('plan.suggestions')}</h3>
      {suggestions.length === 0 ? (
        <p>{t('plan.noSuggestions')}</p>
      ) : (
        <form onSubmit={(event) => void onSubmit(event)} noValidate>
          <fieldset className="bs-fieldset bs-checklist">
            <legend>{t('plan.suggestionsLegend')}</legend>
            <p className="bs-fieldset__note">{t('plan.suggestionsIntro')}</p>
            <ul className="bs-checklist__list">
              {suggestions.map((s) => (
                <li
                  key={s.exampleCode}
                  className={`bs-suggestion bs-suggestion--${s.priority.toLowerCase()}`}
                >
                  <label className="bs-checkbox">
                    <input
                      type="checkbox"
                      checked={selected.includes(s.exampleCode)}
                      onChange={(event) =>
                        setSelected((list) =>
                          event.target.checked
                            ? [...list, s.exampleCode]
                            : list.filter((c) => c !== s.exampleCode),
                        )
                      }
                    />
                    <span>
                      <span className="bs-suggestion__adopt">{t('plan.adopt')}: </span>
                      {pick(s.text)}
                      <span className="bs-suggestion__meta">
                        {t('plan.suggestionMeta', {
                          checkpoint: s.checkpoint,
                          priority: t(`plan.priorities.${s.priority}`),
                        })}
                      </span>
                    </span>
                  </label>
                </li>
              ))}
            </ul>
            <p>
              <button type="submit" className="bs-button" disabled={adopting.loading}>
                {t('plan.adoptSelected')}
              </button>
            </p>
          </fieldset>
        </form>
      )}
    </div>
  );
}

function MeasureRow({
  measure,
  position,
  count,
  checkpointOptions,
  canEdit,
  onMove,
  onDelete,
  onFeedback,
  onConflict,
}: {
  measure: Measure;
  position: number;
  count: number;
  checkpointOptions: { value: string; label: string }[];
  canEdit: boolean;
  onMove: (direction: 'up' | 'down') => void;
  onDelete: () => Promise<void>;
  onFeedback: (feedback: Feedback) => void;
  onConflict: () => void;
}) {
  const { t } = useTranslation();
  const [update] = useMutation(UpdateMeasureMutation, { refetchQueries: ['DueMeasureReviews'] });
  const [drafts, setDrafts] = useState<Partial<Record<EditableField, string>>>({});
  const [errors, setErrors] = useState<Partial<Record<string, TranslationKey>>>({});
  const id = `measure-${measure.id}`;

  const value = (field: EditableField) => drafts[field] ?? measure[field] ?? '';

  const save = async (change: Omit<UpdateMeasureInput, 'id' | 'version'>, fields: string[]) => {
    try {
      await update({
        variables: { input: { id: measure.id, version: measure.version, ...change } },
      });
      setDrafts((d) => {
        const next = { ...d };
        for (const field of fields) delete next[field as EditableField];
        return next;
      });
      setErrors({});
      onFeedback({ tone: 'success', text: t('plan.savedRow', { position }) });
    } catch (error) {
      if (isApiError(error, 'CONFLICT', 'measures.versionConflict')) {
        setDrafts({});
        onConflict();
        onFeedback({ tone: 'error', text: t('plan.conflict', { position }) });
        return;
      }
      const problem = formProblem(error as Error);
      const fieldErrors: Partial<Record<string, TranslationKey>> = {};
      for (const f of problem.fields) fieldErrors[f.field] = f.messageKey;
      if (problem.fields.length === 0) fieldErrors[fields[0] ?? 'text'] = problem.messageKey;
      setErrors(fieldErrors);
    }
  };

  const saveText = (field: EditableField) => {
    const draft = drafts[field];
    if (draft === undefined || draft === (measure[field] ?? '')) return;
    const trimmed = draft.trim();
    void save({ [field]: field === 'text' ? draft : trimmed === '' ? null : trimmed }, [field]);
  };

  const textInput = (field: EditableField, label: string, type = 'text') => (
    <TextField
      id={`${id}-${field}`}
      label={label}
      type={type}
      value={value(field)}
      required={field === 'text' ? true : undefined}
      error={errors[field] ? t(errors[field]) : undefined}
      readOnly={!canEdit}
      onValueChange={(v) => setDrafts((d) => ({ ...d, [field]: v }))}
      onBlur={() => saveText(field)}
    />
  );

  return (
    <li className="bs-measure">
      <div className="bs-measure__head">
        <h4 className="bs-measure__title">{t('plan.measureN', { position })}</h4>
        {canEdit && (
          <div className="bs-measure__tools">
            {position > 1 && (
              <button
                type="button"
                className="bs-button bs-button--secondary bs-button--small"
                aria-label={t('plan.moveUp', { position })}
                data-measure={measure.id}
                data-move="up"
                onClick={() => onMove('up')}
              >
                <span aria-hidden="true">↑ </span>
                {t('plan.up')}
              </button>
            )}
            {position < count && (
              <button
                type="button"
                className="bs-button bs-button--secondary bs-button--small"
                aria-label={t('plan.moveDown', { position })}
                data-measure={measure.id}
                data-move="down"
                onClick={() => onMove('down')}
              >
                <span aria-hidden="true">↓ </span>
                {t('plan.down')}
              </button>
            )}
            <ConfirmButton
              small
              variant="danger"
              label={t('plan.delete')}
              question={t('plan.deleteQuestion', { position })}
              confirmLabel={t('plan.deleteConfirm')}
              cancelLabel={t('form.cancel')}
              onConfirm={() => void onDelete()}
            />
          </div>
        )}
      </div>
      <div className="bs-measure__fields">
        <div className="bs-measure__wide">
          {canEdit ? (
            <TextAreaField
              id={`${id}-text`}
              label={t('plan.text')}
              required
              rows={2}
              value={value('text')}
              error={errors['text'] ? t(errors['text']) : undefined}
              onValueChange={(v) => setDrafts((d) => ({ ...d, text: v }))}
              onBlur={() => saveText('text')}
            />
          ) : (
            <p className="bs-measure__text">{measure.text}</p>
          )}
        </div>
        <SelectField
          id={`${id}-checkpoint`}
          label={t('plan.checkpoint')}
          value={String(measure.checkpoint)}
          options={checkpointOptions}
          disabled={!canEdit}
          required
          error={errors['checkpoint'] ? t(errors['checkpoint']) : undefined}
          onValueChange={(v) => void save({ checkpoint: Number(v) }, ['checkpoint'])}
        />
        <SelectField
          id={`${id}-priority`}
          label={t('plan.priority')}
          value={measure.priority}
          options={PRIORITIES.map((p) => ({ value: p, label: t(`plan.priorities.${p}`) }))}
          disabled={!canEdit}
          required
          onValueChange={(v) => void save({ priority: v }, ['priority'])}
        />
        {textInput('responsible', t('plan.responsible'))}
        <SelectField
          id={`${id}-status`}
          label={t('plan.status')}
          value={measure.status}
          options={STATUSES.map((s) => ({ value: s, label: t(`plan.statuses.${s}`) }))}
          disabled={!canEdit}
          required
          onValueChange={(v) => void save({ status: v }, ['status'])}
        />
        {textInput('startDate', t('plan.startDate'), 'date')}
        {textInput('reviewDate', t('plan.reviewDate'), 'date')}
      </div>
    </li>
  );
}

function AddMeasure({
  assessmentId,
  checkpointOptions,
  onFeedback,
}: {
  assessmentId: string;
  checkpointOptions: { value: string; label: string }[];
  onFeedback: (feedback: Feedback) => void;
}) {
  const { t } = useTranslation();
  const [checkpoint, setCheckpoint] = useState('1');
  const [text, setText] = useState('');
  const [priority, setPriority] = useState<string>('MEDIUM');
  const [error, setError] = useState<TranslationKey | null>(null);
  const [add, adding] = useMutation(AddMeasureMutation, {
    refetchQueries: REFETCH,
    awaitRefetchQueries: true,
  });

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (text.trim() === '') {
      setError('measures.textEmpty');
      document.getElementById('add-measure-text')?.focus();
      return;
    }
    try {
      await add({
        variables: { input: { assessmentId, checkpoint: Number(checkpoint), text, priority } },
      });
      setText('');
      setError(null);
      onFeedback({ tone: 'success', text: t('plan.added') });
    } catch (failure) {
      setError(describeApiError(failure as Error));
    }
  };

  return (
    <form className="bs-form bs-plan__add" onSubmit={(event) => void onSubmit(event)} noValidate>
      <fieldset className="bs-fieldset">
        <legend>{t('plan.add')}</legend>
        <TextAreaField
          id="add-measure-text"
          label={t('plan.text')}
          required
          rows={2}
          value={text}
          error={error ? t(error) : undefined}
          onValueChange={setText}
        />
        <div className="bs-form__row bs-form__row--2">
          <SelectField
            id="add-measure-checkpoint"
            label={t('plan.checkpoint')}
            value={checkpoint}
            options={checkpointOptions}
            required
            onValueChange={setCheckpoint}
          />
          <SelectField
            id="add-measure-priority"
            label={t('plan.priority')}
            value={priority}
            options={PRIORITIES.map((p) => ({ value: p, label: t(`plan.priorities.${p}`) }))}
            required
            onValueChange={setPriority}
          />
        </div>
        <p>
          <button type="submit" className="bs-button" disabled={adding.loading}>
            {t('plan.addSubmit')}
          </button>
        </p>
      </fieldset>
    </form>
  );
}
