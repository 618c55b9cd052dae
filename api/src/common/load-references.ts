import { Reference, Utils, wrap } from '@mikro-orm/core';
import type { MiddlewareFn } from 'type-graphql';
import type { GraphQLContext } from './context';

/**
 * A relation the resolver did not populate arrives as an uninitialised reference (only its id). Load it through
 * MikroORM's dataloader, which batches every such load of one tick into a single query: no N+1, and no missing fields.
 */
export const loadReferences: MiddlewareFn<GraphQLContext> = async (_action, next) => {
  const value = await next();
  if (value && typeof value === 'object' && Utils.isEntity(value) && !wrap(value).isInitialized()) {
    return Reference.create(value).load({ dataloader: true });
  }
  return value;
};
