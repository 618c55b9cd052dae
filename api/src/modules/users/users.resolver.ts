import { Arg, Authorized, Ctx, Field, ID, InputType, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { IsBoolean, IsEnum, IsOptional, IsString, IsUUID, Matches, MaxLength, MinLength } from 'class-validator';
import type { FilterQuery } from '@mikro-orm/core';
import type { GraphQLContext } from '../../common/context';
import { flushOrConflict, UserError, UserErrorCode, userError } from '../../common/errors';
import { PageInput, PageOf, pageOf } from '../../common/pagination';
import { escapeLike, isUuid } from '../../common/sql';
import { Department, Office } from '../directory/office.entity';
import { Region } from '../catalogue/region.entity';
import { hashPassword, MIN_PASSWORD_LENGTH } from '../auth/passwords';
import { Role, User } from './user.entity';

const UserPage = PageOf(User);
const LOGIN_PATTERN = /^[a-z0-9][a-z0-9._-]{2,63}$/;

@InputType()
export class UserFilter {
  @Field(() => String, { nullable: true, description: 'Matches login or full name, ignoring case.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  search?: string;

  @Field(() => Role, { nullable: true })
  @IsOptional()
  @IsEnum(Role)
  role?: Role;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}

@InputType()
export class UserCreateInput {
  @Field({ description: 'Lower-case letters, digits, ".", "_" or "-"; 3 to 64 characters.' })
  @Matches(LOGIN_PATTERN, { message: 'login must be 3-64 lower-case letters, digits, ".", "_" or "-", starting with a letter or digit' })
  login!: string;

  @Field()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  fullName!: string;

  @Field(() => Role)
  @IsEnum(Role)
  role!: Role;

  @Field({ description: `At least ${MIN_PASSWORD_LENGTH} characters.` })
  @IsString()
  @MinLength(MIN_PASSWORD_LENGTH)
  @MaxLength(200)
  password!: string;

  @Field(() => String, { nullable: true, description: 'ISO code of the one region a SUPERVISOR is limited to.' })
  @IsOptional()
  @IsString()
  @MaxLength(10)
  regionCode?: string | null;

  @Field(() => ID, { nullable: true, description: 'The centre office of an OPERATOR (an OPERATOR has an office or a department).' })
  @IsOptional()
  @IsUUID()
  officeId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The defence affairs department of an OPERATOR at the authorized body.' })
  @IsOptional()
  @IsUUID()
  departmentId?: string | null;
}

@InputType()
export class UserUpdateInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  fullName?: string;

  @Field(() => Role, { nullable: true })
  @IsOptional()
  @IsEnum(Role)
  role?: Role;

  @Field(() => String, { nullable: true, description: 'A new password; leave empty to keep the current one.' })
  @IsOptional()
  @IsString()
  @MinLength(MIN_PASSWORD_LENGTH)
  @MaxLength(200)
  password?: string;

  @Field(() => String, { nullable: true, description: 'Region code; an empty string removes the limit.' })
  @IsOptional()
  @IsString()
  @MaxLength(10)
  regionCode?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  officeId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  departmentId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'False disables the account and closes its sessions.' })
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}

@ObjectType()
export class UserPayload {
  @Field(() => User, { nullable: true })
  user?: User | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

const fail = (...errors: UserError[]): UserPayload => ({ user: null, userErrors: errors });

/** Resolves region and office references and checks the rules that tie them to the role. */
async function attachPlace(
  em: GraphQLContext['em'],
  user: User,
  role: Role,
  input: { regionCode?: string | null; officeId?: string | null; departmentId?: string | null },
): Promise<UserError[]> {
  const errors: UserError[] = [];
  if (input.regionCode !== undefined) {
    if (!input.regionCode) user.region = null;
    else {
      const region = await em.findOne(Region, { code: input.regionCode.toUpperCase() });
      if (!region) errors.push(userError(UserErrorCode.NOT_FOUND, `No region has the code "${input.regionCode}".`, ['input', 'regionCode']));
      else user.region = region;
    }
  }
  if (input.officeId !== undefined) {
    if (!input.officeId) user.office = null;
    else {
      const office = await em.findOne(Office, { id: input.officeId });
      if (!office) errors.push(userError(UserErrorCode.NOT_FOUND, 'No office has this id.', ['input', 'officeId']));
      else user.office = office;
    }
  }
  if (input.departmentId !== undefined) {
    if (!input.departmentId) user.department = null;
    else {
      const department = await em.findOne(Department, { id: input.departmentId });
      if (!department) errors.push(userError(UserErrorCode.NOT_FOUND, 'No department has this id.', ['input', 'departmentId']));
      else user.department = department;
    }
  }
  if (errors.length) return errors;
  if (role === Role.OPERATOR && !user.office && !user.department) {
    errors.push(userError(UserErrorCode.INVALID, 'An OPERATOR must be attached to a centre office or to a department.', ['input', 'officeId']));
  }
  if (role === Role.OPERATOR && user.office && user.department) {
    errors.push(userError(UserErrorCode.INVALID, 'An OPERATOR works at one place: an office or a department, not both.', ['input', 'departmentId']));
  }
  if (role !== Role.OPERATOR && user.office) errors.push(userError(UserErrorCode.INVALID, 'Only an OPERATOR is attached to an office.', ['input', 'officeId']));
  if (role !== Role.OPERATOR && user.department) errors.push(userError(UserErrorCode.INVALID, 'Only an OPERATOR is attached to a department.', ['input', 'departmentId']));
  if (role !== Role.SUPERVISOR && user.region) errors.push(userError(UserErrorCode.INVALID, 'Only a SUPERVISOR can be limited to a region.', ['input', 'regionCode']));
  return errors;
}

/** Accounts are managed by ADMIN only: they carry names and roles of staff. */
@Resolver()
export class UsersResolver {
  @Authorized(Role.ADMIN)
  @Query(() => UserPage, { description: 'Accounts. ADMIN only.' })
  async users(
    @Ctx() { em }: GraphQLContext,
    @Arg('filter', () => UserFilter, { nullable: true }) filter?: UserFilter,
    @Arg('page', () => PageInput, { nullable: true }) page?: PageInput,
  ) {
    const where: FilterQuery<User> = {};
    if (filter?.role) where.role = filter.role;
    if (filter?.active !== undefined && filter.active !== null) where.active = filter.active;
    if (filter?.search) {
      const like = `%${escapeLike(filter.search)}%`;
      where.$or = [{ login: { $ilike: like } }, { fullName: { $ilike: like } }];
    }
    const { offset, limit } = pageOf(page);
    const [items, totalCount] = await em.findAndCount(User, where, {
      populate: ['region', 'office', 'office.region', 'office.branch', 'department'],
      orderBy: { login: 'asc' },
      offset,
      limit,
    });
    return { items, totalCount };
  }

  @Authorized(Role.ADMIN)
  @Query(() => User, { nullable: true, description: 'One account. ADMIN only.' })
  user(@Ctx() { em }: GraphQLContext, @Arg('id', () => ID) id: string): Promise<User | null> {
    if (!isUuid(id)) return Promise.resolve(null);
    return em.findOne(User, { id }, { populate: ['region', 'office', 'office.region', 'office.branch', 'department'] });
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => UserPayload, { description: 'Create an account. ADMIN only.' })
  async userCreate(@Ctx() { em }: GraphQLContext, @Arg('input', () => UserCreateInput) input: UserCreateInput): Promise<UserPayload> {
    if (await em.count(User, { login: input.login })) {
      return fail(userError(UserErrorCode.TAKEN, `The login "${input.login}" is already taken.`, ['input', 'login']));
    }
    const user = em.create(User, {
      login: input.login,
      fullName: input.fullName.trim(),
      role: input.role,
      passwordHash: await hashPassword(input.password),
    });
    const errors = await attachPlace(em, user, input.role, { regionCode: input.regionCode ?? null, officeId: input.officeId ?? null, departmentId: input.departmentId ?? null });
    if (errors.length) {
      em.clear();
      return fail(...errors);
    }
    await em.flush();
    return { user, userErrors: [] };
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => UserPayload, { description: 'Change an account. Pass the version you read: a stale one is a CONFLICT. ADMIN only.' })
  async userUpdate(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => UserUpdateInput) input: UserUpdateInput,
  ): Promise<UserPayload> {
    const { em } = ctx;
    const user = isUuid(id) ? await em.findOne(User, { id }, { populate: ['region', 'office', 'department'] }) : null;
    if (!user) return fail(userError(UserErrorCode.NOT_FOUND, 'No account has this id.', ['id']));
    if (user.version !== version) {
      return fail(userError(UserErrorCode.CONFLICT, `The account was changed by someone else (version ${user.version}, you sent ${version}). Reload and try again.`, ['version']));
    }
    if (user.id === ctx.viewer!.userId && ((input.role && input.role !== Role.ADMIN) || input.active === false)) {
      return fail(userError(UserErrorCode.NOT_ALLOWED, 'You cannot remove your own administrator rights or disable yourself.', ['input', input.role ? 'role' : 'active']));
    }
    const role = input.role ?? user.role;
    if (input.role && input.role !== Role.SUPERVISOR && input.regionCode === undefined) user.region = null;
    if (input.role && input.role !== Role.OPERATOR && input.officeId === undefined) user.office = null;
    if (input.role && input.role !== Role.OPERATOR && input.departmentId === undefined) user.department = null;
    const errors = await attachPlace(em, user, role, input);
    if (errors.length) {
      em.clear();
      return fail(...errors);
    }
    if (input.fullName !== undefined) user.fullName = input.fullName.trim();
    user.role = role;
    if (input.active !== undefined && input.active !== null) user.active = input.active;
    if (input.password) {
      user.passwordHash = await hashPassword(input.password);
      // A new password from an administrator is how a locked-out account gets back in.
      user.lockedUntil = null;
      user.failedSignIns = 0;
    }
    const conflict = await flushOrConflict(em, 'account');
    return conflict ? fail(conflict) : { user, userErrors: [] };
  }
}
