export { createApolloClient, type ApolloClientOptions } from './apollo-client';
export { apiProblem, isApiError, type ApiFieldProblem, type ApiProblem } from './api-error';
export { describeApiError, formProblem, type FormProblem } from './describe-api-error';
export { graphql } from './gql';
export type { DocumentType } from './gql';
export type * from './gql/graphql';
// The app shell's documents (see codegen.ts: kept apart so the initial bundle holds only these).
export {
  LogOutDocument,
  MyOrganisationsDocument,
  ViewerDocument,
  type LogOutMutation,
  type MyOrganisationsQuery,
  type ViewerQuery,
} from './gql/shell';
// For component tests of the web libs (tree-shaken out of the app).
export {
  fakeApiError,
  fakeGraphqlFetch,
  type FakeAnswer,
  type FakeRequest,
} from './testing/fake-graphql-fetch';
