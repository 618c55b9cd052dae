import { raw } from '@mikro-orm/core';
import { Arg, Authorized, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { IsEmail, IsEnum, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import type { GraphQLContext, Viewer } from '../../common/context';
import { flushOrConflict, UserError, UserErrorCode, userError } from '../../common/errors';
import { localToday } from '../../common/local-time';
import { PageInput, PageOf, pageOf } from '../../common/pagination';
import { normalisePhone } from '../../common/phones';
import { DateScalar, isIsoDate } from '../../common/scalars';
import { isUuid } from '../../common/sql';
import { canRead } from '../applications/access';
import { audit } from '../audit/audit-entry.entity';
import { Application, NotificationMethod } from '../applications/application.entity';
import { placed } from '../applications/applications.service';
import { plusDays } from '../calendar/working-days';
import { Service } from '../catalogue/service.entity';
import { Department, Office } from '../directory/office.entity';
import { Role, User } from '../users/user.entity';
import { Complaint, ComplaintAddressedTo, ComplaintForm, ComplaintOutcome, ComplaintRule, ComplaintStatus } from './complaint.entity';

const ComplaintPage = PageOf(Complaint);

@InputType()
export class ComplaintRegisterInput {
  @Field(() => ComplaintForm)
  @IsEnum(ComplaintForm)
  form!: ComplaintForm;

  @Field(() => ComplaintAddressedTo)
  @IsEnum(ComplaintAddressedTo)
  addressee!: ComplaintAddressedTo;

  @Field(() => ID, { nullable: true, description: 'The application complained about, if any: its office, department, region and service follow.' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  applicationId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The centre office complained about (an operator at an office: theirs by default).' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  officeId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The authorized body complained about (an operator at a department: theirs by default).' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  departmentId?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  employeeName?: string | null;

  @Field(() => String, { nullable: true, description: 'The service concerned, when no application is named.' })
  @IsOptional()
  @IsString()
  @MaxLength(10)
  serviceCode?: string | null;

  @Field({ description: "The complainant's surname, name and patronymic." })
  @IsString()
  @MaxLength(200)
  complainantName!: string;

  @Field(() => String, { nullable: true, description: 'A postal address or an e-mail is required (para 22): the answer is sent there.' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  postalAddress?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(200)
  email?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  phone?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'The date on the complaint; today by default.' })
  @IsOptional()
  filedOn?: string | null;

  @Field()
  @IsString()
  @MaxLength(5000)
  reasons!: string;

  @Field()
  @IsString()
  @MaxLength(5000)
  demands!: string;
}

@InputType()
export class ComplaintExtendInput {
  @Field()
  @IsString()
  @MaxLength(2000)
  reason!: string;

  @Field(() => Date)
  noticeSentAt!: Date;

  @Field(() => NotificationMethod)
  @IsEnum(NotificationMethod)
  noticeMethod!: NotificationMethod;

  @Field(() => DateScalar, { nullable: true, description: 'At most the extended term of the rule (the default).' })
  @IsOptional()
  newDueOn?: string | null;
}

@InputType()
export class ComplaintResolveInput {
  @Field(() => ComplaintOutcome)
  @IsEnum(ComplaintOutcome)
  outcome!: ComplaintOutcome;

  @Field()
  @IsString()
  @MaxLength(5000)
  outcomeText!: string;

  @Field(() => Date)
  complainantNotifiedAt!: Date;

  @Field(() => NotificationMethod)
  @IsEnum(NotificationMethod)
  notificationMethod!: NotificationMethod;
}

@InputType()
export class ComplaintFilter {
  @Field(() => ComplaintStatus, { nullable: true })
  @IsOptional()
  @IsEnum(ComplaintStatus)
  status?: ComplaintStatus;

  @Field(() => Boolean, { nullable: true, description: 'Registered and past the consideration term.' })
  @IsOptional()
  overdue?: boolean;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^KZ-[A-Z]{3}$/i, { message: 'region must be an ISO 3166-2 code such as KZ-KUS' })
  region?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  officeId?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(10)
  serviceCode?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  applicationId?: string;

  @Field(() => DateScalar, { nullable: true })
  @IsOptional()
  receivedFrom?: string;

  @Field(() => DateScalar, { nullable: true })
  @IsOptional()
  receivedTo?: string;
}

@InputType()
export class ComplaintRuleInput {
  @Field(() => Int)
  @IsInt()
  @Min(1)
  @Max(90)
  considerationDays!: number;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  @Max(180)
  extendedDays!: number;

  @Field()
  @IsString()
  @MaxLength(1000)
  cite!: string;
}

@ObjectType()
export class Complainant {
  @Field()
  fullName!: string;

  @Field(() => String, { nullable: true })
  postalAddress?: string | null;

  @Field(() => String, { nullable: true })
  email?: string | null;

  @Field(() => String, { nullable: true })
  phone?: string | null;
}

@ObjectType()
export class ComplaintPayload {
  @Field(() => Complaint, { nullable: true })
  complaint?: Complaint | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@ObjectType()
export class ComplaintRulePayload {
  @Field(() => ComplaintRule, { nullable: true })
  rule?: ComplaintRule | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

const RULE_KEY = 'appeals-law';
const POPULATE = ['office', 'department', 'region', 'service', 'application'] as const;

/** Operators handle complaints about their place; supervisors those of their region (all-country ones see every complaint). */
function scope(viewer: Viewer): { sql: string; params: unknown[] } {
  if (viewer.role === Role.OPERATOR) return { sql: '(c.office_id = ? or c.department_id = ?)', params: [viewer.officeId, viewer.departmentId] };
  if (viewer.role === Role.SUPERVISOR) return viewer.regionId ? { sql: 'c.region_id = ?', params: [viewer.regionId] } : { sql: 'true', params: [] };
  return { sql: 'false', params: [] };
}

function visible(viewer: Viewer, c: Complaint): boolean {
  if (viewer.role === Role.OPERATOR) return (!!viewer.officeId && c.office?.id === viewer.officeId) || (!!viewer.departmentId && c.department?.id === viewer.departmentId);
  if (viewer.role === Role.SUPERVISOR) return !viewer.regionId || c.region?.id === viewer.regionId;
  return false;
}

/**
 * Complaints (paras 20–25): registered with a journal number and a talon, considered within the term of the law on
 * appeals (a configurable rule: 15 calendar days, extendable to 30 with notice), resolved with an outcome and the
 * record of how the complainant was told. Overdue ones are flagged.
 */
@Resolver(() => Complaint)
export class ComplaintsResolver {
  @Authorized(Role.OPERATOR, Role.SUPERVISOR)
  @Query(() => ComplaintPage, { description: "Complaints about the caller's place (OPERATOR) or region (SUPERVISOR)." })
  async complaints(
    @Ctx() ctx: GraphQLContext,
    @Arg('filter', () => ComplaintFilter, { nullable: true }) filter?: ComplaintFilter,
    @Arg('page', () => PageInput, { nullable: true }) page?: PageInput,
  ) {
    const today = localToday(ctx.clock.now());
    const s = scope(ctx.viewer!);
    const qb = ctx.em
      .createQueryBuilder(Complaint, 'c')
      .select('c.*')
      .leftJoinAndSelect('c.office', 'o')
      .leftJoinAndSelect('c.department', 'd')
      .leftJoinAndSelect('c.region', 'r')
      .leftJoinAndSelect('c.service', 's')
      .leftJoinAndSelect('c.application', 'a')
      .where(raw(s.sql, s.params));
    if (filter?.status) qb.andWhere({ status: filter.status });
    if (filter?.overdue === true) qb.andWhere(raw(`c.status = 'REGISTERED' and c.due_on < ?::date`, [today]));
    if (filter?.overdue === false) qb.andWhere(raw(`not (c.status = 'REGISTERED' and c.due_on < ?::date)`, [today]));
    if (filter?.region) qb.andWhere({ region: { code: filter.region.toUpperCase() } });
    if (filter?.officeId) qb.andWhere(isUuid(filter.officeId) ? { office: filter.officeId } : raw('false'));
    if (filter?.applicationId) qb.andWhere(isUuid(filter.applicationId) ? { application: filter.applicationId } : raw('false'));
    if (filter?.serviceCode) qb.andWhere({ service: { code: filter.serviceCode.trim().toUpperCase() } });
    if (filter?.receivedFrom) qb.andWhere({ receivedOn: { $gte: filter.receivedFrom } });
    if (filter?.receivedTo) qb.andWhere({ receivedOn: { $lte: filter.receivedTo } });
    const { offset, limit } = pageOf(page);
    const [items, totalCount] = await qb.orderBy({ receivedAt: 'desc', number: 'desc' }).limit(limit).offset(offset).getResultAndCount();
    ctx.activity?.read('complaints', 'Complaint', items.map((c) => c.id));
    return { items, totalCount };
  }

  @Authorized(Role.OPERATOR, Role.SUPERVISOR)
  @Query(() => Complaint, { nullable: true })
  async complaint(@Ctx() ctx: GraphQLContext, @Arg('id', () => ID) id: string): Promise<Complaint | null> {
    const c = isUuid(id) ? await ctx.em.findOne(Complaint, { id }, { populate: [...POPULATE] }) : null;
    if (!c || !visible(ctx.viewer!, c)) return null;
    ctx.activity?.read('complaint', 'Complaint', [c.id]);
    return c;
  }

  @Query(() => ComplaintRule, { description: 'The consideration term of complaints and its legal source. Public.' })
  complaintRule(@Ctx() ctx: GraphQLContext): Promise<ComplaintRule> {
    return ctx.em.findOneOrFail(ComplaintRule, { key: RULE_KEY });
  }

  @Authorized(Role.DIRECTORY_ADMIN)
  @Mutation(() => ComplaintRulePayload, { description: 'Change the consideration term (when the law changes). Applies to complaints registered afterwards. DIRECTORY_ADMIN.' })
  async complaintRuleUpdate(
    @Ctx() ctx: GraphQLContext,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => ComplaintRuleInput) input: ComplaintRuleInput,
  ): Promise<ComplaintRulePayload> {
    const rule = await ctx.em.findOneOrFail(ComplaintRule, { key: RULE_KEY });
    if (rule.version !== version) return { userErrors: [userError(UserErrorCode.CONFLICT, `The rule was changed meanwhile (version ${rule.version}). Reload and try again.`, ['version'])] };
    if (input.extendedDays < input.considerationDays) return { userErrors: [userError(UserErrorCode.INVALID, 'The extended term cannot be shorter than the term.', ['input', 'extendedDays'])] };
    if (!input.cite.trim()) return { userErrors: [userError(UserErrorCode.INVALID, 'Cite the legal source of the term.', ['input', 'cite'])] };
    const before = { considerationDays: rule.considerationDays, extendedDays: rule.extendedDays, cite: rule.cite, version: rule.version };
    Object.assign(rule, { considerationDays: input.considerationDays, extendedDays: input.extendedDays, cite: input.cite.trim() });
    audit(ctx, { action: 'complaintRuleUpdate', entityType: 'ComplaintRule', entityKey: RULE_KEY, before, after: { ...input, version: rule.version + 1 } });
    const conflict = await flushOrConflict(ctx.em, 'rule');
    return conflict ? { userErrors: [conflict] } : { rule, userErrors: [] };
  }

  @Authorized(Role.OPERATOR, Role.SUPERVISOR)
  @Mutation(() => ComplaintPayload, {
    description: 'Register a complaint in the journal and issue its talon. OPERATOR: about their own office or department; SUPERVISOR: any in their region, and to the ministry.',
  })
  async complaintRegister(@Ctx() ctx: GraphQLContext, @Arg('input', () => ComplaintRegisterInput) input: ComplaintRegisterInput): Promise<ComplaintPayload> {
    const { em } = ctx;
    const viewer = ctx.viewer!;
    const today = localToday(ctx.clock.now());
    const errors: UserError[] = [];
    const at = (f: string) => ['input', f];

    let application: Application | null = null;
    if (input.applicationId) {
      application = isUuid(input.applicationId) ? await em.findOne(Application, { id: input.applicationId }, { populate: ['office', 'department', 'region', 'service', 'submittedBy'] }) : null;
      if (!application || !canRead(viewer, placed(application))) errors.push(userError(UserErrorCode.NOT_FOUND, 'No application you can see has this id.', at('applicationId')));
    }
    const operator = viewer.role === Role.OPERATOR;
    const officeId = input.officeId ?? application?.office?.id ?? (operator && !input.departmentId ? viewer.officeId : null);
    const departmentId = input.departmentId ?? application?.department?.id ?? (operator && !input.officeId ? viewer.departmentId : null);
    const office = officeId ? (isUuid(officeId) ? await em.findOne(Office, { id: officeId }, { populate: ['region'] }) : null) : null;
    const department = departmentId ? (isUuid(departmentId) ? await em.findOne(Department, { id: departmentId }, { populate: ['region'] }) : null) : null;
    if (officeId && !office) errors.push(userError(UserErrorCode.NOT_FOUND, 'No office has this id.', at('officeId')));
    if (departmentId && !department) errors.push(userError(UserErrorCode.NOT_FOUND, 'No department has this id.', at('departmentId')));
    if (operator && !((viewer.officeId && office?.id === viewer.officeId) || (viewer.departmentId && department?.id === viewer.departmentId))) {
      errors.push(userError(UserErrorCode.NOT_ALLOWED, 'Operators register complaints about their own office or department.', at(viewer.officeId ? 'officeId' : 'departmentId')));
    }
    const region = application?.region ?? office?.region ?? department?.region ?? null;
    if (viewer.role === Role.SUPERVISOR && viewer.regionId && region?.id !== viewer.regionId) {
      errors.push(userError(UserErrorCode.NOT_ALLOWED, 'A regional supervisor registers complaints about their region.', at('officeId')));
    }
    if (!office && !department && !input.employeeName?.trim() && input.addressee !== ComplaintAddressedTo.MINISTRY) {
      errors.push(userError(UserErrorCode.INVALID, 'Say what the complaint is about: an application, an office, a department or an employee.', at('officeId')));
    }
    if (operator && (input.addressee === ComplaintAddressedTo.MINISTRY || input.addressee === ComplaintAddressedTo.CENTRE_ENTERPRISE_HEAD)) {
      errors.push(userError(UserErrorCode.NOT_ALLOWED, 'Complaints to the ministry or the centres\' enterprise are registered there (by a supervisor).', at('addressee')));
    }
    let service: Service | null = application?.service ?? null;
    if (!service && input.serviceCode) {
      service = await em.findOne(Service, { code: input.serviceCode.trim().toUpperCase() });
      if (!service) errors.push(userError(UserErrorCode.NOT_FOUND, `No service has the code "${input.serviceCode}".`, at('serviceCode')));
    }
    const name = input.complainantName.trim();
    if (!name) errors.push(userError(UserErrorCode.INVALID, "The complainant's full name is required (para 22).", at('complainantName')));
    const postal = input.postalAddress?.trim() || null;
    const email = input.email?.trim().toLowerCase() || null;
    if (!postal && !email) errors.push(userError(UserErrorCode.INVALID, 'A postal address or an e-mail is required: the answer is sent there (para 22).', at('postalAddress')));
    const phone = input.phone?.trim() ? normalisePhone(input.phone.trim()) : null;
    if (input.phone?.trim() && !phone) errors.push(userError(UserErrorCode.INVALID, `"${input.phone}" is not a Kazakhstan phone number.`, at('phone')));
    const filedOn = input.filedOn ?? today;
    if (!isIsoDate(filedOn) || filedOn > today) errors.push(userError(UserErrorCode.INVALID, 'The date on the complaint cannot be in the future.', at('filedOn')));
    if (!input.reasons.trim()) errors.push(userError(UserErrorCode.INVALID, 'The reasons are required (para 24).', at('reasons')));
    if (!input.demands.trim()) errors.push(userError(UserErrorCode.INVALID, 'The demands are required (para 24).', at('demands')));
    if (errors.length) {
      em.clear();
      return { userErrors: errors };
    }

    const rule = await em.findOneOrFail(ComplaintRule, { key: RULE_KEY });
    const receiver = await em.findOneOrFail(User, { id: viewer.userId });
    const [{ n }] = await em.getConnection().execute<{ n: string }[]>(`select nextval('complaint_number_seq') as n`);
    const number = `CMP-${today.slice(0, 4)}-${String(n).padStart(6, '0')}`;
    const now = ctx.clock.now();
    const contact = (office ?? department)?.phones?.[0]?.printed ?? null;
    const complaint = em.create(Complaint, {
      number,
      form: input.form,
      addressee: input.addressee,
      office,
      department,
      employeeName: input.employeeName?.trim() || null,
      application,
      service,
      region,
      complainantName: name,
      postalAddress: postal,
      email,
      phone,
      filedOn,
      reasons: input.reasons.trim(),
      demands: input.demands.trim(),
      receivedAt: now,
      receivedOn: today,
      receivedBy: receiver,
      talon: { number, receivedAt: now, receiverName: receiver.fullName, receiverContact: contact },
      rule: { considerationDays: rule.considerationDays, extendedDays: rule.extendedDays, cite: rule.cite },
      dueOn: plusDays(today, rule.considerationDays),
      status: ComplaintStatus.REGISTERED,
    });
    await em.flush();
    return { complaint, userErrors: [] };
  }

  @Authorized(Role.OPERATOR, Role.SUPERVISOR)
  @Mutation(() => ComplaintPayload, { description: 'Extend the consideration term, once, up to the extended term of the rule, with notice to the complainant.' })
  complaintExtend(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => ComplaintExtendInput) input: ComplaintExtendInput,
  ) {
    return this.change(ctx, id, version, (c, today, now) => {
      const errors: UserError[] = [];
      if (c.extension) errors.push(userError(UserErrorCode.INVALID_TRANSITION, 'The term was already extended.', ['id']));
      if (today > c.dueOn) errors.push(userError(UserErrorCode.INVALID, `The term ended on ${c.dueOn}: extend it before it runs out.`, ['id']));
      if (!input.reason.trim()) errors.push(userError(UserErrorCode.INVALID, 'Give the reason for the extension.', ['input', 'reason']));
      if (input.noticeSentAt > now || input.noticeSentAt < c.receivedAt) errors.push(userError(UserErrorCode.INVALID, 'The notice must be sent between the registration and now.', ['input', 'noticeSentAt']));
      const limit = plusDays(c.receivedOn, c.rule.extendedDays);
      const newDueOn = input.newDueOn ?? limit;
      if (newDueOn <= c.dueOn || newDueOn > limit) errors.push(userError(UserErrorCode.INVALID, `The new term must be after ${c.dueOn} and at most ${limit} (${c.rule.extendedDays} days).`, ['input', 'newDueOn']));
      if (errors.length) return errors;
      c.extension = { previousDueOn: c.dueOn, newDueOn, reason: input.reason.trim(), noticeSentAt: input.noticeSentAt, noticeMethod: input.noticeMethod };
      c.dueOn = newDueOn;
      return [];
    });
  }

  @Authorized(Role.OPERATOR, Role.SUPERVISOR)
  @Mutation(() => ComplaintPayload, { description: 'Record the outcome and how the complainant was told (para 25).' })
  complaintResolve(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => ComplaintResolveInput) input: ComplaintResolveInput,
  ) {
    return this.change(ctx, id, version, (c, today, now) => {
      const errors: UserError[] = [];
      if (c.status === ComplaintStatus.RESOLVED) errors.push(userError(UserErrorCode.INVALID_TRANSITION, 'The complaint is already resolved.', ['id']));
      if (!input.outcomeText.trim()) errors.push(userError(UserErrorCode.INVALID, 'Say what was decided.', ['input', 'outcomeText']));
      if (input.complainantNotifiedAt > now || input.complainantNotifiedAt < c.receivedAt) errors.push(userError(UserErrorCode.INVALID, 'The complainant must be told between the registration and now.', ['input', 'complainantNotifiedAt']));
      if (errors.length) return errors;
      Object.assign(c, { status: ComplaintStatus.RESOLVED, outcome: input.outcome, outcomeText: input.outcomeText.trim(), resolvedOn: today, complainantNotifiedAt: input.complainantNotifiedAt, notificationMethod: input.notificationMethod });
      return [];
    });
  }

  private async change(ctx: GraphQLContext, id: string, version: number, apply: (c: Complaint, today: string, now: Date) => UserError[]): Promise<ComplaintPayload> {
    const c = isUuid(id) ? await ctx.em.findOne(Complaint, { id }, { populate: [...POPULATE] }) : null;
    if (!c || !visible(ctx.viewer!, c)) return { userErrors: [userError(UserErrorCode.NOT_FOUND, 'No complaint you can see has this id.', ['id'])] };
    if (c.version !== version) return { userErrors: [userError(UserErrorCode.CONFLICT, `The complaint was changed meanwhile (version ${c.version}). Reload and try again.`, ['version'])] };
    const errors = apply(c, localToday(ctx.clock.now()), ctx.clock.now());
    if (errors.length) {
      ctx.em.clear();
      return { userErrors: errors };
    }
    const conflict = await flushOrConflict(ctx.em, 'complaint');
    return conflict ? { userErrors: [conflict] } : { complaint: c, userErrors: [] };
  }

  // --- fields ----------------------------------------------------------------------------------------------------

  @FieldResolver(() => Complainant, { description: 'Who complained: the staff considering it need it to answer.' })
  complainant(@Root() c: Complaint): Complainant {
    return { fullName: c.complainantName, postalAddress: c.postalAddress ?? null, email: c.email ?? null, phone: c.phone ?? null };
  }

  @FieldResolver(() => Boolean, { description: 'Registered and past the consideration term.' })
  overdue(@Root() c: Complaint, @Ctx() ctx: GraphQLContext): boolean {
    return c.status === ComplaintStatus.REGISTERED && c.dueOn < localToday(ctx.clock.now());
  }

  @FieldResolver(() => Application, { nullable: true, description: 'The application complained about, if the caller may see it.' })
  application(@Root() c: Complaint, @Ctx() ctx: GraphQLContext): Application | null {
    // Loaded with the complaint (its foreign keys are enough to decide who may see it).
    return c.application && canRead(ctx.viewer!, placed(c.application)) ? c.application : null;
  }
}
