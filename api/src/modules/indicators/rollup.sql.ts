/**
 * The SQL that keeps kpi_month exact: statement-level triggers with transition tables, so a bulk insert of a million
 * applications costs one aggregated upsert, not a million. The rules are the indicators' definitions:
 * - 1.1: an application counts in the month of its completedOn (result ready or reasoned refusal), on time when
 *   completedOn <= dueOn; refusals at acceptance never count;
 * - 2.1, 3.1, 4.1, 5.1: a survey counts in the month it was answered; scores 4 and 5 are "satisfied"; 4.1 only
 *   when the complaint procedure was rated.
 */
const KEY = '(month, service_id, region_id, office_id, department_id, channel)';

const upsert = (columns: string[], select: string) => `
  insert into kpi_month as k (month, service_id, region_id, office_id, department_id, channel, ${columns.join(', ')})
  ${select}
  on conflict ${KEY} do update set ${columns.map((c) => `${c} = k.${c} + excluded.${c}`).join(', ')}`;

const APP_COLUMNS = ['completed', 'on_time'];
const appRows = (rows: string) => `
  select date_trunc('month', d.completed_on)::date, d.service_id, d.region_id, d.office_id, d.department_id, d.channel,
         sum(d.sign)::int, sum(d.sign * (d.completed_on <= d.due_on)::int)::int
    from (${rows}) d
   where d.completed_on is not null and d.status <> 'REFUSED_AT_ACCEPTANCE'
   group by 1, 2, 3, 4, 5, 6`;
const APP_FIELDS = 'id, completed_on, due_on, status, service_id, region_id, office_id, department_id, channel';

const FB_COLUMNS = ['feedback', 'process_ok', 'information_ok', 'complaint_rated', 'complaint_ok', 'courtesy_ok'];
const fbRows = (rows: string) => `
  select date_trunc('month', d.responded_on)::date, d.service_id, d.region_id, d.office_id, d.department_id, d.channel,
         sum(d.sign)::int, sum(d.sign * (d.process_score >= 4)::int)::int, sum(d.sign * (d.information_score >= 4)::int)::int,
         sum(d.sign * (d.complaint_score is not null)::int)::int, sum(d.sign * coalesce(d.complaint_score >= 4, false)::int)::int,
         sum(d.sign * (d.courtesy_score >= 4)::int)::int
    from (${rows}) d
   group by 1, 2, 3, 4, 5, 6`;
const FB_FIELDS = 'id, responded_on, service_id, region_id, office_id, department_id, channel, process_score, information_score, complaint_score, courtesy_score';

function triggers(table: string, columns: string[], rows: (r: string) => string, fields: string, relevant: string): string[] {
  const fn = (op: string, body: string) => `create or replace function kpi_${table}_${op}() returns trigger language plpgsql as $$
  begin
    ${body};
    return null;
  end $$;`;
  const changed = `select o.id from old_rows o join new_rows n on n.id = o.id where (${relevant.replace(/\$/g, 'o.')}) is distinct from (${relevant.replace(/\$/g, 'n.')})`;
  return [
    fn('insert', upsert(columns, rows(`select ${fields}, 1 as sign from new_rows`))),
    fn(
      'update',
      upsert(
        columns,
        rows(`select ${fields}, 1 as sign from new_rows where id in (${changed}) union all select ${fields}, -1 from old_rows where id in (${changed})`),
      ),
    ),
    fn('delete', upsert(columns, rows(`select ${fields}, -1 as sign from old_rows`))),
    `create trigger kpi_${table}_insert after insert on "${table}" referencing new table as new_rows for each statement execute function kpi_${table}_insert();`,
    `create trigger kpi_${table}_update after update on "${table}" referencing old table as old_rows new table as new_rows for each statement execute function kpi_${table}_update();`,
    `create trigger kpi_${table}_delete after delete on "${table}" referencing old table as old_rows for each statement execute function kpi_${table}_delete();`,
  ];
}

export const ROLLUP_UP: string[] = [
  ...triggers('application', APP_COLUMNS, appRows, APP_FIELDS, '$completed_on, $due_on, $status, $service_id, $region_id, $office_id, $department_id, $channel'),
  ...triggers('feedback', FB_COLUMNS, fbRows, FB_FIELDS, '$responded_on, $service_id, $region_id, $office_id, $department_id, $channel, $process_score, $information_score, $complaint_score, $courtesy_score'),
  // Whatever was there before the triggers.
  upsert(APP_COLUMNS, appRows(`select ${APP_FIELDS}, 1 as sign from application`)) + ';',
  upsert(FB_COLUMNS, fbRows(`select ${FB_FIELDS}, 1 as sign from feedback`)) + ';',
];

export const ROLLUP_DOWN: string[] = ['application', 'feedback'].flatMap((t) => [
  `drop trigger if exists kpi_${t}_insert on "${t}";`,
  `drop trigger if exists kpi_${t}_update on "${t}";`,
  `drop trigger if exists kpi_${t}_delete on "${t}";`,
  `drop function if exists kpi_${t}_insert();`,
  `drop function if exists kpi_${t}_update();`,
  `drop function if exists kpi_${t}_delete();`,
]);
