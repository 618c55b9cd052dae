import { Arg, Authorized, Ctx, Field, InputType, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { GraphQLError } from 'graphql';
import type { GraphQLContext } from '../../common/context';
import { flushOrConflict, UserError, UserErrorCode, userError } from '../../common/errors';
import { cleanText, LocalizedTextValue, localizedTextErrors } from '../../common/localized-text';
import { DateScalar } from '../../common/scalars';
import { audit } from '../audit/audit-entry.entity';
import { Role } from '../users/user.entity';
import { CalendarDay, CalendarDayKind } from './calendar-day.entity';
import { CALENDAR_FIRST_DAY, CALENDAR_FIRST_YEAR, CALENDAR_LAST_DAY, CALENDAR_LAST_YEAR, inCalendarRange, loadExceptions, OutOfCalendarError, WorkingCalendar } from './calendar.service';
import { isWeekend, isWorkingDay, plusDays } from './working-days';

@ObjectType({ description: 'A year of the working calendar.' })
export class WorkingCalendarYear {
  @Field(() => Int)
  year!: number;

  @Field(() => [CalendarDay], { description: 'The dates that differ from the ordinary Monday–Friday week.' })
  days!: CalendarDay[];

  @Field(() => Int)
  workingDays!: number;

  @Field(() => Int)
  daysOff!: number;
}

@InputType()
export class CalendarDaySetInput {
  @Field(() => DateScalar)
  date!: string;

  @Field(() => CalendarDayKind)
  kind!: CalendarDayKind;

  @Field(() => LocalizedTextValue)
  name!: LocalizedTextValue;

  @Field(() => String, { nullable: true, description: 'E.g. "Government Decree No 1065 of 24.12.2024".' })
  note?: string | null;

  @Field(() => Int, { nullable: true, description: 'The version you read when the date already has an entry; a stale one is a CONFLICT.' })
  expectedVersion?: number | null;
}

@ObjectType()
export class CalendarDayPayload {
  @Field(() => CalendarDay, { nullable: true })
  calendarDay?: CalendarDay | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

const badInput = (field: string, message: string) => new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', fields: [{ field, message }] } });
const snapshot = (d: CalendarDay) => ({ date: d.date, kind: d.kind, name: d.name, note: d.note ?? null, version: d.version });

@Resolver()
export class CalendarResolver {
  @Query(() => WorkingCalendarYear, { description: `The working calendar of a year (${CALENDAR_FIRST_YEAR}–${CALENDAR_LAST_YEAR}). Public.` })
  async workingCalendar(@Ctx() { em }: GraphQLContext, @Arg('year', () => Int) year: number): Promise<WorkingCalendarYear> {
    if (year < CALENDAR_FIRST_YEAR || year > CALENDAR_LAST_YEAR) throw badInput('year', `year must be between ${CALENDAR_FIRST_YEAR} and ${CALENDAR_LAST_YEAR}`);
    const days = await em.find(CalendarDay, { date: { $gte: `${year}-01-01`, $lte: `${year}-12-31` } }, { orderBy: { date: 'asc' } });
    const cal = {
      daysOff: new Set(days.filter((d) => d.isDayOff).map((d) => d.date)),
      workingWeekendDays: new Set(days.filter((d) => !d.isDayOff).map((d) => d.date)),
    };
    let workingDays = 0;
    let total = 0;
    for (let d = `${year}-01-01`; d <= `${year}-12-31`; d = plusDays(d, 1), total++) if (isWorkingDay(d, cal)) workingDays++;
    return { year, days, workingDays, daysOff: total - workingDays };
  }

  @Query(() => DateScalar, { description: 'The date `days` working days after `from` (`from` not counted), on the working calendar. Public.' })
  async addWorkingDays(@Ctx() { em }: GraphQLContext, @Arg('from', () => DateScalar) from: string, @Arg('days', () => Int) days: number): Promise<string> {
    if (Math.abs(days) > 1000) throw badInput('days', 'days must be between -1000 and 1000');
    try {
      return await new WorkingCalendar(em).addWorkingDays(from, days);
    } catch (error) {
      if (error instanceof OutOfCalendarError) throw badInput('from', error.message);
      throw error;
    }
  }

  @Query(() => Int, { description: 'Working days after `from` up to and including `to`. Public.' })
  async workingDaysBetween(@Ctx() { em }: GraphQLContext, @Arg('from', () => DateScalar) from: string, @Arg('to', () => DateScalar) to: string): Promise<number> {
    try {
      return await new WorkingCalendar(em).workingDaysBetween(from, to);
    } catch (error) {
      if (error instanceof OutOfCalendarError) throw badInput(inCalendarRange(from) ? 'to' : 'from', error.message);
      throw error;
    }
  }

  @Authorized(Role.DIRECTORY_ADMIN)
  @Mutation(() => CalendarDayPayload, { description: 'Mark a date: a holiday, a moved day off, or a working day (e.g. a working Saturday). DIRECTORY_ADMIN.' })
  async calendarDaySet(@Ctx() ctx: GraphQLContext, @Arg('input', () => CalendarDaySetInput) input: CalendarDaySetInput): Promise<CalendarDayPayload> {
    const errors: UserError[] = [];
    if (!inCalendarRange(input.date)) {
      errors.push(userError(UserErrorCode.INVALID, `The date must be between ${CALENDAR_FIRST_DAY} and ${CALENDAR_LAST_DAY}.`, ['input', 'date']));
    } else if (input.kind === CalendarDayKind.MOVED_DAY_OFF && isWeekend(input.date)) {
      errors.push(userError(UserErrorCode.INVALID, 'A moved day off falls on a weekday: a weekend day is already a day off.', ['input', 'kind']));
    }
    errors.push(...localizedTextErrors(input.name, ['input', 'name']));
    if ((input.note?.length ?? 0) > 500) errors.push(userError(UserErrorCode.INVALID, 'At most 500 characters.', ['input', 'note']));
    if (errors.length) return { userErrors: errors };

    const { em } = ctx;
    const existing = await em.findOne(CalendarDay, { date: input.date });
    if (existing && existing.version !== input.expectedVersion) {
      return {
        userErrors: [
          userError(UserErrorCode.CONFLICT, `${input.date} already has an entry (version ${existing.version}); pass it as expectedVersion to change it.`, ['input', 'expectedVersion']),
        ],
      };
    }
    const before = existing ? snapshot(existing) : null;
    const day = existing ?? em.create(CalendarDay, { date: input.date, kind: input.kind, name: cleanText(input.name) });
    day.kind = input.kind;
    day.name = cleanText(input.name);
    day.note = input.note?.trim() || null;
    if (existing) day.editedAt = new Date();
    // The audit entry is flushed with the change, in one transaction: both are stored or neither.
    audit(ctx, { action: 'calendarDaySet', entityType: 'CalendarDay', entityKey: day.date, before, after: { ...snapshot(day), version: (existing?.version ?? 0) + 1 } });
    const conflict = await flushOrConflict(em, 'calendar day');
    if (conflict) return { userErrors: [conflict] };
    return { calendarDay: day, userErrors: [] };
  }
}
