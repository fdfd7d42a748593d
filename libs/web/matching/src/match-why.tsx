import type { MatchFieldsFragment } from '@bs/web/data-access';
import { useTranslation } from '@bs/web/i18n';
import { useCallback } from 'react';
import { explainMatch, type Reason } from './explain-match';
import { useTaxonomyLabels } from './use-taxonomy-labels';

/** Formats numbers for the page's language; the same function until the language changes. */
export function useNumberFormat() {
  const { i18n } = useTranslation();
  const locale = i18n.language === 'en' ? 'en-GB' : 'de-DE';
  return useCallback(
    (value: number, digits = 1) =>
      new Intl.NumberFormat(locale, {
        minimumFractionDigits: 0,
        maximumFractionDigits: digits,
      }).format(value),
    [locale],
  );
}

/** The "why" panel: every factor of a match in plain words, with its points. */
export function MatchWhy({ match, headingId }: { match: MatchFieldsFragment; headingId: string }) {
  const { t } = useTranslation();
  const labels = useTaxonomyLabels();
  const format = useNumberFormat();
  const why = explainMatch(match, labels, format);
  const say = (reason: Reason) => t(reason.key, reason.values);
  return (
    <section className="bs-match-why" aria-labelledby={headingId}>
      <h4 id={headingId}>{t('matches.why', { name: match.partner.name })}</h4>
      <ul>
        {why.topics.map((reason, i) => (
          <li key={`topic-${i}`}>{say(reason)}</li>
        ))}
        <li>{say(why.distance)}</li>
        <li>{say(why.themes)}</li>
        {why.readiness.map((reason, i) => (
          <li key={`readiness-${i}`}>{say(reason)}</li>
        ))}
      </ul>
      <h5>{t('matches.whyPanel.factorsHeading')}</h5>
      <dl className="bs-match-factors">
        {why.factors.map((factor) => (
          <div key={factor.key}>
            <dt>{t(factor.key)}</dt>
            <dd>
              <meter min={0} max={1} value={factor.share} aria-hidden="true" />{' '}
              {t('matches.whyPanel.points', { points: factor.points, max: factor.max })}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
