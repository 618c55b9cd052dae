import { Client } from 'pg';
import { generateDemoData } from '../modules/demo/generate';

/**
 * The indicators at scale: N generated applications (with surveys and complaints), then the dashboard's queries timed
 * one at a time, cold (the first request after the load, the server's plan and buffer caches not yet holding them)
 * and warm (repeated), with p50/p95/p99 and the PostgreSQL plan of the statement that does the work.
 */
export interface KpiScenario {
  name: string;
  query: string;
  variables: Record<string, unknown>;
}

export interface KpiRow {
  scenario: string;
  coldMs: number;
  warm: { n: number; p50: number; p95: number; p99: number; max: number };
  plan: string;
}

const REPORT = `query($filter: IndicatorFilter!) { indicators(filter: $filter) { values { code numerator denominator value target status previous { value } change } } }`;

export async function kpiScenarios(databaseUrl: string, year: number): Promise<KpiScenario[]> {
  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    // The busiest office and region, so "one office" is not an empty one.
    const { rows } = await db.query(`select office_id::text as office, (select code from region where id = a.region_id) as region
      from application a where office_id is not null group by office_id, region_id order by count(*) desc limit 1`);
    const { office, region } = rows[0];
    return [
      { name: 'KPI: country, year', query: REPORT, variables: { filter: { period: { kind: 'YEAR', year } } } },
      { name: 'KPI: one region, month', query: REPORT, variables: { filter: { period: { kind: 'MONTH', year, number: 6 }, region } } },
      { name: 'KPI: one office, quarter', query: REPORT, variables: { filter: { period: { kind: 'QUARTER', year, number: 2 }, officeId: office } } },
      {
        name: 'KPI: trend, 12 months',
        query: `query($filter: IndicatorFilter!) { indicatorTrend(filter: $filter, months: 12) { month code numerator denominator value } }`,
        variables: { filter: { period: { kind: 'MONTH', year, number: 12 } } },
      },
      {
        name: 'KPI: offices league, year',
        query: `query($filter: IndicatorFilter!) { indicatorLeague(filter: $filter, code: "1.1", groupBy: OFFICE) { key value status } }`,
        variables: { filter: { period: { kind: 'YEAR', year } } },
      },
    ];
  } finally {
    await db.end();
  }
}

export async function loadApplications(databaseUrl: string, n: number, say: (s: string) => void) {
  const started = Date.now();
  const counts = await generateDemoData(databaseUrl, {
    applications: n,
    onProgress: (done, total) => process.stdout.write(`\r  generating: ${done.toLocaleString('en')}/${total.toLocaleString('en')} applications (${Math.round(done / ((Date.now() - started) / 1000)).toLocaleString('en')}/s)`),
  });
  process.stdout.write('\n');
  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  // Vacuumed as well as analysed: a database in its steady state (visibility maps set for index-only scans), and no
  // autovacuum of the fresh million rows running inside the first servers' windows.
  await db.query('vacuum analyze');
  await db.end();
  say(`  ${counts.applications.toLocaleString('en')} applications, ${counts.events.toLocaleString('en')} history entries, ${counts.feedback.toLocaleString('en')} surveys, ${counts.complaints.toLocaleString('en')} complaints in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  return counts;
}

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];

export async function timeKpi(
  url: string,
  token: string,
  scenario: KpiScenario,
  repeats: number,
  captureSql: () => { start(): void; stop(): string[] },
  databaseUrl: string,
): Promise<KpiRow> {
  const once = async () => {
    const t = process.hrtime.bigint();
    const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query: scenario.query, variables: scenario.variables }) });
    const body = (await res.json()) as { errors?: unknown };
    if (res.status !== 200 || body.errors) throw new Error(`${scenario.name}: ${JSON.stringify(body).slice(0, 300)}`);
    return Number(process.hrtime.bigint() - t) / 1e6;
  };
  const capture = captureSql();
  capture.start();
  const coldMs = await once();
  const sql = capture.stop();
  const times: number[] = [];
  for (let i = 0; i < repeats; i++) times.push(await once());
  times.sort((a, b) => a - b);
  return {
    scenario: scenario.name,
    coldMs,
    warm: { n: repeats, p50: quantile(times, 0.5), p95: quantile(times, 0.95), p99: quantile(times, 0.99), max: times[times.length - 1] },
    plan: await planSummary(databaseUrl, sql),
  };
}

/** The plan of the heaviest statement the request sent (the one on kpi_month), summarised: nodes, rows, buffers, time. */
async function planSummary(databaseUrl: string, sql: string[]): Promise<string> {
  const statement = sql.find((s) => s.includes('kpi_month'));
  if (!statement) return '(no rollup statement captured)';
  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    const { rows } = await db.query(`explain (analyze, buffers, format json) ${statement}`);
    const plan = rows[0]['QUERY PLAN'][0];
    const nodes: string[] = [];
    const walk = (n: any) => {
      nodes.push(`${n['Node Type']}${n['Relation Name'] ? ` on ${n['Relation Name']}` : ''}${n['Index Name'] ? ` (${n['Index Name']})` : ''}`);
      for (const c of n.Plans ?? []) walk(c);
    };
    walk(plan.Plan);
    const scans = nodes.filter((n) => /Scan/.test(n));
    return `${plan['Execution Time'].toFixed(2)} ms in PostgreSQL; ${plan.Plan['Shared Hit Blocks'] ?? 0} buffers hit, ${plan.Plan['Shared Read Blocks'] ?? 0} read; scans: ${[...new Set(scans)].join(', ')}`;
  } finally {
    await db.end();
  }
}
