import { WEEKDAYS } from '../offices/rules';

/** "MON…FRI" as "Mon–Fri", other sets as a list, in the interface language (app.weekdays_short). */
export function formatDays(days: readonly string[], translate: (key: string, options?: object) => string): string {
  const order = days.map((d) => (WEEKDAYS as readonly string[]).indexOf(d)).filter((i) => i >= 0).sort((a, b) => a - b);
  if (!order.length) return '';
  const name = (i: number) => translate(`app.weekdays_short.${WEEKDAYS[i]}`);
  const consecutive = order.every((d, i) => i === 0 || d === order[i - 1] + 1);
  if (consecutive && order.length > 2) return `${name(order[0])}–${name(order[order.length - 1])}`;
  return order.map(name).join(', ');
}
