import crypto from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Pool } from 'pg';
import { scenarios, type FloorDb, type ScenarioContext } from './scenarios';

/**
 * The floor, a process of its own (forked by run.js, so its memory is its own): node:http and one pg Pool (as many
 * connections as the ORM's), no framework, no GraphQL. POST /floor/<scenario> with the same body as the GraphQL request
 * answers `{ data }` from the scenario's hand-written SQL.
 *
 * IPC, the same as the PostGraphile peer's: {type:'start'} → {type:'ready', port}; {type:'stats'} → {type:'stats',
 * statements, peakRssMb} (peak since the previous stats).
 */
export const slug = (name: string) => name.toLowerCase().replace(/[^a-z0-9]+/g, '-');

export interface FloorStart {
  type: 'start';
  databaseUrl: string;
  context: ScenarioContext;
  poolSize: number;
}

function serve({ databaseUrl, context, poolSize }: FloorStart): Promise<number> {
  const pool = new Pool({ connectionString: databaseUrl, max: poolSize });
  // An idle connection the server closes (PostgreSQL stopping, e.g. on Ctrl-C) must not crash the run.
  pool.on('error', () => undefined);
  // Named (prepared) statements: each connection parses a floor's statement once and PostgreSQL may keep its plan, as
  // a tuned hand-written server would.
  const names = new Map<string, string>();
  const nameOf = (sql: string) => {
    let name = names.get(sql);
    if (!name) names.set(sql, (name = `floor_${crypto.createHash('sha1').update(sql).digest('hex').slice(0, 20)}`));
    return name;
  };
  const db: FloorDb = {
    async query<R>(sql: string, params: unknown[] = []) {
      statements++;
      return (await pool.query({ name: nameOf(sql), text: sql, values: params })).rows as R[];
    },
  };
  const routes = new Map(scenarios(context).filter((s) => s.floor).map((s) => [`/floor/${slug(s.name)}`, s]));

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
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port));
  });
}

let statements = 0;
let peak = process.memoryUsage().rss;

if (require.main === module) {
  if (!process.send) {
    process.stderr.write('floor.js is started by bench/run.js (it needs an IPC channel)\n');
    process.exit(2);
  }
  setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50).unref();
  process.on('disconnect', () => process.exit(0));
  process.on('SIGINT', () => undefined); // the parent decides when to stop
  process.on('message', (m: FloorStart | { type: 'stats' }) => {
    if (m.type === 'start') {
      serve(m).then(
        (port) => process.send!({ type: 'ready', port }),
        (error: Error) => process.send!({ type: 'failed', message: error.stack ?? String(error) }),
      );
    } else if (m.type === 'stats') {
      const rss = process.memoryUsage().rss;
      process.send!({ type: 'stats', statements, peakRssMb: Math.max(peak, rss) / 2 ** 20 });
      peak = rss;
    }
  });
}
