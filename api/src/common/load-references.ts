import { Reference, Utils, wrap } from '@mikro-orm/core';
import { defaultFieldResolver, getNamedType, GraphQLObjectType, type GraphQLSchema } from 'graphql';
import { isView } from './views';

/**
 * A relation the resolver did not populate arrives as an uninitialised reference (only its id). Load it through
 * MikroORM's dataloader, which batches every such load of one tick into a single query: no N+1, and no missing fields.
 */
const load = (value: unknown): unknown =>
  value && typeof value === 'object' && !isView(value) && Utils.isEntity(value) && !wrap(value).isInitialized() ? Reference.create(value).load({ dataloader: true }) : value;

const loadAll = (value: unknown): unknown => (Array.isArray(value) ? Promise.all(value.map(load)) : load(value));

/**
 * Wraps the resolvers of the fields whose type is an entity (by GraphQL type name) with the load above. Only those:
 * a middleware on every field would make every scalar field asynchronous, which costs more than the queries on a page.
 */
export function loadReferencesOf(schema: GraphQLSchema, entityNames: Iterable<string>): GraphQLSchema {
  const names = new Set(entityNames);
  for (const type of Object.values(schema.getTypeMap())) {
    if (!(type instanceof GraphQLObjectType) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (!names.has(getNamedType(field.type).name)) continue;
      const resolve = field.resolve ?? defaultFieldResolver;
      field.resolve = (source, args, context, info) => {
        const value = resolve(source, args, context, info);
        return value instanceof Promise ? value.then(loadAll) : loadAll(value);
      };
    }
  }
  return schema;
}
