import type { ResultOf } from '@graphql-typed-document-node/core';
import { graphql } from '../../../schema/generated';
import type { ServiceFilter, ServiceStatus } from '../../../schema/generated/graphql';
import { request } from './request';
import { ServiceDetailQuery, type ServiceDetail } from './serviceDetail';
import { notFound } from './errors';
import { MAX_PAGE, pageOf, text, type ResourceHandler } from './types';

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



type ServiceNode = ResultOf<typeof ServiceFields> | ServiceDetail;

/** One service with everything its standard states (the list leaves all that out). */
const fetchOne = async (code: string) => (await request(ServiceDetailQuery, { code })).service;

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
    // Ten standards: one page of the list holds them all, without their contents.
    const wanted = new Set(params.ids.map(String));
    const { services: page } = await request(ServiceListQuery, { filter: {}, page: { offset: 0, limit: MAX_PAGE } });
    return { data: page.items.filter((s) => wanted.has(s.code)).map(toRecord) };
  },
};
