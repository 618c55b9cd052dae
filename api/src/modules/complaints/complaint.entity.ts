import { Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/core';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';
import { DateScalar } from '../../common/scalars';
import { Application, NotificationMethod } from '../applications/application.entity';
import { Region } from '../catalogue/region.entity';
import { Service } from '../catalogue/service.entity';
import { Department, Office } from '../directory/office.entity';
import { User } from '../users/user.entity';

export enum ComplaintForm {
  ORAL = 'ORAL',
  WRITTEN = 'WRITTEN',
  ELECTRONIC = 'ELECTRONIC',
}
registerEnumType(ComplaintForm, { name: 'ComplaintForm', description: 'How the complaint was made (para 22).' });

export enum ComplaintAddressedTo {
  CENTRE_HEAD = 'CENTRE_HEAD',
  CENTRE_ENTERPRISE_HEAD = 'CENTRE_ENTERPRISE_HEAD',
  BODY_HEAD = 'BODY_HEAD',
  MINISTRY = 'MINISTRY',
}
registerEnumType(ComplaintAddressedTo, {
  name: 'ComplaintAddressedTo',
  description: 'Whom the complaint is addressed to, as the standard lists them (paras 21–22).',
  valuesConfig: {
    CENTRE_HEAD: { description: 'The head of the population service centre.' },
    CENTRE_ENTERPRISE_HEAD: { description: 'The head of the centres\' enterprise (RSE "Population Service Centre").' },
    BODY_HEAD: { description: 'The head of the authorized body (local military administration).' },
    MINISTRY: { description: 'The higher authorized body: the Ministry of Defence.' },
  },
});

export enum ComplaintStatus {
  REGISTERED = 'REGISTERED',
  RESOLVED = 'RESOLVED',
}
registerEnumType(ComplaintStatus, { name: 'ComplaintStatus' });

export enum ComplaintOutcome {
  UPHELD = 'UPHELD',
  PARTLY_UPHELD = 'PARTLY_UPHELD',
  REJECTED = 'REJECTED',
}
registerEnumType(ComplaintOutcome, { name: 'ComplaintOutcome', description: 'What the consideration decided.' });

/** How long a complaint may be considered, and the law that says so. Editable: the law, not the decree, fixes it. */
@ObjectType({ description: 'The consideration term of complaints, from the law on appeals the standards cite (para 25).' })
@Entity({ tableName: 'complaint_rule' })
export class ComplaintRule extends BaseEntity {
  @Field({ description: 'A stable key, e.g. "appeals-law".' })
  @Property({ type: 'text', unique: true })
  key!: string;

  @Field(() => Int, { description: 'Calendar days to consider a complaint, from its registration.' })
  @Property({ type: 'int' })
  considerationDays!: number;

  @Field(() => Int, { description: 'Calendar days the term may be extended to, with notice to the complainant.' })
  @Property({ type: 'int' })
  extendedDays!: number;

  @Field({ description: 'The legal source of the term.' })
  @Property({ type: 'text' })
  cite!: string;
}

@ObjectType({ description: 'The consideration term applied to a complaint, as the rule read when it was registered.' })
export class AppliedComplaintRule {
  @Field(() => Int)
  considerationDays!: number;

  @Field(() => Int)
  extendedDays!: number;

  @Field()
  cite!: string;
}

@ObjectType({ description: 'The talon given for a complaint (para 25): date and time, who received it, and how to reach them.' })
export class ComplaintTalon {
  @Field()
  number!: string;

  @Field(() => Date)
  receivedAt!: Date;

  @Field()
  receiverName!: string;

  @Field(() => String, { nullable: true, description: 'The contact of the place that received it (its phone).' })
  receiverContact?: string | null;
}

@ObjectType({ description: 'An extension of the consideration term, with the notice to the complainant.' })
export class ComplaintExtension {
  @Field(() => DateScalar)
  previousDueOn!: string;

  @Field(() => DateScalar)
  newDueOn!: string;

  @Field()
  reason!: string;

  @Field(() => Date)
  noticeSentAt!: Date;

  @Field(() => NotificationMethod)
  noticeMethod!: NotificationMethod;
}

@ObjectType({ description: 'A complaint about how a service was provided: registered in the journal, considered within the law\'s term.' })
@Entity({ tableName: 'complaint' })
@Index({ properties: ['region', 'receivedOn'] })
@Index({ properties: ['status', 'dueOn'] })
@Index({ properties: ['application'] })
export class Complaint extends BaseEntity<
  'office' | 'department' | 'application' | 'service' | 'region' | 'employeeName' | 'postalAddress' | 'email' | 'phone' | 'extension' | 'outcome' | 'outcomeText' | 'resolvedOn' | 'complainantNotifiedAt' | 'notificationMethod' | 'demo'
> {
  @Field({ description: 'The journal registration number, e.g. "CMP-2026-000012".' })
  @Property({ type: 'text', unique: true })
  number!: string;

  @Field(() => ComplaintForm)
  @Enum({ items: () => ComplaintForm, nativeEnumName: 'complaint_form' })
  form!: ComplaintForm;

  @Field(() => ComplaintAddressedTo)
  @Enum({ items: () => ComplaintAddressedTo, nativeEnumName: 'complaint_addressee' })
  addressee!: ComplaintAddressedTo;

  @Field(() => Office, { nullable: true, description: 'The centre office complained about.' })
  @ManyToOne(() => Office, { nullable: true })
  office?: Office | null;

  @Field(() => Department, { nullable: true, description: 'The authorized body complained about.' })
  @ManyToOne(() => Department, { nullable: true })
  department?: Department | null;

  @Field(() => String, { nullable: true, description: 'The employee complained about (para 24: surname, name, patronymic).' })
  @Property({ type: 'text', nullable: true })
  employeeName?: string | null;

  @ManyToOne(() => Application, { nullable: true })
  application?: Application | null;

  @Field(() => Service, { nullable: true })
  @ManyToOne(() => Service, { nullable: true })
  service?: Service | null;

  @Field(() => Region, { nullable: true, description: 'Null for a complaint about no place of any region (e.g. to the ministry in general).' })
  @ManyToOne(() => Region, { nullable: true })
  region?: Region | null;

  // The complainant (para 22, 24): shown to the staff who consider complaints.
  @Property({ type: 'text' })
  complainantName!: string;

  @Property({ type: 'text', nullable: true })
  postalAddress?: string | null;

  @Property({ type: 'text', nullable: true })
  email?: string | null;

  @Property({ type: 'text', nullable: true })
  phone?: string | null;

  @Field(() => DateScalar, { description: 'The date the complainant put on it.' })
  @Property({ type: 'date' })
  filedOn!: string;

  @Field()
  @Property({ type: 'text' })
  reasons!: string;

  @Field()
  @Property({ type: 'text' })
  demands!: string;

  @Field(() => Date)
  @Property({ type: 'timestamptz' })
  receivedAt!: Date;

  @Field(() => DateScalar)
  @Property({ type: 'date' })
  receivedOn!: string;

  @ManyToOne(() => User, { deleteRule: 'restrict' })
  receivedBy!: User;

  @Field(() => ComplaintTalon)
  @Property({ type: 'json' })
  talon!: ComplaintTalon;

  @Field(() => AppliedComplaintRule)
  @Property({ type: 'json' })
  rule!: AppliedComplaintRule;

  @Field(() => DateScalar, { description: 'The last day of consideration (after any extension).' })
  @Property({ type: 'date' })
  dueOn!: string;

  @Field(() => ComplaintExtension, { nullable: true })
  @Property({ type: 'json', nullable: true })
  extension?: ComplaintExtension | null;

  @Field(() => ComplaintStatus)
  @Enum({ items: () => ComplaintStatus, nativeEnumName: 'complaint_status' })
  status!: ComplaintStatus;

  @Field(() => ComplaintOutcome, { nullable: true })
  @Enum({ items: () => ComplaintOutcome, nativeEnumName: 'complaint_outcome', nullable: true })
  outcome?: ComplaintOutcome | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  outcomeText?: string | null;

  @Field(() => DateScalar, { nullable: true })
  @Property({ type: 'date', nullable: true })
  resolvedOn?: string | null;

  @Field(() => Date, { nullable: true, description: 'When the complainant was told the result (by e-mail or post, para 25).' })
  @Property({ type: 'timestamptz', nullable: true })
  complainantNotifiedAt?: Date | null;

  @Field(() => NotificationMethod, { nullable: true })
  @Enum({ items: () => NotificationMethod, nativeEnumName: 'notification_method', nullable: true })
  notificationMethod?: NotificationMethod | null;

  @Field({ description: 'Generated demo data.' })
  @Property({ type: 'boolean', default: false })
  demo: boolean = false;
}
