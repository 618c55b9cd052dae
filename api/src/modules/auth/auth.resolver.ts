import { Arg, Authorized, Ctx, Field, InputType, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { IsString, MaxLength, MinLength } from 'class-validator';
import type { GraphQLContext } from '../../common/context';
import { UserError, UserErrorCode, userError } from '../../common/errors';
import { User } from '../users/user.entity';
import type { AuthService } from './auth.service';
import { hashPassword, MIN_PASSWORD_LENGTH, verifyPassword } from './passwords';

@InputType()
export class SessionCreateInput {
  @Field()
  @IsString()
  @MinLength(1)
  @MaxLength(64)
  login!: string;

  @Field()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  password!: string;
}

@ObjectType({ description: 'A new session: send the token as "Authorization: Bearer <token>".' })
export class SessionCreatePayload {
  @Field()
  token!: string;

  @Field(() => Date)
  expiresAt!: Date;

  @Field(() => User)
  user!: User;
}

@InputType()
export class PasswordChangeInput {
  @Field()
  @IsString()
  @MaxLength(200)
  currentPassword!: string;

  @Field()
  @IsString()
  @MinLength(MIN_PASSWORD_LENGTH)
  @MaxLength(200)
  newPassword!: string;
}

@ObjectType()
export class PasswordChangePayload {
  @Field()
  changed!: boolean;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

export function createAuthResolver(auth: AuthService) {
  @Resolver()
  class AuthResolver {
    @Mutation(() => SessionCreatePayload, { description: 'Sign in with login and password. Public.' })
    async sessionCreate(@Arg('input', () => SessionCreateInput) input: SessionCreateInput, @Ctx() ctx: GraphQLContext): Promise<SessionCreatePayload> {
      if (ctx.activity) ctx.activity.signInLogin = input.login.trim().toLowerCase();
      const { token, expiresAt, user } = await auth.signIn(ctx.em, input.login, input.password, ctx.userAgent, ctx.ip);
      await ctx.em.populate(user, ['region', 'office']);
      return { token, expiresAt, user };
    }

    @Authorized()
    @Mutation(() => Boolean, { description: 'Sign out: the current session token stops working. Any signed-in caller.' })
    sessionRevoke(@Ctx() ctx: GraphQLContext): Promise<boolean> {
      return auth.signOut(ctx.em, ctx.viewer!);
    }

    @Query(() => User, { nullable: true, description: 'The signed-in account, or null for anonymous callers. Public.' })
    async me(@Ctx() ctx: GraphQLContext): Promise<User | null> {
      if (!ctx.viewer) return null;
      // Joined in the one statement: the office's region and branch would otherwise cost a query each.
      return ctx.em.findOne(User, { id: ctx.viewer.userId }, { populate: ['region', 'office', 'office.region', 'office.branch'] });
    }

    @Authorized()
    @Mutation(() => PasswordChangePayload, { description: 'Change your own password. Any signed-in caller.' })
    async passwordChange(@Arg('input', () => PasswordChangeInput) input: PasswordChangeInput, @Ctx() ctx: GraphQLContext): Promise<PasswordChangePayload> {
      const user = await ctx.em.findOneOrFail(User, { id: ctx.viewer!.userId }, { populate: ['passwordHash'] });
      if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
        return { changed: false, userErrors: [userError(UserErrorCode.INVALID, 'The current password is wrong.', ['input', 'currentPassword'])] };
      }
      user.passwordHash = await hashPassword(input.newPassword);
      await ctx.em.flush();
      return { changed: true, userErrors: [] };
    }
  }
  return AuthResolver;
}
