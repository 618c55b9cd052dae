import { Entity, Enum, ManyToOne, Property } from '@mikro-orm/core';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { SeededEntity } from '../../common/seeded.entity';
import { LocalizedText } from '../../common/localized-text';
import { LegalAct } from './legal-act.entity';

export enum ServiceStatus {
  IN_FORCE = 'IN_FORCE',
  REPEALED = 'REPEALED',
}
registerEnumType(ServiceStatus, {
  name: 'ServiceStatus',
  description: 'Whether the standard was in force when the decree was last amended, or removed from it.',
});

@ObjectType({ description: 'A state-service standard approved by the decree.' })
@Entity({ tableName: 'service' })
export class Service extends SeededEntity<'sortOrder'> {
  @Field({ description: 'Stable code, e.g. S3.' })
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
}
