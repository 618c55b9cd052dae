import { Entity, Enum, Property } from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { SeededEntity } from '../../common/seeded.entity';
import { LocalizedText } from '../../common/localized-text';
import { DateScalar } from '../../common/scalars';

export enum ActStatus {
  IN_FORCE = 'IN_FORCE',
  REPEALED = 'REPEALED',
}
registerEnumType(ActStatus, { name: 'ActStatus', description: 'Whether a legal act is in force or repealed.' });

@ObjectType({ description: 'A legal act that approves service standards, e.g. Government Decree No 2223 of 29.12.2009.' })
@Entity({ tableName: 'legal_act' })
export class LegalAct extends SeededEntity {
  @Field({ description: 'The number as printed, e.g. "2223".' })
  @Property({ type: 'text', unique: true })
  number!: string;

  @Field(() => DateScalar)
  @Property({ type: 'date' })
  adoptedOn!: string;

  @Field(() => LocalizedText, { description: 'The kind of act and issuing body, e.g. "Government Decree of the Republic of Kazakhstan".' })
  @Property({ type: 'json' })
  kind!: LocalizedText;

  @Field(() => LocalizedText)
  @Property({ type: 'json' })
  title!: LocalizedText;

  @Field(() => String, { nullable: true, description: 'Who signed it, as printed.' })
  @Property({ type: 'text', nullable: true })
  signatory?: string | null;

  @Field(() => ActStatus)
  @Enum({ items: () => ActStatus, nativeEnumName: 'act_status' })
  status!: ActStatus;

  @Field(() => DateScalar, { nullable: true })
  @Property({ type: 'date', nullable: true })
  repealedOn?: string | null;

  @Field(() => LocalizedText, { nullable: true, description: 'The act that repealed it.' })
  @Property({ type: 'json', nullable: true })
  repealedBy?: LocalizedText | null;
}
