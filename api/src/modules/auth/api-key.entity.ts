import { Entity, ManyToOne, Property } from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';
import { User } from '../users/user.entity';

/** What a partner system may do with a key. The values are the scope names partners see in the docs. */
export enum ApiKeyScope {
  APPLICATIONS_WRITE = 'applications:write',
  FEEDBACK_WRITE = 'feedback:write',
  CATALOGUE_READ = 'catalogue:read',
}
registerEnumType(ApiKeyScope, {
  name: 'ApiKeyScope',
  description: 'What an API key may do.',
  valuesConfig: {
    APPLICATIONS_WRITE: { description: '"applications:write": submit applications and move them through their steps, read those the key\'s account submitted.' },
    FEEDBACK_WRITE: { description: '"feedback:write": send satisfaction surveys for applications.' },
    CATALOGUE_READ: { description: '"catalogue:read": read the catalogue and the directory (public anyway; for partners that want one key for everything).' },
  },
});

/**
 * An integrator's API key. The secret is 256 random bits, so a SHA-256 digest is enough at rest (a slow password hash
 * buys nothing against brute force of such a secret and would cost every request); the prefix finds the row.
 */
@ObjectType({ description: "A key an integrator's system sends in the X-Api-Key header. The secret is shown once, at creation." })
@Entity({ tableName: 'api_key' })
export class ApiKey extends BaseEntity<'revokedAt' | 'lastUsedAt' | 'expiresAt' | 'scopes'> {
  @Field(() => User, { description: 'The INTEGRATOR account the key acts as.' })
  @ManyToOne(() => User, { deleteRule: 'cascade' })
  user!: User;

  @Field()
  @Property({ type: 'text' })
  name!: string;

  @Field({ description: 'The first characters of the key, to recognise it in logs.' })
  @Property({ type: 'text', unique: true })
  prefix!: string;

  @Property({ type: 'text', hidden: true })
  secretHash!: string;

  @Field(() => [ApiKeyScope])
  @Property({ type: 'text[]', default: '{catalogue:read}' })
  scopes: ApiKeyScope[] = [ApiKeyScope.CATALOGUE_READ];

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  expiresAt?: Date | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  revokedAt?: Date | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  lastUsedAt?: Date | null;
}
