import { Arg, Authorized, Ctx, Field, InputType, Query, Resolver } from 'type-graphql';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import type { FilterQuery } from '@mikro-orm/core';
import type { GraphQLContext } from '../../common/context';
import { PageInput, PageOf, pageOf } from '../../common/pagination';
import { Role } from '../users/user.entity';
import { AuditEntry } from './audit-entry.entity';

const AuditEntryPage = PageOf(AuditEntry);

@InputType()
export class AuditFilter {
  @Field(() => String, { nullable: true, description: 'E.g. "Office".' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  entityType?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  entityKey?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  actorLogin?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  action?: string;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  from?: Date;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  to?: Date;
}

@Resolver()
export class AuditResolver {
  @Authorized(Role.ADMIN, Role.SUPERVISOR, Role.DIRECTORY_ADMIN)
  @Query(() => AuditEntryPage, { description: 'The audit trail, newest first. ADMIN, SUPERVISOR, DIRECTORY_ADMIN.' })
  async auditEntries(
    @Ctx() { em }: GraphQLContext,
    @Arg('filter', () => AuditFilter, { nullable: true }) filter?: AuditFilter,
    @Arg('page', () => PageInput, { nullable: true }) page?: PageInput,
  ) {
    const where: FilterQuery<AuditEntry> = {};
    if (filter?.entityType) where.entityType = filter.entityType;
    if (filter?.entityKey) where.entityKey = filter.entityKey;
    if (filter?.actorLogin) where.actorLogin = filter.actorLogin;
    if (filter?.action) where.action = filter.action;
    if (filter?.from || filter?.to) where.createdAt = { ...(filter.from ? { $gte: filter.from } : {}), ...(filter.to ? { $lte: filter.to } : {}) };
    const { offset, limit } = pageOf(page);
    const [items, totalCount] = await em.findAndCount(AuditEntry, where, { orderBy: { createdAt: 'desc', id: 'desc' }, offset, limit });
    return { items, totalCount };
  }
}
