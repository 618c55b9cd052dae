import { Property } from '@mikro-orm/core';
import { ObjectType } from 'type-graphql';
import { BaseEntity } from './base.entity';

/**
 * A row that comes from `seeds/`. The loader updates it only while no administrator has edited it (editedAt is null),
 * and only when the seed record itself changed (seedHash), so a second start changes nothing.
 */
@ObjectType()
export abstract class SeededEntity<Optional = never> extends BaseEntity<Optional | 'seedKey' | 'seedHash' | 'editedAt'> {
  @Property({ type: 'text', nullable: true, unique: true })
  seedKey?: string | null;

  @Property({ type: 'text', nullable: true })
  seedHash?: string | null;

  @Property({ type: 'timestamptz', nullable: true })
  editedAt?: Date | null;
}
