import type { ResultOf } from '@graphql-typed-document-node/core';
import { graphql } from '../../../schema/generated';
import type { ApiKeyCreateInput, ApiKeyFilter, ApiKeyScope } from '../../../schema/generated/graphql';
import { API_KEY_SCOPES } from '../apiKeys/scopes';
import { request } from './request';
import { mutate, notFound, notSupported } from './errors';
import { MAX_PAGE, pageOf, text, type ResourceHandler } from './types';

const ApiKeyFields = graphql(`
  fragment ApiKeyFields on ApiKey {
    id
    name
    prefix
    createdAt
    expiresAt
    lastUsedAt
    revokedAt
    updatedAt
    version
    scopes
    user {
      id
      login
      fullName
    }
  }
`);

const ApiKeysQuery = graphql(`
  query ApiKeyList($filter: ApiKeyFilter, $page: PageInput) {
    apiKeys(filter: $filter, page: $page) {
      totalCount
      items {
        ...ApiKeyFields
      }
    }
  }
`);

const ApiKeyCreateMutation = graphql(`
  mutation ApiKeyCreate($input: ApiKeyCreateInput!) {
    apiKeyCreate(input: $input) {
      secret
      apiKey {
        ...ApiKeyFields
      }
      userErrors {
        message
        field
        code
      }
    }
  }
`);

const ApiKeyRevokeMutation = graphql(`
  mutation ApiKeyRevoke($id: ID!) {
    apiKeyRevoke(id: $id) {
      apiKey {
        ...ApiKeyFields
      }
      userErrors {
        message
        field
        code
      }
    }
  }
`);

type ApiKeyNode = ResultOf<typeof ApiKeyFields>;
export type ApiKeyStatus = 'ACTIVE' | 'REVOKED' | 'EXPIRED';

const fetchPage = async (filter: ApiKeyFilter, page: { offset: number; limit: number }) =>
  (await request(ApiKeysQuery, { filter, page })).apiKeys;

const statusOf = (key: ApiKeyNode): ApiKeyStatus =>
  key.revokedAt ? 'REVOKED' : key.expiresAt && Date.parse(key.expiresAt) <= Date.now() ? 'EXPIRED' : 'ACTIVE';

const toRecord = (key: ApiKeyNode) => ({ ...key, userId: key.user.id, status: statusOf(key) });

const FORM_FIELDS = ['userId', 'name', 'expiresAt', 'scopes'] as const;

/** Keys are found by id through the list (the API has no single-key query): at most a few pages. */
async function findKeys(ids: Set<string>) {
  const found: ApiKeyNode[] = [];
  for (let offset = 0; found.length < ids.size; offset += MAX_PAGE) {
    const page = await fetchPage({}, { offset, limit: MAX_PAGE });
    found.push(...page.items.filter((k) => ids.has(k.id)));
    if (offset + MAX_PAGE >= page.totalCount || offset >= 10 * MAX_PAGE) break;
  }
  return found;
}

export const apiKeys: ResourceHandler = {
  async getList(params) {
    const filter: ApiKeyFilter = {};
    const userId = text(params.filter?.userId);
    if (userId) filter.userId = userId;
    const page = await fetchPage(filter, pageOf(params));
    return { data: page.items.map(toRecord), total: page.totalCount };
  },
  async getOne(params) {
    const [key] = await findKeys(new Set([String(params.id)]));
    if (!key) throw notFound();
    return { data: toRecord(key) };
  },
  async getMany(params) {
    return { data: (await findKeys(new Set(params.ids.map(String)))).map(toRecord) };
  },
  /** The record carries `secret`, the whole key: the create page shows it once and forgets it. */
  async create(params) {
    const data = params.data as Record<string, unknown>;
    const expiresAt = text(data.expiresAt);
    const input: ApiKeyCreateInput = {
      userId: String(data.userId ?? ''),
      name: String(data.name ?? '').trim(),
      expiresAt: expiresAt ? new Date(expiresAt).toISOString() : null,
      scopes: (Array.isArray(data.scopes) ? data.scopes : []).filter((s): s is ApiKeyScope => API_KEY_SCOPES.includes(s as ApiKeyScope)),
    };
    const { apiKey, secret } = await mutate(async () => (await request(ApiKeyCreateMutation, { input })).apiKeyCreate, FORM_FIELDS);
    if (!apiKey) throw notFound();
    return { data: { ...toRecord(apiKey), secret } };
  },
  /** The only change a key accepts is revocation: `update` with `{ revoked: true }`. */
  async update(params) {
    if (!(params.data as Record<string, unknown>)?.revoked) throw notSupported();
    const { apiKey } = await mutate(async () => (await request(ApiKeyRevokeMutation, { id: String(params.id) })).apiKeyRevoke, []);
    if (!apiKey) throw notFound();
    return { data: toRecord(apiKey) };
  },
};
