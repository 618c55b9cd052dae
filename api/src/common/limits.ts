import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { GraphQLError, type ValidationContext, type ValidationRule } from 'graphql';
import type { Config } from '../config';

/**
 * What a single GraphQL document may ask for (graphql-armor's rules): nesting depth, aliases (a cheap way to repeat an
 * expensive field), directives, and a cost that grows with nesting. The token limit is enforced by the parser itself
 * (parseOptions.maxTokens), before any of this runs. Page sizes are capped by PageInput (at most 200 items).
 * The defaults let the console's largest query through with room to spare: its deepest document has depth 8, its most
 * costly (a standard's whole page) about 5,000 (see test/api/limits.test.ts).
 */
export function validationRules(config: Config): ValidationRule[] {
  const l = config.limits;
  // Reported as validation errors (a 400 GRAPHQL_VALIDATION_FAILED); thrown ones would reach the client as a fault.
  const report = {
    propagateOnRejection: false,
    onReject: [(context: ValidationContext | null, error: GraphQLError) => context?.reportError(new GraphQLError(error.message.replace(/^Syntax Error: /, '')))],
  } as object;
  return [
    maxDepthRule({ n: l.depth, flattenFragments: true, ...report }),
    maxAliasesRule({ n: l.aliases, ...report }),
    maxDirectivesRule({ n: l.directives, ...report }),
    costLimitRule({ maxCost: l.cost, objectCost: 2, scalarCost: 1, depthCostFactor: 1.5, flattenFragments: true, ...report }),
  ] as unknown as ValidationRule[];
}
