import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema, getMetadataStorage } from 'type-graphql';
import { authChecker } from './common/auth-checker';
import { loadReferencesOf } from './common/load-references';
import { DateTimeScalar } from './common/scalars';
import { entities } from './db/entities';
import type { AuthService } from './modules/auth/auth.service';
import { createAuthResolver } from './modules/auth/auth.resolver';
import { ApiKeysResolver } from './modules/auth/api-keys.resolver';
import { CatalogueResolver } from './modules/catalogue/catalogue.resolver';
import { ApplicationFormResolver, LegalActResolver, ServiceDetailResolver } from './modules/catalogue/service-detail.resolver';
import { LocalizedTextResolver } from './modules/catalogue/localized-text.resolver';
import { UsersResolver } from './modules/users/users.resolver';
import { CalendarResolver } from './modules/calendar/calendar.resolver';
import { AuditResolver } from './modules/audit/audit.resolver';
import { DirectoryResolver } from './modules/directory/directory.resolver';
import { CatalogueAdminResolver } from './modules/catalogue/catalogue-admin.resolver';
import { ApplicationsResolver } from './modules/applications/applications.resolver';
import { ComplaintsResolver } from './modules/complaints/complaints.resolver';
import { FeedbackResolver } from './modules/feedback/feedback';
import { IndicatorsResolver } from './modules/indicators/indicators.resolver';
import { Appendix3Resolver } from './modules/indicators/appendix3';
import { ActivityResolver } from './modules/activity/activity';

/**
 * Plain fields (no roles, middlewares or arguments, named as their property) are read by graphql's default resolver,
 * a property read, instead of type-graphql's wrapper, which allocates and calls through per field and row; fields
 * with a @FieldResolver keep theirs (type-graphql gives those precedence).
 */
function plainFieldsReadDirectly(): void {
  for (const field of getMetadataStorage().fields) {
    if (field.simple === undefined && !field.roles?.length && !field.middlewares?.length && !field.params?.length && field.name === field.schemaName) field.simple = true;
  }
}

export async function createSchema(auth: AuthService): Promise<GraphQLSchema> {
  plainFieldsReadDirectly();
  const schema = await buildSchema({
    resolvers: [createAuthResolver(auth), CatalogueResolver, ServiceDetailResolver, ApplicationFormResolver, LegalActResolver, LocalizedTextResolver, UsersResolver, ApiKeysResolver, CalendarResolver, AuditResolver, DirectoryResolver, CatalogueAdminResolver, ApplicationsResolver, ComplaintsResolver, FeedbackResolver, IndicatorsResolver, Appendix3Resolver, ActivityResolver],
    authChecker,
    authMode: 'error',
    validate: { forbidUnknownValues: false },
    scalarsMap: [{ type: Date, scalar: DateTimeScalar }],
  });
  return loadReferencesOf(schema, entities.map((e) => e.name));
}

/** The SDL committed in schema/schema.graphql: sorted, so it diffs cleanly. */
export const schemaSDL = (schema: GraphQLSchema) => printSchema(lexicographicSortSchema(schema)) + '\n';
