import type { ApolloServerOptionsWithGateway, BaseContext } from '@apollo/server';
import {
  astFromValue,
  execute,
  isInputObjectType,
  isListType,
  isNonNullType,
  typeFromAST,
  valueFromASTUntyped,
  type DocumentNode,
  type ExecutionResult,
  type GraphQLError,
  type GraphQLInputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { getVariableValues } from 'graphql/execution/values';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';

type GatewayInterface = ApolloServerOptionsWithGateway<BaseContext>['gateway'];
type GatewayExecutor = NonNullable<Awaited<ReturnType<GatewayInterface['load']>>['executor']>;

/** Compiled operations by document (Apollo keeps one parsed document per query text) and operation name. */
type Compiled = { runs: number; query?: CompiledQuery | null };

/**
 * Operations compiled by graphql-jit, kept by document and operation name: the console and integrators repeat the
 * same few operations, and a compiled one skips most of graphql-js's per-field work (and answers with plain objects,
 * which serialise faster). Used by Apollo's executor below and by the lane's fast path for repeated queries
 * (query-fast-path.ts).
 */
export class CompiledOperations {
  private readonly cache = new WeakMap<DocumentNode, Map<string, Compiled>>();

  constructor(readonly schema: GraphQLSchema) {}

  private entry(document: DocumentNode, operationName: string | null | undefined): Compiled {
    const name = operationName ?? '';
    let byName = this.cache.get(document);
    if (!byName) this.cache.set(document, (byName = new Map()));
    let entry = byName.get(name);
    if (!entry) byName.set(name, (entry = { runs: 0 }));
    return entry;
  }

  /** How many times the operation was asked for (this call included). */
  count(document: DocumentNode, operationName: string | null | undefined): number {
    return ++this.entry(document, operationName).runs;
  }

  /** The compiled operation (compiled on the first call), or null when graphql-jit cannot compile it. */
  compiled(document: DocumentNode, operationName: string | null | undefined): CompiledQuery | null {
    const entry = this.entry(document, operationName);
    if (entry.query === undefined) {
      const compiled = compileQuery(this.schema, document, operationName ?? undefined);
      entry.query = isCompiledQuery(compiled) ? compiled : null;
    }
    return entry.query;
  }

  /** Whether the variables coerce (graphql-js decides, and words the errors when they do not). */
  coerces(operation: OperationDefinitionNode, inputs: Record<string, unknown>): boolean {
    if (!operation.variableDefinitions?.length) return true;
    return !getVariableValues(this.schema, operation.variableDefinitions, inputs, { maxErrors: 1 }).errors;
  }

  /** Runs a compiled operation with variables that coerce. */
  async run(query: CompiledQuery, operation: OperationDefinitionNode, contextValue: unknown, inputs: Record<string, unknown>): Promise<ExecutionResult> {
    const result = (await query.query(undefined, contextValue, withFieldDefaults(this.schema, operation, inputs))) as ExecutionResult;
    return result.errors?.length ? { ...result, errors: result.errors.map(withExtensions) } : result;
  }
}

/**
 * Apollo's executor: graphql-js the way graphql-js does it on a document's first run, compiled afterwards. A document
 * that does not compile, and variables that do not coerce (whose errors clients and Apollo expect word for word), go
 * through graphql-js. Resolvers, authorization, validation and error formatting are the same either way.
 */
export function jitExecutor(operations: CompiledOperations, minRuns = 1): GatewayExecutor {
  const { schema } = operations;
  return async (rc) => {
    const { document, operation, request, context: contextValue } = rc;
    const inputs = request.variables ?? {};
    const plain = () => execute({ schema, document, contextValue, variableValues: inputs, operationName: request.operationName }) as Promise<ExecutionResult>;
    // No operation resolved (e.g. an empty operationName, which names none): graphql-js words the error.
    if (!operation || operations.count(document, request.operationName) <= minRuns) return plain();
    const query = operations.compiled(document, request.operationName);
    if (!query || !operations.coerces(operation, inputs)) return plain();
    return operations.run(query, operation, contextValue, inputs);
  };
}

/**
 * graphql-jit's errors have no `extensions` when the thrown error had none (graphql-js's always have an object):
 * Apollo reads `extensions.code`, so they get an empty one, and the rest (message, path, original error) as they are.
 */
function withExtensions(error: GraphQLError): GraphQLError {
  if (error.extensions) return error;
  return Object.create(error, { extensions: { value: {}, enumerable: false } }) as GraphQLError;
}

/**
 * The variables with the defaults of input object fields filled in (e.g. a page's limit), as clients would send them:
 * graphql-jit requires a non-null field with a default to be given, where graphql-js uses the default.
 */
function withFieldDefaults(schema: GraphQLSchema, operation: OperationDefinitionNode, inputs: Record<string, unknown>): Record<string, unknown> {
  if (!operation.variableDefinitions?.length) return inputs;
  const out = { ...inputs };
  for (const definition of operation.variableDefinitions) {
    const name = definition.variable.name.value;
    const type = typeFromAST(schema, definition.type) as GraphQLInputType | undefined;
    if (type && name in out) out[name] = fill(type, out[name]);
  }
  return out;
}

function fill(type: GraphQLInputType, value: unknown): unknown {
  if (value === null || value === undefined) return value;
  if (isNonNullType(type)) return fill(type.ofType, value);
  if (isListType(type)) return Array.isArray(value) ? value.map((v) => fill(type.ofType, v)) : fill(type.ofType, value);
  if (!isInputObjectType(type) || typeof value !== 'object' || Array.isArray(value)) return value;
  const out: Record<string, unknown> = { ...(value as Record<string, unknown>) };
  for (const field of Object.values(type.getFields())) {
    if (field.name in out) out[field.name] = fill(field.type, out[field.name]);
    else if (field.defaultValue !== undefined) {
      const ast = astFromValue(field.defaultValue, field.type);
      if (ast) out[field.name] = valueFromASTUntyped(ast);
    }
  }
  return out;
}

/** Apollo Server's way to take another executor: a gateway that serves one fixed schema. */
export function localGateway(schema: GraphQLSchema, executor: GatewayExecutor): GatewayInterface {
  return {
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: '' });
      return () => undefined;
    },
    async load() {
      return { executor };
    },
    async stop() {},
  };
}
