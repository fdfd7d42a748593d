export { createApolloClient, type ApolloClientOptions } from './apollo-client';
export { apiProblem, type ApiProblem } from './api-error';
export { graphql } from './gql';
export type { DocumentType } from './gql';
export type * from './gql/graphql';
