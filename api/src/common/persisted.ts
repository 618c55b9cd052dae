import crypto from 'node:crypto';
import fs from 'node:fs';
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, parse, print, type DocumentNode, type OperationDefinitionNode } from 'graphql';
import type { GraphQLContext } from './context';

/** The canonical hash of one operation (with the fragments it uses): whitespace, comments and order of definitions ignored. */
export function operationHash(document: DocumentNode, operation: OperationDefinitionNode): string {
  const fragments = document.definitions.filter((d) => d.kind === 'FragmentDefinition').map((d) => print(d)).sort();
  return crypto.createHash('sha256').update([print(operation), ...fragments].join('\n')).digest('hex');
}

/** Reads an allow-list file of operations into their hashes. */
export function loadAllowList(file: string): Set<string> {
  const document = parse(fs.readFileSync(file, 'utf8'));
  const allowed = new Set<string>();
  for (const d of document.definitions) {
    if (d.kind !== 'OperationDefinition') continue;
    // Each operation with the fragments of the file (unused ones do not change which requests match: they are hashed too).
    allowed.add(operationHash({ ...document, definitions: document.definitions.filter((x) => x === d || x.kind === 'FragmentDefinition') }, d));
  }
  return allowed;
}

/**
 * With INTEGRATOR_OPERATIONS set, API keys may send only the operations of that file: a leaked key cannot be used to
 * explore the API. Sessions (the console) are not limited.
 */
export function persistedOperationsPlugin(allowed: Set<string>): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, document, operation }) {
          if (contextValue.viewer?.via !== 'apiKey' || !operation) return;
          const used = { ...document, definitions: document.definitions.filter((d) => d === operation || d.kind === 'FragmentDefinition') };
          if (!allowed.has(operationHash(used, operation))) {
            throw new GraphQLError('This operation is not on the allow-list for API keys (INTEGRATOR_OPERATIONS).', { extensions: { code: 'FORBIDDEN', http: { status: 403 } } });
          }
        },
      };
    },
  };
}
