import { graphql } from '@bs/web/data-access';

export const MeasureFieldsFragment = graphql(`
  fragment MeasureFields on Measure {
    id
    assessmentId
    checkpoint
    position
    text
    priority
    responsible
    startDate
    reviewDate
    status
    sourceExample
    version
  }
`);

export const BenchmarkFieldsFragment = graphql(`
  fragment BenchmarkFields on RatingBenchmark {
    scope
    regionKey
    regionName
    organisations
    checkpoints {
      number
      red
      yellow
      green
    }
  }
`);

/** What the results page shows besides the plan: changes and the regional benchmarks. */
export const AssessmentComparisonQuery = graphql(`
  query AssessmentComparison($assessmentId: ID!) {
    assessmentChanges(assessmentId: $assessmentId) {
      number
      trend
      rating
      previousRating
      examplesAdded
      examplesRemoved
    }
    land: assessmentBenchmark(assessmentId: $assessmentId, scope: "LAND") {
      ...BenchmarkFields
    }
    district: assessmentBenchmark(assessmentId: $assessmentId, scope: "DISTRICT") {
      ...BenchmarkFields
    }
  }
`);

export const MeasuresQuery = graphql(`
  query Measures($assessmentId: ID!) {
    measures(assessmentId: $assessmentId) {
      ...MeasureFields
    }
  }
`);

export const SuggestedMeasuresQuery = graphql(`
  query SuggestedMeasures($assessmentId: ID!) {
    suggestedMeasures(assessmentId: $assessmentId) {
      checkpoint
      exampleCode
      priority
      text {
        de
        en
      }
    }
  }
`);

export const DueMeasureReviewsQuery = graphql(`
  query DueMeasureReviews($organisationId: ID!) {
    dueMeasureReviews(organisationId: $organisationId) {
      organisationId
      measure {
        ...MeasureFields
      }
    }
  }
`);

export const AddMeasureMutation = graphql(`
  mutation AddMeasure($input: AddMeasureInput!) {
    addMeasure(input: $input) {
      ...MeasureFields
    }
  }
`);

export const AddSuggestedMeasuresMutation = graphql(`
  mutation AddSuggestedMeasures($assessmentId: ID!, $exampleCodes: [String!]!) {
    addSuggestedMeasures(assessmentId: $assessmentId, exampleCodes: $exampleCodes) {
      ...MeasureFields
    }
  }
`);

export const UpdateMeasureMutation = graphql(`
  mutation UpdateMeasure($input: UpdateMeasureInput!) {
    updateMeasure(input: $input) {
      ...MeasureFields
    }
  }
`);

export const DeleteMeasureMutation = graphql(`
  mutation DeleteMeasure($id: ID!) {
    deleteMeasure(id: $id)
  }
`);

export const ReorderMeasuresMutation = graphql(`
  mutation ReorderMeasures($assessmentId: ID!, $ids: [ID!]!) {
    reorderMeasures(assessmentId: $assessmentId, ids: $ids) {
      ...MeasureFields
    }
  }
`);

/** The results and the plan as a PDF, in the given language. */
export const AssessmentReportQuery = graphql(`
  query AssessmentReport($assessmentId: ID!, $language: String!) {
    assessmentReport(assessmentId: $assessmentId, language: $language) {
      filename
      contentType
      base64
    }
  }
`);

/** Which completed check the organisation's profile was derived from (after completing one). */
export const ProfileDerivationOfCheckQuery = graphql(`
  query ProfileDerivationOfCheck($organisationId: ID!) {
    profile(organisationId: $organisationId) {
      organisationId
      derivation {
        assessmentId
        derivedAt
      }
    }
  }
`);
