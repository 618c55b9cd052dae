import type { ResultOf } from '@graphql-typed-document-node/core';
import { graphql } from '../../../schema/generated';
import type { Role, UserCreateInput, UserFilter, UserUpdateInput } from '../../../schema/generated/graphql';
import { ROLES } from '../users/roles';
import { request } from './request';
import { mutate, notFound } from './errors';
import { pageOf, text, type ResourceHandler } from './types';

const UserFields = graphql(`
  fragment UserFields on User {
    id
    login
    fullName
    role
    active
    lastSignInAt
    createdAt
    updatedAt
    version
    region {
      code
    }
    office {
      id
      name {
        kk
        ru
        en
      }
    }
    department {
      id
      name {
        kk
        ru
        en
      }
    }
  }
`);

const UsersQuery = graphql(`
  query UserList($filter: UserFilter, $page: PageInput) {
    users(filter: $filter, page: $page) {
      totalCount
      items {
        ...UserFields
      }
    }
  }
`);

const UserQuery = graphql(`
  query UserOne($id: ID!) {
    user(id: $id) {
      ...UserFields
    }
  }
`);

const UserCreateMutation = graphql(`
  mutation UserCreate($input: UserCreateInput!) {
    userCreate(input: $input) {
      user {
        ...UserFields
      }
      userErrors {
        message
        field
        code
      }
    }
  }
`);

const UserUpdateMutation = graphql(`
  mutation UserUpdate($id: ID!, $version: Int!, $input: UserUpdateInput!) {
    userUpdate(id: $id, version: $version, input: $input) {
      user {
        ...UserFields
      }
      userErrors {
        message
        field
        code
      }
    }
  }
`);

type UserNode = ResultOf<typeof UserFields>;

const fetchOne = async (id: string) => (await request(UserQuery, { id })).user;

/**
 * Flat for the forms: the region as its code (a reference to `regions`), an operator's place as the office's or the
 * department's id, with `placeKind` saying which (an operator works at one of them).
 */
const toRecord = ({ region, office, department, ...user }: UserNode) => ({
  ...user,
  regionCode: region?.code ?? null,
  officeId: office?.id ?? null,
  departmentId: department?.id ?? null,
  placeName: office?.name ?? department?.name ?? null,
  placeKind: office ? ('OFFICE' as const) : department ? ('DEPARTMENT' as const) : null,
});

/** The inputs of the user forms: server problems about them are shown on the input. */
const FORM_FIELDS = ['login', 'fullName', 'role', 'password', 'regionCode', 'active', 'officeId', 'departmentId', 'placeKind'] as const;

/** An operator's place as the API's officeId / departmentId: the kind chosen decides which one is sent. */
const placeOf = (data: Record<string, unknown>) => {
  const kind = data.placeKind === 'DEPARTMENT' ? 'DEPARTMENT' : 'OFFICE';
  return {
    officeId: kind === 'OFFICE' ? (text(data.officeId) ?? null) : null,
    departmentId: kind === 'DEPARTMENT' ? (text(data.departmentId) ?? null) : null,
  };
};

export const users: ResourceHandler = {
  async getList(params) {
    const filter: UserFilter = {};
    const search = text(params.filter?.q);
    if (search) filter.search = search;
    if (ROLES.includes(params.filter?.role)) filter.role = params.filter.role as Role;
    if (typeof params.filter?.active === 'boolean') filter.active = params.filter.active;
    const { users: page } = await request(UsersQuery, { filter, page: pageOf(params) });
    return { data: page.items.map(toRecord), total: page.totalCount };
  },
  async getOne(params) {
    const user = await fetchOne(String(params.id));
    if (!user) throw notFound();
    return { data: toRecord(user) };
  },
  async getMany(params) {
    const found = await Promise.all(params.ids.map((id) => fetchOne(String(id))));
    return { data: found.filter((u): u is UserNode => !!u).map(toRecord) };
  },
  async create(params) {
    const data = params.data as Record<string, unknown>;
    const role = data.role as Role;
    const input: UserCreateInput = {
      login: String(data.login ?? '').trim(),
      fullName: String(data.fullName ?? '').trim(),
      role,
      password: String(data.password ?? ''),
      regionCode: role === 'SUPERVISOR' ? (text(data.regionCode) ?? null) : null,
      ...(role === 'OPERATOR' ? placeOf(data) : {}),
    };
    const { user } = await mutate(async () => (await request(UserCreateMutation, { input })).userCreate, FORM_FIELDS);
    if (!user) throw notFound();
    return { data: toRecord(user) };
  },
  async update(params) {
    const data = params.data as Record<string, unknown>;
    const previous = (params.previousData ?? {}) as Record<string, unknown>;
    const role = (data.role ?? previous.role) as Role;
    const input: UserUpdateInput = {};
    if (typeof data.fullName === 'string') input.fullName = data.fullName.trim();
    if (data.role !== undefined) input.role = role;
    if (typeof data.active === 'boolean') input.active = data.active;
    // A region only limits a SUPERVISOR; an empty string removes the limit.
    input.regionCode = role === 'SUPERVISOR' ? (text(data.regionCode) ?? '') : '';
    // An operator's place: the one chosen is set, the other cleared (an empty string clears).
    if (role === 'OPERATOR') {
      const place = placeOf(data);
      input.officeId = place.officeId ?? '';
      input.departmentId = place.departmentId ?? '';
    }
    const password = text(data.password);
    if (password) input.password = String(data.password);
    const version = Number(previous.version ?? data.version);
    const { user } = await mutate(
      async () => (await request(UserUpdateMutation, { id: String(params.id), version, input })).userUpdate,
      FORM_FIELDS,
    );
    if (!user) throw notFound();
    return { data: toRecord(user) };
  },
};
