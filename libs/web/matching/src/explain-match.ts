import type { MatchBlocker, MatchFieldsFragment } from '@bs/web/data-access';
import type { TranslationKey } from '@bs/web/i18n';

/** One sentence of the "why" panel: a text key with its values. */
export interface Reason {
  /** A text key; plural texts by their base key (with a `count` value). */
  key: TranslationKey | 'matches.whyPanel.hidden';
  values: Record<string, string | number>;
}

export interface Explanation {
  topics: Reason[];
  distance: Reason;
  themes: Reason;
  readiness: Reason[];
  factors: { key: TranslationKey; points: string; max: string; share: number }[];
}

interface Labels {
  topic: (code: string) => string;
  theme: (code: string) => string;
}

/**
 * The plain-language explanation of a match, from its factors: each matched topic in both
 * directions, topics the partner does not show publicly (counted), the distance and its limit,
 * shared themes, both readiness values and the checks' signals, and every factor's points.
 */
export function explainMatch(
  match: MatchFieldsFragment,
  labels: Labels,
  format: (value: number, digits?: number) => string,
): Explanation {
  const partner = match.partner.name;
  const topics: Reason[] = [
    ...match.youSeekTheyOffer.codes.map((code) => ({
      key: 'matches.whyPanel.youSeek' as const,
      values: { topic: labels.topic(code), partner },
    })),
    ...match.theySeekYouOffer.codes.map((code) => ({
      key: 'matches.whyPanel.theySeek' as const,
      values: { topic: labels.topic(code), partner },
    })),
  ];
  const hidden = match.youSeekTheyOffer.hiddenCount + match.theySeekYouOffer.hiddenCount;
  if (hidden > 0)
    topics.push({ key: 'matches.whyPanel.hidden', values: { count: hidden, partner } });
  const twoSided = match.youSeekTheyOffer.count > 0 && match.theySeekYouOffer.count > 0;
  topics.push({
    key: twoSided ? 'matches.whyPanel.twoSided' : 'matches.whyPanel.oneSided',
    values: {},
  });
  const { distance, readiness } = match.factors;
  const percent = (value: number | null) => (value === null ? null : format(value * 100, 0));
  const readinessReasons: Reason[] = [
    readiness.partner === null
      ? {
          key: 'matches.whyPanel.readinessHidden',
          values: { searcher: percent(readiness.searcher) ?? '–', partner },
        }
      : {
          key: 'matches.whyPanel.readiness',
          values: {
            searcher: percent(readiness.searcher) ?? '–',
            partner,
            other: percent(readiness.partner) ?? '–',
          },
        },
    ...match.signals.map((signal) => ({
      key: `matches.whyPanel.signal.${signal}` as TranslationKey,
      values: {},
    })),
  ];
  const factor = (
    key: TranslationKey,
    f: { weight: number; contribution: number },
  ): Explanation['factors'][number] => ({
    key,
    points: format(f.contribution * 100, 0),
    max: format(f.weight * 100, 0),
    share: f.weight === 0 ? 0 : f.contribution / f.weight,
  });
  return {
    topics,
    distance: {
      key: 'matches.whyPanel.distance',
      values: { km: format(distance.km, 1), limit: format(distance.limitKm, 0) },
    },
    themes:
      match.sharedThemes.codes.length > 0
        ? {
            key: 'matches.whyPanel.themes',
            values: { themes: match.sharedThemes.codes.map(labels.theme).join(', ') },
          }
        : { key: 'matches.whyPanel.noThemes', values: {} },
    readiness: readinessReasons,
    factors: [
      factor('matches.whyPanel.factor.topics', match.factors.topics),
      factor('matches.whyPanel.factor.themes', match.factors.themes),
      factor('matches.whyPanel.factor.distance', match.factors.distance),
      factor('matches.whyPanel.factor.readiness', match.factors.readiness),
    ],
  };
}

/**
 * Why a pair does not match, one sentence per blocker, from the viewer's side: the quality
 * criteria blockers name the ZO's or the KMU's criteria, so they are turned into "yours" and
 * "theirs" by the kind of the organisation one acts for.
 */
export function explainBlockers(
  blockers: readonly MatchBlocker[],
  viewerKind: 'ZO' | 'KMU',
  partner: string,
  distanceKm: number,
  format: (value: number, digits?: number) => string,
): Reason[] {
  const criteria = (side: 'ZO' | 'KMU'): Reason => ({
    key: side === viewerKind ? 'matches.blocker.yourCriteria' : 'matches.blocker.theirCriteria',
    values: { partner },
  });
  return blockers.map((blocker): Reason => {
    switch (blocker) {
      case 'SAME_ORGANISATION':
        return { key: 'matches.blocker.sameOrganisation', values: {} };
      case 'SAME_KIND':
        return { key: 'matches.blocker.sameKind', values: {} };
      case 'EXCLUDED':
        return { key: 'matches.blocker.excluded', values: { partner } };
      case 'OUTSIDE_RADIUS':
        return { key: 'matches.blocker.outsideRadius', values: { km: format(distanceKm, 1) } };
      case 'NO_TOPIC_FIT':
        return { key: 'matches.blocker.noTopicFit', values: { partner } };
      case 'ZO_CRITERIA_NOT_MET':
        return criteria('ZO');
      case 'KMU_CRITERIA_NOT_MET':
        return criteria('KMU');
    }
  });
}
