import type { DataProvider, GetManyReferenceParams } from 'react-admin';
import { notSupported } from './errors';
import { apiKeys } from './apiKeys';
import { applications } from './applications';
import { complaints } from './complaints';
import { departments } from './departments';
import { feedback } from './feedback';
import { activity } from './activity';
import { audit } from './audit';
import { offices } from './offices';
import { regions } from './regions';
import { services } from './services';
import { users } from './users';
import type { ResourceHandler } from './types';

const handlers: Record<string, ResourceHandler> = { services, regions, offices, audit, activity, users, apiKeys, applications, complaints, feedback, departments };

const handlerFor = (resource: string): ResourceHandler => {
  const handler = handlers[resource];
  if (!handler) throw notSupported();
  return handler;
};

const refuse = async (): Promise<never> => {
  throw notSupported();
};

/**
 * The console's dataProvider: typed GraphQL documents (codegen) per resource, no query strings built at runtime.
 * Nothing is deleted through the console: accounts are disabled, API keys revoked and offices archived (an update).
 * The working calendar is a page of its own (dataProvider/calendar.ts), not a list of records.
 */
export const dataProvider: DataProvider = {
  getList: (resource, params) => handlerFor(resource).getList(params) as never,
  getOne: (resource, params) => handlerFor(resource).getOne(params) as never,
  getMany: (resource, params) => handlerFor(resource).getMany(params) as never,
  getManyReference: (resource, params: GetManyReferenceParams) =>
    handlerFor(resource).getList({ ...params, filter: { ...params.filter, [params.target]: params.id } }) as never,
  create: async (resource, params) => {
    const handler = handlerFor(resource);
    if (!handler.create) throw notSupported();
    return (await handler.create(params)) as never;
  },
  update: async (resource, params) => {
    const handler = handlerFor(resource);
    if (!handler.update) throw notSupported();
    return (await handler.update(params)) as never;
  },
  updateMany: refuse,
  delete: refuse,
  deleteMany: refuse,
};
