import { useTranslation } from '@bs/web/i18n';
import { useId, useRef, type KeyboardEvent } from 'react';
import { RATINGS, RatingIcon, type Rating } from './ratings';

export interface RatingGroupProps {
  value: Rating | null;
  onChange: (rating: Rating) => void;
  disabled?: boolean;
  /** Id of the group's label (a visible heading or legend). */
  labelId?: string;
}

/**
 * The three ratings as a radio group of buttons: text, colour and shape, never colour alone.
 * One tab stop; the arrow keys move to and choose the previous or next rating (wrapping), as in
 * a native radio group; Space and Enter choose the focused one.
 */
export function RatingGroup({ value, onChange, disabled, labelId }: RatingGroupProps) {
  const { t } = useTranslation();
  const ownLabelId = useId();
  const hintId = useId();
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  const focusable = value ?? RATINGS[0];

  const move = (from: number, step: number) => {
    const index = (from + step + RATINGS.length) % RATINGS.length;
    const rating = RATINGS[index];
    refs.current[index]?.focus();
    onChange(rating);
  };

  const onKeyDown = (index: number) => (event: KeyboardEvent<HTMLButtonElement>) => {
    if (disabled) return;
    switch (event.key) {
      case 'ArrowRight':
      case 'ArrowDown':
        event.preventDefault();
        move(index, 1);
        break;
      case 'ArrowLeft':
      case 'ArrowUp':
        event.preventDefault();
        move(index, -1);
        break;
      case 'Home':
        event.preventDefault();
        move(0, 0);
        break;
      case 'End':
        event.preventDefault();
        move(RATINGS.length - 1, 0);
        break;
      default:
    }
  };

  return (
    <div className="bs-rating-group">
      {!labelId && (
        <p className="bs-rating-group__label" id={ownLabelId}>
          {t('wizard.rating')}
        </p>
      )}
      <p className="bs-field__hint" id={hintId}>
        {t('wizard.ratingHint')}
      </p>
      <div
        role="radiogroup"
        aria-labelledby={labelId ?? ownLabelId}
        aria-describedby={hintId}
        aria-disabled={disabled || undefined}
        className="bs-rating-group__options"
      >
        {RATINGS.map((rating, index) => {
          const checked = value === rating;
          return (
            <button
              key={rating}
              ref={(element) => {
                refs.current[index] = element;
              }}
              type="button"
              role="radio"
              aria-checked={checked}
              aria-label={t('rating.full', {
                colour: t(`rating.short.${rating}`),
                meaning: t(`rating.meaning.${rating}`),
              })}
              tabIndex={rating === focusable ? 0 : -1}
              disabled={disabled}
              className={`bs-rating-option bs-rating-option--${rating.toLowerCase()}`}
              onClick={() => onChange(rating)}
              onKeyDown={onKeyDown(index)}
            >
              <RatingIcon rating={rating} size={24} />
              <span className="bs-rating-option__text">
                <span className="bs-rating-option__colour">{t(`rating.short.${rating}`)}</span>
                <span className="bs-rating-option__meaning">{t(`rating.meaning.${rating}`)}</span>
              </span>
            </button>
          );
        })}
      </div>
    </div>
  );
}
