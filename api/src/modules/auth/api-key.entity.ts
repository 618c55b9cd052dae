import { Entity, ManyToOne, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';
import { User } from '../users/user.entity';

/**
 * An integrator's API key. The secret is 256 random bits, so a SHA-256 digest is enough at rest (a slow password hash
 * buys nothing against brute force of such a secret and would cost every request); the prefix finds the row.
 */
@ObjectType({ description: "A key an integrator's system sends in the X-Api-Key header. The secret is shown once, at creation." })
@Entity({ tableName: 'api_key' })
export class ApiKey extends BaseEntity<'revokedAt' | 'lastUsedAt' | 'expiresAt'> {
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
