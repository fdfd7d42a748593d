import { describe, expect, it } from 'vitest';
import { de } from './de';
import { en } from './en';

function keysOf(tree: object, prefix = ''): string[] {
  return Object.entries(tree)
    .flatMap(([key, value]) =>
      typeof value === 'object' && value !== null
        ? keysOf(value as object, `${prefix}${key}.`)
        : [`${prefix}${key}`],
    )
    .sort();
}

function textAt(tree: object, key: string): string {
  const value = key
    .split('.')
    .reduce<unknown>((node, segment) => (node as Record<string, unknown>)[segment], tree);
  return String(value);
}

const placeholders = (text: string) =>
  [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

describe('translations', () => {
  it('German and English have exactly the same keys', () => {
    expect(keysOf(en)).toEqual(keysOf(de));
  });

  it('no text is empty', () => {
    for (const [language, tree] of Object.entries({ de, en })) {
      const empty = keysOf(tree).filter((key) => textAt(tree, key).trim() === '');
      expect(empty, language).toEqual([]);
    }
  });

  it('each key uses the same placeholders in both languages', () => {
    for (const key of keysOf(de)) {
      expect(placeholders(textAt(en, key)), key).toEqual(placeholders(textAt(de, key)));
    }
  });

  it('has a text for every error key the API sends', () => {
    // messageKey values of libs/api and libs/domain (ApiError subclasses, class-validator
    // messages, organisationProfileProblems, assessment and measure problems); grep libs/api
    // and libs/domain/src/checks for `messageKey`, `message:`, `'checks.` and `'measures.`;
    // profiles: libs/api/profiles and libs/domain/src/profiles for `'profiles.`.
    const apiKeys = [
      'errors.invalidInput',
      'errors.internal',
      'errors.tooManyRequests',
      'bounds.inverted',
      'bounds.latitude',
      'bounds.longitude',
      'geo.latitude',
      'geo.longitude',
      'access.signInRequired',
      'access.forbidden',
      'access.adminOnly',
      'accounts.adminOnly',
      'accounts.csrf',
      'accounts.displayNameLength',
      'accounts.emailAlreadyVerified',
      'accounts.emailInvalid',
      'accounts.emailNotVerified',
      'accounts.emailTaken',
      'accounts.invalidCredentials',
      'accounts.localeInvalid',
      'accounts.passwordContainsEmail',
      'accounts.passwordOnlyLetters',
      'accounts.passwordRequired',
      'accounts.passwordTooCommon',
      'accounts.passwordTooLong',
      'accounts.passwordTooShort',
      'accounts.signInRequired',
      'accounts.tokenExpired',
      'accounts.tokenInvalid',
      'organisations.limit',
      'organisations.invalidId',
      'organisations.notFound',
      'organisations.versionConflict',
      'organisations.locationOutsideGermany',
      'organisation.kind',
      'organisation.name',
      'organisation.legalForm',
      'organisation.description',
      'organisation.website',
      'organisation.street',
      'organisation.city',
      'organisation.publicContact',
      'organisation.contactName',
      'organisation.contactEmail',
      'organisation.contactPhone',
      'organisation.employeeBand',
      'organisation.volunteerBand',
      'organisation.staffBand',
      'organisation.wzSection',
      'organisation.engagementField',
      'organisation.version',
      'organisation.sizeBandForKind',
      'organisation.sectorForKind',
      'organisation.intermediaryHasNoSize',
      'members.lastOwner',
      'members.notFound',
      'members.invalidUserId',
      'invitations.alreadyMember',
      'invitations.email',
      'invitations.role',
      'invitations.invalid',
      'invitations.expired',
      'invitations.used',
      'invitations.wrongAccount',
      'consultants.email',
      'consultants.expiresAt',
      'consultants.unknownAccount',
      'consultants.invalidGrant',
      'intermediaries.notIntermediary',
      'privacy.passwordWrong',
      'privacy.soleOwner',
      'regions.invalidPostcode',
      'regions.unknownPostcode',
      'regions.unknownDistrict',
      'regions.geodataUnavailable',
      'matching.radiusInvalid',
      'matching.topicUnknown',
      'matching.themeUnknown',
      'matching.startWithinInvalid',
      'matching.groupSizeInvalid',
      'matching.pageSizeInvalid',
      'matching.offsetInvalid',
      'matching.notActingFor',
      'matching.excludeForbidden',
      'matching.kindCannotMatch',
      'matching.noProfile',
      'matching.partnerCannotMatch',
      'matching.partnerInvalidId',
      'checks.assessmentInvalidId',
      'checks.assessmentNotFound',
      'checks.benchmarkScope',
      'checks.catalogueUnknown',
      'checks.checkpointDuplicate',
      'checks.checkpointUnknown',
      'checks.completedReadOnly',
      'checks.criterionDuplicate',
      'checks.criterionNotAllowed',
      'checks.criterionUnknown',
      'checks.exampleDuplicate',
      'checks.exampleUnknown',
      'checks.exampleWrongCheckpoint',
      'checks.kindCannotAssess',
      'checks.notesTooLong',
      'checks.ratingInvalid',
      'checks.reportLanguage',
      'checks.revision',
      'checks.revisionConflict',
      'checks.unrated',
      'measures.checkpoint',
      'measures.checkpointUnknown',
      'measures.date',
      'measures.dateInvalid',
      'measures.exampleUnknown',
      'measures.invalidId',
      'measures.notFound',
      'measures.orderIncomplete',
      'measures.priority',
      'measures.priorityInvalid',
      'measures.responsible',
      'measures.reviewBeforeStart',
      'measures.status',
      'measures.statusInvalid',
      'measures.suggestionUnknown',
      'measures.text',
      'measures.textEmpty',
      'measures.textTooLong',
      'measures.version',
      'measures.versionConflict',
      'profiles.attributeNotHeld',
      'profiles.attributeWrongKind',
      'profiles.capacityInvalid',
      'profiles.categoryUnknown',
      'profiles.codeUnknown',
      'profiles.criterionWrongKind',
      'profiles.directionNotAllowed',
      'profiles.directionNotNatural',
      'profiles.directionRequired',
      'profiles.fieldUnknown',
      'profiles.groupSizeInvalid',
      'profiles.kindHasNoProfile',
      'profiles.leadTimeInvalid',
      'profiles.notOffered',
      'profiles.radiusInvalid',
      'profiles.termsOnlyForEffortfulOffers',
      'profiles.verifierOutsideRegion',
      'profiles.versionConflict',
      'profiles.versionInvalid',
      'profiles.visibilityUnknown',
    ];
    expect(apiKeys.filter((key) => !keysOf(de).includes(key))).toEqual([]);
  });
});

describe('labels of the organisation attributes', () => {
  it('name every value of the domain in both languages', () => {
    expect(Object.keys(de.labels.wzSection)).toHaveLength(21);
    expect(de.labels.employeeBand.EMPLOYEES_10_49).toBe('10–49 Beschäftigte');
    expect(en.labels.engagementField.SOCIAL).toBe('Social services');
  });
});
