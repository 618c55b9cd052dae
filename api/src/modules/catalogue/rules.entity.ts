import { Entity, Enum, ManyToOne, Property, Unique } from '@mikro-orm/core';
import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { CitedEntity } from '../../common/cited';
import { LocalizedText } from '../../common/localized-text';
import { Service } from './service.entity';

export enum Channel {
  BODY = 'BODY',
  CENTRE = 'CENTRE',
}
registerEnumType(Channel, {
  name: 'Channel',
  description: 'Where the service is provided.',
  valuesConfig: {
    BODY: { description: 'The authorized body: the local military administration bodies.' },
    CENTRE: { description: 'A population service centre (ХҚО / ЦОН).' },
  },
});

export enum CaseKind {
  DOCUMENTS = 'DOCUMENTS',
  DEADLINE = 'DEADLINE',
  BOTH = 'BOTH',
}
registerEnumType(CaseKind, { name: 'CaseKind', description: 'Whether a case groups required documents (para 11), sets a term (para 7), or both.' });

export enum DeadlineKind {
  PROCESSING = 'PROCESSING',
  EXTENSION = 'EXTENSION',
  QUEUE_AT_SUBMISSION = 'QUEUE_AT_SUBMISSION',
  WAIT_AT_RECEIPT = 'WAIT_AT_RECEIPT',
  WAIT_BEFORE_SERVICE = 'WAIT_BEFORE_SERVICE',
  SERVICE_ON_DAY = 'SERVICE_ON_DAY',
}
registerEnumType(DeadlineKind, { name: 'DeadlineKind' });

export enum DeadlineUnit {
  WORKING_DAYS = 'WORKING_DAYS',
  MONTHS = 'MONTHS',
  MINUTES = 'MINUTES',
}
registerEnumType(DeadlineUnit, { name: 'DeadlineUnit' });

export enum DeadlineStart {
  SUBMISSION = 'SUBMISSION',
  ARRIVAL_AT_BODY = 'ARRIVAL_AT_BODY',
  REGISTRATION_OF_WRITTEN_APPLICATION = 'REGISTRATION_OF_WRITTEN_APPLICATION',
  COMMISSION_DECISION_APPROVAL = 'COMMISSION_DECISION_APPROVAL',
  APPLICATION = 'APPLICATION',
}
registerEnumType(DeadlineStart, { name: 'DeadlineStart', description: 'The event a term is counted from.' });

export enum DocumentKind {
  ORIGINAL = 'ORIGINAL',
  COPY = 'COPY',
  NOTARISED_COPY = 'NOTARISED_COPY',
  ORIGINAL_FOR_VERIFICATION = 'ORIGINAL_FOR_VERIFICATION',
  FORM = 'FORM',
}
registerEnumType(DocumentKind, { name: 'DocumentKind' });

export enum ClosedDays {
  SATURDAY_SUNDAY_AND_HOLIDAYS = 'SATURDAY_SUNDAY_AND_HOLIDAYS',
  SUNDAY_AND_HOLIDAYS = 'SUNDAY_AND_HOLIDAYS',
  REST_DAYS_AND_HOLIDAYS = 'REST_DAYS_AND_HOLIDAYS',
}
registerEnumType(ClosedDays, { name: 'ClosedDays' });

@ObjectType({ description: 'A case of a standard: a group of required documents (para 11) or a term (para 7).' })
@Entity({ tableName: 'service_case' })
@Unique({ properties: ['service', 'key'] })
export class ServiceCase extends CitedEntity<'position'> {
  @ManyToOne(() => Service, { deleteRule: 'cascade' })
  service!: Service;

  @Field({ description: 'Stable key within the standard, e.g. "lost-stolen".' })
  @Property({ type: 'text' })
  key!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  parentKey?: string | null;

  @Field(() => String, { nullable: true, description: 'The printed number, e.g. "11.4".' })
  @Property({ type: 'text', nullable: true })
  number?: string | null;

  @Field(() => CaseKind)
  @Enum({ items: () => CaseKind, nativeEnumName: 'case_kind' })
  kind!: CaseKind;

  @Field(() => LocalizedText)
  @Property({ type: 'json' })
  title!: LocalizedText;

  @Field(() => String, { nullable: true, description: 'For a documents case: the key of the deadline case whose terms apply.' })
  @Property({ type: 'text', nullable: true })
  deadlineCaseKey?: string | null;

  @Field(() => String, { nullable: true, description: 'How that link was read from the text.' })
  @Property({ type: 'text', nullable: true })
  mapping?: string | null;

  @Field(() => Int)
  @Property({ type: 'int', default: 0 })
  position: number = 0;
}

@ObjectType({ description: 'A term of a standard: a processing time, an extension, or a queue or waiting limit.' })
@Entity({ tableName: 'deadline_rule' })
export class DeadlineRule extends CitedEntity<'position' | 'case'> {
  @ManyToOne(() => Service, { deleteRule: 'cascade' })
  service!: Service;

  @Field(() => Channel)
  @Enum({ items: () => Channel, nativeEnumName: 'channel' })
  channel!: Channel;

  @Field(() => ServiceCase, { nullable: true, description: 'Null when the standard has a single case.' })
  @ManyToOne(() => ServiceCase, { nullable: true, deleteRule: 'cascade' })
  case?: ServiceCase | null;

  @Field(() => DeadlineKind)
  @Enum({ items: () => DeadlineKind, nativeEnumName: 'deadline_kind' })
  kind!: DeadlineKind;

  @Field(() => Int)
  @Property({ type: 'int' })
  value!: number;

  @Field(() => DeadlineUnit)
  @Enum({ items: () => DeadlineUnit, nativeEnumName: 'deadline_unit' })
  unit!: DeadlineUnit;

  @Field({ description: 'True when the text gives a maximum ("up to", "not more than").' })
  @Property({ type: 'boolean' })
  upTo!: boolean;

  @Field(() => DeadlineStart, { nullable: true })
  @Enum({ items: () => DeadlineStart, nativeEnumName: 'deadline_start', nullable: true })
  startsFrom?: DeadlineStart | null;

  @Field(() => LocalizedText, { nullable: true })
  @Property({ type: 'json', nullable: true })
  condition?: LocalizedText | null;

  @Field({ description: 'The day of acceptance and the day of issue are not counted.' })
  @Property({ type: 'boolean' })
  excludesAcceptanceAndIssueDays!: boolean;

  @Field(() => LocalizedText)
  @Property({ type: 'json' })
  text!: LocalizedText;

  @Field(() => Int)
  @Property({ type: 'int', default: 0 })
  position: number = 0;
}

@ObjectType({ description: 'A document required for a case (para 11).' })
@Entity({ tableName: 'document_requirement' })
export class DocumentRequirement extends CitedEntity<'position' | 'case'> {
  @ManyToOne(() => Service, { deleteRule: 'cascade' })
  service!: Service;

  @Field(() => ServiceCase, { nullable: true })
  @ManyToOne(() => ServiceCase, { nullable: true, deleteRule: 'cascade' })
  case?: ServiceCase | null;

  @Field(() => LocalizedText, { description: 'Who submits: the consumer or a representative with a power of attorney.' })
  @Property({ type: 'json' })
  submittedBy!: LocalizedText;

  @Field(() => LocalizedText)
  @Property({ type: 'json' })
  name!: LocalizedText;

  @Field(() => DocumentKind)
  @Enum({ items: () => DocumentKind, nativeEnumName: 'document_kind' })
  kind!: DocumentKind;

  @Field({ description: 'Taken by the body or centre from a state information system: the applicant need not bring it.' })
  @Property({ type: 'boolean' })
  fromStateSystem!: boolean;

  @Field(() => LocalizedText, { nullable: true, description: 'When it is required, if only in some situations.' })
  @Property({ type: 'json', nullable: true })
  condition?: LocalizedText | null;

  @Field(() => Float, { nullable: true })
  @Property({ type: 'real', nullable: true })
  photoWidthCm?: number | null;

  @Field(() => Float, { nullable: true })
  @Property({ type: 'real', nullable: true })
  photoHeightCm?: number | null;

  @Field(() => Int, { nullable: true, description: 'Number of photos; null when the text does not say.' })
  @Property({ type: 'int', nullable: true })
  photoCount?: number | null;

  @Field(() => Boolean, { nullable: true })
  @Property({ type: 'boolean', nullable: true })
  photoInUniform?: boolean | null;

  @Field(() => Int)
  @Property({ type: 'int', default: 0 })
  position: number = 0;
}

@ObjectType({ description: 'Opening hours of a channel (para 9).' })
@Entity({ tableName: 'service_schedule' })
export class ServiceSchedule extends CitedEntity {
  @ManyToOne(() => Service, { deleteRule: 'cascade' })
  service!: Service;

  @Field(() => Channel)
  @Enum({ items: () => Channel, nativeEnumName: 'channel' })
  channel!: Channel;

  @Field(() => [String], { description: 'Working days: MON…SUN.' })
  @Property({ type: 'text[]' })
  days!: string[];

  @Field({ description: 'Local time (Asia/Almaty), HH:MM.' })
  @Property({ type: 'text' })
  opens!: string;

  @Field()
  @Property({ type: 'text' })
  closes!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  lunchFrom?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  lunchTo?: string | null;

  @Field(() => ClosedDays)
  @Enum({ items: () => ClosedDays, nativeEnumName: 'closed_days' })
  closedOn!: ClosedDays;

  @Field(() => LocalizedText)
  @Property({ type: 'json' })
  text!: LocalizedText;
}

@ObjectType({ description: 'A quality and accessibility indicator of Appendix 3, with its normative value.' })
@Entity({ tableName: 'service_indicator' })
@Unique({ properties: ['service', 'code'] })
export class ServiceIndicator extends CitedEntity {
  @ManyToOne(() => Service, { deleteRule: 'cascade' })
  service!: Service;

  @Field({ description: '1.1, 2.1, 3.1, 3.2, 4.1 or 5.1.' })
  @Property({ type: 'text' })
  code!: string;

  @Field()
  @Property({ type: 'text' })
  groupCode!: string;

  @Field(() => LocalizedText)
  @Property({ type: 'json' })
  groupName!: LocalizedText;

  @Field(() => LocalizedText)
  @Property({ type: 'json' })
  wording!: LocalizedText;

  @Field(() => Float, { description: 'Normative value, in percent.' })
  @Property({ type: 'real' })
  normativeValue!: number;
}
