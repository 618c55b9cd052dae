import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Pool } from 'pg';
import type { FloorDb, Scenario } from './scenarios';

export interface Floor {
  /** http://127.0.0.1:port */
  url: string;
  /** The path a scenario's floor answers on. */
  pathOf(scenario: Scenario): string;
  db: FloorDb;
  /** SQL statements run so far. */
  statements(): number;
  close(): Promise<void>;
}

export const slug = (name: string) => name.toLowerCase().replace(/[^a-z0-9]+/g, '-');

/**
 * The floor: node:http and one pg Pool (as many connections as the ORM's), no framework, no GraphQL. POST
 * /floor/<scenario> with the same body as the GraphQL request answers `{ data }` from the scenario's hand-written SQL.
 */
export async function startFloor(databaseUrl: string, list: Scenario[], poolSize = 10): Promise<Floor> {
  const pool = new Pool({ connectionString: databaseUrl, max: poolSize });
  // An idle connection the server closes (PostgreSQL stopping, e.g. on Ctrl-C) must not crash the run.
  pool.on('error', () => undefined);
  let statements = 0;
  const db: FloorDb = {
    async query<R>(sql: string, params: unknown[] = []) {
      statements++;
      return (await pool.query(sql, params)).rows as R[];
    },
  };
  const routes = new Map(list.filter((s) => s.floor).map((s) => [`/floor/${slug(s.name)}`, s]));

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const scenario = req.method === 'POST' ? routes.get(req.url ?? '') : undefined;
      const reply = (status: number, body: unknown) => {
        const text = JSON.stringify(body);
        res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) });
        res.end(text);
      };
      if (!scenario?.floor) return reply(404, { errors: [{ message: 'no such floor' }] });
      let variables: Record<string, unknown> = {};
      try {
        variables = (JSON.parse(Buffer.concat(chunks).toString('utf8')) as { variables?: Record<string, unknown> }).variables ?? {};
      } catch {
        return reply(400, { errors: [{ message: 'invalid JSON' }] });
      }
      scenario.floor(db, { variables, headers: req.headers }).then(
        (data) => reply(200, { data }),
        (error: Error) => reply(500, { errors: [{ message: error.message }] }),
      );
    });
  });
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    pathOf: (s) => `/floor/${slug(s.name)}`,
    db,
    statements: () => statements,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await pool.end();
    },
  };
}
