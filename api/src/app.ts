import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
  ApolloServerPluginSchemaReportingDisabled,
  ApolloServerPluginUsageReportingDisabled,
} from '@apollo/server/plugin/disabled';
import type { MikroORM } from '@mikro-orm/postgresql';
import express, { type NextFunction, type Request, type Response } from 'express';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { Logger } from 'pino';
import type { Config } from './config';
import { systemClock, type Clock } from './common/clock';
import type { GraphQLContext } from './common/context';
import { isDatabaseUnavailable } from './common/db-errors';
import { PUBLIC_ERROR_CODES, serviceUnavailable } from './common/errors';
import { validationRules } from './common/limits';
import { cors, securityHeaders, securityHeaderValues } from './common/security';
import { clientAddress, graphqlLane, requestIdOf, type LaneRequest } from './common/graphql-lane';
import { loadAllowList, persistedOperationsPlugin } from './common/persisted';
import { languageFromHeader } from './common/localized-text';
import { migrationsApplied } from './db/orm';
import { AuthService } from './modules/auth/auth.service';
import { ACCOUNT_MUTATION, listenForViewerChanges, ViewerCache } from './modules/auth/viewer-cache';
import { createSchema } from './schema';
import { CompiledOperations, jitExecutor, localGateway } from './common/jit';
import { QueryFastPath } from './common/query-fast-path';
import { buildCatalogue } from './modules/opendata/jsonld';
import { ActivityCollector, activityPlugin, ActivityWriter } from './modules/activity/activity';
import { Pool } from 'pg';

declare module 'express-serve-static-core' {
  interface Request {
    id: string;
    log: Logger;
  }
}

interface ValidationErrorLike {
  property: string;
  constraints?: Record<string, string>;
  children?: ValidationErrorLike[];
}

/** Flattens class-validator errors into `{ field: "input.login", message }`. */
function flattenValidation(errors: ValidationErrorLike[], prefix: string[] = []): { field: string; message: string }[] {
  return errors.flatMap((e) => [
    ...Object.values(e.constraints ?? {}).map((message) => ({ field: [...prefix, e.property].join('.'), message })),
    ...flattenValidation(e.children ?? [], [...prefix, e.property]),
  ]);
}

/** Clients see typed, explained errors; anything unexpected becomes INTERNAL_SERVER_ERROR without internals. */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = (error as GraphQLError)?.originalError ?? error;
  const code = (formatted.extensions?.code as string | undefined) ?? 'INTERNAL_SERVER_ERROR';
  const validation = (original as { extensions?: { validationErrors?: ValidationErrorLike[] } })?.extensions?.validationErrors;
  if (validation) {
    const fields = flattenValidation(validation);
    return {
      message: `Invalid input: ${fields.map((f) => `${f.field}: ${f.message}`).join('; ')}`,
      path: formatted.path,
      extensions: { code: 'BAD_USER_INPUT', fields },
    };
  }
  if (isDatabaseUnavailable(original)) {
    return { message: serviceUnavailable().message, path: formatted.path, extensions: { code: 'SERVICE_UNAVAILABLE' } };
  }
  // graphql-js stops coercing variables after 50 errors with an error of its own, without a code: still the client's input.
  if (/error limit reached/i.test(formatted.message)) return { message: formatted.message, extensions: { code: 'BAD_USER_INPUT' } };
  if (PUBLIC_ERROR_CODES.has(code)) {
    const { stacktrace: _stack, http: _http, ...extensions } = (formatted.extensions ?? {}) as Record<string, unknown>;
    return { ...formatted, extensions: { ...extensions, code } };
  }
  return { message: 'Internal server error. The request id in the x-request-id header identifies it in the logs.', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}

const errorLogging: ApolloServerPlugin<GraphQLContext> = {
  async requestDidStart() {
    return {
      async didEncounterErrors({ contextValue, errors, operationName }) {
        for (const error of errors) {
          const code = error.extensions?.code as string | undefined;
          const original = error.originalError ?? error;
          if (isDatabaseUnavailable(original)) contextValue.logger.warn({ operationName, err: original.message }, 'database unavailable');
          else if (code && PUBLIC_ERROR_CODES.has(code)) contextValue.logger.info({ operationName, code, msg: error.message }, 'client error');
          else contextValue.logger.error({ operationName, err: original }, 'unexpected error');
        }
      },
    };
  },
};

/** This instance forgets remembered viewers before answering a mutation of accounts, sessions or keys. */
function forgetViewersAfterAccountChanges(viewers: ViewerCache): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ operation }) {
          if (operation?.operation !== 'mutation') return;
          if (operation.selectionSet.selections.some((s) => s.kind === 'Field' && ACCOUNT_MUTATION.test(s.name.value))) viewers.clear();
        },
      };
    },
  };
}

/** The largest GraphQL request body (1 MiB). */
const JSON_LIMIT_BYTES = 1024 * 1024;

export interface App {
  server: http.Server;
  apollo: ApolloServer<GraphQLContext>;
  /** The activity log's writer (its `pending` count shows requests still being answered). */
  activity: ActivityWriter;
  /** The fast path for repeated queries (its `answered` count shows how many it took). */
  fast: QueryFastPath<GraphQLContext>;
  close(): Promise<void>;
}

export async function createApp(config: Config, orm: MikroORM, logger: Logger, clock: Clock = systemClock): Promise<App> {
  const viewers = new ViewerCache(config.viewerCacheSeconds * 1000);
  const auth = new AuthService(config.sessionTtlHours, config, viewers);
  const viewerChanges = config.viewerCacheSeconds > 0 ? listenForViewerChanges(orm.config.getClientUrl(), viewers, logger) : undefined;
  const schema = await createSchema(auth);
  const app = express();
  let lane: ((req: http.IncomingMessage, res: http.ServerResponse) => boolean) | undefined;
  const server = http.createServer((req, res) => {
    if (!lane?.(req, res)) app(req, res);
  });
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');

  // The activity log writes on a pool of its own: it never competes with, or counts among, a request's statements.
  const activityPool = new Pool({ connectionString: orm.config.getClientUrl(), max: 3 });
  activityPool.on('error', (error) => logger.warn({ err: error.message }, 'activity log connection error'));
  const activity = new ActivityWriter(activityPool);
  // Apollo's plugins with per-request hooks: the fast path for repeated queries runs them too.
  const requestPlugins: ApolloServerPlugin<GraphQLContext>[] = [
    errorLogging,
    forgetViewersAfterAccountChanges(viewers),
    activityPlugin(activity, (error) => logger.error({ err: error.message }, 'activity log write failed')),
    ...(config.integratorOperations ? [persistedOperationsPlugin(loadAllowList(config.integratorOperations))] : []),
  ];
  // Compact JSON: Apollo's default indents every answer, which costs CPU and bytes on every list.
  const stringifyResult = (value: unknown) => JSON.stringify(value);
  const operations = new CompiledOperations(schema);
  const fast = new QueryFastPath<GraphQLContext>({ apollo: () => apollo, operations, plugins: requestPlugins, formatError, stringify: stringifyResult });
  const apollo: ApolloServer<GraphQLContext> = new ApolloServer<GraphQLContext>({
    // The schema, executed by graphql-jit once an operation repeats (common/jit.ts).
    gateway: localGateway(schema, jitExecutor(operations)),
    introspection: config.introspection,
    includeStacktraceInErrorResponses: false,
    validationRules: validationRules(config),
    parseOptions: { maxTokens: config.limits.tokens },
    formatError,
    stringifyResult,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer: server }),
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginLandingPageDisabled(),
      // Nothing about requests leaves the ministry (and no plugin runs that the fast path would not).
      ApolloServerPluginUsageReportingDisabled(),
      ApolloServerPluginSchemaReportingDisabled(),
      ApolloServerPluginInlineTraceDisabled(),
      ...requestPlugins,
      fast.learner,
    ],
  });
  await apollo.start();

  // A request id on every request and response, carried by every log line about it.
  app.use((req: Request, res: Response, next: NextFunction) => {
    req.id = requestIdOf(req.headers['x-request-id']);
    req.log = logger.child({ requestId: req.id });
    res.setHeader('x-request-id', req.id);
    const started = process.hrtime.bigint();
    res.on('finish', () => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      req.log.info({ method: req.method, url: req.originalUrl, status: res.statusCode, ms: Math.round(ms * 10) / 10 }, 'request');
    });
    next();
  });

  // The console's runtime settings, written into index.html as its one inline script (allowed by hash in the CSP).
  const index = path.join(config.consoleDir, 'index.html');
  const settings = JSON.stringify({ graphqlPath: config.graphqlPath }).replace(/</g, '\\u003c');
  const inlineScript = `window.__REGISTRY__=${settings}`;
  app.use(securityHeaders(config, inlineScript));

  app.get(config.healthPath, (_req, res) => {
    res.json({ status: 'ok' });
  });

  let migrated = false;
  app.get(config.readyPath, async (req, res) => {
    try {
      await orm.em.getConnection().execute('select 1');
      migrated ||= await migrationsApplied(orm);
      res.status(migrated ? 200 : 503).json({ status: migrated ? 'ready' : 'migrations pending', database: 'up', migrations: migrated ? 'applied' : 'pending' });
    } catch (error) {
      req.log.warn({ err: (error as Error).message }, 'readiness check failed');
      res.status(503).json({ status: 'unavailable', database: 'down' });
    }
  });

  // Open data: the catalogue and directory as CPSV-AP 3.2 / schema.org JSON-LD, at a stable address.
  app.get(`${config.openDataPath}/catalogue.jsonld`, async (req, res, next) => {
    try {
      const base = `${config.publicUrl ?? `${req.protocol}://${req.get('host')}`}${config.openDataPath}`;
      const doc = await buildCatalogue(orm.em.fork(), base);
      res.type('application/ld+json').setHeader('cache-control', 'public, max-age=300').send(JSON.stringify(doc));
    } catch (error) {
      next(error);
    }
  });

  const contextOf = async (req: LaneRequest, ip: string | undefined): Promise<GraphQLContext> => {
    const em = orm.em.fork();
    const header = req.headers['x-api-key'];
    try {
      const viewer = await auth.resolveViewer(em, req.headers.authorization, Array.isArray(header) ? header[0] : header);
      return { em, viewer, lang: languageFromHeader(req.headers['accept-language']), requestId: req.id, logger: req.log, clock, ip, userAgent: req.headers['user-agent'], activity: new ActivityCollector(), memo: new Map() };
    } catch (error) {
      if (error instanceof GraphQLError) throw error;
      if (isDatabaseUnavailable(error)) {
        throw new GraphQLError(serviceUnavailable().message, { extensions: { code: 'SERVICE_UNAVAILABLE', http: { status: 503 } } });
      }
      throw error;
    }
  };

  app.use(
    config.graphqlPath,
    cors(config),
    (_req: Request, res: Response, next: NextFunction) => {
      // Answers carry personal data: never kept by a browser or a proxy.
      res.setHeader('cache-control', 'no-store');
      next();
    },
    // PostgreSQL cannot store a NUL character in text: refuse it at the door, for every argument at once.
    express.json({
      limit: JSON_LIMIT_BYTES,
      verify: (_req, _res, raw) => {
        if (raw.includes(0) || raw.includes('\\u0000')) throw Object.assign(new Error('Text may not contain NUL characters (\\u0000).'), { status: 400 });
      },
    }),
    (req: Request, res: Response, next: NextFunction) => {
      if (req.method === 'GET' && /%00/.test(req.originalUrl)) {
        res.status(400).json({ errors: [{ message: 'Text may not contain NUL characters.', extensions: { code: 'BAD_REQUEST' } }] });
        return;
      }
      next();
    },
    expressMiddleware(apollo, { context: ({ req }) => contextOf(req, req.ip) }),
  );
  // POSTs of JSON skip Express (see graphql-lane.ts); same headers, limits and context.
  lane = graphqlLane({
    apollo,
    path: config.graphqlPath,
    limitBytes: JSON_LIMIT_BYTES,
    headers: { ...securityHeaderValues(config, inlineScript).api, 'cache-control': 'no-store' },
    logger,
    context: (req) => contextOf(req, clientAddress(req)),
    fast,
  });

  // The console: static files, and index.html (with the runtime settings it needs) for its client-side routes.
  if (fs.existsSync(index)) {
    const html = fs.readFileSync(index, 'utf8').replace('<!--registry-config-->', `<script>${inlineScript}</script>`);
    app.use(express.static(config.consoleDir, { index: false, maxAge: '1h' }));
    app.use((req, res, next) => {
      if (req.method !== 'GET' && req.method !== 'HEAD') return next();
      res.setHeader('cache-control', 'no-cache');
      res.type('html').send(html);
    });
  } else {
    logger.warn({ consoleDir: config.consoleDir }, 'console not built: run `npm run build`');
  }

  app.use((err: unknown, req: Request, res: Response, _next: NextFunction) => {
    const status = (err as { status?: number }).status ?? 500;
    if (status >= 500) req.log.error({ err }, 'unhandled error');
    res.status(status).json({ errors: [{ message: status >= 500 ? 'Internal server error' : (err as Error).message, extensions: { code: status >= 500 ? 'INTERNAL_SERVER_ERROR' : 'BAD_REQUEST' } }] });
  });

  return {
    server,
    apollo,
    activity,
    fast,
    async close() {
      fast.close();
      await apollo.stop();
      await viewerChanges?.stop();
      await activityPool.end().catch(() => undefined);
      if (server.listening) await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
