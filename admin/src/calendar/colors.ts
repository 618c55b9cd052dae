import type { CalendarDayKind } from '../../../schema/generated/graphql';

/** How each kind of date is drawn: background, text and border (the legend uses the same). */
export const KIND_COLORS: Record<CalendarDayKind | 'WEEKEND', { bg: string; fg: string; border: string }> = {
  HOLIDAY: { bg: '#fde2e1', fg: '#b3261e', border: '#e57373' },
  SUBSTITUTE_DAY_OFF: { bg: '#ffe9cc', fg: '#a04f00', border: '#ffb74d' },
  MOVED_DAY_OFF: { bg: '#ede0f7', fg: '#6a1b9a', border: '#ba68c8' },
  WORKING_DAY: { bg: '#dcf1e0', fg: '#1b5e20', border: '#66bb6a' },
  WEEKEND: { bg: '#eceff1', fg: '#78909c', border: 'transparent' },
};
