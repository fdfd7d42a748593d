import { graphql } from '@bs/web/data-access';

/** One checkpoint's answer, as the wizard edits it and a conflict returns it. */
export const CheckpointAnswerFieldsFragment = graphql(`
  fragment CheckpointAnswerFields on CheckpointAnswer {
    number
    rating
    tickedExamples
    notes
    requiredCriteria
    exitCriteria
  }
`);

export const AssessmentFieldsFragment = graphql(`
  fragment AssessmentFields on Assessment {
    id
    organisationId
    template
    version
    status
    revision
    previousId
    startedAt
    updatedAt
    completedAt
    checkpoints {
      ...CheckpointAnswerFields
    }
  }
`);

/** The organisation whose check it is (name and kind choose the catalogue). */
export const CheckOrganisationQuery = graphql(`
  query CheckOrganisation($id: ID!) {
    organisation(id: $id) {
      id
      name
      kind
    }
  }
`);

export const AssessmentsQuery = graphql(`
  query Assessments($organisationId: ID!) {
    assessments(organisationId: $organisationId) {
      ...AssessmentFields
    }
  }
`);

export const AssessmentQuery = graphql(`
  query Assessment($id: ID!) {
    assessment(id: $id) {
      ...AssessmentFields
    }
  }
`);

/** The texts of a check version: checkpoints, guidance and examples in both languages. */
export const CheckCatalogueQuery = graphql(`
  query CheckCatalogue($template: String!, $version: Int) {
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

export const StartAssessmentMutation = graphql(`
  mutation StartAssessment($organisationId: ID!) {
    startAssessment(organisationId: $organisationId) {
      ...AssessmentFields
    }
  }
`);

export const SaveAssessmentMutation = graphql(`
  mutation SaveAssessment($input: SaveAssessmentInput!) {
    saveAssessment(input: $input) {
      ...AssessmentFields
    }
  }
`);

export const CompleteAssessmentMutation = graphql(`
  mutation CompleteAssessment($assessmentId: ID!, $revision: Int!) {
    completeAssessment(assessmentId: $assessmentId, revision: $revision) {
      ...AssessmentFields
    }
  }
`);
