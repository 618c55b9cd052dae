/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation SessionCreate($input: SessionCreateInput!) {\n    sessionCreate(input: $input) {\n      token\n      expiresAt\n      user {\n        id\n        login\n        fullName\n        role\n      }\n    }\n  }\n": typeof types.SessionCreateDocument,
    "\n  mutation SessionRevoke {\n    sessionRevoke\n  }\n": typeof types.SessionRevokeDocument,
    "\n  fragment ApiKeyFields on ApiKey {\n    id\n    name\n    prefix\n    createdAt\n    expiresAt\n    lastUsedAt\n    revokedAt\n    updatedAt\n    version\n    user {\n      id\n      login\n      fullName\n    }\n  }\n": typeof types.ApiKeyFieldsFragmentDoc,
    "\n  query ApiKeyList($filter: ApiKeyFilter, $page: PageInput) {\n    apiKeys(filter: $filter, page: $page) {\n      totalCount\n      items {\n        ...ApiKeyFields\n      }\n    }\n  }\n": typeof types.ApiKeyListDocument,
    "\n  mutation ApiKeyCreate($input: ApiKeyCreateInput!) {\n    apiKeyCreate(input: $input) {\n      secret\n      apiKey {\n        ...ApiKeyFields\n      }\n      userErrors {\n        message\n        field\n        code\n      }\n    }\n  }\n": typeof types.ApiKeyCreateDocument,
    "\n  mutation ApiKeyRevoke($id: ID!) {\n    apiKeyRevoke(id: $id) {\n      apiKey {\n        ...ApiKeyFields\n      }\n      userErrors {\n        message\n        field\n        code\n      }\n    }\n  }\n": typeof types.ApiKeyRevokeDocument,
    "\n  query RegionList {\n    regions {\n      id\n      code\n      isoNumericCode\n      kind\n      sortOrder\n      name {\n        kk\n        ru\n        en\n      }\n    }\n  }\n": typeof types.RegionListDocument,
    "\n  fragment ServiceFields on Service {\n    id\n    code\n    decreeItem\n    sortOrder\n    status\n    title {\n      kk\n      ru\n      en\n    }\n    createdAt\n    updatedAt\n    version\n  }\n": typeof types.ServiceFieldsFragmentDoc,
    "\n  query ServiceList($filter: ServiceFilter, $page: PageInput) {\n    services(filter: $filter, page: $page) {\n      totalCount\n      items {\n        ...ServiceFields\n      }\n    }\n  }\n": typeof types.ServiceListDocument,
    "\n  query ServiceOne($code: String!) {\n    service(code: $code) {\n      ...ServiceFields\n      act {\n        id\n        kind\n        number\n        adoptedOn\n        status\n        repealedOn\n        title {\n          kk\n          ru\n          en\n        }\n      }\n    }\n  }\n": typeof types.ServiceOneDocument,
    "\n  fragment UserFields on User {\n    id\n    login\n    fullName\n    role\n    active\n    lastSignInAt\n    createdAt\n    updatedAt\n    version\n    region {\n      code\n    }\n    office {\n      id\n    }\n  }\n": typeof types.UserFieldsFragmentDoc,
    "\n  query UserList($filter: UserFilter, $page: PageInput) {\n    users(filter: $filter, page: $page) {\n      totalCount\n      items {\n        ...UserFields\n      }\n    }\n  }\n": typeof types.UserListDocument,
    "\n  query UserOne($id: ID!) {\n    user(id: $id) {\n      ...UserFields\n    }\n  }\n": typeof types.UserOneDocument,
    "\n  mutation UserCreate($input: UserCreateInput!) {\n    userCreate(input: $input) {\n      user {\n        ...UserFields\n      }\n      userErrors {\n        message\n        field\n        code\n      }\n    }\n  }\n": typeof types.UserCreateDocument,
    "\n  mutation UserUpdate($id: ID!, $version: Int!, $input: UserUpdateInput!) {\n    userUpdate(id: $id, version: $version, input: $input) {\n      user {\n        ...UserFields\n      }\n      userErrors {\n        message\n        field\n        code\n      }\n    }\n  }\n": typeof types.UserUpdateDocument,
};
const documents: Documents = {
    "\n  mutation SessionCreate($input: SessionCreateInput!) {\n    sessionCreate(input: $input) {\n      token\n      expiresAt\n      user {\n        id\n        login\n        fullName\n        role\n      }\n    }\n  }\n": types.SessionCreateDocument,
    "\n  mutation SessionRevoke {\n    sessionRevoke\n  }\n": types.SessionRevokeDocument,
    "\n  fragment ApiKeyFields on ApiKey {\n    id\n    name\n    prefix\n    createdAt\n    expiresAt\n    lastUsedAt\n    revokedAt\n    updatedAt\n    version\n    user {\n      id\n      login\n      fullName\n    }\n  }\n": types.ApiKeyFieldsFragmentDoc,
    "\n  query ApiKeyList($filter: ApiKeyFilter, $page: PageInput) {\n    apiKeys(filter: $filter, page: $page) {\n      totalCount\n      items {\n        ...ApiKeyFields\n      }\n    }\n  }\n": types.ApiKeyListDocument,
    "\n  mutation ApiKeyCreate($input: ApiKeyCreateInput!) {\n    apiKeyCreate(input: $input) {\n      secret\n      apiKey {\n        ...ApiKeyFields\n      }\n      userErrors {\n        message\n        field\n        code\n      }\n    }\n  }\n": types.ApiKeyCreateDocument,
    "\n  mutation ApiKeyRevoke($id: ID!) {\n    apiKeyRevoke(id: $id) {\n      apiKey {\n        ...ApiKeyFields\n      }\n      userErrors {\n        message\n        field\n        code\n      }\n    }\n  }\n": types.ApiKeyRevokeDocument,
    "\n  query RegionList {\n    regions {\n      id\n      code\n      isoNumericCode\n      kind\n      sortOrder\n      name {\n        kk\n        ru\n        en\n      }\n    }\n  }\n": types.RegionListDocument,
    "\n  fragment ServiceFields on Service {\n    id\n    code\n    decreeItem\n    sortOrder\n    status\n    title {\n      kk\n      ru\n      en\n    }\n    createdAt\n    updatedAt\n    version\n  }\n": types.ServiceFieldsFragmentDoc,
    "\n  query ServiceList($filter: ServiceFilter, $page: PageInput) {\n    services(filter: $filter, page: $page) {\n      totalCount\n      items {\n        ...ServiceFields\n      }\n    }\n  }\n": types.ServiceListDocument,
    "\n  query ServiceOne($code: String!) {\n    service(code: $code) {\n      ...ServiceFields\n      act {\n        id\n        kind\n        number\n        adoptedOn\n        status\n        repealedOn\n        title {\n          kk\n          ru\n          en\n        }\n      }\n    }\n  }\n": types.ServiceOneDocument,
    "\n  fragment UserFields on User {\n    id\n    login\n    fullName\n    role\n    active\n    lastSignInAt\n    createdAt\n    updatedAt\n    version\n    region {\n      code\n    }\n    office {\n      id\n    }\n  }\n": types.UserFieldsFragmentDoc,
    "\n  query UserList($filter: UserFilter, $page: PageInput) {\n    users(filter: $filter, page: $page) {\n      totalCount\n      items {\n        ...UserFields\n      }\n    }\n  }\n": types.UserListDocument,
    "\n  query UserOne($id: ID!) {\n    user(id: $id) {\n      ...UserFields\n    }\n  }\n": types.UserOneDocument,
    "\n  mutation UserCreate($input: UserCreateInput!) {\n    userCreate(input: $input) {\n      user {\n        ...UserFields\n      }\n      userErrors {\n        message\n        field\n        code\n      }\n    }\n  }\n": types.UserCreateDocument,
    "\n  mutation UserUpdate($id: ID!, $version: Int!, $input: UserUpdateInput!) {\n    userUpdate(id: $id, version: $version, input: $input) {\n      user {\n        ...UserFields\n      }\n      userErrors {\n        message\n        field\n        code\n      }\n    }\n  }\n": types.UserUpdateDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SessionCreate($input: SessionCreateInput!) {\n    sessionCreate(input: $input) {\n      token\n      expiresAt\n      user {\n        id\n        login\n        fullName\n        role\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SessionCreate($input: SessionCreateInput!) {\n    sessionCreate(input: $input) {\n      token\n      expiresAt\n      user {\n        id\n        login\n        fullName\n        role\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SessionRevoke {\n    sessionRevoke\n  }\n"): (typeof documents)["\n  mutation SessionRevoke {\n    sessionRevoke\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ApiKeyFields on ApiKey {\n    id\n    name\n    prefix\n    createdAt\n    expiresAt\n    lastUsedAt\n    revokedAt\n    updatedAt\n    version\n    user {\n      id\n      login\n      fullName\n    }\n  }\n"): (typeof documents)["\n  fragment ApiKeyFields on ApiKey {\n    id\n    name\n    prefix\n    createdAt\n    expiresAt\n    lastUsedAt\n    revokedAt\n    updatedAt\n    version\n    user {\n      id\n      login\n      fullName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiKeyList($filter: ApiKeyFilter, $page: PageInput) {\n    apiKeys(filter: $filter, page: $page) {\n      totalCount\n      items {\n        ...ApiKeyFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query ApiKeyList($filter: ApiKeyFilter, $page: PageInput) {\n    apiKeys(filter: $filter, page: $page) {\n      totalCount\n      items {\n        ...ApiKeyFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApiKeyCreate($input: ApiKeyCreateInput!) {\n    apiKeyCreate(input: $input) {\n      secret\n      apiKey {\n        ...ApiKeyFields\n      }\n      userErrors {\n        message\n        field\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ApiKeyCreate($input: ApiKeyCreateInput!) {\n    apiKeyCreate(input: $input) {\n      secret\n      apiKey {\n        ...ApiKeyFields\n      }\n      userErrors {\n        message\n        field\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApiKeyRevoke($id: ID!) {\n    apiKeyRevoke(id: $id) {\n      apiKey {\n        ...ApiKeyFields\n      }\n      userErrors {\n        message\n        field\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ApiKeyRevoke($id: ID!) {\n    apiKeyRevoke(id: $id) {\n      apiKey {\n        ...ApiKeyFields\n      }\n      userErrors {\n        message\n        field\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegionList {\n    regions {\n      id\n      code\n      isoNumericCode\n      kind\n      sortOrder\n      name {\n        kk\n        ru\n        en\n      }\n    }\n  }\n"): (typeof documents)["\n  query RegionList {\n    regions {\n      id\n      code\n      isoNumericCode\n      kind\n      sortOrder\n      name {\n        kk\n        ru\n        en\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ServiceFields on Service {\n    id\n    code\n    decreeItem\n    sortOrder\n    status\n    title {\n      kk\n      ru\n      en\n    }\n    createdAt\n    updatedAt\n    version\n  }\n"): (typeof documents)["\n  fragment ServiceFields on Service {\n    id\n    code\n    decreeItem\n    sortOrder\n    status\n    title {\n      kk\n      ru\n      en\n    }\n    createdAt\n    updatedAt\n    version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ServiceList($filter: ServiceFilter, $page: PageInput) {\n    services(filter: $filter, page: $page) {\n      totalCount\n      items {\n        ...ServiceFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query ServiceList($filter: ServiceFilter, $page: PageInput) {\n    services(filter: $filter, page: $page) {\n      totalCount\n      items {\n        ...ServiceFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ServiceOne($code: String!) {\n    service(code: $code) {\n      ...ServiceFields\n      act {\n        id\n        kind\n        number\n        adoptedOn\n        status\n        repealedOn\n        title {\n          kk\n          ru\n          en\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ServiceOne($code: String!) {\n    service(code: $code) {\n      ...ServiceFields\n      act {\n        id\n        kind\n        number\n        adoptedOn\n        status\n        repealedOn\n        title {\n          kk\n          ru\n          en\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UserFields on User {\n    id\n    login\n    fullName\n    role\n    active\n    lastSignInAt\n    createdAt\n    updatedAt\n    version\n    region {\n      code\n    }\n    office {\n      id\n    }\n  }\n"): (typeof documents)["\n  fragment UserFields on User {\n    id\n    login\n    fullName\n    role\n    active\n    lastSignInAt\n    createdAt\n    updatedAt\n    version\n    region {\n      code\n    }\n    office {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UserList($filter: UserFilter, $page: PageInput) {\n    users(filter: $filter, page: $page) {\n      totalCount\n      items {\n        ...UserFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query UserList($filter: UserFilter, $page: PageInput) {\n    users(filter: $filter, page: $page) {\n      totalCount\n      items {\n        ...UserFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UserOne($id: ID!) {\n    user(id: $id) {\n      ...UserFields\n    }\n  }\n"): (typeof documents)["\n  query UserOne($id: ID!) {\n    user(id: $id) {\n      ...UserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UserCreate($input: UserCreateInput!) {\n    userCreate(input: $input) {\n      user {\n        ...UserFields\n      }\n      userErrors {\n        message\n        field\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UserCreate($input: UserCreateInput!) {\n    userCreate(input: $input) {\n      user {\n        ...UserFields\n      }\n      userErrors {\n        message\n        field\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UserUpdate($id: ID!, $version: Int!, $input: UserUpdateInput!) {\n    userUpdate(id: $id, version: $version, input: $input) {\n      user {\n        ...UserFields\n      }\n      userErrors {\n        message\n        field\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UserUpdate($id: ID!, $version: Int!, $input: UserUpdateInput!) {\n    userUpdate(id: $id, version: $version, input: $input) {\n      user {\n        ...UserFields\n      }\n      userErrors {\n        message\n        field\n        code\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;