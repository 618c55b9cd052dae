import type { ResultOf } from '@graphql-typed-document-node/core';
import { graphql } from '../../../schema/generated';
import type { LocalizedTextValue, OfficeFilter, OfficeInput, OfficeKind, OfficeSortField, OpeningHoursInput } from '../../../schema/generated/graphql';
import { OFFICE_KINDS } from '../offices/rules';
import { request } from './request';
import { mutate, notFound, type MessageFor } from './errors';
import { pageOf, text, type ResourceHandler } from './types';

const OfficeFields = graphql(`
  fragment OfficeFields on Office {
    id
    printedNumber
    position
    kind
    postcode
    archivedAt
    createdAt
    updatedAt
    version
    region {
      code
      name {
        kk
        ru
        en
      }
    }
    branch {
      id
      name {
        kk
        ru
        en
      }
    }
    name {
      kk
      ru
      en
    }
    address {
      kk
      ru
      en
    }
    phones {
      printed
      e164
      flag
    }
    openingHours {
      days
      opens
      closes
      lunchFrom
      lunchTo
    }
    notes {
      kind
      text
      lines
    }
    source {
      cite
      lines
    }
  }
`);

const OfficesQuery = graphql(`
  query OfficeList($filter: OfficeFilter, $sort: OfficeSort, $page: PageInput) {
    offices(filter: $filter, sort: $sort, page: $page) {
      totalCount
      items {
        ...OfficeFields
      }
    }
  }
`);

const OfficeQuery = graphql(`
  query OfficeOne($id: ID!) {
    office(id: $id) {
      ...OfficeFields
    }
  }
`);

const OfficeCreateMutation = graphql(`
  mutation OfficeCreate($input: OfficeInput!) {
    officeCreate(input: $input) {
      office {
        ...OfficeFields
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

const OfficeUpdateMutation = graphql(`
  mutation OfficeUpdate($id: ID!, $version: Int!, $input: OfficeInput!) {
    officeUpdate(id: $id, version: $version, input: $input) {
      office {
        ...OfficeFields
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

const OfficeArchiveMutation = graphql(`
  mutation OfficeArchive($id: ID!, $version: Int!) {
    officeArchive(id: $id, version: $version) {
      office {
        ...OfficeFields
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

type OfficeNode = ResultOf<typeof OfficeFields>;

/**
 * Flat for the forms: the region as its code (a reference to `regions`), the phones as the printed strings
 * (`phoneDetails` keeps their E.164 form and flags), the localized texts as {kk, ru, en}.
 */
const toRecord = ({ region, phones, ...office }: OfficeNode) => ({
  ...office,
  regionCode: region.code,
  regionName: region.name,
  phones: phones.map((p) => p.printed),
  phoneDetails: phones,
  archived: !!office.archivedAt,
});
export type OfficeRecord = ReturnType<typeof toRecord>;

/** The office form's inputs: the API's paths (["input", "phones", "0"]) land on them. */
const FORM_FIELDS = ['regionCode', 'kind', 'name.kk', 'name.ru', 'name.en', 'address.kk', 'address.ru', 'address.en', 'postcode', 'phones.*', 'openingHours.*'];

/** The server explains in English; the console has its own words for the common problems. */
const messageFor: MessageFor = (field) => {
  if (/^phones\.\d+$/.test(field)) return 'app.offices.errors.phone';
  if (field === 'postcode') return 'app.offices.errors.postcode';
  if (/^(name|address)\.kk$/.test(field)) return 'app.offices.errors.kk_required';
  return undefined;
};

const SORT_FIELDS: Record<string, OfficeSortField> = { name: 'NAME', regionCode: 'REGION', region: 'REGION' };

const localized = (value: unknown): LocalizedTextValue | null => {
  const v = (value ?? {}) as Record<string, unknown>;
  const kk = typeof v.kk === 'string' ? v.kk.trim() : '';
  const ru = text(v.ru) ?? null;
  const en = text(v.en) ?? null;
  if (!kk && !ru && !en) return null;
  return { kk, ru, en };
};

const hoursOf = (value: unknown): OpeningHoursInput[] =>
  (Array.isArray(value) ? value : []).map((row: Record<string, unknown>) => ({
    days: Array.isArray(row?.days) ? row.days.map(String) : [],
    opens: String(row?.opens ?? '').trim(),
    closes: String(row?.closes ?? '').trim(),
    lunchFrom: text(row?.lunchFrom) ?? null,
    lunchTo: text(row?.lunchTo) ?? null,
  }));

/** The form's values as the API's OfficeInput (every field sent: the form edits the whole office). */
function inputOf(data: Record<string, unknown>): OfficeInput {
  return {
    regionCode: text(data.regionCode) ?? null,
    kind: (OFFICE_KINDS as readonly string[]).includes(String(data.kind)) ? (data.kind as OfficeKind) : null,
    // The Kazakh name is required: an empty one is sent so that the server names the field.
    name: localized(data.name) ?? { kk: '' },
    address: localized(data.address),
    postcode: text(data.postcode) ?? null,
    phones: (Array.isArray(data.phones) ? data.phones : []).map((p) => String(p ?? '').trim()).filter(Boolean),
    openingHours: hoursOf(data.openingHours),
  };
}

const fetchOne = async (id: string) => (await request(OfficeQuery, { id })).office;

export const offices: ResourceHandler = {
  async getList(params) {
    const f = params.filter ?? {};
    const filter: OfficeFilter = {};
    const search = text(f.q);
    if (search) filter.search = search;
    const region = text(f.regionCode);
    if (region) filter.region = region;
    if ((OFFICE_KINDS as readonly string[]).includes(f.kind)) filter.kind = f.kind as OfficeKind;
    // "Open now": the instant of the request; the server reads it in Asia/Almaty against hours and the calendar.
    if (f.openNow === true) filter.openAt = new Date().toISOString();
    if (f.includeArchived === true) filter.includeArchived = true;
    const field = SORT_FIELDS[params.sort?.field ?? ''] ?? 'DIRECTORY';
    const sort = { field, direction: params.sort?.order === 'DESC' ? ('DESC' as const) : ('ASC' as const) };
    const { offices: page } = await request(OfficesQuery, { filter, sort, page: pageOf(params) });
    return { data: page.items.map(toRecord), total: page.totalCount };
  },
  async getOne(params) {
    const office = await fetchOne(String(params.id));
    if (!office) throw notFound();
    return { data: toRecord(office) };
  },
  async getMany(params) {
    const found = await Promise.all(params.ids.map((id) => fetchOne(String(id))));
    return { data: found.filter((o): o is OfficeNode => !!o).map(toRecord) };
  },
  async create(params) {
    const input = inputOf(params.data as Record<string, unknown>);
    const { office } = await mutate(async () => (await request(OfficeCreateMutation, { input })).officeCreate, FORM_FIELDS, messageFor);
    if (!office) throw notFound();
    return { data: toRecord(office) };
  },
  /** An edit sends the version it read (a stale one is a CONFLICT); `{ archive: true }` closes the office. */
  async update(params) {
    const data = params.data as Record<string, unknown>;
    const previous = (params.previousData ?? {}) as Record<string, unknown>;
    const id = String(params.id);
    const version = Number(previous.version ?? data.version);
    if (data.archive === true) {
      const { office } = await mutate(async () => (await request(OfficeArchiveMutation, { id, version })).officeArchive, []);
      if (!office) throw notFound();
      return { data: toRecord(office) };
    }
    const input = inputOf(data);
    const { office } = await mutate(async () => (await request(OfficeUpdateMutation, { id, version, input })).officeUpdate, FORM_FIELDS, messageFor);
    if (!office) throw notFound();
    return { data: toRecord(office) };
  },
};
