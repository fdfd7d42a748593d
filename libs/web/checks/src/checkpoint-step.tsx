import {
  exitCriterion,
  isExitCriterionCode,
  isQualityCriterionCode,
  qualityCriterion,
} from '@bs/domain';
import type { CheckCatalogueQuery } from '@bs/web/data-access';
import { useTranslation } from '@bs/web/i18n';
import { TextAreaField } from '@bs/web/ui';
import { useId, useState, type Ref } from 'react';
import { useLocalized, type Answer } from './check-support';
import { RatingGroup } from './rating-group';

export type CheckpointDefinition = CheckCatalogueQuery['checkCatalogue']['checkpoints'][number];

type CriteriaField = 'requiredCriteria' | 'exitCriteria';

interface CriterionOption {
  code: string;
  label: { de: string; en: string };
}

/** The criteria checkpoint 3 offers: the codes its examples carry, named by the taxonomy. */
function criteriaOf(definition: CheckpointDefinition, field: CriteriaField) {
  const type = field === 'requiredCriteria' ? 'qualityCriterion' : 'exitCriterion';
  const options: CriterionOption[] = [];
  const examples: { de: string; en: string }[] = [];
  for (const example of definition.examples) {
    const codes = example.codes.filter((c) => c.type === type);
    if (codes.length > 0) examples.push(example.text);
    for (const { code } of codes) {
      if (options.some((o) => o.code === code)) continue;
      const label = isQualityCriterionCode(code)
        ? qualityCriterion(code).label
        : isExitCriterionCode(code)
          ? exitCriterion(code).label
          : example.text;
      options.push({ code, label });
    }
  }
  return { options, examples };
}

const toggle = (list: readonly string[], code: string, on: boolean) =>
  on ? [...list.filter((c) => c !== code), code] : list.filter((c) => c !== code);

function CheckboxList({
  legend,
  hint,
  options,
  checked,
  readOnly,
  onToggle,
}: {
  legend: string;
  hint: string;
  options: { code: string; label: string }[];
  checked: readonly string[];
  readOnly: boolean;
  onToggle: (code: string, on: boolean) => void;
}) {
  const id = useId();
  return (
    <fieldset className="bs-fieldset bs-checklist" aria-describedby={`${id}-hint`}>
      <legend>{legend}</legend>
      <p className="bs-fieldset__note" id={`${id}-hint`}>
        {hint}
      </p>
      <ul className="bs-checklist__list">
        {options.map((option) => (
          <li key={option.code}>
            <label className="bs-checkbox">
              <input
                type="checkbox"
                value={option.code}
                checked={checked.includes(option.code)}
                disabled={readOnly}
                onChange={(event) => onToggle(option.code, event.target.checked)}
              />
              <span>{option.label}</span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

/**
 * One checkpoint: the statement of good practice, guidance on demand, the rating, the
 * examples already in place, the criteria (checkpoint 3) and notes.
 */
export function CheckpointStep({
  definition,
  total,
  answer,
  readOnly,
  headingRef,
  onChange,
}: {
  definition: CheckpointDefinition;
  total: number;
  answer: Answer;
  readOnly: boolean;
  headingRef: Ref<HTMLHeadingElement>;
  onChange: (change: Partial<Omit<Answer, 'number'>>) => void;
}) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const [guidanceOpen, setGuidanceOpen] = useState(false);
  const id = `checkpoint-${definition.number}`;
  const required = criteriaOf(definition, 'requiredCriteria');
  const exits = criteriaOf(definition, 'exitCriteria');

  return (
    <section className="bs-step" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} ref={headingRef} tabIndex={-1} className="bs-step__heading">
        <span className="bs-step__count">
          {t('wizard.progress', { number: definition.number, total })}
        </span>
        <span className="bs-visually-hidden">: </span>
        <span className="bs-step__title">{pick(definition.title)}</span>
      </h2>

      <div className="bs-step__statement">
        <p className="bs-step__statement-label">{t('wizard.statement')}</p>
        <p>{pick(definition.statement)}</p>
      </div>

      <div className="bs-disclosure">
        <button
          type="button"
          className="bs-disclosure__button"
          aria-expanded={guidanceOpen}
          aria-controls={`${id}-guidance`}
          onClick={() => setGuidanceOpen((open) => !open)}
        >
          <span aria-hidden="true" className="bs-disclosure__marker">
            {guidanceOpen ? '−' : '+'}
          </span>
          {t('wizard.guidance')}
        </button>
        <div id={`${id}-guidance`} className="bs-disclosure__panel" hidden={!guidanceOpen}>
          <h3>{t('wizard.whatGoodLooksLike')}</h3>
          <p>{pick(definition.whatGoodLooksLike)}</p>
          <h3>{t('wizard.whyItMatters')}</h3>
          <p>{pick(definition.whyItMatters)}</p>
        </div>
      </div>

      <h3 id={`${id}-rating`} className="bs-step__question">
        {t('wizard.rating')}
      </h3>
      <RatingGroup
        labelId={`${id}-rating`}
        value={answer.rating}
        disabled={readOnly}
        onChange={(rating) => onChange({ rating })}
      />

      <CheckboxList
        legend={t('wizard.examples')}
        hint={t('wizard.examplesHint')}
        options={definition.examples.map((e) => ({ code: e.code, label: pick(e.text) }))}
        checked={answer.tickedExamples}
        readOnly={readOnly}
        onToggle={(code, on) =>
          onChange({ tickedExamples: toggle(answer.tickedExamples, code, on) })
        }
      />

      {required.options.length > 0 && (
        <CheckboxList
          legend={t('wizard.requiredCriteria')}
          hint={`${t('wizard.requiredCriteriaHint')} ${required.examples.map(pick).join(' ')}`}
          options={required.options.map((o) => ({ code: o.code, label: pick(o.label) }))}
          checked={answer.requiredCriteria}
          readOnly={readOnly}
          onToggle={(code, on) =>
            onChange({ requiredCriteria: toggle(answer.requiredCriteria, code, on) })
          }
        />
      )}
      {exits.options.length > 0 && (
        <CheckboxList
          legend={t('wizard.exitCriteria')}
          hint={`${t('wizard.exitCriteriaHint')} ${exits.examples.map(pick).join(' ')}`}
          options={exits.options.map((o) => ({ code: o.code, label: pick(o.label) }))}
          checked={answer.exitCriteria}
          readOnly={readOnly}
          onToggle={(code, on) => onChange({ exitCriteria: toggle(answer.exitCriteria, code, on) })}
        />
      )}

      <TextAreaField
        id={`${id}-notes`}
        label={t('wizard.notes')}
        hint={t('wizard.notesHint')}
        value={answer.notes}
        maxLength={5000}
        readOnly={readOnly}
        onValueChange={(notes) => onChange({ notes })}
      />
    </section>
  );
}
