import { Entity, Enum, ManyToOne, Property } from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { CitedEntity } from '../../common/cited';
import { LocalizedText } from '../../common/localized-text';
import { DateScalar } from '../../common/scalars';

export enum ActStatus {
  IN_FORCE = 'IN_FORCE',
  REPEALED = 'REPEALED',
}
registerEnumType(ActStatus, { name: 'ActStatus', description: 'Whether a legal act is in force or repealed.' });

export enum ActKind {
  LAW = 'LAW',
  CODE = 'CODE',
  GOVERNMENT_DECREE = 'GOVERNMENT_DECREE',
  MINISTERIAL_ORDER = 'MINISTERIAL_ORDER',
}
registerEnumType(ActKind, { name: 'ActKind' });

@ObjectType({ description: 'A legal act: one that approves standards (Decree No 2223), amends them, or that a standard cites.' })
@Entity({ tableName: 'legal_act' })
export class LegalAct extends CitedEntity<'approvesStandards' | 'repealedBy'> {
  @Field({ description: 'Stable key, e.g. "gd-2223" or "law-2012-02-16-military-service".' })
  @Property({ type: 'text', unique: true })
  key!: string;

  @Field(() => ActKind)
  @Enum({ items: () => ActKind, nativeEnumName: 'act_kind' })
  kind!: ActKind;

  @Field(() => String, { nullable: true, description: 'The number as printed, e.g. "2223" (laws are cited by date and title).' })
  @Property({ type: 'text', nullable: true })
  number?: string | null;

  @Field(() => DateScalar)
  @Property({ type: 'date' })
  adoptedOn!: string;

  @Field(() => LocalizedText)
  @Property({ type: 'json' })
  title!: LocalizedText;

  @Field(() => LocalizedText, { nullable: true })
  @Property({ type: 'json', nullable: true })
  note?: LocalizedText | null;

  @Field(() => String, { nullable: true, description: 'Who signed it, as printed.' })
  @Property({ type: 'text', nullable: true })
  signatory?: string | null;

  @Field(() => ActStatus, { nullable: true, description: 'Null where the decree does not say.' })
  @Enum({ items: () => ActStatus, nativeEnumName: 'act_status', nullable: true })
  status?: ActStatus | null;

  @Field(() => DateScalar, { nullable: true })
  @Property({ type: 'date', nullable: true })
  repealedOn?: string | null;

  @ManyToOne(() => LegalAct, { nullable: true })
  repealedBy?: LegalAct | null;

  @Field({ description: 'True for an act that approves service standards (the catalogue is built from it).' })
  @Property({ type: 'boolean', default: false })
  approvesStandards: boolean = false;
}

@ObjectType({ description: 'What an amending act changed in another act.' })
@Entity({ tableName: 'act_amendment' })
export class ActAmendment extends CitedEntity {
  @Field(() => LegalAct)
  @ManyToOne(() => LegalAct)
  act!: LegalAct;

  @Field(() => LegalAct)
  @ManyToOne(() => LegalAct)
  amends!: LegalAct;

  @Field(() => [LocalizedText])
  @Property({ type: 'json' })
  changes!: LocalizedText[];

  @Field(() => LocalizedText)
  @Property({ type: 'json' })
  entryIntoForce!: LocalizedText;
}
