import type { DrillDown } from '../dataProvider/indicators';

/** The console's resource for each list the API names in a drill-down. */
const RESOURCE = { applications: 'applications', feedbacks: 'feedback' } as const;

/**
 * The list behind a figure's numerator or denominator, as a console URL: the API's ApplicationFilter / FeedbackFilter
 * become the list's filter values (the lists call the region `regionCode`), each shown as an input of the filter form.
 */
export function drillDownPath(drill: DrillDown, part: 'numerator' | 'denominator'): string {
  const filter: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(drill[part] ?? {})) {
    if (value == null) continue;
    filter[key === 'region' ? 'regionCode' : key] = value;
  }
  const displayed = Object.fromEntries(Object.keys(filter).map((key) => [key, true]));
  const query = new URLSearchParams({
    filter: JSON.stringify(filter),
    displayedFilters: JSON.stringify(displayed),
    page: '1',
  });
  return `/${RESOURCE[drill.resource]}?${query.toString()}`;
}
