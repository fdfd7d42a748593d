/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      id\n      email\n    }\n  }\n": typeof types.SignUpDocument,
    "\n  mutation LogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      id\n      displayName\n      email\n      emailVerified\n      locale\n      platformRole\n    }\n  }\n": typeof types.LogInDocument,
    "\n  mutation VerifyEmail($token: String!) {\n    verifyEmail(token: $token)\n  }\n": typeof types.VerifyEmailDocument,
    "\n  mutation ResendVerification {\n    resendVerification\n  }\n": typeof types.ResendVerificationDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword)\n  }\n": typeof types.ResetPasswordDocument,
    "\n  mutation ChangeLocale($locale: Locale!) {\n    changeLocale(locale: $locale) {\n      id\n      locale\n    }\n  }\n": typeof types.ChangeLocaleDocument,
    "\n  mutation DeleteMyAccount($password: String!) {\n    deleteMyAccount(password: $password)\n  }\n": typeof types.DeleteMyAccountDocument,
    "\n  query MyDataExport {\n    myDataExport\n  }\n": typeof types.MyDataExportDocument,
    "\n  fragment CheckpointAnswerFields on CheckpointAnswer {\n    number\n    rating\n    tickedExamples\n    notes\n    requiredCriteria\n    exitCriteria\n  }\n": typeof types.CheckpointAnswerFieldsFragmentDoc,
    "\n  fragment AssessmentFields on Assessment {\n    id\n    organisationId\n    template\n    version\n    status\n    revision\n    previousId\n    startedAt\n    updatedAt\n    completedAt\n    checkpoints {\n      ...CheckpointAnswerFields\n    }\n  }\n": typeof types.AssessmentFieldsFragmentDoc,
    "\n  query CheckOrganisation($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n      kind\n    }\n  }\n": typeof types.CheckOrganisationDocument,
    "\n  query Assessments($organisationId: ID!) {\n    assessments(organisationId: $organisationId) {\n      ...AssessmentFields\n    }\n  }\n": typeof types.AssessmentsDocument,
    "\n  query Assessment($id: ID!) {\n    assessment(id: $id) {\n      ...AssessmentFields\n    }\n  }\n": typeof types.AssessmentDocument,
    "\n  query CheckCatalogue($template: String!, $version: Int) {\n    checkCatalogue(template: $template, version: $version) {\n      template\n      version\n      kind\n      title {\n        de\n        en\n      }\n      checkpoints {\n        number\n        code\n        title {\n          de\n          en\n        }\n        statement {\n          de\n          en\n        }\n        whatGoodLooksLike {\n          de\n          en\n        }\n        whyItMatters {\n          de\n          en\n        }\n        examples {\n          code\n          text {\n            de\n            en\n          }\n          codes {\n            type\n            code\n          }\n        }\n      }\n    }\n  }\n": typeof types.CheckCatalogueDocument,
    "\n  mutation StartAssessment($organisationId: ID!) {\n    startAssessment(organisationId: $organisationId) {\n      ...AssessmentFields\n    }\n  }\n": typeof types.StartAssessmentDocument,
    "\n  mutation SaveAssessment($input: SaveAssessmentInput!) {\n    saveAssessment(input: $input) {\n      ...AssessmentFields\n    }\n  }\n": typeof types.SaveAssessmentDocument,
    "\n  mutation CompleteAssessment($assessmentId: ID!, $revision: Int!) {\n    completeAssessment(assessmentId: $assessmentId, revision: $revision) {\n      ...AssessmentFields\n    }\n  }\n": typeof types.CompleteAssessmentDocument,
    "\n  fragment MeasureFields on Measure {\n    id\n    assessmentId\n    checkpoint\n    position\n    text\n    priority\n    responsible\n    startDate\n    reviewDate\n    status\n    sourceExample\n    version\n  }\n": typeof types.MeasureFieldsFragmentDoc,
    "\n  fragment BenchmarkFields on RatingBenchmark {\n    scope\n    regionKey\n    regionName\n    organisations\n    checkpoints {\n      number\n      red\n      yellow\n      green\n    }\n  }\n": typeof types.BenchmarkFieldsFragmentDoc,
    "\n  query AssessmentComparison($assessmentId: ID!) {\n    assessmentChanges(assessmentId: $assessmentId) {\n      number\n      trend\n      rating\n      previousRating\n      examplesAdded\n      examplesRemoved\n    }\n    land: assessmentBenchmark(assessmentId: $assessmentId, scope: \"LAND\") {\n      ...BenchmarkFields\n    }\n    district: assessmentBenchmark(assessmentId: $assessmentId, scope: \"DISTRICT\") {\n      ...BenchmarkFields\n    }\n  }\n": typeof types.AssessmentComparisonDocument,
    "\n  query Measures($assessmentId: ID!) {\n    measures(assessmentId: $assessmentId) {\n      ...MeasureFields\n    }\n  }\n": typeof types.MeasuresDocument,
    "\n  query SuggestedMeasures($assessmentId: ID!) {\n    suggestedMeasures(assessmentId: $assessmentId) {\n      checkpoint\n      exampleCode\n      priority\n      text {\n        de\n        en\n      }\n    }\n  }\n": typeof types.SuggestedMeasuresDocument,
    "\n  query DueMeasureReviews($organisationId: ID!) {\n    dueMeasureReviews(organisationId: $organisationId) {\n      organisationId\n      measure {\n        ...MeasureFields\n      }\n    }\n  }\n": typeof types.DueMeasureReviewsDocument,
    "\n  mutation AddMeasure($input: AddMeasureInput!) {\n    addMeasure(input: $input) {\n      ...MeasureFields\n    }\n  }\n": typeof types.AddMeasureDocument,
    "\n  mutation AddSuggestedMeasures($assessmentId: ID!, $exampleCodes: [String!]!) {\n    addSuggestedMeasures(assessmentId: $assessmentId, exampleCodes: $exampleCodes) {\n      ...MeasureFields\n    }\n  }\n": typeof types.AddSuggestedMeasuresDocument,
    "\n  mutation UpdateMeasure($input: UpdateMeasureInput!) {\n    updateMeasure(input: $input) {\n      ...MeasureFields\n    }\n  }\n": typeof types.UpdateMeasureDocument,
    "\n  mutation DeleteMeasure($id: ID!) {\n    deleteMeasure(id: $id)\n  }\n": typeof types.DeleteMeasureDocument,
    "\n  mutation ReorderMeasures($assessmentId: ID!, $ids: [ID!]!) {\n    reorderMeasures(assessmentId: $assessmentId, ids: $ids) {\n      ...MeasureFields\n    }\n  }\n": typeof types.ReorderMeasuresDocument,
    "\n  query AssessmentReport($assessmentId: ID!, $language: String!) {\n    assessmentReport(assessmentId: $assessmentId, language: $language) {\n      filename\n      contentType\n      base64\n    }\n  }\n": typeof types.AssessmentReportDocument,
    "\n  query ProfileDerivationOfCheck($organisationId: ID!) {\n    profile(organisationId: $organisationId) {\n      organisationId\n      derivation {\n        assessmentId\n        derivedAt\n      }\n    }\n  }\n": typeof types.ProfileDerivationOfCheckDocument,
    "\n  query MapConfig {\n    mapConfig {\n      tileUrl\n      tileAttribution\n      laenderOutlineUrl\n      districtOutlineUrl\n      dataAttributions {\n        text\n        url\n      }\n    }\n  }\n": typeof types.MapConfigDocument,
    "\n  query MapFeatures($viewport: MapViewportInput!, $filter: MapFilterInput) {\n    mapFeatures(viewport: $viewport, filter: $filter) {\n      total\n      totals {\n        zo\n        kmu\n        intermediary\n      }\n      clusters {\n        id\n        count\n        counts {\n          zo\n          kmu\n          intermediary\n        }\n        location {\n          lat\n          lng\n        }\n        bounds {\n          south\n          west\n          north\n          east\n        }\n      }\n      organisations {\n        ...MapOrganisationFields\n      }\n    }\n  }\n": typeof types.MapFeaturesDocument,
    "\n  fragment MapOrganisationFields on MapOrganisation {\n    id\n    kind\n    name\n    postcode\n    city\n    location {\n      lat\n      lng\n    }\n  }\n": typeof types.MapOrganisationFieldsFragmentDoc,
    "\n  query MapOrganisationList(\n    $viewport: MapViewportInput!\n    $filter: MapFilterInput\n    $offset: Int!\n    $limit: Int!\n  ) {\n    mapOrganisationList(viewport: $viewport, filter: $filter, offset: $offset, limit: $limit) {\n      total\n      offset\n      entries {\n        distanceKm\n        organisation {\n          ...MapOrganisationFields\n        }\n      }\n    }\n  }\n": typeof types.MapOrganisationListDocument,
    "\n  query MapSearch($input: MapSearchInput!) {\n    mapSearch(input: $input) {\n      places {\n        postcode\n        name\n        districtName\n        location {\n          lat\n          lng\n        }\n      }\n      organisations {\n        distanceKm\n        organisation {\n          ...MapOrganisationFields\n        }\n      }\n    }\n  }\n": typeof types.MapSearchDocument,
    "\n  query OrganisationCard($id: ID!) {\n    organisation(id: $id) {\n      id\n      kind\n      name\n      legalForm\n      description\n      website\n      publicContact\n      street\n      postcode\n      city\n      district {\n        key\n        name\n      }\n      land {\n        key\n        name\n      }\n      location {\n        lat\n        lng\n      }\n    }\n  }\n": typeof types.OrganisationCardDocument,
    "\n  query OrganisationCardProfile($id: ID!) {\n    profile(organisationId: $id) {\n      organisationId\n      withheldFields\n      entries {\n        category\n        code\n        direction\n        verification {\n          intermediaryName\n        }\n      }\n    }\n  }\n": typeof types.OrganisationCardProfileDocument,
    "\n  query MapDistricts {\n    districts {\n      key\n      name\n      type\n      land {\n        key\n        name\n      }\n    }\n  }\n": typeof types.MapDistrictsDocument,
    "\n  fragment MatchFields on Match {\n    partner {\n      id\n      kind\n      name\n      city\n      postcode\n      location {\n        lat\n        lng\n      }\n    }\n    distanceKm\n    score\n    signals\n    factors {\n      topics {\n        searcherSeeksCovered\n        partnerSeeksCovered\n        fit\n        weight\n        contribution\n      }\n      themes {\n        overlap\n        weight\n        contribution\n      }\n      distance {\n        km\n        limitKm\n        decay\n        weight\n        contribution\n      }\n      readiness {\n        searcher\n        partner\n        combined\n        weight\n        contribution\n      }\n    }\n    youSeekTheyOffer {\n      codes\n      count\n      hiddenCount\n    }\n    theySeekYouOffer {\n      codes\n      count\n      hiddenCount\n    }\n    sharedThemes {\n      codes\n      count\n      hiddenCount\n    }\n  }\n": typeof types.MatchFieldsFragmentDoc,
    "\n  query Matches(\n    $organisationId: ID!\n    $radiusKm: Int\n    $topics: [String!]\n    $themes: [String!]\n    $onlyVerified: Boolean!\n    $first: Int!\n    $offset: Int!\n  ) {\n    matches(\n      organisationId: $organisationId\n      radiusKm: $radiusKm\n      topics: $topics\n      themes: $themes\n      onlyVerified: $onlyVerified\n      first: $first\n      offset: $offset\n    ) {\n      totalCount\n      offset\n      hasMore\n      radiusKm\n      complete\n      items {\n        ...MatchFields\n      }\n    }\n  }\n": typeof types.MatchesDocument,
    "\n  mutation ExcludeMatchPartner($organisationId: ID!, $partnerId: ID!) {\n    excludeMatchPartner(organisationId: $organisationId, partnerId: $partnerId)\n  }\n": typeof types.ExcludeMatchPartnerDocument,
    "\n  query MatchCardOrganisation($id: ID!) {\n    organisation(id: $id) {\n      id\n      kind\n      name\n    }\n  }\n": typeof types.MatchCardOrganisationDocument,
    "\n  query MatchWith($organisationId: ID!, $partnerId: ID!) {\n    matchWith(organisationId: $organisationId, partnerId: $partnerId) {\n      partner {\n        id\n        name\n      }\n      distanceKm\n      blockers\n      match {\n        ...MatchFields\n      }\n    }\n  }\n": typeof types.MatchWithDocument,
    "\n  query PostcodeLookup($postcode: String!) {\n    postcode(postcode: $postcode) {\n      postcode\n      place\n      location {\n        lat\n        lng\n      }\n      district {\n        key\n        name\n      }\n      land {\n        key\n        name\n      }\n    }\n  }\n": typeof types.PostcodeLookupDocument,
    "\n  query DistrictAt($location: GeoPointInput!) {\n    districtAt(location: $location) {\n      key\n      name\n      land {\n        key\n        name\n      }\n    }\n  }\n": typeof types.DistrictAtDocument,
    "\n  query OrganisationMembers($organisationId: ID!) {\n    organisationMembers(organisationId: $organisationId) {\n      userId\n      displayName\n      email\n      role\n      since\n    }\n  }\n": typeof types.OrganisationMembersDocument,
    "\n  query OrganisationInvitations($organisationId: ID!) {\n    organisationInvitations(organisationId: $organisationId) {\n      id\n      email\n      role\n      createdAt\n      expiresAt\n    }\n  }\n": typeof types.OrganisationInvitationsDocument,
    "\n  query ConsultantGrants($organisationId: ID!) {\n    consultantGrants(organisationId: $organisationId) {\n      id\n      consultantId\n      consultantName\n      consultantEmail\n      expiresAt\n      active\n    }\n  }\n": typeof types.ConsultantGrantsDocument,
    "\n  mutation ChangeMemberRole($input: ChangeMemberRoleInput!) {\n    changeMemberRole(input: $input) {\n      userId\n      displayName\n      email\n      role\n      since\n    }\n  }\n": typeof types.ChangeMemberRoleDocument,
    "\n  mutation RemoveMember($organisationId: ID!, $userId: ID!) {\n    removeMember(organisationId: $organisationId, userId: $userId)\n  }\n": typeof types.RemoveMemberDocument,
    "\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      id\n      email\n      role\n      createdAt\n      expiresAt\n    }\n  }\n": typeof types.InviteMemberDocument,
    "\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id)\n  }\n": typeof types.RevokeInvitationDocument,
    "\n  mutation GrantConsultantAccess($input: GrantConsultantAccessInput!) {\n    grantConsultantAccess(input: $input) {\n      id\n      consultantId\n      consultantName\n      consultantEmail\n      expiresAt\n      active\n    }\n  }\n": typeof types.GrantConsultantAccessDocument,
    "\n  mutation RevokeConsultantAccess($grantId: ID!) {\n    revokeConsultantAccess(grantId: $grantId)\n  }\n": typeof types.RevokeConsultantAccessDocument,
    "\n  mutation AcceptInvitation($token: String!) {\n    acceptInvitation(token: $token) {\n      role\n      organisation {\n        id\n        name\n        kind\n      }\n    }\n  }\n": typeof types.AcceptInvitationDocument,
    "\n  fragment OrganisationFields on Organisation {\n    id\n    kind\n    name\n    legalForm\n    description\n    website\n    street\n    postcode\n    city\n    location {\n      lat\n      lng\n    }\n    district {\n      key\n      name\n    }\n    land {\n      key\n      name\n    }\n    employeeBand\n    wzSection\n    volunteerBand\n    staffBand\n    engagementField\n    publicContact\n    version\n  }\n": typeof types.OrganisationFieldsFragmentDoc,
    "\n  mutation CreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      ...OrganisationFields\n    }\n  }\n": typeof types.CreateOrganisationDocument,
    "\n  mutation UpdateOrganisation($input: UpdateOrganisationInput!) {\n    updateOrganisation(input: $input) {\n      ...OrganisationFields\n    }\n  }\n": typeof types.UpdateOrganisationDocument,
    "\n  query Organisation($id: ID!) {\n    organisation(id: $id) {\n      ...OrganisationFields\n    }\n  }\n": typeof types.OrganisationDocument,
    "\n  query OrganisationContact($organisationId: ID!) {\n    organisationContact(organisationId: $organisationId) {\n      name\n      email\n      phone\n    }\n  }\n": typeof types.OrganisationContactDocument,
    "\n  fragment ProfileFields on Profile {\n    organisationId\n    kind\n    version\n    canEdit\n    canVerify\n    verifyingIntermediaries {\n      id\n      name\n    }\n    withheldFields\n    withheld {\n      field\n      level\n    }\n    entries {\n      category\n      code\n      direction\n      fromCheck\n      manual\n      hidden\n      examples\n      terms {\n        capacityPerYear\n        leadTimeDays\n        groupSize\n      }\n      verification {\n        intermediaryId\n        intermediaryName\n        verifiedAt\n      }\n    }\n    readiness {\n      ratings\n      green\n      yellow\n      red\n      score\n    }\n    derivation {\n      assessmentId\n      template\n      version\n      derivedAt\n      changes {\n        category\n        code\n        direction\n        change\n        effective\n      }\n    }\n    settings {\n      radiusKm\n      requireVerified\n      visibility {\n        field\n        level\n      }\n    }\n  }\n": typeof types.ProfileFieldsFragmentDoc,
    "\n  query ProfilePage($organisationId: ID!) {\n    organisation(id: $organisationId) {\n      id\n      name\n      kind\n    }\n    profile(organisationId: $organisationId) {\n      ...ProfileFields\n    }\n  }\n": typeof types.ProfilePageDocument,
    "\n  query ProfileCheckCatalogue($template: String!, $version: Int) {\n    checkCatalogue(template: $template, version: $version) {\n      template\n      version\n      kind\n      title {\n        de\n        en\n      }\n      checkpoints {\n        number\n        code\n        title {\n          de\n          en\n        }\n        statement {\n          de\n          en\n        }\n        whatGoodLooksLike {\n          de\n          en\n        }\n        whyItMatters {\n          de\n          en\n        }\n        examples {\n          code\n          text {\n            de\n            en\n          }\n          codes {\n            type\n            code\n          }\n        }\n      }\n    }\n  }\n": typeof types.ProfileCheckCatalogueDocument,
    "\n  mutation AddProfileEntry($input: ProfileItemInput!) {\n    addProfileEntry(input: $input) {\n      ...ProfileFields\n    }\n  }\n": typeof types.AddProfileEntryDocument,
    "\n  mutation RemoveProfileEntry($input: ProfileItemInput!) {\n    removeProfileEntry(input: $input) {\n      ...ProfileFields\n    }\n  }\n": typeof types.RemoveProfileEntryDocument,
    "\n  mutation SetOfferTerms($input: SetOfferTermsInput!) {\n    setOfferTerms(input: $input) {\n      ...ProfileFields\n    }\n  }\n": typeof types.SetOfferTermsDocument,
    "\n  mutation UpdateProfileSettings($input: UpdateProfileSettingsInput!) {\n    updateProfileSettings(input: $input) {\n      ...ProfileFields\n    }\n  }\n": typeof types.UpdateProfileSettingsDocument,
    "\n  mutation VerifyAttribute($input: VerifyAttributeInput!) {\n    verifyAttribute(input: $input) {\n      ...ProfileFields\n    }\n  }\n": typeof types.VerifyAttributeDocument,
    "\n  mutation RevokeAttributeVerification($input: VerifyAttributeInput!) {\n    revokeAttributeVerification(input: $input) {\n      ...ProfileFields\n    }\n  }\n": typeof types.RevokeAttributeVerificationDocument,
    "\n  query Taxonomy {\n    taxonomy {\n      topics {\n        code\n        label {\n          de\n          en\n        }\n        description {\n          de\n          en\n        }\n        offeredBy\n        soughtBy\n        effortful\n      }\n      themes {\n        code\n        label {\n          de\n          en\n        }\n      }\n      qualityAttributes {\n        code\n        label {\n          de\n          en\n        }\n        heldBy\n      }\n      qualityCriteria {\n        code\n        label {\n          de\n          en\n        }\n        appliesTo\n        evidence\n      }\n      exitCriteria {\n        code\n        label {\n          de\n          en\n        }\n        ending\n      }\n    }\n  }\n": typeof types.TaxonomyDocument,
};
const documents: Documents = {
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      id\n      email\n    }\n  }\n": types.SignUpDocument,
    "\n  mutation LogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      id\n      displayName\n      email\n      emailVerified\n      locale\n      platformRole\n    }\n  }\n": types.LogInDocument,
    "\n  mutation VerifyEmail($token: String!) {\n    verifyEmail(token: $token)\n  }\n": types.VerifyEmailDocument,
    "\n  mutation ResendVerification {\n    resendVerification\n  }\n": types.ResendVerificationDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword)\n  }\n": types.ResetPasswordDocument,
    "\n  mutation ChangeLocale($locale: Locale!) {\n    changeLocale(locale: $locale) {\n      id\n      locale\n    }\n  }\n": types.ChangeLocaleDocument,
    "\n  mutation DeleteMyAccount($password: String!) {\n    deleteMyAccount(password: $password)\n  }\n": types.DeleteMyAccountDocument,
    "\n  query MyDataExport {\n    myDataExport\n  }\n": types.MyDataExportDocument,
    "\n  fragment CheckpointAnswerFields on CheckpointAnswer {\n    number\n    rating\n    tickedExamples\n    notes\n    requiredCriteria\n    exitCriteria\n  }\n": types.CheckpointAnswerFieldsFragmentDoc,
    "\n  fragment AssessmentFields on Assessment {\n    id\n    organisationId\n    template\n    version\n    status\n    revision\n    previousId\n    startedAt\n    updatedAt\n    completedAt\n    checkpoints {\n      ...CheckpointAnswerFields\n    }\n  }\n": types.AssessmentFieldsFragmentDoc,
    "\n  query CheckOrganisation($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n      kind\n    }\n  }\n": types.CheckOrganisationDocument,
    "\n  query Assessments($organisationId: ID!) {\n    assessments(organisationId: $organisationId) {\n      ...AssessmentFields\n    }\n  }\n": types.AssessmentsDocument,
    "\n  query Assessment($id: ID!) {\n    assessment(id: $id) {\n      ...AssessmentFields\n    }\n  }\n": types.AssessmentDocument,
    "\n  query CheckCatalogue($template: String!, $version: Int) {\n    checkCatalogue(template: $template, version: $version) {\n      template\n      version\n      kind\n      title {\n        de\n        en\n      }\n      checkpoints {\n        number\n        code\n        title {\n          de\n          en\n        }\n        statement {\n          de\n          en\n        }\n        whatGoodLooksLike {\n          de\n          en\n        }\n        whyItMatters {\n          de\n          en\n        }\n        examples {\n          code\n          text {\n            de\n            en\n          }\n          codes {\n            type\n            code\n          }\n        }\n      }\n    }\n  }\n": types.CheckCatalogueDocument,
    "\n  mutation StartAssessment($organisationId: ID!) {\n    startAssessment(organisationId: $organisationId) {\n      ...AssessmentFields\n    }\n  }\n": types.StartAssessmentDocument,
    "\n  mutation SaveAssessment($input: SaveAssessmentInput!) {\n    saveAssessment(input: $input) {\n      ...AssessmentFields\n    }\n  }\n": types.SaveAssessmentDocument,
    "\n  mutation CompleteAssessment($assessmentId: ID!, $revision: Int!) {\n    completeAssessment(assessmentId: $assessmentId, revision: $revision) {\n      ...AssessmentFields\n    }\n  }\n": types.CompleteAssessmentDocument,
    "\n  fragment MeasureFields on Measure {\n    id\n    assessmentId\n    checkpoint\n    position\n    text\n    priority\n    responsible\n    startDate\n    reviewDate\n    status\n    sourceExample\n    version\n  }\n": types.MeasureFieldsFragmentDoc,
    "\n  fragment BenchmarkFields on RatingBenchmark {\n    scope\n    regionKey\n    regionName\n    organisations\n    checkpoints {\n      number\n      red\n      yellow\n      green\n    }\n  }\n": types.BenchmarkFieldsFragmentDoc,
    "\n  query AssessmentComparison($assessmentId: ID!) {\n    assessmentChanges(assessmentId: $assessmentId) {\n      number\n      trend\n      rating\n      previousRating\n      examplesAdded\n      examplesRemoved\n    }\n    land: assessmentBenchmark(assessmentId: $assessmentId, scope: \"LAND\") {\n      ...BenchmarkFields\n    }\n    district: assessmentBenchmark(assessmentId: $assessmentId, scope: \"DISTRICT\") {\n      ...BenchmarkFields\n    }\n  }\n": types.AssessmentComparisonDocument,
    "\n  query Measures($assessmentId: ID!) {\n    measures(assessmentId: $assessmentId) {\n      ...MeasureFields\n    }\n  }\n": types.MeasuresDocument,
    "\n  query SuggestedMeasures($assessmentId: ID!) {\n    suggestedMeasures(assessmentId: $assessmentId) {\n      checkpoint\n      exampleCode\n      priority\n      text {\n        de\n        en\n      }\n    }\n  }\n": types.SuggestedMeasuresDocument,
    "\n  query DueMeasureReviews($organisationId: ID!) {\n    dueMeasureReviews(organisationId: $organisationId) {\n      organisationId\n      measure {\n        ...MeasureFields\n      }\n    }\n  }\n": types.DueMeasureReviewsDocument,
    "\n  mutation AddMeasure($input: AddMeasureInput!) {\n    addMeasure(input: $input) {\n      ...MeasureFields\n    }\n  }\n": types.AddMeasureDocument,
    "\n  mutation AddSuggestedMeasures($assessmentId: ID!, $exampleCodes: [String!]!) {\n    addSuggestedMeasures(assessmentId: $assessmentId, exampleCodes: $exampleCodes) {\n      ...MeasureFields\n    }\n  }\n": types.AddSuggestedMeasuresDocument,
    "\n  mutation UpdateMeasure($input: UpdateMeasureInput!) {\n    updateMeasure(input: $input) {\n      ...MeasureFields\n    }\n  }\n": types.UpdateMeasureDocument,
    "\n  mutation DeleteMeasure($id: ID!) {\n    deleteMeasure(id: $id)\n  }\n": types.DeleteMeasureDocument,
    "\n  mutation ReorderMeasures($assessmentId: ID!, $ids: [ID!]!) {\n    reorderMeasures(assessmentId: $assessmentId, ids: $ids) {\n      ...MeasureFields\n    }\n  }\n": types.ReorderMeasuresDocument,
    "\n  query AssessmentReport($assessmentId: ID!, $language: String!) {\n    assessmentReport(assessmentId: $assessmentId, language: $language) {\n      filename\n      contentType\n      base64\n    }\n  }\n": types.AssessmentReportDocument,
    "\n  query ProfileDerivationOfCheck($organisationId: ID!) {\n    profile(organisationId: $organisationId) {\n      organisationId\n      derivation {\n        assessmentId\n        derivedAt\n      }\n    }\n  }\n": types.ProfileDerivationOfCheckDocument,
    "\n  query MapConfig {\n    mapConfig {\n      tileUrl\n      tileAttribution\n      laenderOutlineUrl\n      districtOutlineUrl\n      dataAttributions {\n        text\n        url\n      }\n    }\n  }\n": types.MapConfigDocument,
    "\n  query MapFeatures($viewport: MapViewportInput!, $filter: MapFilterInput) {\n    mapFeatures(viewport: $viewport, filter: $filter) {\n      total\n      totals {\n        zo\n        kmu\n        intermediary\n      }\n      clusters {\n        id\n        count\n        counts {\n          zo\n          kmu\n          intermediary\n        }\n        location {\n          lat\n          lng\n        }\n        bounds {\n          south\n          west\n          north\n          east\n        }\n      }\n      organisations {\n        ...MapOrganisationFields\n      }\n    }\n  }\n": types.MapFeaturesDocument,
    "\n  fragment MapOrganisationFields on MapOrganisation {\n    id\n    kind\n    name\n    postcode\n    city\n    location {\n      lat\n      lng\n    }\n  }\n": types.MapOrganisationFieldsFragmentDoc,
    "\n  query MapOrganisationList(\n    $viewport: MapViewportInput!\n    $filter: MapFilterInput\n    $offset: Int!\n    $limit: Int!\n  ) {\n    mapOrganisationList(viewport: $viewport, filter: $filter, offset: $offset, limit: $limit) {\n      total\n      offset\n      entries {\n        distanceKm\n        organisation {\n          ...MapOrganisationFields\n        }\n      }\n    }\n  }\n": types.MapOrganisationListDocument,
    "\n  query MapSearch($input: MapSearchInput!) {\n    mapSearch(input: $input) {\n      places {\n        postcode\n        name\n        districtName\n        location {\n          lat\n          lng\n        }\n      }\n      organisations {\n        distanceKm\n        organisation {\n          ...MapOrganisationFields\n        }\n      }\n    }\n  }\n": types.MapSearchDocument,
    "\n  query OrganisationCard($id: ID!) {\n    organisation(id: $id) {\n      id\n      kind\n      name\n      legalForm\n      description\n      website\n      publicContact\n      street\n      postcode\n      city\n      district {\n        key\n        name\n      }\n      land {\n        key\n        name\n      }\n      location {\n        lat\n        lng\n      }\n    }\n  }\n": types.OrganisationCardDocument,
    "\n  query OrganisationCardProfile($id: ID!) {\n    profile(organisationId: $id) {\n      organisationId\n      withheldFields\n      entries {\n        category\n        code\n        direction\n        verification {\n          intermediaryName\n        }\n      }\n    }\n  }\n": types.OrganisationCardProfileDocument,
    "\n  query MapDistricts {\n    districts {\n      key\n      name\n      type\n      land {\n        key\n        name\n      }\n    }\n  }\n": types.MapDistrictsDocument,
    "\n  fragment MatchFields on Match {\n    partner {\n      id\n      kind\n      name\n      city\n      postcode\n      location {\n        lat\n        lng\n      }\n    }\n    distanceKm\n    score\n    signals\n    factors {\n      topics {\n        searcherSeeksCovered\n        partnerSeeksCovered\n        fit\n        weight\n        contribution\n      }\n      themes {\n        overlap\n        weight\n        contribution\n      }\n      distance {\n        km\n        limitKm\n        decay\n        weight\n        contribution\n      }\n      readiness {\n        searcher\n        partner\n        combined\n        weight\n        contribution\n      }\n    }\n    youSeekTheyOffer {\n      codes\n      count\n      hiddenCount\n    }\n    theySeekYouOffer {\n      codes\n      count\n      hiddenCount\n    }\n    sharedThemes {\n      codes\n      count\n      hiddenCount\n    }\n  }\n": types.MatchFieldsFragmentDoc,
    "\n  query Matches(\n    $organisationId: ID!\n    $radiusKm: Int\n    $topics: [String!]\n    $themes: [String!]\n    $onlyVerified: Boolean!\n    $first: Int!\n    $offset: Int!\n  ) {\n    matches(\n      organisationId: $organisationId\n      radiusKm: $radiusKm\n      topics: $topics\n      themes: $themes\n      onlyVerified: $onlyVerified\n      first: $first\n      offset: $offset\n    ) {\n      totalCount\n      offset\n      hasMore\n      radiusKm\n      complete\n      items {\n        ...MatchFields\n      }\n    }\n  }\n": types.MatchesDocument,
    "\n  mutation ExcludeMatchPartner($organisationId: ID!, $partnerId: ID!) {\n    excludeMatchPartner(organisationId: $organisationId, partnerId: $partnerId)\n  }\n": types.ExcludeMatchPartnerDocument,
    "\n  query MatchCardOrganisation($id: ID!) {\n    organisation(id: $id) {\n      id\n      kind\n      name\n    }\n  }\n": types.MatchCardOrganisationDocument,
    "\n  query MatchWith($organisationId: ID!, $partnerId: ID!) {\n    matchWith(organisationId: $organisationId, partnerId: $partnerId) {\n      partner {\n        id\n        name\n      }\n      distanceKm\n      blockers\n      match {\n        ...MatchFields\n      }\n    }\n  }\n": types.MatchWithDocument,
    "\n  query PostcodeLookup($postcode: String!) {\n    postcode(postcode: $postcode) {\n      postcode\n      place\n      location {\n        lat\n        lng\n      }\n      district {\n        key\n        name\n      }\n      land {\n        key\n        name\n      }\n    }\n  }\n": types.PostcodeLookupDocument,
    "\n  query DistrictAt($location: GeoPointInput!) {\n    districtAt(location: $location) {\n      key\n      name\n      land {\n        key\n        name\n      }\n    }\n  }\n": types.DistrictAtDocument,
    "\n  query OrganisationMembers($organisationId: ID!) {\n    organisationMembers(organisationId: $organisationId) {\n      userId\n      displayName\n      email\n      role\n      since\n    }\n  }\n": types.OrganisationMembersDocument,
    "\n  query OrganisationInvitations($organisationId: ID!) {\n    organisationInvitations(organisationId: $organisationId) {\n      id\n      email\n      role\n      createdAt\n      expiresAt\n    }\n  }\n": types.OrganisationInvitationsDocument,
    "\n  query ConsultantGrants($organisationId: ID!) {\n    consultantGrants(organisationId: $organisationId) {\n      id\n      consultantId\n      consultantName\n      consultantEmail\n      expiresAt\n      active\n    }\n  }\n": types.ConsultantGrantsDocument,
    "\n  mutation ChangeMemberRole($input: ChangeMemberRoleInput!) {\n    changeMemberRole(input: $input) {\n      userId\n      displayName\n      email\n      role\n      since\n    }\n  }\n": types.ChangeMemberRoleDocument,
    "\n  mutation RemoveMember($organisationId: ID!, $userId: ID!) {\n    removeMember(organisationId: $organisationId, userId: $userId)\n  }\n": types.RemoveMemberDocument,
    "\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      id\n      email\n      role\n      createdAt\n      expiresAt\n    }\n  }\n": types.InviteMemberDocument,
    "\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id)\n  }\n": types.RevokeInvitationDocument,
    "\n  mutation GrantConsultantAccess($input: GrantConsultantAccessInput!) {\n    grantConsultantAccess(input: $input) {\n      id\n      consultantId\n      consultantName\n      consultantEmail\n      expiresAt\n      active\n    }\n  }\n": types.GrantConsultantAccessDocument,
    "\n  mutation RevokeConsultantAccess($grantId: ID!) {\n    revokeConsultantAccess(grantId: $grantId)\n  }\n": types.RevokeConsultantAccessDocument,
    "\n  mutation AcceptInvitation($token: String!) {\n    acceptInvitation(token: $token) {\n      role\n      organisation {\n        id\n        name\n        kind\n      }\n    }\n  }\n": types.AcceptInvitationDocument,
    "\n  fragment OrganisationFields on Organisation {\n    id\n    kind\n    name\n    legalForm\n    description\n    website\n    street\n    postcode\n    city\n    location {\n      lat\n      lng\n    }\n    district {\n      key\n      name\n    }\n    land {\n      key\n      name\n    }\n    employeeBand\n    wzSection\n    volunteerBand\n    staffBand\n    engagementField\n    publicContact\n    version\n  }\n": types.OrganisationFieldsFragmentDoc,
    "\n  mutation CreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      ...OrganisationFields\n    }\n  }\n": types.CreateOrganisationDocument,
    "\n  mutation UpdateOrganisation($input: UpdateOrganisationInput!) {\n    updateOrganisation(input: $input) {\n      ...OrganisationFields\n    }\n  }\n": types.UpdateOrganisationDocument,
    "\n  query Organisation($id: ID!) {\n    organisation(id: $id) {\n      ...OrganisationFields\n    }\n  }\n": types.OrganisationDocument,
    "\n  query OrganisationContact($organisationId: ID!) {\n    organisationContact(organisationId: $organisationId) {\n      name\n      email\n      phone\n    }\n  }\n": types.OrganisationContactDocument,
    "\n  fragment ProfileFields on Profile {\n    organisationId\n    kind\n    version\n    canEdit\n    canVerify\n    verifyingIntermediaries {\n      id\n      name\n    }\n    withheldFields\n    withheld {\n      field\n      level\n    }\n    entries {\n      category\n      code\n      direction\n      fromCheck\n      manual\n      hidden\n      examples\n      terms {\n        capacityPerYear\n        leadTimeDays\n        groupSize\n      }\n      verification {\n        intermediaryId\n        intermediaryName\n        verifiedAt\n      }\n    }\n    readiness {\n      ratings\n      green\n      yellow\n      red\n      score\n    }\n    derivation {\n      assessmentId\n      template\n      version\n      derivedAt\n      changes {\n        category\n        code\n        direction\n        change\n        effective\n      }\n    }\n    settings {\n      radiusKm\n      requireVerified\n      visibility {\n        field\n        level\n      }\n    }\n  }\n": types.ProfileFieldsFragmentDoc,
    "\n  query ProfilePage($organisationId: ID!) {\n    organisation(id: $organisationId) {\n      id\n      name\n      kind\n    }\n    profile(organisationId: $organisationId) {\n      ...ProfileFields\n    }\n  }\n": types.ProfilePageDocument,
    "\n  query ProfileCheckCatalogue($template: String!, $version: Int) {\n    checkCatalogue(template: $template, version: $version) {\n      template\n      version\n      kind\n      title {\n        de\n        en\n      }\n      checkpoints {\n        number\n        code\n        title {\n          de\n          en\n        }\n        statement {\n          de\n          en\n        }\n        whatGoodLooksLike {\n          de\n          en\n        }\n        whyItMatters {\n          de\n          en\n        }\n        examples {\n          code\n          text {\n            de\n            en\n          }\n          codes {\n            type\n            code\n          }\n        }\n      }\n    }\n  }\n": types.ProfileCheckCatalogueDocument,
    "\n  mutation AddProfileEntry($input: ProfileItemInput!) {\n    addProfileEntry(input: $input) {\n      ...ProfileFields\n    }\n  }\n": types.AddProfileEntryDocument,
    "\n  mutation RemoveProfileEntry($input: ProfileItemInput!) {\n    removeProfileEntry(input: $input) {\n      ...ProfileFields\n    }\n  }\n": types.RemoveProfileEntryDocument,
    "\n  mutation SetOfferTerms($input: SetOfferTermsInput!) {\n    setOfferTerms(input: $input) {\n      ...ProfileFields\n    }\n  }\n": types.SetOfferTermsDocument,
    "\n  mutation UpdateProfileSettings($input: UpdateProfileSettingsInput!) {\n    updateProfileSettings(input: $input) {\n      ...ProfileFields\n    }\n  }\n": types.UpdateProfileSettingsDocument,
    "\n  mutation VerifyAttribute($input: VerifyAttributeInput!) {\n    verifyAttribute(input: $input) {\n      ...ProfileFields\n    }\n  }\n": types.VerifyAttributeDocument,
    "\n  mutation RevokeAttributeVerification($input: VerifyAttributeInput!) {\n    revokeAttributeVerification(input: $input) {\n      ...ProfileFields\n    }\n  }\n": types.RevokeAttributeVerificationDocument,
    "\n  query Taxonomy {\n    taxonomy {\n      topics {\n        code\n        label {\n          de\n          en\n        }\n        description {\n          de\n          en\n        }\n        offeredBy\n        soughtBy\n        effortful\n      }\n      themes {\n        code\n        label {\n          de\n          en\n        }\n      }\n      qualityAttributes {\n        code\n        label {\n          de\n          en\n        }\n        heldBy\n      }\n      qualityCriteria {\n        code\n        label {\n          de\n          en\n        }\n        appliesTo\n        evidence\n      }\n      exitCriteria {\n        code\n        label {\n          de\n          en\n        }\n        ending\n      }\n    }\n  }\n": types.TaxonomyDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      id\n      email\n    }\n  }\n"): (typeof documents)["\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      id\n      email\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      id\n      displayName\n      email\n      emailVerified\n      locale\n      platformRole\n    }\n  }\n"): (typeof documents)["\n  mutation LogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      id\n      displayName\n      email\n      emailVerified\n      locale\n      platformRole\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifyEmail($token: String!) {\n    verifyEmail(token: $token)\n  }\n"): (typeof documents)["\n  mutation VerifyEmail($token: String!) {\n    verifyEmail(token: $token)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResendVerification {\n    resendVerification\n  }\n"): (typeof documents)["\n  mutation ResendVerification {\n    resendVerification\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"): (typeof documents)["\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword)\n  }\n"): (typeof documents)["\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeLocale($locale: Locale!) {\n    changeLocale(locale: $locale) {\n      id\n      locale\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeLocale($locale: Locale!) {\n    changeLocale(locale: $locale) {\n      id\n      locale\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteMyAccount($password: String!) {\n    deleteMyAccount(password: $password)\n  }\n"): (typeof documents)["\n  mutation DeleteMyAccount($password: String!) {\n    deleteMyAccount(password: $password)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyDataExport {\n    myDataExport\n  }\n"): (typeof documents)["\n  query MyDataExport {\n    myDataExport\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CheckpointAnswerFields on CheckpointAnswer {\n    number\n    rating\n    tickedExamples\n    notes\n    requiredCriteria\n    exitCriteria\n  }\n"): (typeof documents)["\n  fragment CheckpointAnswerFields on CheckpointAnswer {\n    number\n    rating\n    tickedExamples\n    notes\n    requiredCriteria\n    exitCriteria\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AssessmentFields on Assessment {\n    id\n    organisationId\n    template\n    version\n    status\n    revision\n    previousId\n    startedAt\n    updatedAt\n    completedAt\n    checkpoints {\n      ...CheckpointAnswerFields\n    }\n  }\n"): (typeof documents)["\n  fragment AssessmentFields on Assessment {\n    id\n    organisationId\n    template\n    version\n    status\n    revision\n    previousId\n    startedAt\n    updatedAt\n    completedAt\n    checkpoints {\n      ...CheckpointAnswerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CheckOrganisation($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n      kind\n    }\n  }\n"): (typeof documents)["\n  query CheckOrganisation($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n      kind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Assessments($organisationId: ID!) {\n    assessments(organisationId: $organisationId) {\n      ...AssessmentFields\n    }\n  }\n"): (typeof documents)["\n  query Assessments($organisationId: ID!) {\n    assessments(organisationId: $organisationId) {\n      ...AssessmentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Assessment($id: ID!) {\n    assessment(id: $id) {\n      ...AssessmentFields\n    }\n  }\n"): (typeof documents)["\n  query Assessment($id: ID!) {\n    assessment(id: $id) {\n      ...AssessmentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CheckCatalogue($template: String!, $version: Int) {\n    checkCatalogue(template: $template, version: $version) {\n      template\n      version\n      kind\n      title {\n        de\n        en\n      }\n      checkpoints {\n        number\n        code\n        title {\n          de\n          en\n        }\n        statement {\n          de\n          en\n        }\n        whatGoodLooksLike {\n          de\n          en\n        }\n        whyItMatters {\n          de\n          en\n        }\n        examples {\n          code\n          text {\n            de\n            en\n          }\n          codes {\n            type\n            code\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CheckCatalogue($template: String!, $version: Int) {\n    checkCatalogue(template: $template, version: $version) {\n      template\n      version\n      kind\n      title {\n        de\n        en\n      }\n      checkpoints {\n        number\n        code\n        title {\n          de\n          en\n        }\n        statement {\n          de\n          en\n        }\n        whatGoodLooksLike {\n          de\n          en\n        }\n        whyItMatters {\n          de\n          en\n        }\n        examples {\n          code\n          text {\n            de\n            en\n          }\n          codes {\n            type\n            code\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartAssessment($organisationId: ID!) {\n    startAssessment(organisationId: $organisationId) {\n      ...AssessmentFields\n    }\n  }\n"): (typeof documents)["\n  mutation StartAssessment($organisationId: ID!) {\n    startAssessment(organisationId: $organisationId) {\n      ...AssessmentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveAssessment($input: SaveAssessmentInput!) {\n    saveAssessment(input: $input) {\n      ...AssessmentFields\n    }\n  }\n"): (typeof documents)["\n  mutation SaveAssessment($input: SaveAssessmentInput!) {\n    saveAssessment(input: $input) {\n      ...AssessmentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteAssessment($assessmentId: ID!, $revision: Int!) {\n    completeAssessment(assessmentId: $assessmentId, revision: $revision) {\n      ...AssessmentFields\n    }\n  }\n"): (typeof documents)["\n  mutation CompleteAssessment($assessmentId: ID!, $revision: Int!) {\n    completeAssessment(assessmentId: $assessmentId, revision: $revision) {\n      ...AssessmentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MeasureFields on Measure {\n    id\n    assessmentId\n    checkpoint\n    position\n    text\n    priority\n    responsible\n    startDate\n    reviewDate\n    status\n    sourceExample\n    version\n  }\n"): (typeof documents)["\n  fragment MeasureFields on Measure {\n    id\n    assessmentId\n    checkpoint\n    position\n    text\n    priority\n    responsible\n    startDate\n    reviewDate\n    status\n    sourceExample\n    version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BenchmarkFields on RatingBenchmark {\n    scope\n    regionKey\n    regionName\n    organisations\n    checkpoints {\n      number\n      red\n      yellow\n      green\n    }\n  }\n"): (typeof documents)["\n  fragment BenchmarkFields on RatingBenchmark {\n    scope\n    regionKey\n    regionName\n    organisations\n    checkpoints {\n      number\n      red\n      yellow\n      green\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AssessmentComparison($assessmentId: ID!) {\n    assessmentChanges(assessmentId: $assessmentId) {\n      number\n      trend\n      rating\n      previousRating\n      examplesAdded\n      examplesRemoved\n    }\n    land: assessmentBenchmark(assessmentId: $assessmentId, scope: \"LAND\") {\n      ...BenchmarkFields\n    }\n    district: assessmentBenchmark(assessmentId: $assessmentId, scope: \"DISTRICT\") {\n      ...BenchmarkFields\n    }\n  }\n"): (typeof documents)["\n  query AssessmentComparison($assessmentId: ID!) {\n    assessmentChanges(assessmentId: $assessmentId) {\n      number\n      trend\n      rating\n      previousRating\n      examplesAdded\n      examplesRemoved\n    }\n    land: assessmentBenchmark(assessmentId: $assessmentId, scope: \"LAND\") {\n      ...BenchmarkFields\n    }\n    district: assessmentBenchmark(assessmentId: $assessmentId, scope: \"DISTRICT\") {\n      ...BenchmarkFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Measures($assessmentId: ID!) {\n    measures(assessmentId: $assessmentId) {\n      ...MeasureFields\n    }\n  }\n"): (typeof documents)["\n  query Measures($assessmentId: ID!) {\n    measures(assessmentId: $assessmentId) {\n      ...MeasureFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SuggestedMeasures($assessmentId: ID!) {\n    suggestedMeasures(assessmentId: $assessmentId) {\n      checkpoint\n      exampleCode\n      priority\n      text {\n        de\n        en\n      }\n    }\n  }\n"): (typeof documents)["\n  query SuggestedMeasures($assessmentId: ID!) {\n    suggestedMeasures(assessmentId: $assessmentId) {\n      checkpoint\n      exampleCode\n      priority\n      text {\n        de\n        en\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DueMeasureReviews($organisationId: ID!) {\n    dueMeasureReviews(organisationId: $organisationId) {\n      organisationId\n      measure {\n        ...MeasureFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query DueMeasureReviews($organisationId: ID!) {\n    dueMeasureReviews(organisationId: $organisationId) {\n      organisationId\n      measure {\n        ...MeasureFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddMeasure($input: AddMeasureInput!) {\n    addMeasure(input: $input) {\n      ...MeasureFields\n    }\n  }\n"): (typeof documents)["\n  mutation AddMeasure($input: AddMeasureInput!) {\n    addMeasure(input: $input) {\n      ...MeasureFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddSuggestedMeasures($assessmentId: ID!, $exampleCodes: [String!]!) {\n    addSuggestedMeasures(assessmentId: $assessmentId, exampleCodes: $exampleCodes) {\n      ...MeasureFields\n    }\n  }\n"): (typeof documents)["\n  mutation AddSuggestedMeasures($assessmentId: ID!, $exampleCodes: [String!]!) {\n    addSuggestedMeasures(assessmentId: $assessmentId, exampleCodes: $exampleCodes) {\n      ...MeasureFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMeasure($input: UpdateMeasureInput!) {\n    updateMeasure(input: $input) {\n      ...MeasureFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMeasure($input: UpdateMeasureInput!) {\n    updateMeasure(input: $input) {\n      ...MeasureFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteMeasure($id: ID!) {\n    deleteMeasure(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteMeasure($id: ID!) {\n    deleteMeasure(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReorderMeasures($assessmentId: ID!, $ids: [ID!]!) {\n    reorderMeasures(assessmentId: $assessmentId, ids: $ids) {\n      ...MeasureFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReorderMeasures($assessmentId: ID!, $ids: [ID!]!) {\n    reorderMeasures(assessmentId: $assessmentId, ids: $ids) {\n      ...MeasureFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AssessmentReport($assessmentId: ID!, $language: String!) {\n    assessmentReport(assessmentId: $assessmentId, language: $language) {\n      filename\n      contentType\n      base64\n    }\n  }\n"): (typeof documents)["\n  query AssessmentReport($assessmentId: ID!, $language: String!) {\n    assessmentReport(assessmentId: $assessmentId, language: $language) {\n      filename\n      contentType\n      base64\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProfileDerivationOfCheck($organisationId: ID!) {\n    profile(organisationId: $organisationId) {\n      organisationId\n      derivation {\n        assessmentId\n        derivedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProfileDerivationOfCheck($organisationId: ID!) {\n    profile(organisationId: $organisationId) {\n      organisationId\n      derivation {\n        assessmentId\n        derivedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MapConfig {\n    mapConfig {\n      tileUrl\n      tileAttribution\n      laenderOutlineUrl\n      districtOutlineUrl\n      dataAttributions {\n        text\n        url\n      }\n    }\n  }\n"): (typeof documents)["\n  query MapConfig {\n    mapConfig {\n      tileUrl\n      tileAttribution\n      laenderOutlineUrl\n      districtOutlineUrl\n      dataAttributions {\n        text\n        url\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MapFeatures($viewport: MapViewportInput!, $filter: MapFilterInput) {\n    mapFeatures(viewport: $viewport, filter: $filter) {\n      total\n      totals {\n        zo\n        kmu\n        intermediary\n      }\n      clusters {\n        id\n        count\n        counts {\n          zo\n          kmu\n          intermediary\n        }\n        location {\n          lat\n          lng\n        }\n        bounds {\n          south\n          west\n          north\n          east\n        }\n      }\n      organisations {\n        ...MapOrganisationFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query MapFeatures($viewport: MapViewportInput!, $filter: MapFilterInput) {\n    mapFeatures(viewport: $viewport, filter: $filter) {\n      total\n      totals {\n        zo\n        kmu\n        intermediary\n      }\n      clusters {\n        id\n        count\n        counts {\n          zo\n          kmu\n          intermediary\n        }\n        location {\n          lat\n          lng\n        }\n        bounds {\n          south\n          west\n          north\n          east\n        }\n      }\n      organisations {\n        ...MapOrganisationFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MapOrganisationFields on MapOrganisation {\n    id\n    kind\n    name\n    postcode\n    city\n    location {\n      lat\n      lng\n    }\n  }\n"): (typeof documents)["\n  fragment MapOrganisationFields on MapOrganisation {\n    id\n    kind\n    name\n    postcode\n    city\n    location {\n      lat\n      lng\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MapOrganisationList(\n    $viewport: MapViewportInput!\n    $filter: MapFilterInput\n    $offset: Int!\n    $limit: Int!\n  ) {\n    mapOrganisationList(viewport: $viewport, filter: $filter, offset: $offset, limit: $limit) {\n      total\n      offset\n      entries {\n        distanceKm\n        organisation {\n          ...MapOrganisationFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MapOrganisationList(\n    $viewport: MapViewportInput!\n    $filter: MapFilterInput\n    $offset: Int!\n    $limit: Int!\n  ) {\n    mapOrganisationList(viewport: $viewport, filter: $filter, offset: $offset, limit: $limit) {\n      total\n      offset\n      entries {\n        distanceKm\n        organisation {\n          ...MapOrganisationFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MapSearch($input: MapSearchInput!) {\n    mapSearch(input: $input) {\n      places {\n        postcode\n        name\n        districtName\n        location {\n          lat\n          lng\n        }\n      }\n      organisations {\n        distanceKm\n        organisation {\n          ...MapOrganisationFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MapSearch($input: MapSearchInput!) {\n    mapSearch(input: $input) {\n      places {\n        postcode\n        name\n        districtName\n        location {\n          lat\n          lng\n        }\n      }\n      organisations {\n        distanceKm\n        organisation {\n          ...MapOrganisationFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganisationCard($id: ID!) {\n    organisation(id: $id) {\n      id\n      kind\n      name\n      legalForm\n      description\n      website\n      publicContact\n      street\n      postcode\n      city\n      district {\n        key\n        name\n      }\n      land {\n        key\n        name\n      }\n      location {\n        lat\n        lng\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrganisationCard($id: ID!) {\n    organisation(id: $id) {\n      id\n      kind\n      name\n      legalForm\n      description\n      website\n      publicContact\n      street\n      postcode\n      city\n      district {\n        key\n        name\n      }\n      land {\n        key\n        name\n      }\n      location {\n        lat\n        lng\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganisationCardProfile($id: ID!) {\n    profile(organisationId: $id) {\n      organisationId\n      withheldFields\n      entries {\n        category\n        code\n        direction\n        verification {\n          intermediaryName\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrganisationCardProfile($id: ID!) {\n    profile(organisationId: $id) {\n      organisationId\n      withheldFields\n      entries {\n        category\n        code\n        direction\n        verification {\n          intermediaryName\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MapDistricts {\n    districts {\n      key\n      name\n      type\n      land {\n        key\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query MapDistricts {\n    districts {\n      key\n      name\n      type\n      land {\n        key\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MatchFields on Match {\n    partner {\n      id\n      kind\n      name\n      city\n      postcode\n      location {\n        lat\n        lng\n      }\n    }\n    distanceKm\n    score\n    signals\n    factors {\n      topics {\n        searcherSeeksCovered\n        partnerSeeksCovered\n        fit\n        weight\n        contribution\n      }\n      themes {\n        overlap\n        weight\n        contribution\n      }\n      distance {\n        km\n        limitKm\n        decay\n        weight\n        contribution\n      }\n      readiness {\n        searcher\n        partner\n        combined\n        weight\n        contribution\n      }\n    }\n    youSeekTheyOffer {\n      codes\n      count\n      hiddenCount\n    }\n    theySeekYouOffer {\n      codes\n      count\n      hiddenCount\n    }\n    sharedThemes {\n      codes\n      count\n      hiddenCount\n    }\n  }\n"): (typeof documents)["\n  fragment MatchFields on Match {\n    partner {\n      id\n      kind\n      name\n      city\n      postcode\n      location {\n        lat\n        lng\n      }\n    }\n    distanceKm\n    score\n    signals\n    factors {\n      topics {\n        searcherSeeksCovered\n        partnerSeeksCovered\n        fit\n        weight\n        contribution\n      }\n      themes {\n        overlap\n        weight\n        contribution\n      }\n      distance {\n        km\n        limitKm\n        decay\n        weight\n        contribution\n      }\n      readiness {\n        searcher\n        partner\n        combined\n        weight\n        contribution\n      }\n    }\n    youSeekTheyOffer {\n      codes\n      count\n      hiddenCount\n    }\n    theySeekYouOffer {\n      codes\n      count\n      hiddenCount\n    }\n    sharedThemes {\n      codes\n      count\n      hiddenCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Matches(\n    $organisationId: ID!\n    $radiusKm: Int\n    $topics: [String!]\n    $themes: [String!]\n    $onlyVerified: Boolean!\n    $first: Int!\n    $offset: Int!\n  ) {\n    matches(\n      organisationId: $organisationId\n      radiusKm: $radiusKm\n      topics: $topics\n      themes: $themes\n      onlyVerified: $onlyVerified\n      first: $first\n      offset: $offset\n    ) {\n      totalCount\n      offset\n      hasMore\n      radiusKm\n      complete\n      items {\n        ...MatchFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query Matches(\n    $organisationId: ID!\n    $radiusKm: Int\n    $topics: [String!]\n    $themes: [String!]\n    $onlyVerified: Boolean!\n    $first: Int!\n    $offset: Int!\n  ) {\n    matches(\n      organisationId: $organisationId\n      radiusKm: $radiusKm\n      topics: $topics\n      themes: $themes\n      onlyVerified: $onlyVerified\n      first: $first\n      offset: $offset\n    ) {\n      totalCount\n      offset\n      hasMore\n      radiusKm\n      complete\n      items {\n        ...MatchFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExcludeMatchPartner($organisationId: ID!, $partnerId: ID!) {\n    excludeMatchPartner(organisationId: $organisationId, partnerId: $partnerId)\n  }\n"): (typeof documents)["\n  mutation ExcludeMatchPartner($organisationId: ID!, $partnerId: ID!) {\n    excludeMatchPartner(organisationId: $organisationId, partnerId: $partnerId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MatchCardOrganisation($id: ID!) {\n    organisation(id: $id) {\n      id\n      kind\n      name\n    }\n  }\n"): (typeof documents)["\n  query MatchCardOrganisation($id: ID!) {\n    organisation(id: $id) {\n      id\n      kind\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MatchWith($organisationId: ID!, $partnerId: ID!) {\n    matchWith(organisationId: $organisationId, partnerId: $partnerId) {\n      partner {\n        id\n        name\n      }\n      distanceKm\n      blockers\n      match {\n        ...MatchFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query MatchWith($organisationId: ID!, $partnerId: ID!) {\n    matchWith(organisationId: $organisationId, partnerId: $partnerId) {\n      partner {\n        id\n        name\n      }\n      distanceKm\n      blockers\n      match {\n        ...MatchFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PostcodeLookup($postcode: String!) {\n    postcode(postcode: $postcode) {\n      postcode\n      place\n      location {\n        lat\n        lng\n      }\n      district {\n        key\n        name\n      }\n      land {\n        key\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query PostcodeLookup($postcode: String!) {\n    postcode(postcode: $postcode) {\n      postcode\n      place\n      location {\n        lat\n        lng\n      }\n      district {\n        key\n        name\n      }\n      land {\n        key\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DistrictAt($location: GeoPointInput!) {\n    districtAt(location: $location) {\n      key\n      name\n      land {\n        key\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query DistrictAt($location: GeoPointInput!) {\n    districtAt(location: $location) {\n      key\n      name\n      land {\n        key\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganisationMembers($organisationId: ID!) {\n    organisationMembers(organisationId: $organisationId) {\n      userId\n      displayName\n      email\n      role\n      since\n    }\n  }\n"): (typeof documents)["\n  query OrganisationMembers($organisationId: ID!) {\n    organisationMembers(organisationId: $organisationId) {\n      userId\n      displayName\n      email\n      role\n      since\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganisationInvitations($organisationId: ID!) {\n    organisationInvitations(organisationId: $organisationId) {\n      id\n      email\n      role\n      createdAt\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  query OrganisationInvitations($organisationId: ID!) {\n    organisationInvitations(organisationId: $organisationId) {\n      id\n      email\n      role\n      createdAt\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsultantGrants($organisationId: ID!) {\n    consultantGrants(organisationId: $organisationId) {\n      id\n      consultantId\n      consultantName\n      consultantEmail\n      expiresAt\n      active\n    }\n  }\n"): (typeof documents)["\n  query ConsultantGrants($organisationId: ID!) {\n    consultantGrants(organisationId: $organisationId) {\n      id\n      consultantId\n      consultantName\n      consultantEmail\n      expiresAt\n      active\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeMemberRole($input: ChangeMemberRoleInput!) {\n    changeMemberRole(input: $input) {\n      userId\n      displayName\n      email\n      role\n      since\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeMemberRole($input: ChangeMemberRoleInput!) {\n    changeMemberRole(input: $input) {\n      userId\n      displayName\n      email\n      role\n      since\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveMember($organisationId: ID!, $userId: ID!) {\n    removeMember(organisationId: $organisationId, userId: $userId)\n  }\n"): (typeof documents)["\n  mutation RemoveMember($organisationId: ID!, $userId: ID!) {\n    removeMember(organisationId: $organisationId, userId: $userId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      id\n      email\n      role\n      createdAt\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      id\n      email\n      role\n      createdAt\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id)\n  }\n"): (typeof documents)["\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GrantConsultantAccess($input: GrantConsultantAccessInput!) {\n    grantConsultantAccess(input: $input) {\n      id\n      consultantId\n      consultantName\n      consultantEmail\n      expiresAt\n      active\n    }\n  }\n"): (typeof documents)["\n  mutation GrantConsultantAccess($input: GrantConsultantAccessInput!) {\n    grantConsultantAccess(input: $input) {\n      id\n      consultantId\n      consultantName\n      consultantEmail\n      expiresAt\n      active\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeConsultantAccess($grantId: ID!) {\n    revokeConsultantAccess(grantId: $grantId)\n  }\n"): (typeof documents)["\n  mutation RevokeConsultantAccess($grantId: ID!) {\n    revokeConsultantAccess(grantId: $grantId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptInvitation($token: String!) {\n    acceptInvitation(token: $token) {\n      role\n      organisation {\n        id\n        name\n        kind\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptInvitation($token: String!) {\n    acceptInvitation(token: $token) {\n      role\n      organisation {\n        id\n        name\n        kind\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrganisationFields on Organisation {\n    id\n    kind\n    name\n    legalForm\n    description\n    website\n    street\n    postcode\n    city\n    location {\n      lat\n      lng\n    }\n    district {\n      key\n      name\n    }\n    land {\n      key\n      name\n    }\n    employeeBand\n    wzSection\n    volunteerBand\n    staffBand\n    engagementField\n    publicContact\n    version\n  }\n"): (typeof documents)["\n  fragment OrganisationFields on Organisation {\n    id\n    kind\n    name\n    legalForm\n    description\n    website\n    street\n    postcode\n    city\n    location {\n      lat\n      lng\n    }\n    district {\n      key\n      name\n    }\n    land {\n      key\n      name\n    }\n    employeeBand\n    wzSection\n    volunteerBand\n    staffBand\n    engagementField\n    publicContact\n    version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      ...OrganisationFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      ...OrganisationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateOrganisation($input: UpdateOrganisationInput!) {\n    updateOrganisation(input: $input) {\n      ...OrganisationFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateOrganisation($input: UpdateOrganisationInput!) {\n    updateOrganisation(input: $input) {\n      ...OrganisationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Organisation($id: ID!) {\n    organisation(id: $id) {\n      ...OrganisationFields\n    }\n  }\n"): (typeof documents)["\n  query Organisation($id: ID!) {\n    organisation(id: $id) {\n      ...OrganisationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganisationContact($organisationId: ID!) {\n    organisationContact(organisationId: $organisationId) {\n      name\n      email\n      phone\n    }\n  }\n"): (typeof documents)["\n  query OrganisationContact($organisationId: ID!) {\n    organisationContact(organisationId: $organisationId) {\n      name\n      email\n      phone\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProfileFields on Profile {\n    organisationId\n    kind\n    version\n    canEdit\n    canVerify\n    verifyingIntermediaries {\n      id\n      name\n    }\n    withheldFields\n    withheld {\n      field\n      level\n    }\n    entries {\n      category\n      code\n      direction\n      fromCheck\n      manual\n      hidden\n      examples\n      terms {\n        capacityPerYear\n        leadTimeDays\n        groupSize\n      }\n      verification {\n        intermediaryId\n        intermediaryName\n        verifiedAt\n      }\n    }\n    readiness {\n      ratings\n      green\n      yellow\n      red\n      score\n    }\n    derivation {\n      assessmentId\n      template\n      version\n      derivedAt\n      changes {\n        category\n        code\n        direction\n        change\n        effective\n      }\n    }\n    settings {\n      radiusKm\n      requireVerified\n      visibility {\n        field\n        level\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ProfileFields on Profile {\n    organisationId\n    kind\n    version\n    canEdit\n    canVerify\n    verifyingIntermediaries {\n      id\n      name\n    }\n    withheldFields\n    withheld {\n      field\n      level\n    }\n    entries {\n      category\n      code\n      direction\n      fromCheck\n      manual\n      hidden\n      examples\n      terms {\n        capacityPerYear\n        leadTimeDays\n        groupSize\n      }\n      verification {\n        intermediaryId\n        intermediaryName\n        verifiedAt\n      }\n    }\n    readiness {\n      ratings\n      green\n      yellow\n      red\n      score\n    }\n    derivation {\n      assessmentId\n      template\n      version\n      derivedAt\n      changes {\n        category\n        code\n        direction\n        change\n        effective\n      }\n    }\n    settings {\n      radiusKm\n      requireVerified\n      visibility {\n        field\n        level\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProfilePage($organisationId: ID!) {\n    organisation(id: $organisationId) {\n      id\n      name\n      kind\n    }\n    profile(organisationId: $organisationId) {\n      ...ProfileFields\n    }\n  }\n"): (typeof documents)["\n  query ProfilePage($organisationId: ID!) {\n    organisation(id: $organisationId) {\n      id\n      name\n      kind\n    }\n    profile(organisationId: $organisationId) {\n      ...ProfileFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProfileCheckCatalogue($template: String!, $version: Int) {\n    checkCatalogue(template: $template, version: $version) {\n      template\n      version\n      kind\n      title {\n        de\n        en\n      }\n      checkpoints {\n        number\n        code\n        title {\n          de\n          en\n        }\n        statement {\n          de\n          en\n        }\n        whatGoodLooksLike {\n          de\n          en\n        }\n        whyItMatters {\n          de\n          en\n        }\n        examples {\n          code\n          text {\n            de\n            en\n          }\n          codes {\n            type\n            code\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProfileCheckCatalogue($template: String!, $version: Int) {\n    checkCatalogue(template: $template, version: $version) {\n      template\n      version\n      kind\n      title {\n        de\n        en\n      }\n      checkpoints {\n        number\n        code\n        title {\n          de\n          en\n        }\n        statement {\n          de\n          en\n        }\n        whatGoodLooksLike {\n          de\n          en\n        }\n        whyItMatters {\n          de\n          en\n        }\n        examples {\n          code\n          text {\n            de\n            en\n          }\n          codes {\n            type\n            code\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddProfileEntry($input: ProfileItemInput!) {\n    addProfileEntry(input: $input) {\n      ...ProfileFields\n    }\n  }\n"): (typeof documents)["\n  mutation AddProfileEntry($input: ProfileItemInput!) {\n    addProfileEntry(input: $input) {\n      ...ProfileFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveProfileEntry($input: ProfileItemInput!) {\n    removeProfileEntry(input: $input) {\n      ...ProfileFields\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveProfileEntry($input: ProfileItemInput!) {\n    removeProfileEntry(input: $input) {\n      ...ProfileFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetOfferTerms($input: SetOfferTermsInput!) {\n    setOfferTerms(input: $input) {\n      ...ProfileFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetOfferTerms($input: SetOfferTermsInput!) {\n    setOfferTerms(input: $input) {\n      ...ProfileFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProfileSettings($input: UpdateProfileSettingsInput!) {\n    updateProfileSettings(input: $input) {\n      ...ProfileFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateProfileSettings($input: UpdateProfileSettingsInput!) {\n    updateProfileSettings(input: $input) {\n      ...ProfileFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifyAttribute($input: VerifyAttributeInput!) {\n    verifyAttribute(input: $input) {\n      ...ProfileFields\n    }\n  }\n"): (typeof documents)["\n  mutation VerifyAttribute($input: VerifyAttributeInput!) {\n    verifyAttribute(input: $input) {\n      ...ProfileFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeAttributeVerification($input: VerifyAttributeInput!) {\n    revokeAttributeVerification(input: $input) {\n      ...ProfileFields\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeAttributeVerification($input: VerifyAttributeInput!) {\n    revokeAttributeVerification(input: $input) {\n      ...ProfileFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Taxonomy {\n    taxonomy {\n      topics {\n        code\n        label {\n          de\n          en\n        }\n        description {\n          de\n          en\n        }\n        offeredBy\n        soughtBy\n        effortful\n      }\n      themes {\n        code\n        label {\n          de\n          en\n        }\n      }\n      qualityAttributes {\n        code\n        label {\n          de\n          en\n        }\n        heldBy\n      }\n      qualityCriteria {\n        code\n        label {\n          de\n          en\n        }\n        appliesTo\n        evidence\n      }\n      exitCriteria {\n        code\n        label {\n          de\n          en\n        }\n        ending\n      }\n    }\n  }\n"): (typeof documents)["\n  query Taxonomy {\n    taxonomy {\n      topics {\n        code\n        label {\n          de\n          en\n        }\n        description {\n          de\n          en\n        }\n        offeredBy\n        soughtBy\n        effortful\n      }\n      themes {\n        code\n        label {\n          de\n          en\n        }\n      }\n      qualityAttributes {\n        code\n        label {\n          de\n          en\n        }\n        heldBy\n      }\n      qualityCriteria {\n        code\n        label {\n          de\n          en\n        }\n        appliesTo\n        evidence\n      }\n      exitCriteria {\n        code\n        label {\n          de\n          en\n        }\n        ending\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;