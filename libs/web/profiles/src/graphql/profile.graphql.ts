import { graphql } from '@bs/web/data-access';

/** A profile as the viewer may see it, with provenance, terms, verifications and settings. */
export const ProfileFieldsFragment = graphql(`
  fragment ProfileFields on Profile {
    organisationId
    kind
    version
    canEdit
    canVerify
    verifyingIntermediaries {
      id
      name
    }
    withheldFields
    withheld {
      field
      level
    }
    entries {
      category
      code
      direction
      fromCheck
      manual
      hidden
      examples
      terms {
        capacityPerYear
        leadTimeDays
        groupSize
      }
      verification {
        intermediaryId
        intermediaryName
        verifiedAt
      }
    }
    readiness {
      ratings
      green
      yellow
      red
      score
    }
    derivation {
      assessmentId
      template
      version
      derivedAt
      changes {
        category
        code
        direction
        change
        effective
      }
    }
    settings {
      radiusKm
      requireVerified
      visibility {
        field
        level
      }
    }
  }
`);

/** The organisation's name and kind, and its profile. */
export const ProfilePageQuery = graphql(`
  query ProfilePage($organisationId: ID!) {
    organisation(id: $organisationId) {
      id
      name
      kind
    }
    profile(organisationId: $organisationId) {
      ...ProfileFields
    }
  }
`);

/**
 * The check version a profile was derived from: checkpoint titles (for the readiness) and
 * the examples' texts (where an entry came from). The same selection as the practice check's
 * `CheckCatalogue` query: both share one cache entry per template and version, and the
 * checkpoints (objects without ids) would otherwise replace each other there.
 */
export const ProfileCheckCatalogueQuery = graphql(`
  query ProfileCheckCatalogue($template: String!, $version: Int) {
    checkCatalogue(template: $template, version: $version) {
      template
      version
      kind
      title {
        de
        en
      }
      checkpoints {
        number
        code
        title {
          de
          en
        }
        statement {
          de
          en
        }
        whatGoodLooksLike {
          de
          en
        }
        whyItMatters {
          de
          en
        }
        examples {
          code
          text {
            de
            en
          }
          codes {
            type
            code
          }
        }
      }
    }
  }
`);

export const AddProfileEntryMutation = graphql(`
  mutation AddProfileEntry($input: ProfileItemInput!) {
    addProfileEntry(input: $input) {
      ...ProfileFields
    }
  }
`);

export const RemoveProfileEntryMutation = graphql(`
  mutation RemoveProfileEntry($input: ProfileItemInput!) {
    removeProfileEntry(input: $input) {
      ...ProfileFields
    }
  }
`);

export const SetOfferTermsMutation = graphql(`
  mutation SetOfferTerms($input: SetOfferTermsInput!) {
    setOfferTerms(input: $input) {
      ...ProfileFields
    }
  }
`);

export const UpdateProfileSettingsMutation = graphql(`
  mutation UpdateProfileSettings($input: UpdateProfileSettingsInput!) {
    updateProfileSettings(input: $input) {
      ...ProfileFields
    }
  }
`);

export const VerifyAttributeMutation = graphql(`
  mutation VerifyAttribute($input: VerifyAttributeInput!) {
    verifyAttribute(input: $input) {
      ...ProfileFields
    }
  }
`);

export const RevokeAttributeVerificationMutation = graphql(`
  mutation RevokeAttributeVerification($input: VerifyAttributeInput!) {
    revokeAttributeVerification(input: $input) {
      ...ProfileFields
    }
  }
`);
