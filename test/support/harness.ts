import { loadConfig, type Config } from '../../api/src/config';
import { SettableClock } from '../../api/src/common/clock';
import { createLogger } from '../../api/src/common/logger';
import { start, type Running } from '../../api/src/main';
import { freshDatabase } from './db';

export const ADMIN_LOGIN = 'admin';
export const ADMIN_PASSWORD = 'admin-test-password';

export interface GqlOptions {
  token?: string;
  apiKey?: string;
  headers?: Record<string, string>;
}

export interface GqlResponse<T = Record<string, any>> {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: Record<string, any>; path?: string[] }[];
}

export interface TestApp extends Running {
  config: Config;
  /** The server's clock: business dates (acceptance, due dates, overdue) follow it. Starts at the real time. */
  clock: SettableClock;
  databaseUrl: string;
  gql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, options?: GqlOptions): Promise<GqlResponse<T>>;
  signIn(login?: string, password?: string): Promise<string>;
  /** Runs `fn` and returns how many SQL statements the server issued meanwhile (requests must not overlap). */
  countStatements<T>(fn: () => Promise<T>): Promise<{ result: T; statements: number; sql: string[] }>;
}

/** The real product (API + console) on a fresh copy of the seeded database, on a free port. */
export async function startTestApp(overrides: Partial<Config> = {}): Promise<TestApp> {
  const databaseUrl = overrides.databaseUrl ?? (await freshDatabase());
  const config: Config = {
    ...loadConfig({}),
    host: '127.0.0.1',
    port: 0,
    databaseUrl,
    adminLogin: ADMIN_LOGIN,
    adminPassword: ADMIN_PASSWORD,
    logLevel: process.env.TEST_LOG_LEVEL ?? 'silent',
    demoData: false,
    // Tests sign in many times from one address and try wrong passwords on purpose: throttling and lockout are tested
    // on their own (test/api/security.test.ts).
    signInPerMinute: 0,
    apiKeyPerMinute: 0,
    lockoutAttempts: 0,
    ...overrides,
  };
  const clock = new SettableClock();
  const running = await start(config, createLogger(config.logLevel), { quiet: true, clock });
  const gql = async <T>(query: string, variables?: Record<string, unknown>, options: GqlOptions = {}): Promise<GqlResponse<T>> => {
    const headers: Record<string, string> = { 'content-type': 'application/json', ...options.headers };
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    if (options.apiKey) headers['x-api-key'] = options.apiKey;
    const res = await fetch(`${running.url}${config.graphqlPath}`, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
    const body = (await res.json()) as GqlResponse<T>;
    return { ...body, status: res.status };
  };
  const signIn = async (login = ADMIN_LOGIN, password = ADMIN_PASSWORD) => {
    const res = await gql<{ sessionCreate: { token: string } }>(
      'mutation($input: SessionCreateInput!) { sessionCreate(input: $input) { token } }',
      { input: { login, password } },
    );
    if (!res.data?.sessionCreate) throw new Error(`sign-in failed: ${JSON.stringify(res.errors)}`);
    return res.data.sessionCreate.token;
  };
  const countStatements = async <T>(fn: () => Promise<T>) => {
    const sql: string[] = [];
    const knex = running.orm.em.getConnection().getKnex();
    const listener = (q: { sql: string }) => sql.push(q.sql);
    knex.on('query', listener);
    try {
      const result = await fn();
      return { result, statements: sql.length, sql };
    } finally {
      knex.removeListener('query', listener);
    }
  };
  return { ...running, config, clock, databaseUrl, gql, signIn, countStatements };
}
