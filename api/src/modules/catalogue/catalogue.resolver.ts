import { Arg, Ctx, Field, InputType, Query, Resolver } from 'type-graphql';
import { IsEnum, IsOptional, IsString, MaxLength } from 'class-validator';
import { raw, type FilterQuery } from '@mikro-orm/core';
import { escapeLike } from '../../common/sql';
import type { GraphQLContext } from '../../common/context';
import { PageInput, PageOf, pageOf } from '../../common/pagination';
import { LegalAct } from './legal-act.entity';
import { Region } from './region.entity';
import { Service, ServiceStatus } from './service.entity';

const ServicePage = PageOf(Service);

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

  @Query(() => ServicePage, { description: 'The service standards of the decree. Public.' })
  async services(
    @Ctx() { em }: GraphQLContext,
    @Arg('filter', () => ServiceFilter, { nullable: true }) filter?: ServiceFilter,
    @Arg('page', () => PageInput, { nullable: true }) page?: PageInput,
  ) {
    const where: FilterQuery<Service> = {};
    if (filter?.status) where.status = filter.status;
    if (filter?.search) {
      const like = `%${escapeLike(filter.search.toLowerCase())}%`;
      where.$or = [{ code: { $ilike: like } }, { [raw((alias) => `lower(${alias}.title::text)`)]: { $like: like } }];
    }
    const { offset, limit } = pageOf(page);
    const [items, totalCount] = await em.findAndCount(Service, where, { populate: ['act'], orderBy: { sortOrder: 'asc', code: 'asc' }, offset, limit });
    return { items, totalCount };
  }

  @Query(() => Service, { nullable: true, description: 'One standard by its code (e.g. "S3"). Public.' })
  service(@Ctx() { em }: GraphQLContext, @Arg('code') code: string): Promise<Service | null> {
    return em.findOne(Service, { code: code.trim().toUpperCase() }, { populate: ['act'] });
  }
}
