import { skipToken, useQuery } from '@apollo/client/react';
import type { CheckpointAnswerFieldsFragment, OrganisationKind } from '@bs/web/data-access';
import { currentLanguage, useTranslation, type TranslationKey } from '@bs/web/i18n';
import { paths, useMyRole, useViewer } from '@bs/web/session';
import { Notice } from '@bs/web/ui';
import { Link, useLocation } from 'react-router';
import { CheckCatalogueQuery } from './graphql/assessment.graphql';

/** A checkpoint's answer without the GraphQL type name, as the wizard keeps and sends it. */
export type Answer = Omit<CheckpointAnswerFieldsFragment, '__typename'>;

export function toAnswer(answer: Answer): Answer {
  return {
    number: answer.number,
    rating: answer.rating,
    tickedExamples: [...answer.tickedExamples],
    notes: answer.notes,
    requiredCriteria: [...answer.requiredCriteria],
    exitCriteria: [...answer.exitCriteria],
  };
}

const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((x) => b.includes(x));

export function sameAnswer(a: Answer, b: Answer): boolean {
  return (
    a.rating === b.rating &&
    a.notes === b.notes &&
    sameSet(a.tickedExamples, b.tickedExamples) &&
    sameSet(a.requiredCriteria, b.requiredCriteria) &&
    sameSet(a.exitCriteria, b.exitCriteria)
  );
}

/** The check an organisation of this kind fills in; none for intermediaries. */
export function templateOf(kind: OrganisationKind): 'ZO_KMU' | 'KMU_ZO' | null {
  if (kind === 'ZO') return 'ZO_KMU';
  if (kind === 'KMU') return 'KMU_ZO';
  return null;
}

/** The texts of a check version (both languages) and a picker for the current language. */
export function useCatalogue(template: string | null | undefined, version?: number) {
  const { data, error, loading } = useQuery(
    CheckCatalogueQuery,
    template ? { variables: { template, version: version ?? null } } : skipToken,
  );
  return { catalogue: data?.checkCatalogue, error, loading };
}

/** Picks the current language from a `{ de en }` text of the API. */
export function useLocalized() {
  const { i18n } = useTranslation();
  const language = currentLanguage(i18n);
  return {
    language,
    pick: (text: { de: string; en: string }) => text[language],
    /** A date (ISO date or timestamp) in words, e.g. "3. März 2026". */
    date: (value: unknown) => formatDate(value, language),
  };
}

export function formatDate(value: unknown, language: 'de' | 'en'): string {
  if (typeof value !== 'string' || value === '') return '';
  const dateOnly = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const date = dateOnly
    ? new Date(Number(dateOnly[1]), Number(dateOnly[2]) - 1, Number(dateOnly[3]))
    : new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(language === 'de' ? 'de-DE' : 'en-GB', {
    dateStyle: 'long',
  }).format(date);
}

/**
 * Who may change the organisation's checks: owners and editors, and consultants with an active
 * grant (they are no members; the API decides, and answers FORBIDDEN to anyone else). Platform
 * admins and viewers read only.
 */
export function useCheckAccess(organisationId: string) {
  const { viewer, loading: viewerLoading } = useViewer();
  const { role, loading } = useMyRole(organisationId);
  const canEdit =
    role === 'OWNER' || role === 'EDITOR' || (!role && !!viewer && viewer.platformRole !== 'ADMIN');
  return { viewer, role, canEdit, loading: viewerLoading || loading };
}

/** Asks anonymous visitors to log in, coming back to this page afterwards. */
export function SignInNotice({ text }: { text: TranslationKey }) {
  const { t } = useTranslation();
  const location = useLocation();
  return (
    <Notice>
      <p>{t(text)}</p>
      <p>
        <Link to={paths.logIn(`${location.pathname}${location.search}`)} className="bs-button">
          {t('header.logIn')}
        </Link>
      </p>
    </Notice>
  );
}
