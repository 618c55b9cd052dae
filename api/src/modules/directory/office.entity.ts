import { Entity, Enum, ManyToOne, Property } from '@mikro-orm/core';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { CitedEntity } from '../../common/cited';
import { LocalizedText } from '../../common/localized-text';
import { Region } from '../catalogue/region.entity';

@ObjectType({ description: 'A phone number as printed, and normalised to E.164 where the printed digits allow it.' })
export class Phone {
  @Field()
  printed!: string;

  @Field(() => String, { nullable: true, description: 'E.164, e.g. +77172721854; null when the printed number does not allow it.' })
  e164?: string | null;

  @Field(() => String, { nullable: true, description: 'Why the number was not normalised, or what is odd about it.' })
  flag?: string | null;
}

export enum NoteKind {
  CORRECTED_IN_LATER_COPIES = 'CORRECTED_IN_LATER_COPIES',
  PRINTED_ERROR = 'PRINTED_ERROR',
  ANOMALY = 'ANOMALY',
}
registerEnumType(NoteKind, { name: 'NoteKind' });

@ObjectType({ description: 'A remark on the printed source: a spelling corrected in later copies, a printed error, an anomaly.' })
export class SourceNote {
  @Field(() => NoteKind)
  kind!: NoteKind;

  @Field()
  text!: string;

  @Field(() => String, { nullable: true })
  lines?: string | null;
}

export enum OfficeKind {
  CITY_DEPARTMENT = 'CITY_DEPARTMENT',
  DISTRICT_DEPARTMENT = 'DISTRICT_DEPARTMENT',
  SUB_DEPARTMENT = 'SUB_DEPARTMENT',
  OTHER = 'OTHER',
}
registerEnumType(OfficeKind, { name: 'OfficeKind', description: 'City department, district department, sub-department (бөлімше) or other.' });

@ObjectType({ description: 'A defence affairs department of an oblast or city (Appendix 1).' })
@Entity({ tableName: 'department' })
export class Department extends CitedEntity {
  @Field(() => Region)
  @ManyToOne(() => Region)
  region!: Region;

  @Field(() => Int)
  @Property({ type: 'int' })
  number!: number;

  @Field(() => LocalizedText)
  @Property({ type: 'json' })
  name!: LocalizedText;

  @Field()
  @Property({ type: 'text' })
  postcode!: string;

  @Field(() => LocalizedText)
  @Property({ type: 'json' })
  address!: LocalizedText;

  @Field(() => [Phone])
  @Property({ type: 'json' })
  phones!: Phone[];

  @Field(() => [SourceNote])
  @Property({ type: 'json' })
  notes!: SourceNote[];
}

@ObjectType({ description: 'A regional branch of the RSE "Population Service Centre" (Appendix 2).' })
@Entity({ tableName: 'psc_branch' })
export class PscBranch extends CitedEntity {
  @Field(() => Region)
  @ManyToOne(() => Region)
  region!: Region;

  @Field(() => LocalizedText)
  @Property({ type: 'json' })
  name!: LocalizedText;

  @Field(() => LocalizedText)
  @Property({ type: 'json' })
  address!: LocalizedText;

  @Field(() => [Phone])
  @Property({ type: 'json' })
  phones!: Phone[];

  @Field(() => [SourceNote])
  @Property({ type: 'json' })
  notes!: SourceNote[];
}

@ObjectType({ description: 'A population service centre office (Appendix 2), where applications are received.' })
@Entity({ tableName: 'office' })
export class Office extends CitedEntity<'archivedAt' | 'branch' | 'position'> {
  @Field(() => Region)
  @ManyToOne(() => Region)
  region!: Region;

  @Field(() => PscBranch, { nullable: true })
  @ManyToOne(() => PscBranch, { nullable: true })
  branch?: PscBranch | null;

  @Field(() => Int, { description: 'Position within its region in Appendix 2.' })
  @Property({ type: 'int', default: 0 })
  position: number = 0;

  @Field(() => String, { nullable: true, description: 'The "N)" number as printed; null for unnumbered sub-departments.' })
  @Property({ type: 'text', nullable: true })
  printedNumber?: string | null;

  @Field(() => OfficeKind)
  @Enum({ items: () => OfficeKind, nativeEnumName: 'office_kind' })
  kind!: OfficeKind;

  @Field(() => LocalizedText)
  @Property({ type: 'json' })
  name!: LocalizedText;

  @Field(() => LocalizedText, { nullable: true })
  @Property({ type: 'json', nullable: true })
  address?: LocalizedText | null;

  @Field(() => [Phone])
  @Property({ type: 'json', default: '[]' })
  phones: Phone[] = [];

  @Field(() => [SourceNote])
  @Property({ type: 'json', default: '[]' })
  notes: SourceNote[] = [];

  @Field(() => Date, { nullable: true, description: 'Set when the office is closed; archived offices stay for history.' })
  @Property({ type: 'timestamptz', nullable: true })
  archivedAt?: Date | null;
}
