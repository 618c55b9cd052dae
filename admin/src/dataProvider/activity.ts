import type { ResultOf } from '@graphql-typed-document-node/core';
import { graphql } from '../../../schema/generated';
import type { ActivityFilter, ActivityKind } from '../../../schema/generated/graphql';
import { businessDayBound } from '../common/time';
import { request } from './request';
import { notFound } from './errors';
import { MAX_PAGE, pageOf, text, type ResourceHandler } from './types';

const ActivityLogQuery = graphql(`
  query ActivityLogList($filter: ActivityFilter, $page: PageInput) {
    activityLog(filter: $filter, page: $page) {
      totalCount
      items {
        id
        at
        kind
        operation
        actorId
        actorLogin
        role
        via
        ip
        requestId
        entityType
        entityIds
        variables
        outcome
      }
    }
  }
`);

export type ActivityEntryRecord = ResultOf<typeof ActivityLogQuery>['activityLog']['items'][number];

export const ACTIVITY_KINDS: readonly ActivityKind[] = ['MUTATION', 'PERSONAL_DATA_READ'];

/**
 * The list's filters to the API's: the dates of the range are Kazakhstan's days (as the times are shown), a record id
 * and a login are trimmed (the API compares logins in lower case).
 */
export function activityFilterOf(f: Record<string, unknown> = {}): ActivityFilter {
  const filter: ActivityFilter = {};
  const kind = text(f.kind);
  if (kind && (ACTIVITY_KINDS as readonly string[]).includes(kind)) filter.kind = kind as ActivityKind;
  for (const key of ['actorLogin', 'operation', 'entityId'] as const) {
    const value = text(f[key]);
    if (value) filter[key] = value;
  }
  const from = businessDayBound(text(f.from));
  const to = businessDayBound(text(f.to), true);
  if (from) filter.from = from;
  if (to) filter.to = to;
  return filter;
}

/**
 * The activity log, newest first (the API's order); read-only. Only the log is read: listing it never reads the
 * applications or complaints it names (that would itself be a read of personal data, and logged).
 */
export const activity: ResourceHandler = {
  async getList(params) {
    const { activityLog: page } = await request(ActivityLogQuery, { filter: activityFilterOf(params.filter), page: pageOf(params) });
    return { data: page.items, total: page.totalCount };
  },
  async getOne(params) {
    // No single-entry query: the newest entries are searched (an entry is reached from the list).
    const { activityLog: page } = await request(ActivityLogQuery, { filter: {}, page: { offset: 0, limit: MAX_PAGE } });
    const entry = page.items.find((e) => e.id === String(params.id));
    if (!entry) throw notFound();
    return { data: entry };
  },
  async getMany(params) {
    const wanted = new Set(params.ids.map(String));
    const { activityLog: page } = await request(ActivityLogQuery, { filter: {}, page: { offset: 0, limit: MAX_PAGE } });
    return { data: page.items.filter((e) => wanted.has(e.id)) };
  },
};
