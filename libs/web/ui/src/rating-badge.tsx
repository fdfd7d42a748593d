import type { Rating } from '@bs/domain';
import { useTranslation } from '@bs/web/i18n';

/**
 * The shape of a rating, so that it never depends on colour alone: red is an octagon with a
 * cross (stop), yellow a triangle with an exclamation mark, green a circle with a tick;
 * "not rated" an empty dashed circle. Decorative: the text beside it names the rating.
 */
export function RatingIcon({ rating, size = 20 }: { rating: Rating | null; size?: number }) {
  const common = {
    width: size,
    height: size,
    viewBox: '0 0 20 20',
    'aria-hidden': true,
    focusable: false,
    className: `bs-rating-icon bs-rating-icon--${rating ? rating.toLowerCase() : 'none'}`,
  } as const;
  switch (rating) {
    case 'RED':
      return (
        <svg {...common}>
          <polygon
            points="6,1 14,1 19,6 19,14 14,19 6,19 1,14 1,6"
            className="bs-rating-icon__shape"
          />
          <path d="M6.5 6.5 13.5 13.5 M13.5 6.5 6.5 13.5" className="bs-rating-icon__mark" />
        </svg>
      );
    case 'YELLOW':
      return (
        <svg {...common}>
          <polygon points="10,1 19.5,18.5 0.5,18.5" className="bs-rating-icon__shape" />
          <path d="M10 7v5.5 M10 14.6v1.2" className="bs-rating-icon__mark" />
        </svg>
      );
    case 'GREEN':
      return (
        <svg {...common}>
          <circle cx="10" cy="10" r="9" className="bs-rating-icon__shape" />
          <path d="M5.5 10.3 8.6 13.4 14.5 7" className="bs-rating-icon__mark" />
        </svg>
      );
    default:
      return (
        <svg {...common}>
          <circle cx="10" cy="10" r="8" className="bs-rating-icon__shape" />
        </svg>
      );
  }
}

/** "Rot: dringender Handlungsbedarf", or "noch nicht bewertet". */
export function useRatingText() {
  const { t } = useTranslation();
  return {
    full: (rating: Rating | null | undefined) =>
      rating
        ? t('rating.full', {
            colour: t(`rating.short.${rating}`),
            meaning: t(`rating.meaning.${rating}`),
          })
        : t('rating.none'),
    short: (rating: Rating | null | undefined) =>
      rating ? t(`rating.short.${rating}`) : t('rating.none'),
  };
}

/** A rating as icon and written-out text. */
export function RatingBadge({ rating }: { rating: Rating | null | undefined }) {
  const text = useRatingText();
  return (
    <span className={`bs-rating bs-rating--${rating ? rating.toLowerCase() : 'none'}`}>
      <RatingIcon rating={rating ?? null} />
      <span>{text.full(rating)}</span>
    </span>
  );
}
