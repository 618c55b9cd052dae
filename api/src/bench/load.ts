/**
 * The load generator, run as a child process (`fork`) so the client's CPU work stays off the server's event loop. It
 * takes one order at a time over IPC, keeps `concurrency` requests in flight on keep-alive sockets to 127.0.0.1 for a
 * warm-up and then for the measured window, checks every response, and sends back latencies as percentiles.
 */
import http from 'node:http';
import { performance } from 'node:perf_hooks';
import { firstDifference, scenarios, type Scenario, type ScenarioContext } from './scenarios';

export interface LoadOrder {
  type: 'run';
  id: number;
  /** Always 127.0.0.1. */
  port: number;
  path: string;
  scenario: string;
  context: ScenarioContext;
  /** Which server: the peer is sent the scenario's PostGraphile request, and its answer is mapped to the API's shape. */
  target: 'api' | 'peer' | 'floor';
  /** Unique per order: write scenarios make their idempotency keys from it. */
  run: string;
  /** The floor's `data` (normalized, for writes), which every response must equal; when absent `check` decides. */
  hasExpected: boolean;
  expected?: unknown;
  concurrency: number;
  warmupMs: number;
  durationMs: number;
}

export interface LoadResult {
  type: 'result';
  id: number;
  /** Requests started in the measured window (all of them completed). */
  requests: number;
  /** Including the warm-up. */
  total: number;
  seconds: number;
  rps: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
  mean: number;
  /** Error responses or mismatches, warm-up included. */
  errors: number;
  /** Up to 5 distinct messages. */
  errorSamples: string[];
}

export type ToLoad = LoadOrder | { type: 'abort' };

export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

let aborted = false;

function send(agent: http.Agent, order: LoadOrder, body: Buffer, headers: http.OutgoingHttpHeaders): Promise<{ status: number; text: string }> {
  return new Promise((resolve) => {
    const req = http.request({ host: '127.0.0.1', port: order.port, path: order.path, method: 'POST', agent, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', (e) => resolve({ status: 0, text: String(e) }));
    });
    req.setTimeout(30_000, () => req.destroy(new Error('timed out after 30 s')));
    req.on('error', (e) => resolve({ status: 0, text: String(e) }));
    req.end(body);
  });
}

/** What a response's `data` is compared as: the peer's mapped to the API's shape, a write's normalized. */
export function comparable(scenario: Scenario, target: LoadOrder['target'], data: unknown): unknown {
  const shaped = target === 'peer' ? scenario.peer!.toApi(data) : data;
  return scenario.normalize ? scenario.normalize(shaped) : shaped;
}

async function run(order: LoadOrder): Promise<LoadResult> {
  const scenario = scenarios(order.context).find((s) => s.name === order.scenario);
  if (!scenario) throw new Error(`unknown scenario ${order.scenario}`);
  const request = order.target === 'peer' ? scenario.peer!.request : scenario.request;
  const fixed = Buffer.from(JSON.stringify({ query: request.query, variables: request.variables ?? {} }));
  let n = 0;
  const bodyOf = () => (scenario.vary ? Buffer.from(JSON.stringify({ query: request.query, variables: scenario.vary(++n, order.run) })) : fixed);
  const headersOf = (body: Buffer) => ({ 'content-type': 'application/json', 'content-length': body.length, ...request.headers });
  const agent = new http.Agent({ keepAlive: true, maxSockets: order.concurrency });

  let lastGood: string | undefined; // responses identical to one already checked need no second parse
  const verify = (status: number, text: string): string | undefined => {
    if (status !== 200) return `HTTP ${status}: ${text.slice(0, 200)}`;
    if (text === lastGood) return undefined;
    let json: { data?: unknown; errors?: unknown };
    try {
      json = JSON.parse(text);
    } catch {
      return `not JSON: ${text.slice(0, 200)}`;
    }
    if (json.errors) return `errors: ${JSON.stringify(json.errors).slice(0, 300)}`;
    if (order.hasExpected) {
      let data: unknown;
      try {
        data = comparable(scenario, order.target, json.data);
      } catch (error) {
        return `unexpected shape: ${(error as Error).message}`;
      }
      const diff = firstDifference(data, order.expected);
      if (diff) return `data differs from the floor's: ${diff}`;
      if (!scenario.vary) lastGood = text;
      return undefined;
    }
    return scenario.check ? scenario.check(json.data) : json.data == null ? 'no data' : undefined;
  };

  const latencies: number[] = [];
  let total = 0;
  let errors = 0;
  const errorSamples: string[] = [];
  const t0 = performance.now();
  const measureFrom = t0 + order.warmupMs;
  const stopAt = measureFrom + order.durationMs;
  let lastEnd = measureFrom;

  const user = async () => {
    while (!aborted) {
      const start = performance.now();
      if (start >= stopAt) break;
      const body = bodyOf();
      const { status, text } = await send(agent, order, body, headersOf(body));
      const end = performance.now();
      total++;
      const problem = verify(status, text);
      if (problem) {
        errors++;
        if (errorSamples.length < 5 && !errorSamples.includes(problem)) errorSamples.push(problem);
      }
      if (start >= measureFrom) {
        latencies.push(end - start);
        if (end > lastEnd) lastEnd = end;
      }
    }
  };
  await Promise.all(Array.from({ length: order.concurrency }, user));
  agent.destroy();

  latencies.sort((a, b) => a - b);
  const seconds = (lastEnd - measureFrom) / 1000;
  return {
    type: 'result',
    id: order.id,
    requests: latencies.length,
    total,
    seconds,
    rps: seconds > 0 ? latencies.length / seconds : 0,
    p50: percentile(latencies, 50),
    p90: percentile(latencies, 90),
    p99: percentile(latencies, 99),
    max: latencies.at(-1) ?? NaN,
    mean: latencies.length ? latencies.reduce((a, b) => a + b, 0) / latencies.length : NaN,
    errors,
    errorSamples,
  };
}

if (require.main === module) {
  if (!process.send) {
    process.stderr.write('load.js is started by bench/run.js (it needs an IPC channel)\n');
    process.exit(2);
  }
  process.on('disconnect', () => process.exit(0));
  // Ctrl-C reaches the whole process group: the parent decides when to stop.
  process.on('SIGINT', () => (aborted = true));
  process.on('message', (message: ToLoad) => {
    if (message.type === 'abort') {
      aborted = true;
      return;
    }
    run(message).then(
      (result) => process.send!(result),
      (error: Error) => process.send!({ type: 'failed', id: message.id, message: error.stack ?? String(error) }),
    );
  });
}
