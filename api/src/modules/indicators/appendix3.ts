import { GraphQLError } from 'graphql';
import { Arg, Authorized, Ctx, Field, FieldResolver, Float, Int, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../common/context';
import { Language, LocalizedText, pickText } from '../../common/localized-text';
import { Role } from '../users/user.entity';
import { IndicatorsResolver, PeriodKind } from './indicators.resolver';
import { Status } from './definitions';

/** The column headers of Appendix 3, as the decree prints them (S1 L2219–2229), with our translations. */
export const APPENDIX3_HEADERS: LocalizedText[] = [
  { kk: 'Сапа және қол жетімділік көрсеткіштері', ru: 'Показатели качества и доступности', en: 'Quality and accessibility indicators' },
  { kk: 'Көрсеткіштің нормативтік мәні', ru: 'Нормативное значение показателя', en: 'Normative value of the indicator' },
  { kk: 'Көрсеткіштің келесі жылдағы мақсатты мәні', ru: 'Целевое значение показателя в последующем году', en: 'Target value of the indicator for the next year' },
  { kk: 'Көрсеткіштің есептілік жылындағы ағымдағы мәні', ru: 'Текущее значение показателя в отчётном году', en: 'Current value of the indicator in the reporting year' },
];
const TITLE: LocalizedText = { kk: 'Сапа және тиімділік көрсеткіштерінің мәні', ru: 'Значения показателей качества и эффективности', en: 'Values of the quality and effectiveness indicators' };

@ObjectType()
export class Appendix3Row {
  @Field()
  groupCode!: string;

  @Field(() => LocalizedText)
  groupName!: LocalizedText;

  @Field()
  code!: string;

  @Field(() => LocalizedText)
  wording!: LocalizedText;

  @Field(() => Float)
  normativeValue!: number;

  @Field(() => Float, { nullable: true, description: "Next year's target, where an order has set one." })
  nextYearTarget?: number | null;

  @Field(() => Float, { nullable: true, description: 'The value over the reporting year (null without cases).' })
  currentValue?: number | null;

  @Field(() => Int)
  numerator!: number;

  @Field(() => Int)
  denominator!: number;

  @Field(() => Status)
  status!: Status;
}

@ObjectType({ description: "Appendix 3 of a standard for a reporting year, laid out as the decree prints it, with the columns it leaves blank filled in." })
export class Appendix3Table {
  @Field()
  serviceCode!: string;

  @Field(() => LocalizedText)
  serviceTitle!: LocalizedText;

  @Field(() => Int)
  year!: number;

  @Field(() => LocalizedText)
  title!: LocalizedText;

  @Field(() => [LocalizedText])
  headers!: LocalizedText[];

  @Field(() => [Appendix3Row])
  rows!: Appendix3Row[];
}

const cell = (v: string | number | null | undefined) => {
  const s = v === null || v === undefined ? '' : String(v);
  return /[",;\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};
const pct = (v: number | null | undefined) => (v === null || v === undefined ? '' : `${v} %`);

/** The table as CSV: group rows ("1. Timeliness") then their indicators, as in the decree; UTF-8 with a BOM for spreadsheets. */
export function appendix3Csv(t: Appendix3Table, lang: Language): string {
  const text = (x: LocalizedText) => pickText(x, lang) ?? '';
  const lines = [[`${text(t.title)} — ${t.serviceCode} ${text(t.serviceTitle)}, ${t.year}`], t.headers.map(text)];
  let group = '';
  for (const r of t.rows) {
    if (r.groupCode !== group) {
      group = r.groupCode;
      lines.push([`${r.groupCode}. ${text(r.groupName)}`, '', '', '']);
    }
    lines.push([`${r.code}. ${text(r.wording)}`, pct(r.normativeValue), pct(r.nextYearTarget), pct(r.currentValue)]);
  }
  return '\uFEFF' + lines.map((l) => l.map(cell).join(',')).join('\r\n') + '\r\n';
}

@Resolver(() => Appendix3Table)
export class Appendix3Resolver {
  @Authorized(Role.SUPERVISOR)
  @Query(() => Appendix3Table, { description: "A standard's Appendix 3 for a reporting year: normative value, next year's target, current value. SUPERVISOR." })
  async appendix3(
    @Ctx() ctx: GraphQLContext,
    @Arg('serviceCode') serviceCode: string,
    @Arg('year', () => Int) year: number,
    @Arg('region', () => String, { nullable: true, description: 'Limit the current values to one region.' }) region?: string,
  ): Promise<Appendix3Table> {
    const indicators = new IndicatorsResolver();
    const code = serviceCode.trim().toUpperCase();
    const bad = (field: string, message: string) => new GraphQLError(`Invalid input: ${field}: ${message}`, { extensions: { code: 'BAD_USER_INPUT', fields: [{ field, message }] } });
    if (!/^[A-Z]\d{1,2}$/.test(code)) throw bad('serviceCode', 'a service code, e.g. S3');
    if (region !== undefined && region !== null && !/^KZ-[A-Z]{3}$/i.test(region)) throw bad('region', 'an ISO 3166-2 code such as KZ-KUS');
    if (!Number.isInteger(year) || year < 2009 || year > 2030) throw bad('year', 'a year from 2009 to 2030');
    const [current, next] = await Promise.all([
      indicators.indicators(ctx, { period: { kind: PeriodKind.YEAR, year }, serviceCode: code, region: region ?? null }),
      indicators.indicators(ctx, { period: { kind: PeriodKind.YEAR, year: Math.min(year + 1, 2030) }, serviceCode: code, region: region ?? null }),
    ]);
    const [service] = await ctx.em.getConnection().execute<{ title: LocalizedText }[]>('select title from service where code = ?', [code]);
    return {
      serviceCode: code,
      serviceTitle: service.title,
      year,
      title: TITLE,
      headers: APPENDIX3_HEADERS,
      rows: current.values.map((v) => {
        const nextValue = next.values.find((n) => n.code === v.code);
        return {
          groupCode: v.groupCode,
          groupName: v.groupName,
          code: v.code,
          wording: v.wording,
          normativeValue: v.normativeValue,
          nextYearTarget: nextValue && nextValue.targetSource !== 'NORMATIVE' && year + 1 <= 2030 ? nextValue.target : null,
          currentValue: v.value,
          numerator: v.numerator,
          denominator: v.denominator,
          status: v.status,
        };
      }),
    };
  }

  @FieldResolver(() => String, { description: 'The table as CSV (UTF-8 with BOM), in the language asked or the request\'s.' })
  csv(@Root() table: Appendix3Table, @Ctx() ctx: GraphQLContext, @Arg('lang', () => Language, { nullable: true }) lang?: Language): string {
    return appendix3Csv(table, lang ?? ctx.lang);
  }
}
