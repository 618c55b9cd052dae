import path from 'node:path';

/** Every setting the product reads from the environment, with its default. The README's table mirrors this list. */
export interface Config {
  host: string;
  port: number;
  graphqlPath: string;
  healthPath: string;
  readyPath: string;
  openDataPath: string;
  publicUrl: string | undefined;
  consoleDir: string;
  databaseUrl: string | undefined;
  /** Read replicas for the indicators and the big lists (docs/scaling.md). */
  databaseReplicaUrls: string[];
  pgDataDir: string;
  pgPort: number;
  dbName: string;
  dbConnectTimeoutMs: number;
  seedDir: string;
  adminLogin: string;
  adminPassword: string | undefined;
  sessionTtlHours: number;
  /** How long a resolved session or API key is remembered (0: looked up on every request); see viewer-cache.ts. */
  viewerCacheSeconds: number;
  logLevel: string;
  introspection: boolean;
  uncollectedJobMinutes: number;
  demoData: boolean;
  demoApplications: number;
  corsOrigins: string[];
  /** A .graphql file of the only operations API keys may send (unset: any). */
  integratorOperations: string | undefined;
  hsts: boolean;
  signInPerMinute: number;
  apiKeyPerMinute: number;
  lockoutAttempts: number;
  lockoutMinutes: number;
  /** Per-document limits of GraphQL queries (api/src/common/limits.ts). */
  limits: { depth: number; aliases: number; directives: number; cost: number; tokens: number };
}

const root = path.resolve(__dirname, '..', '..');

function int(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new Error(`Environment variable ${name} must be a non-negative integer, got "${raw}"`);
  return value;
}

function urlPath(env: NodeJS.ProcessEnv, name: string, fallback: string): string {
  const value = env[name] || fallback;
  if (!value.startsWith('/')) throw new Error(`Environment variable ${name} must start with "/", got "${value}"`);
  return value;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  return {
    host: env.HOST || '127.0.0.1',
    port: int(env, 'PORT', 4000),
    graphqlPath: urlPath(env, 'GRAPHQL_PATH', '/graphql'),
    healthPath: urlPath(env, 'HEALTH_PATH', '/healthz'),
    readyPath: urlPath(env, 'READY_PATH', '/readyz'),
    openDataPath: urlPath(env, 'OPEN_DATA_PATH', '/open-data'),
    publicUrl: env.PUBLIC_URL?.replace(/\/$/, '') || undefined,
    consoleDir: path.resolve(env.CONSOLE_DIR || path.join(root, 'admin', 'dist')),
    databaseUrl: env.DATABASE_URL || undefined,
    databaseReplicaUrls: (env.DATABASE_REPLICA_URLS ?? '')
      .split(',')
      .map((u) => u.trim())
      .filter(Boolean),
    pgDataDir: path.resolve(env.PG_DATA_DIR || path.join(root, '.data', 'pg')),
    pgPort: int(env, 'PG_PORT', 54329),
    dbName: env.DB_NAME || 'registry',
    dbConnectTimeoutMs: int(env, 'DB_CONNECT_TIMEOUT_MS', 5000),
    seedDir: path.resolve(env.SEED_DIR || path.join(root, 'seeds')),
    adminLogin: env.ADMIN_LOGIN || 'admin',
    adminPassword: env.ADMIN_PASSWORD || undefined,
    sessionTtlHours: int(env, 'SESSION_TTL_HOURS', 12),
    viewerCacheSeconds: int(env, 'VIEWER_CACHE_SECONDS', 30),
    logLevel: env.LOG_LEVEL || 'info',
    introspection: (env.GRAPHQL_INTROSPECTION ?? 'true') !== 'false',
    uncollectedJobMinutes: int(env, 'UNCOLLECTED_JOB_MINUTES', 60),
    demoData: (env.DEMO_DATA ?? 'true') !== 'false',
    demoApplications: int(env, 'DEMO_APPLICATIONS', 12000),
    corsOrigins: (env.CORS_ORIGINS ?? '')
      .split(',')
      .map((o) => o.trim().replace(/\/$/, ''))
      .filter(Boolean),
    hsts: env.HSTS === 'true',
    integratorOperations: env.INTEGRATOR_OPERATIONS ? path.resolve(env.INTEGRATOR_OPERATIONS) : undefined,
    signInPerMinute: int(env, 'SIGN_IN_PER_MINUTE', 10),
    apiKeyPerMinute: int(env, 'API_KEY_PER_MINUTE', 600),
    lockoutAttempts: int(env, 'LOCKOUT_ATTEMPTS', 5),
    lockoutMinutes: int(env, 'LOCKOUT_MINUTES', 15),
    limits: {
      depth: int(env, 'QUERY_MAX_DEPTH', 10),
      aliases: int(env, 'QUERY_MAX_ALIASES', 15),
      directives: int(env, 'QUERY_MAX_DIRECTIVES', 10),
      cost: int(env, 'QUERY_MAX_COST', 10000),
      tokens: int(env, 'QUERY_MAX_TOKENS', 4000),
    },
  };
}
