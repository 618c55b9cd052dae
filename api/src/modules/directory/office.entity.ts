import { Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/core';
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

@ObjectType({ description: 'Opening hours on some days of the week.' })
export class OpeningHours {
  @Field(() => [String], { description: 'MON…SUN.' })
  days!: string[];

  @Field({ description: 'HH:MM, local time.' })
  opens!: string;

  @Field()
  closes!: string;

  @Field(() => String, { nullable: true })
  lunchFrom?: string | null;

  @Field(() => String, { nullable: true })
  lunchTo?: string | null;
}

/** The centres' hours in every standard (para 9): Monday to Saturday, 09:00–20:00, without a break. */
export const DEFAULT_CENTRE_HOURS: OpeningHours[] = [{ days: ['MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'], opens: '09:00', closes: '20:00', lunchFrom: null, lunchTo: null }];

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
@Index({ name: 'office_search_text_trgm', expression: 'create index "office_search_text_trgm" on "office" using gin ("search_text" gin_trgm_ops)' })
export class Office extends CitedEntity<'archivedAt' | 'branch' | 'position' | 'searchText' | 'postcode' | 'openingHours'> {
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

  @Field(() => String, { nullable: true, description: 'Six-digit postcode, where known.' })
  @Property({ type: 'text', nullable: true })
  postcode?: string | null;

  @Field(() => [OpeningHours], { description: 'Weekly opening hours (local time, Asia/Almaty); closed on days off of the working calendar.' })
  @Property({ type: 'json', default: JSON.stringify(DEFAULT_CENTRE_HOURS) })
  openingHours: OpeningHours[] = DEFAULT_CENTRE_HOURS;

  /**
   * Names and addresses in every language, lower-cased and folded (registry_fold): what `search` matches. Only the
   * texts' values: the JSON of `name::text` would make "kk", "ru" and "en" match every office.
   */
  @Property({
    type: 'text',
    lazy: true,
    hidden: true,
    generated:
      `(registry_fold(coalesce(name->>'kk', '') || ' ' || coalesce(name->>'ru', '') || ' ' || coalesce(name->>'en', '') || ' ' || ` +
      `coalesce(address->>'kk', '') || ' ' || coalesce(address->>'ru', '') || ' ' || coalesce(address->>'en', ''))) stored`,
  })
  searchText?: string;

  @Field(() => Date, { nullable: true, description: 'Set when the office is closed; archived offices stay for history.' })
  @Property({ type: 'timestamptz', nullable: true })
  archivedAt?: Date | null;
}
