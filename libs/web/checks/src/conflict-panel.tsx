import type { CheckCatalogueQuery } from '@bs/web/data-access';
import { useTranslation } from '@bs/web/i18n';
import { useEffect, useRef } from 'react';
import { useLocalized, type Answer } from './check-support';
import { RatingBadge } from './ratings';
import type { AnswerConflict } from './use-autosave';

function AnswerSummary({ answer, title }: { answer: Answer; title: string }) {
  const { t } = useTranslation();
  return (
    <div className="bs-conflict__answer">
      <h4>{title}</h4>
      <ul>
        <li>
          <RatingBadge rating={answer.rating} />
        </li>
        <li>{t('wizard.answerExamples', { count: answer.tickedExamples.length })}</li>
        <li>
          {answer.notes.trim()
            ? t('wizard.answerNotes', { notes: answer.notes })
            : t('wizard.answerNoNotes')}
        </li>
      </ul>
    </div>
  );
}

/**
 * Someone else saved the same checkpoints meanwhile: both versions side by side, and per
 * checkpoint the choice to keep one's own answers or take the other person's.
 */
export function ConflictPanel({
  conflicts,
  answers,
  catalogue,
  onResolve,
}: {
  conflicts: readonly AnswerConflict[];
  answers: readonly Answer[];
  catalogue: CheckCatalogueQuery['checkCatalogue'];
  onResolve: (number: number, choice: 'mine' | 'theirs') => void;
}) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const ref = useRef<HTMLDivElement>(null);
  const count = conflicts.length;
  useEffect(() => {
    ref.current?.focus();
  }, [count]);

  return (
    <div
      ref={ref}
      className="bs-conflict"
      role="alert"
      tabIndex={-1}
      aria-labelledby="wizard-conflict-title"
    >
      <h2 id="wizard-conflict-title">{t('wizard.conflictTitle')}</h2>
      <p>{t('wizard.conflictText')}</p>
      {conflicts.map(({ number, theirs }) => {
        const mine = answers.find((a) => a.number === number);
        const definition = catalogue.checkpoints.find((c) => c.number === number);
        return (
          <section key={number} className="bs-conflict__checkpoint">
            <h3>
              {t('wizard.stepHeading', {
                number,
                title: definition ? pick(definition.title) : '',
              })}
            </h3>
            <div className="bs-conflict__answers">
              {mine && <AnswerSummary answer={mine} title={t('wizard.yours')} />}
              <AnswerSummary answer={theirs} title={t('wizard.theirs')} />
            </div>
            <p className="bs-form__actions">
              <button
                type="button"
                className="bs-button bs-button--secondary"
                onClick={() => onResolve(number, 'mine')}
              >
                {t('wizard.keepMine')}
              </button>
              <button
                type="button"
                className="bs-button bs-button--secondary"
                onClick={() => onResolve(number, 'theirs')}
              >
                {t('wizard.takeTheirs')}
              </button>
            </p>
          </section>
        );
      })}
    </div>
  );
}
