import crypto from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import {
  HeaderMap,
  type ApolloServer,
  type ApolloServerPlugin,
  type BaseContext,
  type GraphQLRequest,
  type GraphQLRequestContext,
  type GraphQLRequestListener,
  type HTTPGraphQLHead,
} from '@apollo/server';
import { GraphQLError, getOperationAST, type DocumentNode, type ExecutionResult, type GraphQLFormattedError, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import { headerMap } from './graphql-lane';
import type { CompiledOperations } from './jit';

/** An answer of the fast path, ready to be written. */
export interface FastAnswer {
  status: number;
  headers: HeaderMap;
  body: string;
}

export interface FastPathOptions<C extends BaseContext> {
  /** The server (made after the fast path, whose learner is one of its plugins). */
  apollo: () => ApolloServer<C>;
  operations: CompiledOperations;
  /** Apollo's plugins, in Apollo's order: their per-request hooks run here as Apollo runs them. */
  plugins: ApolloServerPlugin<C>[];
  formatError: (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;
  stringify: (value: unknown) => string;
  /** Query texts remembered at most (each with its parsed document); past it the memory starts over. */
  maxQueries?: number;
  /** Longer query texts are not remembered (Apollo answers them). */
  maxQueryLength?: number;
}

const JSON_TYPE = 'application/json; charset=utf-8';
const GRAPHQL_RESPONSE_TYPE = 'application/graphql-response+json; charset=utf-8';
/** Accept headers answered here, with the content type Apollo's negotiation picks for them; any other goes to Apollo. */
const ACCEPTED = new Map<string | undefined, string>([
  [undefined, JSON_TYPE],
  ['*/*', JSON_TYPE],
  ['application/json', JSON_TYPE],
  // Apollo Client's default (the console sends application/json).
  ['application/graphql-response+json,application/json;q=0.9', GRAPHQL_RESPONSE_TYPE],
]);

interface Known {
  document: DocumentNode;
  operations: Map<string, OperationDefinitionNode | null>;
}

type Listener<C extends BaseContext> = GraphQLRequestListener<C>;

/**
 * Repeated queries without Apollo's per-request pipeline. Apollo answers a query text the first time (parsing,
 * validation with every limit, the operation's resolution); once it has validated the text, later POSTs of the same
 * text are executed here: the same context, the same plugins' hooks in Apollo's order (didResolveSource,
 * didResolveOperation, executionDidStart, didEncounterErrors, willSendResponse), the compiled operation, and errors
 * formatted and given their HTTP status as Apollo does (tests compare both paths answer for answer). What it skips is
 * per-request bookkeeping of Apollo's (body checks already made, hashing the text, content negotiation, the document
 * cache, the request context's other parts) that cost about a tenth of a small query's CPU.
 *
 * Only queries (mutations keep Apollo's path), POST bodies of `query`, `variables` and `operationName` (no
 * `extensions`), Accept headers listed above, and variables that coerce: anything else goes to Apollo, which words
 * every error.
 */
export class QueryFastPath<C extends BaseContext> {
  private readonly known = new Map<string, Known>();
  private open = true;
  /** Requests this path has answered (Apollo answered the rest). */
  answered = 0;
  private readonly maxQueries: number;
  private readonly maxQueryLength: number;

  constructor(private readonly options: FastPathOptions<C>) {
    this.maxQueries = options.maxQueries ?? 200;
    this.maxQueryLength = options.maxQueryLength ?? 20_000;
  }

  /** Apollo's plugin that tells the fast path which query texts passed parsing and validation. */
  readonly learner: ApolloServerPlugin<C> = {
    requestDidStart: async () => ({
      didResolveOperation: async ({ source, document, operation }) => {
        if (!this.open || operation?.operation !== 'query' || source.length > this.maxQueryLength || this.known.has(source)) return;
        if (this.known.size >= this.maxQueries) this.known.clear();
        this.known.set(source, { document, operations: new Map() });
      },
    }),
  };

  /** Query texts remembered. */
  get size(): number {
    return this.known.size;
  }

  /** From now on Apollo answers everything (it is stopping). */
  close() {
    this.open = false;
    this.known.clear();
  }

  /**
   * The answer to a parsed JSON body, or undefined when the fast path does not take the request (then Apollo answers
   * it; nothing has happened yet).
   */
  async answer(body: unknown, headers: IncomingHttpHeaders, context: () => Promise<C>): Promise<FastAnswer | undefined> {
    if (!this.open) return undefined;
    const contentType = ACCEPTED.get(headers.accept);
    if (!contentType) return undefined;
    const request = requestOf(body);
    if (!request) return undefined;
    const known = this.known.get(request.query);
    if (!known) return undefined;
    const operation = operationOf(known, request.operationName);
    if (operation?.operation !== 'query') return undefined;
    const { operations } = this.options;
    const compiled = operations.compiled(known.document, request.operationName);
    const variables = request.variables ?? {};
    if (!compiled || !operations.coerces(operation, variables)) return undefined;

    this.answered++;
    let contextValue: C;
    try {
      contextValue = await context();
    } catch (error) {
      const failure = ensureError(error);
      await Promise.all(this.options.plugins.map(async (p) => p.contextCreationDidFail?.({ error: failure })));
      return this.errorResponse(ensureGraphQLError(failure, 'Context creation failed: '), contentType);
    }

    const apollo = this.options.apollo();
    const http: HTTPGraphQLHead = { status: undefined, headers: new HeaderMap() };
    const graphQLRequest: GraphQLRequest & { query: string } = { query: request.query, operationName: request.operationName, variables: request.variables, extensions: undefined, http: new HttpRequest(headers, body) };
    const rc = new RequestContext(apollo, operations.schema, graphQLRequest, http, contextValue, known.document, operation);
    const context_ = rc as unknown as GraphQLRequestContext<C> & Required<Pick<GraphQLRequestContext<C>, 'source' | 'queryHash' | 'document' | 'operation' | 'errors'>> & { operationName: string | null; response: { body: never } };

    try {
      const listeners: Listener<C>[] = [];
      for (const started of await Promise.all(this.options.plugins.map((p) => p.requestDidStart?.(context_)))) if (started) listeners.push(started);
      // Apollo's order: the plugins hear of the errors, then they are formatted.
      const encounter = async (errors: GraphQLError[]) => {
        rc.errors = errors;
        await all(listeners, (l) => l.didEncounterErrors?.(context_));
        return this.format(errors);
      };
      const sendErrors = async (errors: GraphQLError[]) => {
        const formatted = await encounter(errors);
        rc.response.body = { kind: 'single', singleResult: { errors: formatted.errors as never } };
        merge(http, formatted.http);
        http.status ??= 500;
        await all(listeners, (l) => l.willSendResponse?.(context_));
        return this.respond(http, contentType, { errors: formatted.errors });
      };

      await all(listeners, (l) => l.didResolveSource?.(context_));
      try {
        await all(listeners, (l) => l.didResolveOperation?.(context_));
      } catch (error) {
        return await sendErrors([ensureGraphQLError(error)]);
      }
      if (listeners.some((l) => l.responseForOperation)) throw new Error('responseForOperation is not supported by the fast path');
      const execution = [];
      for (const started of await Promise.all(listeners.map((l) => l.executionDidStart?.(context_)))) {
        if (!started) continue;
        if (started.willResolveField) throw new Error('willResolveField is not supported by the fast path');
        execution.unshift(started);
      }
      let result: ExecutionResult;
      try {
        result = await operations.run(compiled, operation, contextValue, variables);
      } catch (error) {
        const failure = ensureError(error);
        await Promise.all(execution.map((l) => l.executionDidEnd?.(failure)));
        return await sendErrors([ensureGraphQLError(failure)]);
      }
      const errors = result.errors?.length ? [...result.errors] : undefined;
      let formattedErrors: readonly GraphQLFormattedError[] | undefined;
      if (errors) {
        const formatted = await encounter(errors);
        formattedErrors = formatted.errors;
        // Apollo's status400ForVariableCoercionErrors: errors and no data at all.
        if (result.data === undefined && !formatted.http.status) formatted.http.status = 400;
        merge(http, formatted.http);
      }
      rc.response.body = { kind: 'single', singleResult: { ...result, errors: formattedErrors as never } };
      await Promise.all(execution.map((l) => l.executionDidEnd?.()));
      await all(listeners, (l) => l.willSendResponse?.(context_));
      return this.respond(http, contentType, { errors: formattedErrors, data: result.data, extensions: result.extensions });
    } catch (error) {
      // As Apollo does with a fault in its own pipeline: the plugins hear of it, the client gets a 500.
      const failure = ensureError(error);
      await Promise.all(this.options.plugins.map(async (p) => p.unexpectedErrorProcessingRequest?.({ requestContext: context_, error: failure })));
      this.options.apollo().logger.error(`Unexpected error processing request: ${failure}`);
      return this.errorResponse(new Error('Internal server error'), contentType);
    }
  }

  private respond(http: HTTPGraphQLHead, contentType: string, result: Record<string, unknown>): FastAnswer {
    if (!http.headers.get('content-type')) http.headers.set('content-type', contentType);
    return { status: http.status ?? 200, headers: http.headers, body: this.options.stringify(result) };
  }

  /** Apollo's answer to an error outside execution (e.g. the context could not be made). */
  private errorResponse(error: Error, contentType: string): FastAnswer {
    const formatted = this.format([error]);
    return this.respond({ status: formatted.http.status ?? 500, headers: formatted.http.headers }, contentType, { errors: formatted.errors });
  }

  /** Apollo's normalizeAndFormatErrors (stack traces are never included in this API's answers). */
  private format(errors: readonly Error[]): { errors: GraphQLFormattedError[]; http: HTTPGraphQLHead } {
    const http: HTTPGraphQLHead = { status: undefined, headers: new HeaderMap() };
    const enrich = (maybe: unknown): GraphQLFormattedError => {
      const error = ensureGraphQLError(maybe);
      const extensions: Record<string, unknown> = { ...error.extensions, code: error.extensions.code ?? 'INTERNAL_SERVER_ERROR' };
      const head = extensions.http as Partial<HTTPGraphQLHead> | undefined;
      if (head && typeof head === 'object' && (!('status' in head) || typeof head.status === 'number') && (!('headers' in head) || head.headers instanceof Map)) {
        merge(http, { headers: new HeaderMap(), ...head } as HTTPGraphQLHead);
        delete extensions.http;
      }
      return { ...error.toJSON(), extensions };
    };
    return {
      http,
      errors: errors.map((error) => {
        try {
          return this.options.formatError(enrich(error), error);
        } catch {
          return { message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } };
        }
      }),
    };
  }
}

/** The body as Apollo would read it, if it is a plain query request (else undefined: Apollo checks and words it). */
function requestOf(body: unknown): { query: string; variables?: Record<string, unknown>; operationName?: string } | undefined {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return undefined;
  const { query, variables, operationName } = body as Record<string, unknown>;
  for (const key in body) if (key !== 'query' && key !== 'variables' && key !== 'operationName') return undefined;
  if (typeof query !== 'string' || !query) return undefined;
  if (variables !== undefined && variables !== null && (typeof variables !== 'object' || Array.isArray(variables))) return undefined;
  // An empty name is not "no name" to graphql-js (it names no operation): Apollo words that.
  if (operationName !== undefined && operationName !== null && (typeof operationName !== 'string' || !operationName)) return undefined;
  return { query, variables: (variables ?? undefined) as Record<string, unknown> | undefined, operationName: operationName ?? undefined };
}

/** Apollo's HTTP request as hooks see it: the header map is made only if a hook reads it. */
class HttpRequest {
  readonly method = 'POST';
  readonly search = '';
  private map: HeaderMap | undefined;

  constructor(
    private readonly raw: IncomingHttpHeaders,
    readonly body: unknown,
  ) {}

  get headers(): HeaderMap {
    return (this.map ??= headerMap(this.raw));
  }
}

/** Apollo's request context as hooks see it: the text's hash (Apollo's key for it) is computed only if a hook reads it. */
class RequestContext<C extends BaseContext> {
  readonly logger: ApolloServer<C>['logger'];
  readonly cache: ApolloServer<C>['cache'];
  readonly response: { http: HTTPGraphQLHead; body?: { kind: 'single'; singleResult: ExecutionResult } };
  readonly metrics = { persistedQueryHit: false, persistedQueryRegister: false };
  readonly requestIsBatched = false;
  readonly overallCachePolicy = undefined;
  errors: readonly GraphQLError[] | undefined = undefined;
  private hash: string | undefined;

  constructor(
    apollo: ApolloServer<C>,
    readonly schema: GraphQLSchema,
    readonly request: GraphQLRequest & { query: string },
    http: HTTPGraphQLHead,
    readonly contextValue: C,
    readonly document: DocumentNode,
    readonly operation: OperationDefinitionNode,
  ) {
    this.logger = apollo.logger;
    this.cache = apollo.cache;
    this.response = { http };
  }

  get source(): string {
    return this.request.query;
  }

  get operationName(): string | null {
    return this.operation.name?.value ?? null;
  }

  get queryHash(): string {
    return (this.hash ??= crypto.createHash('sha256').update(this.request.query).digest('hex'));
  }
}

function operationOf(known: Known, name: string | undefined): OperationDefinitionNode | null {
  const key = name ?? '';
  let operation = known.operations.get(key);
  if (operation === undefined) known.operations.set(key, (operation = getOperationAST(known.document, name) ?? null));
  return operation;
}

/** Calls a hook on every listener that has it, together, as Apollo does. */
async function all<C extends BaseContext>(listeners: Listener<C>[], call: (l: Listener<C>) => Promise<unknown> | undefined): Promise<void> {
  const pending: Promise<unknown>[] = [];
  for (const l of listeners) {
    const p = call(l);
    if (p) pending.push(p);
  }
  if (pending.length === 1) await pending[0];
  else if (pending.length) await Promise.all(pending);
}

function merge(target: HTTPGraphQLHead, source: HTTPGraphQLHead) {
  if (source.status) target.status = source.status;
  for (const [name, value] of source.headers) target.headers.set(name, value);
}

function ensureError(maybe: unknown): Error {
  return maybe instanceof Error ? maybe : new GraphQLError(`Unexpected error value: ${String(maybe)}`);
}

function ensureGraphQLError(maybe: unknown, prefix = ''): GraphQLError {
  const error = ensureError(maybe);
  return error instanceof GraphQLError ? error : new GraphQLError(prefix + error.message, { originalError: error });
}
