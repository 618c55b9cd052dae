import { Arg, Authorized, Ctx, Field, ID, InputType, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { ArrayMaxSize, ArrayMinSize, IsDate, IsEnum, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import type { FilterQuery } from '@mikro-orm/core';
import type { GraphQLContext } from '../../common/context';
import { isUuid } from '../../common/sql';
import { UserError, UserErrorCode, userError } from '../../common/errors';
import { PageInput, PageOf, pageOf } from '../../common/pagination';
import { Role, User } from '../users/user.entity';
import { ApiKey, ApiKeyScope } from './api-key.entity';
import { newApiKey } from './tokens';

const ApiKeyPage = PageOf(ApiKey);

@InputType()
export class ApiKeyFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  userId?: string;
}

@InputType()
export class ApiKeyCreateInput {
  @Field(() => ID, { description: 'The INTEGRATOR account the key acts as.' })
  @IsUUID()
  userId!: string;

  @Field({ description: 'What the key is for, e.g. "PSC queue system, Almaty".' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name!: string;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  @IsDate()
  expiresAt?: Date | null;

  @Field(() => [ApiKeyScope], { description: 'What the key may do: at least one scope.' })
  @ArrayMinSize(1)
  @ArrayMaxSize(3)
  @IsEnum(ApiKeyScope, { each: true })
  scopes!: ApiKeyScope[];
}

@ObjectType()
export class ApiKeyCreatePayload {
  @Field(() => ApiKey, { nullable: true })
  apiKey?: ApiKey | null;

  @Field(() => String, { nullable: true, description: 'The whole key. Shown only here, once: it is stored hashed.' })
  secret?: string | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@ObjectType()
export class ApiKeyPayload {
  @Field(() => ApiKey, { nullable: true })
  apiKey?: ApiKey | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

/** API keys are issued and revoked by ADMIN only. */
@Resolver()
export class ApiKeysResolver {
  @Authorized(Role.ADMIN)
  @Query(() => ApiKeyPage, { description: 'Issued API keys (never their secrets). ADMIN only.' })
  async apiKeys(
    @Ctx() { em }: GraphQLContext,
    @Arg('filter', () => ApiKeyFilter, { nullable: true }) filter?: ApiKeyFilter,
    @Arg('page', () => PageInput, { nullable: true }) page?: PageInput,
  ) {
    const where: FilterQuery<ApiKey> = filter?.userId ? { user: filter.userId } : {};
    const { offset, limit } = pageOf(page);
    const [items, totalCount] = await em.findAndCount(ApiKey, where, { populate: ['user'], orderBy: { createdAt: 'desc' }, offset, limit });
    return { items, totalCount };
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => ApiKeyCreatePayload, { description: 'Issue a key for an INTEGRATOR account. ADMIN only.' })
  async apiKeyCreate(@Ctx() { em }: GraphQLContext, @Arg('input', () => ApiKeyCreateInput) input: ApiKeyCreateInput): Promise<ApiKeyCreatePayload> {
    const user = await em.findOne(User, { id: input.userId });
    if (!user) return { userErrors: [userError(UserErrorCode.NOT_FOUND, 'No account has this id.', ['input', 'userId'])] };
    if (user.role !== Role.INTEGRATOR) {
      return { userErrors: [userError(UserErrorCode.INVALID, 'API keys are issued to INTEGRATOR accounts only.', ['input', 'userId'])] };
    }
    if (input.expiresAt && input.expiresAt <= new Date()) {
      return { userErrors: [userError(UserErrorCode.INVALID, 'The expiry must be in the future.', ['input', 'expiresAt'])] };
    }
    const { key, prefix, secretHash } = newApiKey();
    const scopes = [...new Set(input.scopes)];
    const apiKey = em.create(ApiKey, { user, name: input.name.trim(), prefix, secretHash, expiresAt: input.expiresAt ?? null, scopes });
    await em.flush();
    return { apiKey, secret: key, userErrors: [] };
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => ApiKeyPayload, { description: 'Revoke a key: it stops working at once. ADMIN only.' })
  async apiKeyRevoke(@Ctx() { em }: GraphQLContext, @Arg('id', () => ID) id: string): Promise<ApiKeyPayload> {
    const apiKey = isUuid(id) ? await em.findOne(ApiKey, { id }, { populate: ['user'] }) : null;
    if (!apiKey) return { userErrors: [userError(UserErrorCode.NOT_FOUND, 'No API key has this id.', ['id'])] };
    apiKey.revokedAt ??= new Date();
    await em.flush();
    return { apiKey, userErrors: [] };
  }
}
