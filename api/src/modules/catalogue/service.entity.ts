import { Collection, Entity, Enum, ManyToOne, OneToMany, Property } from '@mikro-orm/core';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { SeededEntity } from '../../common/seeded.entity';
import { CitedEntity } from '../../common/cited';
import { LocalizedText } from '../../common/localized-text';
import { LegalAct } from './legal-act.entity';
import type { StandardDetails } from './standard-details';

export enum ServiceStatus {
  IN_FORCE = 'IN_FORCE',
  REPEALED = 'REPEALED',
}
registerEnumType(ServiceStatus, {
  name: 'ServiceStatus',
  description: 'Whether the standard was in force when the decree was last amended, or removed from it.',
});

export enum ServiceChange {
  APPROVED = 'APPROVED',
  RESTATED = 'RESTATED',
  ADDED = 'ADDED',
  REMOVED = 'REMOVED',
}
registerEnumType(ServiceChange, { name: 'ServiceChange', description: 'What an act did to a standard.' });

@ObjectType({ description: 'A state-service standard approved by the decree.' })
@Entity({ tableName: 'service' })
export class Service extends SeededEntity<'sortOrder' | 'details' | 'formNote' | 'history'> {
  @Field({ description: 'Stable code, e.g. S3 (R1–R3 for the standards removed in 2013).' })
  @Property({ type: 'text', unique: true })
  code!: string;

  @Field(() => LocalizedText)
  @Property({ type: 'json' })
  title!: LocalizedText;

  @Field(() => ServiceStatus)
  @Enum({ items: () => ServiceStatus, nativeEnumName: 'service_status' })
  status!: ServiceStatus;

  @Field(() => LegalAct, { description: 'The act that approved the standard (and whether it is still in force).' })
  @ManyToOne(() => LegalAct)
  act!: LegalAct;

  @Field(() => String, { nullable: true, description: 'Where the act lists it, e.g. "6)" for item 1, sub-item 6).' })
  @Property({ type: 'text', nullable: true })
  decreeItem?: string | null;

  @Field(() => Int)
  @Property({ type: 'int', default: 0 })
  sortOrder: number = 0;

  /** The standard's text sections (provider, legal bases, receipt, complaints...), each with its citation. */
  @Property({ type: 'json', nullable: true })
  details?: StandardDetails | null;

  @Property({ type: 'text', nullable: true })
  formCode?: string | null;

  @Property({ type: 'json', nullable: true })
  formNote?: LocalizedText | null;

  @OneToMany(() => ServiceEvent, (e) => e.service)
  history = new Collection<ServiceEvent>(this);
}

@ObjectType({ description: 'A step in the life of a standard: approved, restated, added or removed by an act.' })
@Entity({ tableName: 'service_event' })
export class ServiceEvent extends CitedEntity {
  @ManyToOne(() => Service, { deleteRule: 'cascade' })
  service!: Service;

  @Field(() => LegalAct)
  @ManyToOne(() => LegalAct)
  act!: LegalAct;

  @Field(() => ServiceChange)
  @Enum({ items: () => ServiceChange, nativeEnumName: 'service_change' })
  change!: ServiceChange;
}
