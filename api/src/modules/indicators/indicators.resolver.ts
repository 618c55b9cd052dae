import { Arg, Authorized, Ctx, Field, Float, ID, InputType, Int, Mutation, ObjectType, Query, Resolver, registerEnumType } from 'type-graphql';
import { IsEnum, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { GraphQLError } from 'graphql';
import { JSONResolver } from 'graphql-scalars';
import type { GraphQLContext, Viewer } from '../../common/context';
import { forbidden, UserError, UserErrorCode, userError } from '../../common/errors';
import { LocalizedText } from '../../common/localized-text';
import { DateScalar, isIsoDate } from '../../common/scalars';
import { isUuid } from '../../common/sql';
import { Channel } from '../catalogue/rules.entity';
import { Service } from '../catalogue/service.entity';
import { Role } from '../users/user.entity';
import { DEFAULT_MINIMUM_SAMPLE, INDICATOR_CODES, percent, ROLLUP, Source, Status, statusOf, type IndicatorCode } from './definitions';
import { IndicatorTarget } from './indicator.entity';

export enum PeriodKind {
  MONTH = 'MONTH',
  QUARTER = 'QUARTER',
  YEAR = 'YEAR',
}
registerEnumType(PeriodKind, { name: 'PeriodKind', description: 'Reporting periods, in Kazakhstan time (Asia/Almaty).' });
registerEnumType(Status, {
  name: 'IndicatorStatus',
  description: 'A figure against its target (docs/indicators.md).',
  valuesConfig: {
    MET: { description: 'At or above the target.' },
    AT_RISK: { description: 'Below the target by at most 5 percentage points.' },
    BREACHED: { description: 'More than 5 points below the target.' },
    INSUFFICIENT_DATA: { description: 'Fewer cases than the minimum sample: shown, not judged.' },
    NO_DATA: { description: 'No case in the period.' },
  },
});
registerEnumType(Source, { name: 'IndicatorSource', description: 'What an indicator is measured from.' });

export enum TargetSource {
  SERVICE_ORDER = 'SERVICE_ORDER',
  GENERAL_ORDER = 'GENERAL_ORDER',
  NORMATIVE = 'NORMATIVE',
}
registerEnumType(TargetSource, {
  name: 'TargetSource',
  description: "Where a year's target comes from: an order for the service, an order for all services, or, with no order, Appendix 3's normative value.",
});

export enum LeagueGrouping {
  REGION = 'REGION',
  OFFICE = 'OFFICE',
  DEPARTMENT = 'DEPARTMENT',
  SERVICE = 'SERVICE',
}
registerEnumType(LeagueGrouping, { name: 'LeagueGrouping' });

@InputType()
export class PeriodInput {
  @Field(() => PeriodKind)
  @IsEnum(PeriodKind)
  kind!: PeriodKind;

  @Field(() => Int)
  @IsInt()
  @Min(2009)
  @Max(2030)
  year!: number;

  @Field(() => Int, { nullable: true, description: 'The month (1–12) or quarter (1–4); none for a year.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(12)
  number?: number | null;
}

@InputType()
export class IndicatorFilter {
  @Field(() => PeriodInput)
  period!: PeriodInput;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(10)
  serviceCode?: string | null;

  @Field(() => String, { nullable: true, description: 'ISO 3166-2 code, e.g. KZ-KUS. A regional supervisor sees their region only.' })
  @IsOptional()
  @Matches(/^KZ-[A-Z]{3}$/i, { message: 'region must be an ISO 3166-2 code such as KZ-KUS' })
  region?: string | null;

  @Field(() => ID, { nullable: true, description: 'A centre office.' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  officeId?: string | null;

  @Field(() => ID, { nullable: true, description: 'An authorized body (defence affairs department).' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  departmentId?: string | null;

  @Field(() => Channel, { nullable: true })
  @IsOptional()
  @IsEnum(Channel)
  channel?: Channel | null;
}

@InputType()
export class IndicatorTargetInput {
  @Field(() => Int)
  @IsInt()
  @Min(2009)
  @Max(2031)
  year!: number;

  @Field()
  @IsString()
  @MaxLength(4)
  code!: string;

  @Field(() => String, { nullable: true, description: 'Null: for every service without a target of its own.' })
  @IsOptional()
  @IsString()
  @MaxLength(10)
  serviceCode?: string | null;

  @Field(() => Float)
  value!: number;

  @Field()
  @IsString()
  @MaxLength(100)
  orderNumber!: string;

  @Field(() => DateScalar)
  orderDate!: string;
}

@ObjectType()
export class Period {
  @Field(() => PeriodKind)
  kind!: PeriodKind;

  @Field(() => Int)
  year!: number;

  @Field(() => Int, { nullable: true })
  number?: number | null;

  @Field(() => DateScalar, { description: 'First day.' })
  from!: string;

  @Field(() => DateScalar, { description: 'Last day.' })
  to!: string;
}

@ObjectType()
export class IndicatorFigure {
  @Field(() => Int)
  numerator!: number;

  @Field(() => Int)
  denominator!: number;

  @Field(() => Float, { nullable: true, description: 'Percent, one decimal; null without cases.' })
  value?: number | null;
}

@ObjectType({ description: 'For 3.2: a service and whether the standard publishes its information electronically (para 4).' })
export class ElectronicInformation {
  @Field()
  serviceCode!: string;

  @Field()
  available!: boolean;

  @Field(() => [String], { description: 'The websites the standard names.' })
  websites!: string[];
}

@ObjectType({ description: 'One indicator of Appendix 3 over the period and scope asked for.' })
export class IndicatorValue extends IndicatorFigure {
  @Field()
  code!: string;

  @Field()
  groupCode!: string;

  @Field(() => LocalizedText)
  groupName!: LocalizedText;

  @Field(() => LocalizedText)
  wording!: LocalizedText;

  @Field(() => Source)
  source!: Source;

  @Field(() => Float, { description: 'The normative value of Appendix 3.' })
  normativeValue!: number;

  @Field(() => Float, { description: "The year's target (see targetSource)." })
  target!: number;

  @Field(() => TargetSource)
  targetSource!: TargetSource;

  @Field(() => IndicatorTarget, { nullable: true, description: 'The order that set the target, if any.' })
  targetOrder?: IndicatorTarget | null;

  @Field(() => Status)
  status!: Status;

  @Field(() => IndicatorFigure, { description: 'The same figure over the previous period.' })
  previous!: IndicatorFigure;

  @Field(() => Float, { nullable: true, description: 'Change against the previous period, in percentage points.' })
  change?: number | null;

  @Field(() => JSONResolver, { nullable: true, description: 'Filters of the list behind the figure: { resource, denominator, numerator } (applications or feedbacks).' })
  drillDown?: unknown;

  @Field(() => [ElectronicInformation], { nullable: true, description: '3.2 only: the services counted and why.' })
  evidence?: ElectronicInformation[] | null;
}

@ObjectType()
export class IndicatorReport {
  @Field(() => Period)
  period!: Period;

  @Field(() => Period)
  previousPeriod!: Period;

  @Field(() => Int, { description: 'Below this many cases a figure is INSUFFICIENT_DATA.' })
  minimumSample!: number;

  @Field(() => [IndicatorValue])
  values!: IndicatorValue[];
}

@ObjectType({ description: 'One month of the indicators measured from activity.' })
export class IndicatorMonth {
  @Field(() => DateScalar, { description: "The month's first day." })
  month!: string;

  @Field()
  code!: string;

  @Field(() => Int)
  numerator!: number;

  @Field(() => Int)
  denominator!: number;

  @Field(() => Float, { nullable: true })
  value?: number | null;
}

@ObjectType({ description: 'A row of a league table: a region, office, department or service, worst first.' })
export class LeagueRow extends IndicatorFigure {
  @Field({ description: 'Region code, office or department id, or service code.' })
  key!: string;

  @Field(() => LocalizedText)
  name!: LocalizedText;

  @Field(() => String, { nullable: true, description: 'The region, for offices and departments.' })
  regionCode?: string | null;

  @Field(() => Float)
  target!: number;

  @Field(() => Status)
  status!: Status;
}

@ObjectType()
export class IndicatorTargetPayload {
  @Field(() => IndicatorTarget, { nullable: true })
  target?: IndicatorTarget | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

// --- periods ---------------------------------------------------------------------------------------------------------

const monthStart = (y: number, m: number) => new Date(Date.UTC(y, m - 1, 1)).toISOString().slice(0, 10);
const monthEnd = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);

export function periodOf(p: PeriodInput): Period {
  const n = p.number ?? 1;
  if (p.kind === PeriodKind.MONTH) return { kind: p.kind, year: p.year, number: n, from: monthStart(p.year, n), to: monthEnd(p.year, n) };
  if (p.kind === PeriodKind.QUARTER) return { kind: p.kind, year: p.year, number: n, from: monthStart(p.year, 3 * n - 2), to: monthEnd(p.year, 3 * n) };
  return { kind: p.kind, year: p.year, number: null, from: monthStart(p.year, 1), to: monthEnd(p.year, 12) };
}

export function previousOf(p: Period): Period {
  if (p.kind === PeriodKind.YEAR) return periodOf({ kind: p.kind, year: p.year - 1 });
  const per = p.kind === PeriodKind.MONTH ? 12 : 4;
  const n = p.number! - 1;
  return periodOf({ kind: p.kind, year: n < 1 ? p.year - 1 : p.year, number: n < 1 ? per : n });
}

// --- scope -----------------------------------------------------------------------------------------------------------

interface Scope {
  where: string;
  params: unknown[];
  region: string | null;
}

/** The filter as SQL over kpi_month `k`; a regional supervisor is held to their region. */
function scopeOf(viewer: Viewer, f: IndicatorFilter): Scope {
  const parts: string[] = [];
  const params: unknown[] = [];
  if (f.period.kind !== PeriodKind.YEAR && !f.period.number) throw badInput('period.number', 'A month or quarter needs its number.');
  if (f.period.kind === PeriodKind.QUARTER && f.period.number! > 4) throw badInput('period.number', 'A quarter is 1 to 4.');
  let region = f.region?.toUpperCase() ?? null;
  if (viewer.role === Role.SUPERVISOR && viewer.regionId) {
    parts.push('k.region_id = ?');
    params.push(viewer.regionId);
  }
  if (region) {
    parts.push('k.region_id = (select id from region where code = ?)');
    params.push(region);
  }
  if (f.serviceCode) {
    parts.push('k.service_id = (select id from service where code = ?)');
    params.push(f.serviceCode.trim().toUpperCase());
  }
  if (f.officeId) {
    if (!isUuid(f.officeId)) throw badInput('officeId', 'Not an office id.');
    parts.push('k.office_id = ?');
    params.push(f.officeId);
  }
  if (f.departmentId) {
    if (!isUuid(f.departmentId)) throw badInput('departmentId', 'Not a department id.');
    parts.push('k.department_id = ?');
    params.push(f.departmentId);
  }
  if (f.channel) {
    parts.push('k.channel = ?');
    params.push(f.channel);
  }
  return { where: parts.length ? parts.join(' and ') : 'true', params, region };
}

function badInput(field: string, message: string) {
  return new GraphQLError(`Invalid input: ${field}: ${message}`, { extensions: { code: 'BAD_USER_INPUT', fields: [{ field, message }] } });
}

const COLUMNS = ['completed', 'on_time', 'feedback', 'process_ok', 'information_ok', 'complaint_rated', 'complaint_ok', 'courtesy_ok'];
type Sums = Record<string, number>;

/** The normative values, the targets in force for a year (and the next), and the 3.2 census, in one statement. */
async function loadReferenceFigures(ctx: GraphQLContext, year: number, serviceCode: string | null) {
  const [row] = await ctx.em.getConnection('read').execute<{ indicators: any[]; targets: any[]; services: any[] }[]>(
    `select
       (select coalesce(json_agg(x), '[]') from (
          select i.code, i.group_code, max(i.group_name::text)::json as group_name, max(i.wording::text)::json as wording, max(i.normative_value) as normative_value
            from service_indicator i join service s on s.id = i.service_id
           where s.status = 'IN_FORCE' and (?::text is null or s.code = ?) group by i.code, i.group_code order by i.code) x) as indicators,
       (select coalesce(json_agg(t), '[]') from (
          select distinct on (t.year, t.code, t.service_id) t.*, s.code as service_code
            from indicator_target t left join service s on s.id = t.service_id
           where t.year in (?, ?) order by t.year, t.code, t.service_id, t.created_at desc) t) as targets,
       (select coalesce(json_agg(json_build_object('serviceCode', s.code,
           'websites', (select coalesce(json_agg(e->>'value'), '[]') from jsonb_array_elements(s.details->'information') e where e->>'kind' = 'WEBSITE'))
           order by s.sort_order), '[]')
          from service s where s.status = 'IN_FORCE' and (?::text is null or s.code = ?)) as services`,
    [serviceCode, serviceCode, year, year + 1, serviceCode, serviceCode],
  );
  return row;
}

interface TargetRow {
  id: string;
  year: number;
  code: string;
  service_code: string | null;
  value: number;
  order_number: string;
  order_date: string;
  set_by: string;
  created_at: string;
}

/** The target for a year: the service's own order, else the general order, else the normative value. */
function targetFor(targets: TargetRow[], year: number, code: string, serviceCode: string | null, normative: number) {
  const own = serviceCode ? targets.find((t) => t.year === year && t.code === code && t.service_code === serviceCode) : undefined;
  const general = targets.find((t) => t.year === year && t.code === code && t.service_code === null);
  const order = own ?? general;
  if (!order) return { target: normative, targetSource: TargetSource.NORMATIVE, targetOrder: null };
  const targetOrder = Object.assign(new IndicatorTarget(), {
    id: order.id,
    year: order.year,
    code: order.code,
    value: order.value,
    orderNumber: order.order_number,
    orderDate: String(order.order_date).slice(0, 10),
    setBy: order.set_by,
    createdAt: new Date(order.created_at),
  });
  return { target: order.value, targetSource: own ? TargetSource.SERVICE_ORDER : TargetSource.GENERAL_ORDER, targetOrder };
}

const sum = (x: unknown) => Number(x ?? 0);

@Resolver()
export class IndicatorsResolver {
  @Authorized(Role.SUPERVISOR)
  @Query(() => IndicatorReport, { description: 'The six indicators of Appendix 3 over a period and scope, against the year\'s targets. SUPERVISOR (a regional one: their region).' })
  async indicators(
    @Ctx() ctx: GraphQLContext,
    @Arg('filter', () => IndicatorFilter) filter: IndicatorFilter,
    @Arg('minimumSample', () => Int, { nullable: true, description: `Default ${DEFAULT_MINIMUM_SAMPLE}.` }) minimumSample?: number,
  ): Promise<IndicatorReport> {
    const scope = scopeOf(ctx.viewer!, filter);
    const period = periodOf(filter.period);
    const previousPeriod = previousOf(period);
    const min = Math.max(1, minimumSample ?? DEFAULT_MINIMUM_SAMPLE);
    const serviceCode = filter.serviceCode?.trim().toUpperCase() ?? null;
    const sums = (from: string, to: string) => COLUMNS.map((c) => `coalesce(sum(k.${c}) filter (where k.month between '${from}' and '${to}'), 0)::int as ${c}`);
    const [figures, refs] = await Promise.all([
      ctx.em.getConnection('read').execute<Sums[]>(
        `select ${[...sums(period.from, period.to), ...sums(previousPeriod.from, previousPeriod.to).map((s) => s.replace(/ as (\w+)$/, ' as prev_$1'))].join(', ')}
           from kpi_month k where k.month between ? and ? and ${scope.where}`,
        [previousPeriod.from, period.to, ...scope.params],
      ),
      loadReferenceFigures(ctx, period.year, serviceCode),
    ]);
    if (serviceCode && !refs.services.length) throw badInput('serviceCode', `No service in force has the code "${filter.serviceCode}".`);
    const f = figures[0] ?? {};
    const values = refs.indicators.map((ind: any): IndicatorValue => {
      const code = ind.code as IndicatorCode;
      const t = targetFor(refs.targets, period.year, code, serviceCode, ind.normative_value);
      let numerator: number;
      let denominator: number;
      let prev: IndicatorFigure;
      let evidence: ElectronicInformation[] | null = null;
      let source: Source;
      let census = false;
      if (code === '3.2') {
        // A census of the standards in scope: information available electronically where the standard names a website.
        evidence = refs.services.map((s: any) => ({ serviceCode: s.serviceCode, websites: s.websites, available: s.websites.length > 0 }));
        numerator = evidence.filter((e) => e.available).length;
        denominator = evidence.length;
        prev = { numerator, denominator, value: percent(numerator, denominator) };
        source = Source.CATALOGUE;
        census = true;
      } else {
        const r = ROLLUP[code];
        numerator = sum(f[r.numerator]);
        denominator = sum(f[r.denominator]);
        prev = { numerator: sum(f[`prev_${r.numerator}`]), denominator: sum(f[`prev_${r.denominator}`]), value: percent(sum(f[`prev_${r.numerator}`]), sum(f[`prev_${r.denominator}`])) };
        source = r.source;
      }
      const value = percent(numerator, denominator);
      return {
        code,
        groupCode: ind.group_code,
        groupName: ind.group_name,
        wording: ind.wording,
        source,
        normativeValue: ind.normative_value,
        ...t,
        numerator,
        denominator,
        value,
        status: statusOf(numerator, denominator, t.target, min, census),
        previous: prev,
        change: value !== null && prev.value !== null && prev.value !== undefined ? Math.round((value - prev.value) * 10) / 10 : null,
        drillDown: drillDown(code, filter, period, scope.region),
        evidence,
      };
    });
    return { period, previousPeriod, minimumSample: min, values };
  }

  @Authorized(Role.SUPERVISOR)
  @Query(() => [IndicatorMonth], { description: 'The indicators measured from activity, month by month over a range of months (trend charts). SUPERVISOR.' })
  async indicatorTrend(
    @Ctx() ctx: GraphQLContext,
    @Arg('filter', () => IndicatorFilter, { description: 'Its period is the last month shown; `months` go back from it.' }) filter: IndicatorFilter,
    @Arg('months', () => Int, { defaultValue: 12 }) months: number,
  ): Promise<IndicatorMonth[]> {
    if (!Number.isInteger(months) || months < 1 || months > 60) throw badInput('months', 'From 1 to 60 months.');
    const scope = scopeOf(ctx.viewer!, filter);
    const last = periodOf(filter.period);
    const [y, m] = last.to.split('-').map(Number);
    const first = monthStart(y, m - months + 1);
    const rows = await ctx.em.getConnection('read').execute<Record<string, any>[]>(
      `select to_char(g.month, 'YYYY-MM-DD') as month, ${COLUMNS.map((c) => `coalesce(sum(k.${c}), 0)::int as ${c}`).join(', ')}
         from generate_series(?::date, ?::date, interval '1 month') g(month)
         left join kpi_month k on k.month = g.month and ${scope.where}
        group by g.month order by g.month`,
      [first, monthStart(y, m), ...scope.params],
    );
    return rows.flatMap((r) =>
      (Object.keys(ROLLUP) as (keyof typeof ROLLUP)[]).map((code) => {
        const { numerator, denominator } = ROLLUP[code];
        return { month: r.month, code, numerator: r[numerator], denominator: r[denominator], value: percent(r[numerator], r[denominator]) };
      }),
    );
  }

  @Authorized(Role.SUPERVISOR)
  @Query(() => [LeagueRow], { description: 'One indicator by region, office, department or service, worst first (insufficient data last). SUPERVISOR.' })
  async indicatorLeague(
    @Ctx() ctx: GraphQLContext,
    @Arg('filter', () => IndicatorFilter) filter: IndicatorFilter,
    @Arg('code') code: string,
    @Arg('groupBy', () => LeagueGrouping) groupBy: LeagueGrouping,
    @Arg('minimumSample', () => Int, { nullable: true }) minimumSample?: number,
  ): Promise<LeagueRow[]> {
    if (!(code in ROLLUP)) throw badInput('code', `League tables rank ${Object.keys(ROLLUP).join(', ')} (3.2 is the same for every place).`);
    const scope = scopeOf(ctx.viewer!, filter);
    const period = periodOf(filter.period);
    const min = Math.max(1, minimumSample ?? DEFAULT_MINIMUM_SAMPLE);
    const { numerator, denominator } = ROLLUP[code as keyof typeof ROLLUP];
    const by = {
      [LeagueGrouping.REGION]: { key: 'g.code', name: 'g.name', region: 'g.code', join: 'join region g on g.id = k.region_id', group: 'g.id' },
      [LeagueGrouping.OFFICE]: { key: 'g.id::text', name: 'g.name', region: 'r.code', join: 'join office g on g.id = k.office_id join region r on r.id = g.region_id', group: 'g.id, r.code' },
      [LeagueGrouping.DEPARTMENT]: { key: 'g.id::text', name: 'g.name', region: 'r.code', join: 'join department g on g.id = k.department_id join region r on r.id = g.region_id', group: 'g.id, r.code' },
      [LeagueGrouping.SERVICE]: { key: 'g.code', name: 'g.title', region: 'null', join: 'join service g on g.id = k.service_id', group: 'g.id' },
    }[groupBy];
    const [rows, refs] = await Promise.all([
      ctx.em.getConnection('read').execute<Record<string, any>[]>(
        `select ${by.key} as key, ${by.name} as name, ${by.region} as region_code, sum(k.${numerator})::int as numerator, sum(k.${denominator})::int as denominator
           from kpi_month k ${by.join}
          where k.month between ? and ? and ${scope.where}
          group by ${by.group} having sum(k.${denominator}) > 0`,
        [period.from, period.to, ...scope.params],
      ),
      loadReferenceFigures(ctx, period.year, filter.serviceCode?.trim().toUpperCase() ?? null),
    ]);
    const normative = refs.indicators.find((i: any) => i.code === code)?.normative_value ?? 0;
    const result = rows.map((r) => {
      const { target } = targetFor(refs.targets, period.year, code, groupBy === LeagueGrouping.SERVICE ? r.key : (filter.serviceCode?.toUpperCase() ?? null), normative);
      return { key: r.key, name: r.name, regionCode: r.region_code, numerator: r.numerator, denominator: r.denominator, value: percent(r.numerator, r.denominator), target, status: statusOf(r.numerator, r.denominator, target, min) };
    });
    const judged = (r: LeagueRow) => r.status !== Status.INSUFFICIENT_DATA;
    return result.sort((a, b) => Number(judged(b)) - Number(judged(a)) || (a.value ?? 0) - (b.value ?? 0) || b.denominator - a.denominator);
  }

  @Authorized(Role.SUPERVISOR)
  @Query(() => [IndicatorTarget], { description: "A year's targets: those in force, or every order recorded (history). SUPERVISOR." })
  indicatorTargets(
    @Ctx() ctx: GraphQLContext,
    @Arg('year', () => Int) year: number,
    @Arg('history', () => Boolean, { defaultValue: false }) history: boolean,
  ): Promise<IndicatorTarget[]> {
    if (history) return ctx.em.find(IndicatorTarget, { year }, { populate: ['service'], orderBy: { code: 'asc', createdAt: 'desc' } });
    return ctx.em
      .createQueryBuilder(IndicatorTarget, 't')
      .select('t.*')
      .leftJoinAndSelect('t.service', 's')
      .where({ year })
      .andWhere(`t.id in (select distinct on (x.code, x.service_id) x.id from indicator_target x where x.year = ? order by x.code, x.service_id, x.created_at desc)`, [year])
      .orderBy({ code: 'asc', 's.sortOrder': 'asc nulls first' })
      .getResult();
  }

  @Authorized(Role.SUPERVISOR)
  @Mutation(() => IndicatorTargetPayload, {
    description: "Record a year's target set by the Minister's order (para 19), for one indicator and one service or all. Earlier orders stay in the history. SUPERVISOR of the whole country.",
  })
  async indicatorTargetSet(@Ctx() ctx: GraphQLContext, @Arg('input', () => IndicatorTargetInput) input: IndicatorTargetInput): Promise<IndicatorTargetPayload> {
    if (ctx.viewer!.regionId) throw forbidden('Targets are set by order of the Minister: a regional supervisor cannot record them.');
    const errors: UserError[] = [];
    const at = (f: string) => ['input', f];
    if (!INDICATOR_CODES.includes(input.code as IndicatorCode)) errors.push(userError(UserErrorCode.INVALID, `The indicators are ${INDICATOR_CODES.join(', ')}.`, at('code')));
    if (!(input.value >= 0 && input.value <= 100)) errors.push(userError(UserErrorCode.INVALID, 'A target is a percentage from 0 to 100.', at('value')));
    if (!input.orderNumber.trim()) errors.push(userError(UserErrorCode.INVALID, "Give the order's number.", at('orderNumber')));
    if (!isIsoDate(input.orderDate) || input.orderDate > `${input.year}-12-31`) errors.push(userError(UserErrorCode.INVALID, 'The order is dated before or in the year it sets targets for.', at('orderDate')));
    let service: Service | null = null;
    if (input.serviceCode) {
      service = await ctx.em.findOne(Service, { code: input.serviceCode.trim().toUpperCase() });
      if (!service) errors.push(userError(UserErrorCode.NOT_FOUND, `No service has the code "${input.serviceCode}".`, at('serviceCode')));
    }
    if (errors.length) return { userErrors: errors };
    const target = ctx.em.create(IndicatorTarget, {
      year: input.year,
      code: input.code,
      service,
      value: Math.round(input.value * 10) / 10,
      orderNumber: input.orderNumber.trim(),
      orderDate: input.orderDate,
      setBy: ctx.viewer!.login,
    });
    await ctx.em.flush();
    return { target, userErrors: [] };
  }
}

/** The lists behind a figure, as filters the applications and feedbacks queries take. */
function drillDown(code: IndicatorCode, f: IndicatorFilter, p: Period, region: string | null) {
  const common = {
    ...(f.serviceCode ? { serviceCode: f.serviceCode.toUpperCase() } : {}),
    ...(region ? { region } : {}),
    ...(f.officeId ? { officeId: f.officeId } : {}),
    ...(f.departmentId ? { departmentId: f.departmentId } : {}),
    ...(f.channel ? { channel: f.channel } : {}),
  };
  if (code === '3.2') return null;
  if (code === '1.1') {
    const base = { ...common, completedFrom: p.from, completedTo: p.to };
    return { resource: 'applications', denominator: { ...base, timeliness: ['ON_TIME', 'LATE'] }, numerator: { ...base, timeliness: ['ON_TIME'] } };
  }
  const base = { ...common, respondedFrom: p.from, respondedTo: p.to, indicator: code };
  return { resource: 'feedbacks', denominator: base, numerator: { ...base, satisfied: true } };
}
