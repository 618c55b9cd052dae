import type { GetListParams, RaRecord } from 'react-admin';
import { graphql } from '../../../schema/generated';
import { request } from './request';
import { notFound } from './errors';
import { text, type ResourceHandler } from './types';

const RegionsQuery = graphql(`
  query RegionList {
    regions {
      id
      code
      isoNumericCode
      kind
      sortOrder
      name {
        kk
        ru
        en
      }
    }
  }
`);

type RegionNode = Awaited<ReturnType<typeof loadRegions>>[number];
export type RegionRecord = ReturnType<typeof toRecord>;

/** A region's react-admin id is its ISO code: users refer to regions by code (regionCode). */
const toRecord = (region: RegionNode) => ({ ...region, uuid: region.id, id: region.code });

async function loadRegions() {
  return (await request(RegionsQuery)).regions;
}

// Sixteen rows that never change while the console is open: one request, shared by list, show and references.
let cache: { at: number; regions: Promise<RegionRecord[]> } | undefined;
const TTL_MS = 5 * 60_000;
function allRegions(): Promise<RegionRecord[]> {
  if (!cache || Date.now() - cache.at > TTL_MS) {
    const regions = loadRegions().then((items) => items.map(toRecord));
    cache = { at: Date.now(), regions };
    regions.catch(() => {
      if (cache?.regions === regions) cache = undefined;
    });
  }
  return cache.regions;
}

const matches = (region: RegionRecord, q: string) => {
  const needle = q.toLocaleLowerCase();
  return [region.code, region.isoNumericCode, region.name.kk, region.name.ru, region.name.en].some((value) =>
    value?.toLocaleLowerCase().includes(needle),
  );
};

const sortValue = (region: RegionRecord, field: string): string | number => {
  const value = (region as unknown as Record<string, unknown>)[field];
  if (typeof value === 'number' || typeof value === 'string') return value;
  return region.sortOrder;
};

/** Client-side filter (q, kind), sort and page over the whole list. */
export function queryRegions(all: RegionRecord[], params: GetListParams) {
  const q = text(params.filter?.q);
  const kind = params.filter?.kind;
  let rows = all.filter((r) => (!q || matches(r, q)) && (!kind || r.kind === kind));
  const field = params.sort?.field || 'sortOrder';
  const direction = params.sort?.order === 'DESC' ? -1 : 1;
  rows = [...rows].sort((a, b) => {
    const x = sortValue(a, field);
    const y = sortValue(b, field);
    const order = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y));
    return order * direction || a.sortOrder - b.sortOrder;
  });
  const page = params.pagination?.page ?? 1;
  const perPage = params.pagination?.perPage ?? rows.length;
  return { data: rows.slice((page - 1) * perPage, page * perPage), total: rows.length };
}

export const regions: ResourceHandler = {
  async getList(params) {
    return queryRegions(await allRegions(), params);
  },
  async getOne(params) {
    const region = (await allRegions()).find((r) => r.id === params.id);
    if (!region) throw notFound();
    return { data: region };
  },
  async getMany(params) {
    const wanted = new Set(params.ids.map(String));
    return { data: (await allRegions()).filter((r: RaRecord) => wanted.has(String(r.id))) };
  },
};
