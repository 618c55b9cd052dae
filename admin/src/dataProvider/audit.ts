import type { ResultOf } from '@graphql-typed-document-node/core';
import { graphql } from '../../../schema/generated';
import type { AuditFilter } from '../../../schema/generated/graphql';
import { request } from './request';
import { notFound } from './errors';
import { MAX_PAGE, pageOf, text, type ResourceHandler } from './types';

const AuditEntriesQuery = graphql(`
  query AuditEntryList($filter: AuditFilter, $page: PageInput) {
    auditEntries(filter: $filter, page: $page) {
      totalCount
      items {
        id
        action
        actorId
        actorLogin
        entityType
        entityKey
        before
        after
        createdAt
        requestId
      }
    }
  }
`);

export type AuditEntryRecord = ResultOf<typeof AuditEntriesQuery>['auditEntries']['items'][number];

/** The day a `YYYY-MM-DD` filter value starts or ends, as an instant (local time of the browser). */
const dayBound = (value: unknown, end: boolean): string | undefined => {
  const day = text(value);
  if (!day || !/^\d{4}-\d{2}-\d{2}$/.test(day)) return undefined;
  const date = new Date(`${day}T${end ? '23:59:59.999' : '00:00:00'}`);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
};

function filterOf(f: Record<string, unknown> = {}): AuditFilter {
  const filter: AuditFilter = {};
  for (const key of ['entityType', 'entityKey', 'actorLogin', 'action'] as const) {
    const value = text(f[key]);
    if (value) filter[key] = value;
  }
  const from = dayBound(f.from, false);
  const to = dayBound(f.to, true);
  if (from) filter.from = from;
  if (to) filter.to = to;
  return filter;
}

/** The audit trail, newest first (the API's order); read-only. */
export const audit: ResourceHandler = {
  async getList(params) {
    const { auditEntries: page } = await request(AuditEntriesQuery, { filter: filterOf(params.filter), page: pageOf(params) });
    return { data: page.items, total: page.totalCount };
  },
  async getOne(params) {
    // No single-entry query: the newest entries are searched (an entry is reached from the list).
    const { auditEntries: page } = await request(AuditEntriesQuery, { filter: {}, page: { offset: 0, limit: MAX_PAGE } });
    const entry = page.items.find((e) => e.id === String(params.id));
    if (!entry) throw notFound();
    return { data: entry };
  },
  async getMany(params) {
    const wanted = new Set(params.ids.map(String));
    const { auditEntries: page } = await request(AuditEntriesQuery, { filter: {}, page: { offset: 0, limit: MAX_PAGE } });
    return { data: page.items.filter((e) => wanted.has(e.id)) };
  },
};
