import { addMonths, addWorkingDays, type CalendarExceptions } from '../calendar/working-days';
import { DeadlineStart, DeadlineUnit } from '../catalogue/rules.entity';

/** What the due-date computation needs of a deadline rule (a copy of it is stored with each application). */
export interface TermRule {
  value: number;
  unit: DeadlineUnit;
  startsFrom?: DeadlineStart | null;
  excludesAcceptanceAndIssueDays: boolean;
}

/** The events a term may be counted from, as calendar dates (Asia/Almaty). */
export interface TermEvents {
  /** The day the documents were accepted (and the receipt issued). */
  acceptedOn: string;
  /** The day the documents reached the authorized body from the centre, for rules counted from ARRIVAL_AT_BODY. */
  handedOverOn?: string | null;
  /** The day the conscription commission's decision was approved, for COMMISSION_DECISION_APPROVAL. */
  decisionApprovedOn?: string | null;
}

export class TermNotStartedError extends Error {}

/** The date the term is counted from; throws when that event has not happened yet (e.g. no hand-over recorded). */
export function termStart(rule: TermRule, events: TermEvents): string {
  switch (rule.startsFrom) {
    case DeadlineStart.ARRIVAL_AT_BODY:
      if (!events.handedOverOn) throw new TermNotStartedError('The term runs from the day the documents reach the authorized body: record the hand-over first.');
      return events.handedOverOn;
    case DeadlineStart.COMMISSION_DECISION_APPROVAL:
      if (!events.decisionApprovedOn) throw new TermNotStartedError("The term runs from the approval of the conscription commission's decision: record it first.");
      return events.decisionApprovedOn;
    default:
      return events.acceptedOn;
  }
}

/**
 * The last day on which the result must be issued.
 * - Working days: a term starts the day after the event it is counted from (the event day itself is not counted, the
 *   general rule for terms). Where the standard says the day of acceptance and the day of issue are not counted, the
 *   N working days are all between them, so the issue day is the next working day after the Nth.
 * - Months: the same calendar day N months later; a day off moves it to the next working day.
 */
export function dueDate(rule: TermRule, events: TermEvents, cal: CalendarExceptions): string {
  const start = termStart(rule, events);
  if (rule.unit === DeadlineUnit.MONTHS) return addMonths(start, rule.value, cal);
  if (rule.unit === DeadlineUnit.WORKING_DAYS) return addWorkingDays(start, rule.value + (rule.excludesAcceptanceAndIssueDays ? 1 : 0), cal);
  throw new Error('Minute limits are queue times, not processing terms.');
}
