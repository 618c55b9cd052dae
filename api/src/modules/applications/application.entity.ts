import { Collection, Entity, Enum, Index, ManyToOne, OneToMany, Property, Unique } from '@mikro-orm/core';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';
import { LocalizedText } from '../../common/localized-text';
import { DateScalar } from '../../common/scalars';
import { Region } from '../catalogue/region.entity';
import { Channel, DeadlineRule, DeadlineStart, DeadlineUnit, DocumentKind, ServiceCase } from '../catalogue/rules.entity';
import { Service } from '../catalogue/service.entity';
import { Department, Office } from '../directory/office.entity';
import { User } from '../users/user.entity';

export enum ApplicationStatus {
  ACCEPTED = 'ACCEPTED',
  IN_PROGRESS = 'IN_PROGRESS',
  READY = 'READY',
  ISSUED = 'ISSUED',
  REFUSED = 'REFUSED',
  TRANSFERRED_TO_BODY = 'TRANSFERRED_TO_BODY',
  REFUSED_AT_ACCEPTANCE = 'REFUSED_AT_ACCEPTANCE',
}
registerEnumType(ApplicationStatus, {
  name: 'ApplicationStatus',
  description: 'Where an application stands.',
  valuesConfig: {
    ACCEPTED: { description: 'Documents accepted, receipt issued (para 14); the term runs.' },
    IN_PROGRESS: { description: 'The authorized body is processing it.' },
    READY: { description: 'The result is ready to be handed to the applicant.' },
    ISSUED: { description: 'The result was handed to the applicant.' },
    REFUSED: { description: 'A reasoned refusal was issued (only where the standard allows one).' },
    TRANSFERRED_TO_BODY: { description: 'Not collected at the centre within one month: handed over to the authorized body (para 15).' },
    REFUSED_AT_ACCEPTANCE: { description: 'Documents missing: not accepted, a refusal receipt lists them (para 16). Not counted as served.' },
  },
});

export enum ApplicationAction {
  SUBMIT = 'SUBMIT',
  REFUSE_AT_ACCEPTANCE = 'REFUSE_AT_ACCEPTANCE',
  HAND_OVER = 'HAND_OVER',
  START = 'START',
  EXTEND = 'EXTEND',
  READY = 'READY',
  ISSUE = 'ISSUE',
  REFUSE = 'REFUSE',
  TRANSFER_UNCOLLECTED = 'TRANSFER_UNCOLLECTED',
}
registerEnumType(ApplicationAction, { name: 'ApplicationAction', description: 'A step in the life of an application.' });

export enum Timeliness {
  ON_TIME = 'ON_TIME',
  LATE = 'LATE',
  OPEN = 'OPEN',
  OVERDUE = 'OVERDUE',
  NOT_COUNTED = 'NOT_COUNTED',
}
registerEnumType(Timeliness, {
  name: 'Timeliness',
  description: 'The application against its term (indicator 1.1).',
  valuesConfig: {
    ON_TIME: { description: 'The result was ready (or the reasoned refusal given) on or before the due date.' },
    LATE: { description: 'Completed after the due date.' },
    OPEN: { description: 'Not completed, due date not passed.' },
    OVERDUE: { description: 'Not completed, due date passed.' },
    NOT_COUNTED: { description: 'Refused at acceptance: never served, so not measured.' },
  },
});

export enum NotificationMethod {
  SMS = 'SMS',
  PHONE = 'PHONE',
  EMAIL = 'EMAIL',
  POST = 'POST',
  IN_PERSON = 'IN_PERSON',
}
registerEnumType(NotificationMethod, { name: 'NotificationMethod', description: 'How a person was told.' });

export enum SubmissionChannel {
  CONSOLE = 'CONSOLE',
  API = 'API',
}
registerEnumType(SubmissionChannel, { name: 'SubmissionChannel', description: 'Registered by staff in the console or sent by a partner system.' });

/** A document of para 11 as presented (or found missing), with its name as the standard words it. */
@ObjectType({ description: 'A required document, as presented at acceptance or found missing.' })
export class PresentedDocument {
  @Field({ description: 'The id of the DocumentRequirement.' })
  requirementId!: string;

  @Field(() => LocalizedText)
  name!: LocalizedText;

  @Field(() => DocumentKind)
  kind!: DocumentKind;

  @Field(() => String, { nullable: true })
  cite?: string | null;
}

/** The deadline rule a due date came from, copied at the time: a later edit of the rule never rewrites past terms. */
@ObjectType({ description: 'The deadline rule applied to an application, as it read when applied.' })
export class AppliedTerm {
  @Field({ description: 'The id of the DeadlineRule it was copied from.' })
  ruleId!: string;

  @Field(() => Int)
  value!: number;

  @Field(() => DeadlineUnit)
  unit!: DeadlineUnit;

  @Field(() => DeadlineStart, { nullable: true })
  startsFrom?: DeadlineStart | null;

  @Field()
  excludesAcceptanceAndIssueDays!: boolean;

  @Field()
  upTo!: boolean;

  @Field(() => LocalizedText)
  text!: LocalizedText;

  @Field(() => String, { nullable: true })
  cite?: string | null;

  @Field(() => String, { nullable: true })
  lines?: string | null;
}

@ObjectType({ description: 'An extension of the term (para 7): why, until when, within which limit, and how the applicant was told.' })
export class TermExtension {
  @Field(() => AppliedTerm, { description: 'The extension rule of the standard that allows it.' })
  rule!: AppliedTerm;

  @Field(() => DateScalar)
  previousDueOn!: string;

  @Field(() => DateScalar)
  newDueOn!: string;

  @Field(() => DateScalar, { description: 'The latest due date the rule allows.' })
  limitOn!: string;

  @Field()
  reason!: string;

  @Field(() => Date)
  applicantNotifiedAt!: Date;

  @Field(() => NotificationMethod)
  notifiedBy!: NotificationMethod;

  @Field(() => Date)
  at!: Date;
}

@ObjectType({ description: 'A citizen application for a service, followed against the deadline of its standard.' })
@Entity({ tableName: 'application' })
@Unique({ properties: ['submittedBy', 'idempotencyKey'] })
@Index({ properties: ['region', 'acceptedOn'] })
@Index({ properties: ['service', 'acceptedOn'] })
@Index({ properties: ['office', 'status'] })
@Index({ properties: ['department', 'status'] })
@Index({ properties: ['status', 'dueOn'] })
@Index({ properties: ['applicantIin'] })
// The lists' default order (newest first), whole-country and per place: a page is an index scan, not a sort.
@Index({ properties: ['acceptedAt'] })
@Index({ properties: ['office', 'acceptedAt'] })
@Index({ properties: ['department', 'acceptedAt'] })
@Index({ properties: ['submittedBy', 'acceptedAt'] })
@Index({ name: 'application_number_trgm', expression: 'create index "application_number_trgm" on "application" using gin ("number" gin_trgm_ops)' })
export class Application extends BaseEntity<
  | 'case'
  | 'termCase'
  | 'office'
  | 'department'
  | 'applicantPatronymic'
  | 'acceptedBy'
  | 'idempotencyKey'
  | 'payloadHash'
  | 'handedOverOn'
  | 'commissionDecisionApprovedOn'
  | 'termRule'
  | 'term'
  | 'dueOn'
  | 'dueProvisional'
  | 'originalDueOn'
  | 'extension'
  | 'readyOn'
  | 'issuedAt'
  | 'refusedOn'
  | 'refusalReasons'
  | 'transferredAt'
  | 'completedOn'
  | 'missingDocuments'
  | 'remainingWorkingDays'
  | 'matchingCount'
  | 'demo'
> {
  @Field({ description: 'The receipt number, e.g. "S3-2026-000042": unique and printed on the receipt.' })
  @Property({ type: 'text', unique: true })
  number!: string;

  @Field(() => Service)
  @ManyToOne(() => Service)
  service!: Service;

  @Field(() => ServiceCase, { nullable: true, description: 'The case of the standard the applicant is in (it decides the documents), e.g. S3 "military ID lost".' })
  @ManyToOne(() => ServiceCase, { nullable: true })
  case?: ServiceCase | null;

  @Field(() => ServiceCase, { nullable: true, description: 'The case whose term applies (para 7), where the standard sets terms per case.' })
  @ManyToOne(() => ServiceCase, { nullable: true })
  termCase?: ServiceCase | null;

  @Field(() => Channel)
  @Enum({ items: () => Channel, nativeEnumName: 'channel' })
  channel!: Channel;

  @Field(() => Office, { nullable: true, description: 'The centre office where it was filed (CENTRE channel).' })
  @ManyToOne(() => Office, { nullable: true })
  office?: Office | null;

  @Field(() => Department, { nullable: true, description: 'The authorized body that decides it: where it was filed (BODY) or where the centre sends it.' })
  @ManyToOne(() => Department, { nullable: true })
  department?: Department | null;

  @Field(() => Region)
  @ManyToOne(() => Region)
  region!: Region;

  @Field(() => ApplicationStatus)
  @Enum({ items: () => ApplicationStatus, nativeEnumName: 'application_status' })
  status!: ApplicationStatus;

  // The applicant's personal data: exposed only through the `applicant` field, which checks who is asking.
  @Property({ type: 'text' })
  applicantIin!: string;

  @Property({ type: 'text' })
  applicantLastName!: string;

  @Property({ type: 'text' })
  applicantFirstName!: string;

  @Property({ type: 'text', nullable: true })
  applicantPatronymic?: string | null;

  @Property({ type: 'date' })
  applicantBirthDate!: string;

  @Property({ type: 'text' })
  applicantPhone!: string;

  @Property({ type: 'text' })
  applicantAddress!: string;

  /** The receipt as issued (see receipt.ts); exposed through a field that masks it for supervisors. */
  @Property({ type: 'json' })
  receipt!: import('./receipt').Receipt;

  /** The Appendix 4 form as filled in, by field key (personal data too). */
  @Property({ type: 'json' })
  answers!: Record<string, string>;

  @Field(() => [PresentedDocument])
  @Property({ type: 'json' })
  documents!: PresentedDocument[];

  @Field(() => [PresentedDocument], { description: 'What was missing at acceptance (para 16): empty when accepted.' })
  @Property({ type: 'json', default: '[]' })
  missingDocuments: PresentedDocument[] = [];

  @Field(() => Date)
  @Property({ type: 'timestamptz' })
  acceptedAt!: Date;

  @Field(() => DateScalar, { description: 'The day of acceptance in Kazakhstan (Asia/Almaty).' })
  @Property({ type: 'date' })
  acceptedOn!: string;

  @ManyToOne(() => User, { nullable: true, deleteRule: 'set null' })
  acceptedBy?: User | null;

  @Field({ description: 'The employee who accepted it, as the receipt names them (para 14 item 5).' })
  @Property({ type: 'text' })
  acceptedByName!: string;

  @ManyToOne(() => User, { deleteRule: 'restrict' })
  submittedBy!: User;

  @Field(() => SubmissionChannel)
  @Enum({ items: () => SubmissionChannel, nativeEnumName: 'submission_channel' })
  submittedVia!: SubmissionChannel;

  @Property({ type: 'text', nullable: true })
  idempotencyKey?: string | null;

  @Property({ type: 'text', nullable: true })
  payloadHash?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'CENTRE channel: the day the documents reached the authorized body.' })
  @Property({ type: 'date', nullable: true })
  handedOverOn?: string | null;

  @Field(() => DateScalar, { nullable: true, description: "Where the term runs from the conscription commission's decision: the day it was approved." })
  @Property({ type: 'date', nullable: true })
  commissionDecisionApprovedOn?: string | null;

  @ManyToOne(() => DeadlineRule, { nullable: true, deleteRule: 'set null' })
  termRule?: DeadlineRule | null;

  @Field(() => AppliedTerm, { nullable: true, description: 'The deadline rule the due date came from, as it read then.' })
  @Property({ type: 'json', nullable: true })
  term?: AppliedTerm | null;

  @Field(() => DateScalar, { nullable: true, description: 'The last day the result may be ready (null when refused at acceptance).' })
  @Property({ type: 'date', nullable: true })
  dueOn?: string | null;

  @Field({ description: 'True while the term counts from a hand-over not yet recorded: the due date assumes the next working day.' })
  @Property({ type: 'boolean', default: false })
  dueProvisional: boolean = false;

  @Field(() => DateScalar, { nullable: true, description: 'The due date before an extension.' })
  @Property({ type: 'date', nullable: true })
  originalDueOn?: string | null;

  @Field(() => TermExtension, { nullable: true })
  @Property({ type: 'json', nullable: true })
  extension?: TermExtension | null;

  @Field(() => DateScalar, { nullable: true })
  @Property({ type: 'date', nullable: true })
  readyOn?: string | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  issuedAt?: Date | null;

  @Field(() => DateScalar, { nullable: true })
  @Property({ type: 'date', nullable: true })
  refusedOn?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  refusalReasons?: string | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  transferredAt?: Date | null;

  @Field(() => DateScalar, { nullable: true, description: 'The day the term was met or missed: result ready, reasoned refusal, or issue without a ready step.' })
  @Property({ type: 'date', nullable: true })
  completedOn?: string | null;

  /** Working days from today to the due date, computed by the query that read the row (see application.read.ts). */
  @Property({ type: 'integer', persist: false, nullable: true })
  remainingWorkingDays?: number | null;

  /** The list query's window count: how many rows match, over all pages (application.read.ts). */
  @Property({ type: 'integer', persist: false, nullable: true })
  matchingCount?: number | null;

  @Field({ description: 'Generated demo data (npm run demo-data), not a real application.' })
  @Property({ type: 'boolean', default: false })
  demo: boolean = false;

  @OneToMany(() => ApplicationEvent, (e) => e.application, { orderBy: { at: 'asc', createdAt: 'asc' } })
  events = new Collection<ApplicationEvent>(this);
}

@ObjectType({ description: 'One step of an application: who, when, from which status to which, and why.' })
@Entity({ tableName: 'application_event' })
@Index({ properties: ['application', 'at'] })
export class ApplicationEvent extends BaseEntity<'fromStatus' | 'reason' | 'details' | 'actorId'> {
  @ManyToOne(() => Application, { deleteRule: 'cascade' })
  application!: Application;

  @Field(() => Date)
  @Property({ type: 'timestamptz' })
  at!: Date;

  @Field(() => ApplicationAction)
  @Enum({ items: () => ApplicationAction, nativeEnumName: 'application_action' })
  action!: ApplicationAction;

  @Field(() => ApplicationStatus, { nullable: true })
  @Enum({ items: () => ApplicationStatus, nativeEnumName: 'application_status', nullable: true })
  fromStatus?: ApplicationStatus | null;

  @Field(() => ApplicationStatus)
  @Enum({ items: () => ApplicationStatus, nativeEnumName: 'application_status' })
  toStatus!: ApplicationStatus;

  @Property({ type: 'uuid', nullable: true })
  actorId?: string | null;

  @Field({ description: 'Login of the account that took the step.' })
  @Property({ type: 'text' })
  actorLogin!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  reason?: string | null;

  @Property({ type: 'json', nullable: true })
  details?: Record<string, unknown> | null;
}
