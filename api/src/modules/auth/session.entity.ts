import { Entity, Index, ManyToOne, Property } from '@mikro-orm/core';
import { BaseEntity } from '../../common/base.entity';
import { User } from '../users/user.entity';

/** A signed-in session. Only the SHA-256 of its bearer token is stored: a leaked table yields no usable token. */
@Entity({ tableName: 'session' })
export class Session extends BaseEntity<'revokedAt' | 'lastSeenAt'> {
  @ManyToOne(() => User, { deleteRule: 'cascade' })
  user!: User;

  @Property({ type: 'text', unique: true })
  tokenHash!: string;

  @Index()
  @Property({ type: 'timestamptz' })
  expiresAt!: Date;

  @Property({ type: 'timestamptz', nullable: true })
  revokedAt?: Date | null;

  @Property({ type: 'text', nullable: true })
  userAgent?: string | null;
}
