import type { ResultOf } from '@graphql-typed-document-node/core';
import { graphql } from '../../../schema/generated';
import type { CalendarDayKind } from '../../../schema/generated/graphql';
import { request } from './request';
import { mutate } from './errors';

export const CALENDAR_FIRST_YEAR = 2009;
export const CALENDAR_LAST_YEAR = 2030;
export const CALENDAR_KINDS: readonly CalendarDayKind[] = ['HOLIDAY', 'SUBSTITUTE_DAY_OFF', 'MOVED_DAY_OFF', 'WORKING_DAY'];

const CalendarDayFields = graphql(`
  fragment CalendarDayFields on CalendarDay {
    id
    date
    kind
    note
    version
    name {
      kk
      ru
      en
    }
  }
`);

const WorkingCalendarQuery = graphql(`
  query WorkingCalendar($year: Int!) {
    workingCalendar(year: $year) {
      year
      workingDays
      daysOff
      days {
        ...CalendarDayFields
      }
    }
  }
`);

const CalendarDaySetMutation = graphql(`
  mutation CalendarDaySet($input: CalendarDaySetInput!) {
    calendarDaySet(input: $input) {
      calendarDay {
        ...CalendarDayFields
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

export type CalendarDayValue = ResultOf<typeof CalendarDayFields>;
export type WorkingCalendarValue = ResultOf<typeof WorkingCalendarQuery>['workingCalendar'];

export const loadWorkingCalendar = async (year: number): Promise<WorkingCalendarValue> =>
  (await request(WorkingCalendarQuery, { year })).workingCalendar;

/** The day dialog's inputs; server problems about them are shown on the input. */
const FORM_FIELDS = ['kind', 'name.kk', 'name.ru', 'name.en', 'note'];

export interface CalendarDayForm {
  kind: CalendarDayKind;
  name: { kk?: string | null; ru?: string | null; en?: string | null };
  note?: string | null;
}

/** Sets a date's kind and name; `expectedVersion` is the version read when the date already has an entry. */
export async function setCalendarDay(date: string, values: CalendarDayForm, expectedVersion: number | null) {
  const trim = (v: string | null | undefined) => (v ?? '').trim();
  const input = {
    date,
    kind: values.kind,
    name: { kk: trim(values.name.kk), ru: trim(values.name.ru) || null, en: trim(values.name.en) || null },
    note: trim(values.note) || null,
    expectedVersion,
  };
  const { calendarDay } = await mutate(async () => (await request(CalendarDaySetMutation, { input })).calendarDaySet, FORM_FIELDS, (field) =>
    field === 'name.kk' ? 'app.calendar.errors.kk_required' : undefined,
  );
  return calendarDay;
}
