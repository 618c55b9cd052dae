import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { z } from 'zod';
import { calendarFile, directoryFile, formsFile, legalActsFile, regionsFile, servicesFile, standardFile, type StandardFile } from './schema';
import { crossCheck } from './cross-check';

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

/** Everything in seeds/, read and validated, before anything is written. */
export function readAllSeeds(dir: string) {
  const seeds = {
    regions: readSeed(dir, 'regions.json', regionsFile),
    calendar: readSeed(dir, 'calendar.json', calendarFile),
    acts: readSeed(dir, 'legal-acts.json', legalActsFile),
    services: readSeed(dir, 'services.json', servicesFile),
    directory: fs.existsSync(path.join(dir, 'directory.json'))
      ? readSeed(dir, 'directory.json', directoryFile)
      : { source: '', departments: [], branches: [], offices: [] },
    forms: fs.existsSync(path.join(dir, 'forms.json')) ? readSeed(dir, 'forms.json', formsFile) : { source: '', forms: [] },
    standards: ['S1', 'S2', 'S3', 'S4', 'S5', 'S6', 'S7'].filter((code) => fs.existsSync(path.join(dir, 'standards', `${code}.json`))).map((code) => {
      const standard: StandardFile = readSeed(dir, path.join('standards', `${code}.json`), standardFile);
      if (standard.code !== code) throw new SeedError(`Seed file standards/${code}.json holds ${standard.code}`);
      return standard;
    }),
  };
  const problems = crossCheck(seeds);
  if (problems.length) throw new SeedError(`Seed files disagree: ${problems.slice(0, 5).join('; ')}`);
  return seeds;
}
export type Seeds = ReturnType<typeof readAllSeeds>;

/** A literal, a JSON document, a text array, or a scalar sub-select resolving a reference by its seed key. */
type Value = string | number | boolean | null | { json: unknown } | { array: string[] } | { ref: string; key: string | null };
interface SeedRow {
  key: string;
  values: Record<string, Value>;
}
export interface SeedCounts {
  inserted: number;
  updated: number;
  unchanged: number;
}

const pgArray = (items: string[]) => `{${items.map((s) => `"${s.replace(/["\\]/g, (c) => '\\' + c)}"`).join(',')}}`;

/**
 * Upserts rows by seed key in one statement. A row changes only when its seed record changed and no administrator
 * has edited it since (edited_at is null): a second load writes nothing, and administrators' edits stay.
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
      if (v === null || typeof v !== 'object') {
        params.push(v);
        return '?';
      }
      if ('ref' in v) {
        if (v.key === null) return 'null';
        params.push(v.key);
        return `(select id from "${v.ref}" where seed_key = ?)`;
      }
      if ('array' in v) {
        params.push(pgArray(v.array));
        return '?::text[]';
      }
      params.push(JSON.stringify(v.json));
      return '?::jsonb';
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

const json = (value: unknown): Value => (value === undefined || value === null ? null : { json: value });
const cited = (r: { cite: string; lines: string }) => ({ cite: r.cite, lines: r.lines });

/** The rows of every table, in the order foreign keys need them. */
function tables(seeds: Seeds): [string, SeedRow[]][] {
  const { regions, calendar, acts, services, directory, forms, standards } = seeds;
  const serviceKey = (code: string) => `service:${code}`;
  const caseKey = (service: string, key: string | null) => (key ? `case:${service}:${key}` : null);
  const details = (s: StandardFile) => {
    const { code: _c, cases: _k, deadlines: _d, documents: _doc, schedules: _s, indicators: _i, applicationForm: _f, ...rest } = s;
    return rest;
  };
  return [
    [
      'calendar_day',
      calendar.days.map((d) => ({ key: `calendar:${d.date}`, values: { date: d.date, kind: d.kind, name: json(d.name), note: d.note ?? null } })),
    ],
    [
      'region',
      regions.regions.map((r) => ({
        key: `region:${r.code}`,
        values: { code: r.code, iso_numeric_code: r.isoNumericCode, kind: r.kind, name: json(r.name), sort_order: r.sortOrder },
      })),
    ],
    [
      'legal_act',
      acts.acts.map((a) => ({
        key: `act:${a.key}`,
        values: {
          key: a.key,
          kind: a.kind,
          number: a.number,
          adopted_on: a.adoptedOn,
          title: json(a.title),
          note: json(a.note),
          signatory: a.signatory ?? null,
          status: a.status,
          repealed_on: a.repealedOn ?? null,
          approves_standards: a.approvesStandards,
          ...cited(a),
        },
      })),
    ],
    [
      'act_amendment',
      acts.amendments.map((m) => ({
        key: `amendment:${m.act}:${m.amends}`,
        values: {
          act_id: { ref: 'legal_act', key: `act:${m.act}` },
          amends_id: { ref: 'legal_act', key: `act:${m.amends}` },
          changes: json(m.changes),
          entry_into_force: json(m.entryIntoForce),
          ...cited(m),
        },
      })),
    ],
    [
      'application_form',
      forms.forms.map((f) => ({
        key: `form:${f.code}`,
        values: {
          code: f.code,
          title: json(f.title),
          used_by: { array: f.usedBy },
          attachments: json(f.attachments),
          notes: json(f.notes),
          observations: json(f.observations),
          lines: f.lines,
        },
      })),
    ],
    [
      'form_field',
      forms.forms.flatMap((f) =>
        f.fields.map((field, i) => ({
          key: `field:${f.code}:${field.key}`,
          values: {
            form_id: { ref: 'application_form', key: `form:${f.code}` },
            position: i + 1,
            key: field.key,
            label: json(field.label),
            type: field.type,
            required: field.required,
            choices: json(field.choices),
            lines: field.lines,
          },
        })),
      ),
    ],
    [
      'service',
      services.services.map((s) => {
        const standard = standards.find((x) => x.code === s.code);
        return {
          key: serviceKey(s.code),
          values: {
            code: s.code,
            act_id: { ref: 'legal_act', key: `act:${s.act}` },
            decree_item: s.decreeItem,
            status: s.status,
            title: json(s.title),
            sort_order: s.sortOrder,
            details: json(standard ? details(standard) : null),
            form_code: standard?.applicationForm.form ?? null,
            form_note: json(standard?.applicationForm.note),
          },
        };
      }),
    ],
    [
      'service_event',
      services.services.flatMap((s) =>
        s.history.map((h, i) => ({
          key: `event:${s.code}:${i + 1}`,
          values: { service_id: { ref: 'service', key: serviceKey(s.code) }, act_id: { ref: 'legal_act', key: `act:${h.act}` }, change: h.change, ...cited(h) },
        })),
      ),
    ],
    [
      'service_case',
      standards.flatMap((s) =>
        s.cases.map((c, i) => ({
          key: caseKey(s.code, c.key)!,
          values: {
            service_id: { ref: 'service', key: serviceKey(s.code) },
            key: c.key,
            parent_key: c.parent,
            number: c.number,
            kind: c.kind,
            title: json(c.title),
            deadline_case_key: c.deadlineCase,
            mapping: c.mapping,
            position: i + 1,
            ...cited(c),
          },
        })),
      ),
    ],
    [
      'deadline_rule',
      standards.flatMap((s) =>
        s.deadlines.map((d, i) => ({
          key: `deadline:${s.code}:${i + 1}`,
          values: {
            service_id: { ref: 'service', key: serviceKey(s.code) },
            channel: d.channel,
            case_id: { ref: 'service_case', key: caseKey(s.code, d.case) },
            kind: d.kind,
            value: d.value,
            unit: d.unit,
            up_to: d.upTo,
            starts_from: d.startsFrom,
            condition: json(d.condition),
            excludes_acceptance_and_issue_days: d.excludesAcceptanceAndIssueDays,
            text: json(d.text),
            position: i + 1,
            ...cited(d),
          },
        })),
      ),
    ],
    [
      'document_requirement',
      standards.flatMap((s) =>
        s.documents.flatMap((group, g) =>
          group.items.map((item, i) => ({
            key: `document:${s.code}:${g + 1}:${i + 1}`,
            values: {
              service_id: { ref: 'service', key: serviceKey(s.code) },
              case_id: { ref: 'service_case', key: caseKey(s.code, group.case) },
              submitted_by: json(group.submittedBy),
              name: json(item.name),
              kind: item.kind,
              from_state_system: item.fromStateSystem,
              condition: json(item.condition),
              photo_width_cm: item.photo?.widthCm ?? null,
              photo_height_cm: item.photo?.heightCm ?? null,
              photo_count: item.photo?.count ?? null,
              photo_in_uniform: item.photo?.inUniform ?? null,
              position: (g + 1) * 100 + i + 1,
              ...cited(item),
            },
          })),
        ),
      ),
    ],
    [
      'service_schedule',
      standards.flatMap((s) =>
        s.schedules.map((h, i) => ({
          key: `schedule:${s.code}:${h.channel}:${i + 1}`,
          values: {
            service_id: { ref: 'service', key: serviceKey(s.code) },
            channel: h.channel,
            days: { array: h.days },
            opens: h.opens,
            closes: h.closes,
            lunch_from: h.lunchBreak?.from ?? null,
            lunch_to: h.lunchBreak?.to ?? null,
            closed_on: h.closedOn,
            text: json(h.text),
            ...cited(h),
          },
        })),
      ),
    ],
    [
      'service_indicator',
      standards.flatMap((s) =>
        s.indicators.map((ind) => ({
          key: `indicator:${s.code}:${ind.code}`,
          values: {
            service_id: { ref: 'service', key: serviceKey(s.code) },
            code: ind.code,
            group_code: ind.group.code,
            group_name: json(ind.group.name),
            wording: json(ind.wording),
            normative_value: ind.normativeValue,
            ...cited(ind),
          },
        })),
      ),
    ],
    [
      'department',
      directory.departments.map((d) => ({
        key: d.key,
        values: {
          region_id: { ref: 'region', key: `region:${d.region}` },
          number: d.number,
          name: json(d.name),
          postcode: d.postcode,
          address: json(d.address),
          phones: json(d.phones),
          notes: json(d.notes),
          ...cited(d),
        },
      })),
    ],
    [
      'psc_branch',
      directory.branches.map((b) => ({
        key: b.key,
        values: {
          region_id: { ref: 'region', key: `region:${b.region}` },
          name: json(b.name),
          address: json(b.address),
          phones: json(b.phones),
          notes: json(b.notes),
          ...cited(b),
        },
      })),
    ],
    [
      'office',
      directory.offices.map((o) => ({
        key: o.key,
        values: {
          region_id: { ref: 'region', key: `region:${o.region}` },
          branch_id: { ref: 'psc_branch', key: o.branch },
          position: o.position,
          printed_number: o.printedNumber,
          kind: o.kind,
          name: json(o.name),
          address: json(o.address),
          phones: json(o.phones),
          notes: json(o.notes),
          ...cited(o),
        },
      })),
    ],
  ];
}

/** Acts refer to the act that repealed them, which may come later in the file: linked once all acts exist. */
async function linkRepeals(em: EntityManager, seeds: Seeds): Promise<void> {
  const pairs = seeds.acts.acts.filter((a) => a.repealedBy).map((a) => [`act:${a.key}`, `act:${a.repealedBy}`]);
  if (!pairs.length) return;
  await em.getConnection().execute(
    `update legal_act a set repealed_by_id = r.id
       from (values ${pairs.map(() => '(?, ?)').join(', ')}) as p(act_key, repealer_key)
       join legal_act r on r.seed_key = p.repealer_key
      where a.seed_key = p.act_key and a.edited_at is null and a.repealed_by_id is distinct from r.id`,
    pairs.flat(),
  );
}

/** Loads all of seeds/ in one transaction: either every table is brought up to date or none is. */
export async function loadSeeds(em: EntityManager, dir: string): Promise<Record<string, SeedCounts>> {
  const seeds = readAllSeeds(dir);
  return em.transactional(async (tx) => {
    const counts: Record<string, SeedCounts> = {};
    for (const [table, rows] of tables(seeds)) {
      counts[table] = await upsert(tx, table, rows);
      if (table === 'legal_act') await linkRepeals(tx, seeds);
    }
    return counts;
  });
}
