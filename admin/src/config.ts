/** Where the GraphQL API is: injected by the server at runtime, `/graphql` by default. */
export const graphqlPath = (): string => window.__REGISTRY__?.graphqlPath ?? '/graphql';
