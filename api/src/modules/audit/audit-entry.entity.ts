import { Entity, Index, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { JSONResolver } from 'graphql-scalars';
import { BaseEntity } from '../../common/base.entity';
import type { GraphQLContext } from '../../common/context';

@ObjectType({ description: 'One change made through the API: who, when, what, and the values before and after.' })
@Entity({ tableName: 'audit_entry' })
@Index({ properties: ['entityType', 'entityKey'] })
export class AuditEntry extends BaseEntity {
  @Field(() => ID, { nullable: true })
  @Property({ type: 'uuid', nullable: true })
  actorId?: string | null;

  @Field({ description: 'Login of the account that made the change.' })
  @Property({ type: 'text' })
  actorLogin!: string;

  @Field({ description: 'The mutation, e.g. "officeUpdate".' })
  @Property({ type: 'text' })
  action!: string;

  @Field({ description: 'E.g. "Office", "CalendarDay".' })
  @Property({ type: 'text' })
  entityType!: string;

  @Field({ description: 'The id or natural key of the changed record.' })
  @Property({ type: 'text' })
  entityKey!: string;

  @Field(() => JSONResolver, { nullable: true })
  @Property({ type: 'json', nullable: true })
  before?: unknown;

  @Field(() => JSONResolver, { nullable: true })
  @Property({ type: 'json', nullable: true })
  after?: unknown;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  requestId?: string | null;
}

/** Records a change in the same unit of work as the change itself: both are stored, or neither. */
export function audit(ctx: GraphQLContext, entry: { action: string; entityType: string; entityKey: string; before?: unknown; after?: unknown }): void {
  ctx.em.persist(
    ctx.em.create(AuditEntry, {
      actorId: ctx.viewer?.userId ?? null,
      actorLogin: ctx.viewer?.login ?? 'system',
      action: entry.action,
      entityType: entry.entityType,
      entityKey: entry.entityKey,
      before: entry.before ?? null,
      after: entry.after ?? null,
      requestId: ctx.requestId,
    }),
  );
}
