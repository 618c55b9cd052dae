import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { z } from 'zod';
import { legalActsFile, regionsFile, servicesFile } from './schema';

export class SeedError extends Error {}

export function readSeed<T extends z.ZodTypeAny>(dir: string, file: string, schema: T): z.infer<T> {
  const full = path.join(dir, file);
  let data: unknown;
  try {
    data = JSON.parse(fs.readFileSync(full, 'utf8'));
  } catch (error) {
    throw new SeedError(`Cannot read seed file ${full}: ${(error as Error).message}`);
  }
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 5).map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new SeedError(`Seed file ${full} is invalid: ${issues.join('; ')}`);
  }
  return parsed.data;
}

/** A literal, a JSON document, or a scalar sub-select resolving a reference by its natural key. */
type Value = string | number | boolean | null | { json: unknown } | { sql: string; param: unknown };
interface SeedRow {
  key: string;
  values: Record<string, Value>;
}
export interface SeedCounts {
  inserted: number;
  updated: number;
  unchanged: number;
}

/**
 * Upserts rows by seed key in one statement. A row changes only when its seed record changed and no administrator
 * has edited it since (edited_at is null): a second start writes nothing, and administrators' edits stay.
 */
async function upsert(em: EntityManager, table: string, rows: SeedRow[]): Promise<SeedCounts> {
  if (!rows.length) return { inserted: 0, updated: 0, unchanged: 0 };
  const columns = Object.keys(rows[0].values);
  const params: unknown[] = [];
  const tuples = rows.map((row) => {
    const hash = crypto.createHash('sha256').update(JSON.stringify(row.values)).digest('hex');
    params.push(row.key, hash);
    const cells = columns.map((c) => {
      const v = row.values[c];
      if (v !== null && typeof v === 'object' && 'sql' in v) {
        params.push(v.param);
        return `(${v.sql})`;
      }
      if (v !== null && typeof v === 'object') {
        params.push(JSON.stringify(v.json));
        return '?::jsonb';
      }
      params.push(v);
      return '?';
    });
    return `(?, ?, ${cells.join(', ')})`;
  });
  const quoted = columns.map((c) => `"${c}"`);
  const sql = `
    insert into "${table}" (seed_key, seed_hash, ${quoted.join(', ')})
    values ${tuples.join(',\n')}
    on conflict (seed_key) do update set
      seed_hash = excluded.seed_hash, ${quoted.map((c) => `${c} = excluded.${c}`).join(', ')},
      updated_at = now(), version = "${table}".version + 1
    where "${table}".edited_at is null and "${table}".seed_hash is distinct from excluded.seed_hash
    returning (xmax = 0) as inserted`;
  const result = await em.getConnection().execute<{ inserted: boolean }[]>(sql, params);
  const inserted = result.filter((r) => r.inserted).length;
  return { inserted, updated: result.length - inserted, unchanged: rows.length - result.length };
}

/** Loads all of seeds/ in one transaction: either every table is brought up to date or none is. */
export async function loadSeeds(em: EntityManager, dir: string): Promise<Record<string, SeedCounts>> {
  const regions = readSeed(dir, 'regions.json', regionsFile);
  const services = readSeed(dir, 'services.json', servicesFile);
  const acts = readSeed(dir, 'legal-acts.json', legalActsFile);
  const actNumbers = new Set(acts.acts.map((a) => a.number));
  const unknownAct = services.services.findIndex((s) => !actNumbers.has(s.act));
  if (unknownAct >= 0) throw new SeedError(`Seed file services.json is invalid: services.${unknownAct}.act: no act "${services.services[unknownAct].act}" in legal-acts.json`);
  return em.transactional(async (tx) => ({
    legalAct: await upsert(
      tx,
      'legal_act',
      acts.acts.map((a) => ({
        key: `act:${a.number}`,
        values: {
          number: a.number,
          adopted_on: a.adoptedOn,
          kind: { json: a.kind },
          title: { json: a.title },
          signatory: a.signatory ?? null,
          status: a.status,
          repealed_on: a.repealedOn ?? null,
          repealed_by: a.repealedBy ? { json: a.repealedBy } : null,
        },
      })),
    ),
    region: await upsert(
      tx,
      'region',
      regions.regions.map((r) => ({
        key: `region:${r.code}`,
        values: { code: r.code, iso_numeric_code: r.isoNumericCode, kind: r.kind, name: { json: r.name }, sort_order: r.sortOrder },
      })),
    ),
    service: await upsert(
      tx,
      'service',
      services.services.map((s) => ({
        key: `service:${s.code}`,
        values: {
          code: s.code,
          act_id: { sql: 'select id from legal_act where number = ?', param: s.act },
          decree_item: s.decreeItem,
          status: s.status,
          title: { json: s.title },
          sort_order: s.sortOrder,
        },
      })),
    ),
  }));
}
