import type { EntityManager } from '@mikro-orm/postgresql';
import { inCalendarRange, loadExceptions, OutOfCalendarError, WorkingCalendar } from '../calendar/calendar.service';
import { plusDays, type CalendarExceptions } from '../calendar/working-days';
import { DeadlineUnit, type DeadlineRule } from '../catalogue/rules.entity';
import type { AppliedTerm } from './application.entity';
import { dueDate, termStart, type TermEvents } from './due-date';

/** The copy of a deadline rule kept with an application. */
export const appliedTerm = (rule: DeadlineRule): AppliedTerm => ({
  ruleId: rule.id,
  value: rule.value,
  unit: rule.unit,
  startsFrom: rule.startsFrom ?? null,
  excludesAcceptanceAndIssueDays: rule.excludesAcceptanceAndIssueDays,
  upTo: rule.upTo,
  text: rule.text,
  cite: rule.cite ?? null,
  lines: rule.lines ?? null,
});

/** The due date of a term on the stored working calendar (one statement: the calendar's exceptions over the span). */
export async function computeDue(
  em: EntityManager,
  term: AppliedTerm,
  events: TermEvents,
  exceptions: (from: string, to: string) => Promise<CalendarExceptions> = (from, to) => loadExceptions(em, from, to),
): Promise<string> {
  const start = termStart(term, events);
  // Enough calendar days for any run of holidays: the result is checked against the calendar's range.
  const span = term.unit === DeadlineUnit.MONTHS ? term.value * 31 + 40 : Math.ceil(term.value * 1.6) + 40;
  if (!inCalendarRange(start)) throw new OutOfCalendarError(`${start} is outside the working calendar.`);
  const due = dueDate(term, events, await exceptions(start, plusDays(start, span)));
  if (!inCalendarRange(due)) throw new OutOfCalendarError(`${due} is outside the working calendar.`);
  return due;
}

export const nextWorkingDay = (em: EntityManager, date: string) => new WorkingCalendar(em).addWorkingDays(date, 1);

/** Working days from `today` to `dueOn` (0 on the due date, negative once passed), as the list queries compute it. */
export const remainingWorkingDays = (em: EntityManager, today: string, dueOn: string) => new WorkingCalendar(em).workingDaysBetween(today, dueOn);
