import { isRating, RATINGS, type Rating } from '@bs/domain';
import { useTranslation } from '@bs/web/i18n';
import { RatingBadge, RatingIcon, useRatingText } from '@bs/web/ui';

// The badge and icon are shared UI (profiles show readiness with them); re-exported here so the
// check's components keep one import.
export { isRating, RATINGS, RatingBadge, RatingIcon, useRatingText, type Rating };

/**
 * The seven checkpoints as traffic lights: each with its number, shape and colour word (the
 * meaning is there for screen readers), so the summary never relies on colour alone.
 */
export function TrafficLightSummary({
  checkpoints,
}: {
  checkpoints: readonly { number: number; rating: Rating | null }[];
}) {
  const { t } = useTranslation();
  const text = useRatingText();
  return (
    <ol className="bs-lights" aria-label={t('rating.summary')}>
      {checkpoints.map(({ number, rating }) => (
        <li
          key={number}
          className={`bs-lights__item bs-lights__item--${rating ? rating.toLowerCase() : 'none'}`}
          title={t('rating.dot', { number, rating: text.full(rating) })}
        >
          <RatingIcon rating={rating} />
          <span aria-hidden="true">
            {number} {text.short(rating)}
          </span>
          <span className="bs-visually-hidden">
            {t('rating.dot', { number, rating: text.full(rating) })}
          </span>
        </li>
      ))}
    </ol>
  );
}
