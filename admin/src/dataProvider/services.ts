import type { ResultOf } from '@graphql-typed-document-node/core';
import { graphql } from '../../../schema/generated';
import type { ServiceFilter, ServiceStatus } from '../../../schema/generated/graphql';
import { request } from './request';
import { notFound } from './errors';
import { pageOf, text, type ResourceHandler } from './types';

const ServiceFields = graphql(`
  fragment ServiceFields on Service {
    id
    code
    decreeItem
    sortOrder
    status
    title {
      kk
      ru
      en
    }
    createdAt
    updatedAt
    version
  }
`);

const ServiceListQuery = graphql(`
  query ServiceList($filter: ServiceFilter, $page: PageInput) {
    services(filter: $filter, page: $page) {
      totalCount
      items {
        ...ServiceFields
      }
    }
  }
`);

const ServiceQuery = graphql(`
  query ServiceOne($code: String!) {
    service(code: $code) {
      ...ServiceFields
      act {
        id
        kind
        number
        adoptedOn
        status
        repealedOn
        title {
          kk
          ru
          en
        }
      }
    }
  }
`);

type ServiceNode = ResultOf<typeof ServiceFields> & Partial<Pick<NonNullable<ResultOf<typeof ServiceQuery>['service']>, 'act'>>;

/** One service, with the act that approved it (the list leaves the act out). */
const fetchOne = async (code: string) => (await request(ServiceQuery, { code })).service;

/** react-admin knows a service by its stable code (e.g. "S3"): that is what appears in URLs. */
const toRecord = (service: ServiceNode) => ({ ...service, uuid: service.id, id: service.code });

const STATUSES: readonly ServiceStatus[] = ['IN_FORCE', 'REPEALED'];

export const services: ResourceHandler = {
  async getList(params) {
    const filter: ServiceFilter = {};
    const search = text(params.filter?.q);
    if (search) filter.search = search;
    if (STATUSES.includes(params.filter?.status)) filter.status = params.filter.status as ServiceStatus;
    const { services: page } = await request(ServiceListQuery, { filter, page: pageOf(params) });
    return { data: page.items.map(toRecord), total: page.totalCount };
  },
  async getOne(params) {
    const service = await fetchOne(String(params.id));
    if (!service) throw notFound();
    return { data: toRecord(service) };
  },
  async getMany(params) {
    const found = await Promise.all(params.ids.map((code) => fetchOne(String(code))));
    return { data: found.filter((s) => s != null).map(toRecord) };
  },
};
