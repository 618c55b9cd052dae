import crypto from 'node:crypto';
import { Arg, Authorized, Ctx, Field, ID, Info, InputType, Int, Mutation, ObjectType, Query, Resolver, registerEnumType } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { IsEnum, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import type { GraphQLContext } from '../../common/context';
import { flushOrConflict, UserError, UserErrorCode, userError } from '../../common/errors';
import { localParts } from '../../common/local-time';
import { PageInput, PageOf, pageOf, SortDirection } from '../../common/pagination';
import { normalisePhone } from '../../common/phones';
import { escapeLike, foldText, isUuid, preparedRead } from '../../common/sql';
import { selectionOf } from '../../common/lookahead';
import { columnsFor, jsonOf, view } from '../../common/views';
import { audit } from '../audit/audit-entry.entity';
import { cleanText, LocalizedTextValue, localizedTextErrors } from '../../common/localized-text';
import { Region } from '../catalogue/region.entity';
import { Role } from '../users/user.entity';
import { Department, Office, OfficeKind, OpeningHours, PscBranch } from './office.entity';

const OfficePage = PageOf(Office);

export enum OfficeSortField {
  DIRECTORY = 'DIRECTORY',
  NAME = 'NAME',
  REGION = 'REGION',
}
registerEnumType(OfficeSortField, { name: 'OfficeSortField', description: 'DIRECTORY: the order of Appendix 2 (region, then position).' });

@InputType()
export class OfficeFilter {
  @Field(() => String, { nullable: true, description: 'Words of the name or address, in any language; case and Kazakh letters folded (Қ≈К, Ә≈А…).' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  search?: string;

  @Field(() => String, { nullable: true, description: 'ISO 3166-2 code of the region, e.g. KZ-KUS.' })
  @IsOptional()
  @Matches(/^KZ-[A-Z]{3}$/i, { message: 'region must be an ISO 3166-2 code such as KZ-KUS' })
  region?: string;

  @Field(() => OfficeKind, { nullable: true })
  @IsOptional()
  @IsEnum(OfficeKind)
  kind?: OfficeKind;

  @Field(() => Date, { nullable: true, description: 'Only offices open at this instant, by their hours (Asia/Almaty) and the working calendar.' })
  @IsOptional()
  openAt?: Date;

  @Field(() => Boolean, { nullable: true, defaultValue: false })
  @IsOptional()
  includeArchived?: boolean;
}

@InputType()
export class OfficeSort {
  @Field(() => OfficeSortField, { defaultValue: OfficeSortField.DIRECTORY })
  field: OfficeSortField = OfficeSortField.DIRECTORY;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC })
  direction: SortDirection = SortDirection.ASC;
}

@InputType()
export class OpeningHoursInput implements Partial<OpeningHours> {
  @Field(() => [String], { description: 'MON…SUN.' })
  days!: string[];

  @Field()
  opens!: string;

  @Field()
  closes!: string;

  @Field(() => String, { nullable: true })
  lunchFrom?: string | null;

  @Field(() => String, { nullable: true })
  lunchTo?: string | null;
}

@InputType({ description: 'An office as administrators enter it. On update, omitted fields keep their value.' })
export class OfficeInput {
  @Field(() => String, { nullable: true, description: 'Required on create.' })
  regionCode?: string;

  @Field(() => OfficeKind, { nullable: true, description: 'Required on create.' })
  kind?: OfficeKind;

  @Field(() => LocalizedTextValue, { nullable: true, description: 'Required on create; Kazakh is required.' })
  name?: LocalizedTextValue;

  @Field(() => LocalizedTextValue, { nullable: true })
  address?: LocalizedTextValue | null;

  @Field(() => String, { nullable: true })
  postcode?: string | null;

  @Field(() => [String], { nullable: true, description: 'Phone numbers as written, e.g. "8 (7142) 50-14-66"; each must be a Kazakhstan number.' })
  phones?: string[];

  @Field(() => [OpeningHoursInput], { nullable: true })
  openingHours?: OpeningHoursInput[];
}

@ObjectType()
export class OfficePayload {
  @Field(() => Office, { nullable: true })
  office?: Office | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

const DAYS = new Set(['MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT', 'SUN']);
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

function hoursErrors(hours: OpeningHoursInput[]): UserError[] {
  const errors: UserError[] = [];
  hours.forEach((h, i) => {
    const at = (f: string) => ['input', 'openingHours', String(i), f];
    if (!h.days.length || h.days.some((d) => !DAYS.has(d))) errors.push(userError(UserErrorCode.INVALID, 'Days must be MON…SUN.', at('days')));
    if (!TIME.test(h.opens)) errors.push(userError(UserErrorCode.INVALID, 'Write times as HH:MM.', at('opens')));
    // A closing time is compared only with a well-written opening time: '9:00' is the opening time's fault alone.
    if (!TIME.test(h.closes) || (TIME.test(h.opens) && h.closes <= h.opens)) errors.push(userError(UserErrorCode.INVALID, 'Closing time must be HH:MM, after opening.', at('closes')));
    const lunch = [h.lunchFrom, h.lunchTo].filter(Boolean);
    if (lunch.length === 1) errors.push(userError(UserErrorCode.INVALID, 'A lunch break needs both a start and an end.', at(h.lunchFrom ? 'lunchTo' : 'lunchFrom')));
    if (lunch.length === 2 && (!TIME.test(h.lunchFrom!) || !TIME.test(h.lunchTo!) || h.lunchFrom! >= h.lunchTo! || h.lunchFrom! < h.opens || h.lunchTo! > h.closes)) {
      errors.push(userError(UserErrorCode.INVALID, 'The lunch break must be HH:MM–HH:MM within opening hours.', at('lunchFrom')));
    }
  });
  return errors;
}

const snapshot = (o: Office) => ({
  region: o.region?.code,
  kind: o.kind,
  name: o.name,
  address: o.address ?? null,
  postcode: o.postcode ?? null,
  phones: o.phones,
  openingHours: o.openingHours,
  archivedAt: o.archivedAt ?? null,
  version: o.version,
});

@Resolver()
export class DirectoryResolver {
  @Query(() => OfficePage, { description: 'The population service centre offices (Appendix 2 and later changes). Public.' })
  async offices(
    @Ctx() { em }: GraphQLContext,
    @Arg('filter', () => OfficeFilter, { nullable: true }) filter?: OfficeFilter,
    @Arg('sort', () => OfficeSort, { nullable: true }) sort?: OfficeSort,
    @Arg('page', () => PageInput, { nullable: true }) page?: PageInput,
    @Info() info?: GraphQLResolveInfo,
  ) {
    const parts = ['true'];
    const params: unknown[] = [];
    const add = (sql: string, ...values: unknown[]) => {
      parts.push(sql);
      params.push(...values);
    };
    if (!filter?.includeArchived) add('o.archived_at is null');
    if (filter?.search?.trim()) add('o.search_text like ?', `%${escapeLike(foldText(filter.search.trim()))}%`);
    if (filter?.region) add('r.code = ?', filter.region.toUpperCase());
    if (filter?.kind) add('o.kind = ?', filter.kind);
    if (filter?.openAt) {
      const { date, weekday, time } = localParts(filter.openAt);
      // Closed on a day off of the calendar; a weekend day made working follows Monday's hours.
      add(
        `not exists (select 1 from calendar_day c where c.date = ? and c.kind <> 'WORKING_DAY')
         and exists (select 1 from jsonb_array_elements(o.opening_hours) h
           where h->'days' @> jsonb_build_array(case when exists (select 1 from calendar_day w where w.date = ? and w.kind = 'WORKING_DAY') then 'MON' else ?::text end)
             and h->>'opens' <= ? and ? < h->>'closes'
             and (h->>'lunchFrom' is null or not (? >= h->>'lunchFrom' and ? < h->>'lunchTo')))`,
        date, date, weekday, time, time, time, time,
      );
    }
    const dir = (sort?.direction ?? SortDirection.ASC) === SortDirection.ASC ? 'asc' : 'desc';
    const order =
      sort?.field === OfficeSortField.NAME
        ? `o.name->>'kk' ${dir}, o.id asc`
        : sort?.field === OfficeSortField.REGION
          ? `r.sort_order ${dir}, o.position asc, o.id asc`
          : `r.sort_order ${dir}, o.position ${dir}, o.created_at ${dir}, o.id asc`;
    const { offset, limit } = pageOf(page);
    const where = parts.map((x) => `(${x})`).join(' and ');
    // One statement: the page chosen on office and region, dressed as read views, and the total.
    // Only the columns the selected fields read (every column where a field's needs are unknown).
    const items = selectionOf(info!, ['items']);
    const none = new Map();
    const rows = await preparedRead<{ o: Record<string, unknown>; r: Record<string, unknown>; b: Record<string, unknown> | null; total_count: number }>(
      em,
      'read',
      `with page as (select o.id from office o join region r on r.id = o.region_id where ${where} order by ${order} limit ${Number(limit)} offset ${Number(offset)})
       select ${jsonOf(em, Office, 'o', [], columnsFor(em, Office, items))} as o, ${jsonOf(em, Region, 'r', [], columnsFor(em, Region, items.get('region') ?? none))} as r,
              ${jsonOf(em, PscBranch, 'b', [], columnsFor(em, PscBranch, items.get('branch') ?? none))} as b,
              (select count(*)::int from office o join region r on r.id = o.region_id where ${where}) as total_count
         from page join office o on o.id = page.id join region r on r.id = o.region_id left join psc_branch b on b.id = o.branch_id
        order by ${order}`,
      [...params, ...params],
    );
    let totalCount = rows[0]?.total_count ?? 0;
    if (!rows.length && offset) {
      const [{ n }] = await em.getConnection('read').execute<{ n: number }[]>(`select count(*)::int as n from office o join region r on r.id = o.region_id where ${where}`, params);
      totalCount = n;
    }
    return { items: rows.map((row) => view(em, Office, row.o, { region: view(em, Region, row.r), branch: row.b ? view(em, PscBranch, row.b) : null })), totalCount };
  }

  @Query(() => Office, { nullable: true, description: 'One office. Public.' })
  office(@Ctx() { em }: GraphQLContext, @Arg('id', () => ID) id: string): Promise<Office | null> {
    if (!isUuid(id)) return Promise.resolve(null);
    return em.findOne(Office, { id }, { populate: ['region', 'branch'] });
  }

  @Query(() => [Department], { description: 'The 16 defence affairs departments (Appendix 1). Public.' })
  departments(@Ctx() { em }: GraphQLContext): Promise<Department[]> {
    return em.find(Department, {}, { populate: ['region'], orderBy: { number: 'asc' } });
  }

  @Query(() => [PscBranch], { description: 'The 16 regional branches of the population service centres (Appendix 2). Public.' })
  pscBranches(@Ctx() { em }: GraphQLContext): Promise<PscBranch[]> {
    return em.find(PscBranch, {}, { populate: ['region'], orderBy: { region: { sortOrder: 'asc' } } });
  }

  @Authorized(Role.DIRECTORY_ADMIN)
  @Mutation(() => OfficePayload, { description: 'Open a new office. DIRECTORY_ADMIN.' })
  async officeCreate(@Ctx() ctx: GraphQLContext, @Arg('input', () => OfficeInput) input: OfficeInput): Promise<OfficePayload> {
    const errors: UserError[] = [];
    if (!input.regionCode) errors.push(userError(UserErrorCode.INVALID, 'The region is required.', ['input', 'regionCode']));
    if (!input.kind) errors.push(userError(UserErrorCode.INVALID, 'The kind is required.', ['input', 'kind']));
    if (!input.name) errors.push(userError(UserErrorCode.INVALID, 'The name is required.', ['input', 'name', 'kk']));
    // The id is made here so the audit entry can name the office and be stored in the same transaction.
    const office = Object.assign(new Office(), { id: crypto.randomUUID(), phones: [], notes: [] }) as Office;
    errors.push(...(await this.apply(ctx, office, input)));
    if (errors.length) return { userErrors: errors };
    ctx.em.persist(office);
    audit(ctx, { action: 'officeCreate', entityType: 'Office', entityKey: office.id, before: null, after: { ...snapshot(office), version: 1 } });
    await ctx.em.flush();
    return { office, userErrors: [] };
  }

  @Authorized(Role.DIRECTORY_ADMIN)
  @Mutation(() => OfficePayload, { description: 'Change an office. Pass the version you read: a stale one is a CONFLICT. DIRECTORY_ADMIN.' })
  async officeUpdate(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => OfficeInput) input: OfficeInput,
  ): Promise<OfficePayload> {
    return this.change(ctx, id, version, 'officeUpdate', (office) => this.apply(ctx, office, input));
  }

  @Authorized(Role.DIRECTORY_ADMIN)
  @Mutation(() => OfficePayload, { description: 'Close an office: it leaves the public directory but stays for history. DIRECTORY_ADMIN.' })
  async officeArchive(@Ctx() ctx: GraphQLContext, @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number): Promise<OfficePayload> {
    return this.change(ctx, id, version, 'officeArchive', async (office) => {
      if (office.archivedAt) return [userError(UserErrorCode.INVALID, 'The office is already archived.', ['id'])];
      office.archivedAt = new Date();
      return [];
    });
  }

  /** Loads, checks the version, applies, audits and flushes in one transaction. */
  private async change(ctx: GraphQLContext, id: string, version: number, action: string, apply: (o: Office) => Promise<UserError[]>): Promise<OfficePayload> {
    const { em } = ctx;
    const office = isUuid(id) ? await em.findOne(Office, { id }, { populate: ['region', 'branch'] }) : null;
    if (!office) return { userErrors: [userError(UserErrorCode.NOT_FOUND, 'No office has this id.', ['id'])] };
    if (office.version !== version) {
      return { userErrors: [userError(UserErrorCode.CONFLICT, `The office was changed by someone else (version ${office.version}, you sent ${version}). Reload and try again.`, ['version'])] };
    }
    const before = snapshot(office);
    const errors = await apply(office);
    if (errors.length) {
      em.clear();
      return { userErrors: errors };
    }
    office.editedAt = new Date();
    audit(ctx, { action, entityType: 'Office', entityKey: office.id, before, after: { ...snapshot(office), version: office.version + 1 } });
    const conflict = await flushOrConflict(em, 'office');
    return conflict ? { userErrors: [conflict] } : { office, userErrors: [] };
  }

  /** Validates the input and copies it onto the office; returns what is wrong, naming each field. */
  private async apply(ctx: GraphQLContext, office: Office, input: OfficeInput): Promise<UserError[]> {
    const errors: UserError[] = [];
    if (input.regionCode !== undefined && input.regionCode !== null) {
      const region = await ctx.em.findOne(Region, { code: input.regionCode.trim().toUpperCase() });
      if (!region) errors.push(userError(UserErrorCode.NOT_FOUND, `No region has the code "${input.regionCode}".`, ['input', 'regionCode']));
      else if (office.region?.id !== region.id) {
        office.region = region;
        office.branch = await ctx.em.findOne(PscBranch, { region });
      }
    }
    if (input.kind) office.kind = input.kind;
    if (input.name) {
      const e = localizedTextErrors(input.name, ['input', 'name']);
      errors.push(...e);
      if (!e.length) office.name = cleanText(input.name);
    }
    if (input.address !== undefined) {
      if (input.address === null) office.address = null;
      else {
        const e = localizedTextErrors(input.address, ['input', 'address']);
        errors.push(...e);
        if (!e.length) office.address = cleanText(input.address);
      }
    }
    if (input.postcode !== undefined) {
      if (input.postcode && !/^\d{6}$/.test(input.postcode.trim())) errors.push(userError(UserErrorCode.INVALID, 'A postcode has six digits, e.g. 010000.', ['input', 'postcode']));
      else office.postcode = input.postcode?.trim() || null;
    }
    if (input.phones) {
      const phones = input.phones.map((printed, i) => {
        const e164 = normalisePhone(printed.trim());
        if (!e164) errors.push(userError(UserErrorCode.INVALID, `"${printed}" is not a Kazakhstan phone number (e.g. 8 (7172) 72-18-54 or +7 701 123 45 67).`, ['input', 'phones', String(i)]));
        return { printed: printed.trim(), e164, flag: null };
      });
      if (input.phones.length > 10) errors.push(userError(UserErrorCode.INVALID, 'At most 10 phone numbers.', ['input', 'phones']));
      office.phones = phones;
    }
    if (input.openingHours) {
      const e = hoursErrors(input.openingHours);
      errors.push(...e);
      if (!e.length) office.openingHours = input.openingHours.map((h) => ({ days: h.days, opens: h.opens, closes: h.closes, lunchFrom: h.lunchFrom || null, lunchTo: h.lunchTo || null }));
    }
    return errors;
  }
}
