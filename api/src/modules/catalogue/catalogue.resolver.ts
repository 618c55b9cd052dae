import { Arg, Ctx, Field, Info, InputType, Query, Resolver, registerEnumType } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { selectionOf } from '../../common/lookahead';
import { IsEnum, IsOptional, IsString, MaxLength } from 'class-validator';
import { escapeLike, foldText } from '../../common/sql';
import { CHILD_FIELDS, loadServices } from './service-read-model';
import type { GraphQLContext } from '../../common/context';
import { PageInput, PageOf, pageOf, SortDirection } from '../../common/pagination';
import { LegalAct } from './legal-act.entity';
import { Region } from './region.entity';
import { Service, ServiceStatus } from './service.entity';

const ServicePage = PageOf(Service);

export enum ServiceSortField {
  DECREE_ORDER = 'DECREE_ORDER',
  CODE = 'CODE',
  TITLE = 'TITLE',
}
registerEnumType(ServiceSortField, { name: 'ServiceSortField', description: 'DECREE_ORDER: as item 1 of the decree lists them.' });

@InputType()
export class ServiceSort {
  @Field(() => ServiceSortField, { defaultValue: ServiceSortField.DECREE_ORDER })
  field: ServiceSortField = ServiceSortField.DECREE_ORDER;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC })
  direction: SortDirection = SortDirection.ASC;
}

const SERVICE_ORDER: Record<ServiceSortField, string> = {
  DECREE_ORDER: 's.sort_order',
  CODE: 's.code',
  TITLE: "s.title->>'kk'",
};

@InputType()
export class ServiceFilter {
  @Field(() => ServiceStatus, { nullable: true })
  @IsOptional()
  @IsEnum(ServiceStatus)
  status?: ServiceStatus;

  @Field(() => String, { nullable: true, description: 'Matches the code or the title in any language, ignoring case.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  search?: string;
}

/** The public catalogue: readable by anyone, signed in or not. */
@Resolver()
export class CatalogueResolver {
  @Query(() => [Region], { description: 'The regions, in the order the decree lists them. Public.' })
  regions(@Ctx() { em }: GraphQLContext): Promise<Region[]> {
    return em.find(Region, {}, { orderBy: { sortOrder: 'asc', code: 'asc' } });
  }

  @Query(() => [LegalAct], { description: 'The legal acts that approve standards, with their status. Public.' })
  legalActs(@Ctx() { em }: GraphQLContext): Promise<LegalAct[]> {
    return em.find(LegalAct, {}, { populate: ['repealedBy'], orderBy: { adoptedOn: 'asc' } });
  }

  @Query(() => ServicePage, { description: 'The service standards of the decree, each with its whole content on request. Public.' })
  async services(
    @Ctx() { em }: GraphQLContext,
    @Arg('filter', () => ServiceFilter, { nullable: true }) filter?: ServiceFilter,
    @Arg('sort', () => ServiceSort, { nullable: true }) sort?: ServiceSort,
    @Arg('page', () => PageInput, { nullable: true }) page?: PageInput,
    @Info() info?: GraphQLResolveInfo,
  ) {
    const selected = selectionOf(info!, ['items']);
    const withChildren = [...CHILD_FIELDS].some((f) => selected.has(f));
    const conditions = ['true'];
    const params: unknown[] = [];
    if (filter?.status) {
      conditions.push('s.status = ?');
      params.push(filter.status);
    }
    if (filter?.search) {
      conditions.push("(registry_fold(s.code) like ? or registry_fold(s.title::text) like ?)");
      const like = `%${escapeLike(foldText(filter.search))}%`;
      params.push(like, like);
    }
    const where = conditions.join(' and ');
    const [items, [{ count }]] = await Promise.all([
      loadServices(em, where, params, pageOf(page), `${SERVICE_ORDER[sort?.field ?? ServiceSortField.DECREE_ORDER]} ${sort?.direction === SortDirection.DESC ? 'desc' : 'asc'}, s.code`, withChildren),
      em.getConnection().execute<{ count: string }[]>(`select count(*) from service s where ${where}`, params),
    ]);
    return { items, totalCount: Number(count) };
  }

  @Query(() => Service, { nullable: true, description: 'One standard by its code (e.g. "S3"), with everything it states. Public.' })
  async service(@Ctx() { em }: GraphQLContext, @Arg('code') code: string): Promise<Service | null> {
    const [service] = await loadServices(em, 's.code = ?', [code.trim().toUpperCase()]);
    return service ?? null;
  }

}
