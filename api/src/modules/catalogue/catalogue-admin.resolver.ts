import { Arg, Authorized, Ctx, Field, ID, InputType, Int, Mutation, ObjectType, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../common/context';
import { isUuid } from '../../common/sql';
import { flushOrConflict, UserError, UserErrorCode, userError } from '../../common/errors';
import { audit } from '../audit/audit-entry.entity';
import { cleanText, LocalizedTextValue, localizedTextErrors } from '../../common/localized-text';
import { Role } from '../users/user.entity';
import { Channel, ClosedDays, DeadlineRule, DeadlineUnit, ServiceSchedule } from './rules.entity';
import { Service } from './service.entity';

@InputType()
export class ChannelNameInput {
  @Field(() => Channel)
  channel!: Channel;

  @Field(() => LocalizedTextValue)
  name!: LocalizedTextValue;
}

@InputType({ description: 'Texts of a standard administrators may correct or translate; omitted fields keep their value.' })
export class ServiceUpdateInput {
  @Field(() => LocalizedTextValue, { nullable: true })
  title?: LocalizedTextValue;

  @Field(() => [ChannelNameInput], { nullable: true, description: 'Names of the channels (authorized body, centre).' })
  channels?: ChannelNameInput[];
}

@InputType()
export class DeadlineRuleUpdateInput {
  @Field(() => Int, { nullable: true })
  value?: number;

  @Field(() => DeadlineUnit, { nullable: true })
  unit?: DeadlineUnit;

  @Field(() => Boolean, { nullable: true })
  upTo?: boolean;

  @Field(() => Boolean, { nullable: true })
  excludesAcceptanceAndIssueDays?: boolean;

  @Field(() => LocalizedTextValue, { nullable: true })
  condition?: LocalizedTextValue | null;

  @Field(() => LocalizedTextValue, { nullable: true })
  text?: LocalizedTextValue;
}

@InputType()
export class ScheduleUpdateInput {
  @Field(() => [String], { nullable: true })
  days?: string[];

  @Field(() => String, { nullable: true })
  opens?: string;

  @Field(() => String, { nullable: true })
  closes?: string;

  @Field(() => String, { nullable: true })
  lunchFrom?: string | null;

  @Field(() => String, { nullable: true })
  lunchTo?: string | null;

  @Field(() => ClosedDays, { nullable: true })
  closedOn?: ClosedDays;

  @Field(() => LocalizedTextValue, { nullable: true })
  text?: LocalizedTextValue;
}

@ObjectType()
export class ServicePayload {
  @Field(() => Service, { nullable: true }) service?: Service | null;
  @Field(() => [UserError]) userErrors!: UserError[];
}

@ObjectType()
export class DeadlineRulePayload {
  @Field(() => DeadlineRule, { nullable: true }) deadlineRule?: DeadlineRule | null;
  @Field(() => [UserError]) userErrors!: UserError[];
}

@ObjectType()
export class SchedulePayload {
  @Field(() => ServiceSchedule, { nullable: true }) schedule?: ServiceSchedule | null;
  @Field(() => [UserError]) userErrors!: UserError[];
}

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const DAYS = new Set(['MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT', 'SUN']);
const stale = (what: string, current: number, sent: number) =>
  userError(UserErrorCode.CONFLICT, `The ${what} was changed by someone else (version ${current}, you sent ${sent}). Reload and try again.`, ['version']);

/** Corrections to the catalogue by directory administrators: versioned, audited, and never overwritten by seeds. */
@Resolver()
export class CatalogueAdminResolver {
  @Authorized(Role.DIRECTORY_ADMIN)
  @Mutation(() => ServicePayload, { description: "Correct or translate a standard's title and channel names. DIRECTORY_ADMIN." })
  async serviceUpdate(
    @Ctx() ctx: GraphQLContext,
    @Arg('code') code: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => ServiceUpdateInput) input: ServiceUpdateInput,
  ): Promise<ServicePayload> {
    const service = await ctx.em.findOne(Service, { code: code.trim().toUpperCase() });
    if (!service) return { userErrors: [userError(UserErrorCode.NOT_FOUND, `No service has the code "${code}".`, ['code'])] };
    if (service.version !== version) return { userErrors: [stale('service', service.version, version)] };
    const errors: UserError[] = [];
    if (input.title) errors.push(...localizedTextErrors(input.title, ['input', 'title']));
    input.channels?.forEach((c, i) => {
      errors.push(...localizedTextErrors(c.name, ['input', 'channels', String(i), 'name']));
      if (!service.details?.channels.some((x) => x.channel === c.channel)) errors.push(userError(UserErrorCode.NOT_FOUND, `The standard has no ${c.channel} channel.`, ['input', 'channels', String(i), 'channel']));
    });
    if (errors.length) return { userErrors: errors };
    const before = { title: service.title, channels: service.details?.channels ?? null };
    if (input.title) service.title = cleanText(input.title);
    if (input.channels && service.details) {
      service.details = {
        ...service.details,
        channels: service.details.channels.map((c) => {
          const change = input.channels!.find((x) => x.channel === c.channel);
          return change ? { ...c, name: cleanText(change.name) } : c;
        }),
      };
    }
    service.editedAt = new Date();
    audit(ctx, { action: 'serviceUpdate', entityType: 'Service', entityKey: service.code, before, after: { title: service.title, channels: service.details?.channels ?? null, version: version + 1 } });
    const conflict = await flushOrConflict(ctx.em, 'service');
    return conflict ? { userErrors: [conflict] } : { service, userErrors: [] };
  }

  @Authorized(Role.DIRECTORY_ADMIN)
  @Mutation(() => DeadlineRulePayload, { description: 'Change a term of a standard. Past applications keep the term they were given. DIRECTORY_ADMIN.' })
  async deadlineRuleUpdate(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => DeadlineRuleUpdateInput) input: DeadlineRuleUpdateInput,
  ): Promise<DeadlineRulePayload> {
    const rule = isUuid(id) ? await ctx.em.findOne(DeadlineRule, { id }, { populate: ['service', 'case'] }) : null;
    if (!rule) return { userErrors: [userError(UserErrorCode.NOT_FOUND, 'No deadline rule has this id.', ['id'])] };
    if (rule.version !== version) return { userErrors: [stale('deadline rule', rule.version, version)] };
    const errors: UserError[] = [];
    const unit = input.unit ?? rule.unit;
    const value = input.value ?? rule.value;
    const max = unit === DeadlineUnit.MINUTES ? 480 : unit === DeadlineUnit.MONTHS ? 12 : 365;
    if (!Number.isInteger(value) || value < 1 || value > max) errors.push(userError(UserErrorCode.INVALID, `The value must be 1 to ${max} ${unit.toLowerCase().replace('_', ' ')}.`, ['input', 'value']));
    if (input.text) errors.push(...localizedTextErrors(input.text, ['input', 'text']));
    if (input.condition) errors.push(...localizedTextErrors(input.condition, ['input', 'condition']));
    if (errors.length) return { userErrors: errors };
    const snap = (r: DeadlineRule) => ({ value: r.value, unit: r.unit, upTo: r.upTo, excludesAcceptanceAndIssueDays: r.excludesAcceptanceAndIssueDays, condition: r.condition ?? null, text: r.text });
    const before = snap(rule);
    rule.value = value;
    rule.unit = unit;
    if (input.upTo !== undefined && input.upTo !== null) rule.upTo = input.upTo;
    if (input.excludesAcceptanceAndIssueDays !== undefined && input.excludesAcceptanceAndIssueDays !== null) rule.excludesAcceptanceAndIssueDays = input.excludesAcceptanceAndIssueDays;
    if (input.condition !== undefined) rule.condition = input.condition ? cleanText(input.condition) : null;
    if (input.text) rule.text = cleanText(input.text);
    rule.editedAt = new Date();
    audit(ctx, { action: 'deadlineRuleUpdate', entityType: 'DeadlineRule', entityKey: rule.id, before, after: { ...snap(rule), version: version + 1 } });
    const conflict = await flushOrConflict(ctx.em, 'deadline rule');
    return conflict ? { userErrors: [conflict] } : { deadlineRule: rule, userErrors: [] };
  }

  @Authorized(Role.DIRECTORY_ADMIN)
  @Mutation(() => SchedulePayload, { description: "Change a channel's hours in a standard. DIRECTORY_ADMIN." })
  async scheduleUpdate(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => ScheduleUpdateInput) input: ScheduleUpdateInput,
  ): Promise<SchedulePayload> {
    const schedule = isUuid(id) ? await ctx.em.findOne(ServiceSchedule, { id }) : null;
    if (!schedule) return { userErrors: [userError(UserErrorCode.NOT_FOUND, 'No schedule has this id.', ['id'])] };
    if (schedule.version !== version) return { userErrors: [stale('schedule', schedule.version, version)] };
    const next = {
      days: input.days ?? schedule.days,
      opens: input.opens ?? schedule.opens,
      closes: input.closes ?? schedule.closes,
      lunchFrom: input.lunchFrom !== undefined ? input.lunchFrom : schedule.lunchFrom,
      lunchTo: input.lunchTo !== undefined ? input.lunchTo : schedule.lunchTo,
    };
    const errors: UserError[] = [];
    if (!next.days.length || next.days.some((d) => !DAYS.has(d))) errors.push(userError(UserErrorCode.INVALID, 'Days must be MON…SUN.', ['input', 'days']));
    if (!TIME.test(next.opens)) errors.push(userError(UserErrorCode.INVALID, 'Write times as HH:MM.', ['input', 'opens']));
    // A closing time is compared only with a well-written opening time: '9:00' is the opening time's fault alone.
    if (!TIME.test(next.closes) || (TIME.test(next.opens) && next.closes <= next.opens)) errors.push(userError(UserErrorCode.INVALID, 'Closing time must be HH:MM, after opening.', ['input', 'closes']));
    if (!!next.lunchFrom !== !!next.lunchTo || (next.lunchFrom && (!TIME.test(next.lunchFrom) || !TIME.test(next.lunchTo!) || next.lunchFrom >= next.lunchTo! || next.lunchFrom < next.opens || next.lunchTo! > next.closes))) {
      errors.push(userError(UserErrorCode.INVALID, 'The lunch break must be HH:MM–HH:MM within opening hours.', ['input', 'lunchFrom']));
    }
    if (input.text) errors.push(...localizedTextErrors(input.text, ['input', 'text']));
    if (errors.length) return { userErrors: errors };
    const snap = (s: ServiceSchedule) => ({ days: s.days, opens: s.opens, closes: s.closes, lunchFrom: s.lunchFrom ?? null, lunchTo: s.lunchTo ?? null, closedOn: s.closedOn, text: s.text });
    const before = snap(schedule);
    Object.assign(schedule, next, { lunchFrom: next.lunchFrom || null, lunchTo: next.lunchTo || null });
    if (input.closedOn) schedule.closedOn = input.closedOn;
    if (input.text) schedule.text = cleanText(input.text);
    schedule.editedAt = new Date();
    audit(ctx, { action: 'scheduleUpdate', entityType: 'ServiceSchedule', entityKey: schedule.id, before, after: { ...snap(schedule), version: version + 1 } });
    const conflict = await flushOrConflict(ctx.em, 'schedule');
    return conflict ? { userErrors: [conflict] } : { schedule, userErrors: [] };
  }
}
