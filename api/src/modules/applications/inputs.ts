import { Field, ID, InputType, Int } from 'type-graphql';
import { ArrayMaxSize, IsEnum, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { SortDirection } from '../../common/pagination';
import { DateScalar } from '../../common/scalars';
import { Channel } from '../catalogue/rules.entity';
import { ApplicationStatus, NotificationMethod, Timeliness } from './application.entity';
import { registerEnumType } from 'type-graphql';

@InputType({ description: 'The applicant, as on their identity document.' })
export class ApplicantInput {
  @Field({ description: 'The 12-digit IIN; its check digit and birth date are verified.' })
  @IsString()
  @MaxLength(20)
  iin!: string;

  @Field()
  @IsString()
  @MaxLength(100)
  lastName!: string;

  @Field()
  @IsString()
  @MaxLength(100)
  firstName!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  patronymic?: string | null;

  @Field(() => DateScalar, { description: 'Must match the birth date the IIN encodes.' })
  birthDate!: string;

  @Field({ description: 'A Kazakhstan phone number as written, e.g. +7 701 123 45 67.' })
  @IsString()
  @MaxLength(40)
  phone!: string;

  @Field()
  @IsString()
  @MaxLength(500)
  address!: string;
}

@InputType({ description: 'One answer of the Appendix 4 form, by the field key the form defines.' })
export class FormAnswerInput {
  @Field()
  @IsString()
  @MaxLength(60)
  key!: string;

  @Field()
  @IsString()
  @MaxLength(5000)
  value!: string;
}

@InputType()
export class ApplicationSubmitInput {
  @Field({ description: 'The standard, e.g. "S3".' })
  @IsString()
  @MaxLength(10)
  serviceCode!: string;

  @Field(() => String, { nullable: true, description: "The applicant's case (para 11), e.g. \"lost-stolen\"; required where the standard has cases." })
  @IsOptional()
  @IsString()
  @MaxLength(80)
  caseKey?: string | null;

  @Field(() => String, { nullable: true, description: 'The case whose term applies (para 7), when the applicant\'s case does not decide it, e.g. "central-archive".' })
  @IsOptional()
  @IsString()
  @MaxLength(80)
  termCaseKey?: string | null;

  @Field(() => Channel)
  @IsEnum(Channel)
  channel!: Channel;

  @Field(() => ID, { nullable: true, description: "CENTRE: the office where it is filed (an operator's own office by default)." })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  officeId?: string | null;

  @Field(() => ID, { nullable: true, description: "BODY: the department where it is filed (an operator's own department by default)." })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  departmentId?: string | null;

  @Field(() => ApplicantInput)
  applicant!: ApplicantInput;

  @Field(() => [FormAnswerInput], { description: "The form's answers; the applicant's name, birth date, address and the date are filled in from the rest when omitted." })
  @ArrayMaxSize(50)
  answers!: FormAnswerInput[];

  @Field(() => [ID], { description: 'The DocumentRequirement ids of the documents presented.' })
  @ArrayMaxSize(50)
  documents!: string[];

  @Field(() => [ID], { nullable: true, description: 'Conditional requirements that apply to this applicant (e.g. "if married"): then they are required too.' })
  @IsOptional()
  @ArrayMaxSize(50)
  conditionalDocumentsApply?: string[] | null;

  @Field(() => DateScalar, { nullable: true, description: "Required where the term runs from the conscription commission's decision: the day it was approved." })
  @IsOptional()
  commissionDecisionApprovedOn?: string | null;

  @Field(() => String, { nullable: true, description: 'Makes retries safe: the same key with the same content returns the same application. Required with an API key.' })
  @IsOptional()
  @IsString()
  @Matches(/^[\w.:-]{8,100}$/, { message: 'idempotencyKey must be 8-100 letters, digits, ".", ":", "_" or "-"' })
  idempotencyKey?: string | null;
}

@InputType()
export class ApplicationExtendInput {
  @Field(() => ID, { nullable: true, description: 'The extension rule of the standard (deadline of kind EXTENSION); needed where there are several.' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  ruleId?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'The new due date; at most what the rule allows (the default).' })
  @IsOptional()
  newDueOn?: string | null;

  @Field()
  @IsString()
  @MaxLength(2000)
  reason!: string;

  @Field(() => Date, { description: 'When the applicant was told of the extension (the standard requires it).' })
  applicantNotifiedAt!: Date;

  @Field(() => NotificationMethod)
  @IsEnum(NotificationMethod)
  notifiedBy!: NotificationMethod;
}

@InputType()
export class ApplicationFilter {
  @Field(() => [ApplicationStatus], { nullable: true })
  @IsOptional()
  @IsEnum(ApplicationStatus, { each: true })
  status?: ApplicationStatus[];

  @Field(() => [Timeliness], { nullable: true })
  @IsOptional()
  @IsEnum(Timeliness, { each: true })
  timeliness?: Timeliness[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(10)
  serviceCode?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  officeId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  departmentId?: string;

  @Field(() => String, { nullable: true, description: 'ISO 3166-2 code of the region, e.g. KZ-KUS.' })
  @IsOptional()
  @Matches(/^KZ-[A-Z]{3}$/i, { message: 'region must be an ISO 3166-2 code such as KZ-KUS' })
  region?: string;

  @Field(() => Channel, { nullable: true })
  @IsOptional()
  @IsEnum(Channel)
  channel?: Channel;

  @Field(() => DateScalar, { nullable: true, description: 'Accepted on or after this day.' })
  @IsOptional()
  acceptedFrom?: string;

  @Field(() => DateScalar, { nullable: true, description: 'Accepted on or before this day.' })
  @IsOptional()
  acceptedTo?: string;

  @Field(() => DateScalar, { nullable: true, description: 'Completed (ready or refused) on or after this day.' })
  @IsOptional()
  completedFrom?: string;

  @Field(() => DateScalar, { nullable: true, description: 'Completed on or before this day.' })
  @IsOptional()
  completedTo?: string;

  @Field(() => Boolean, { nullable: true, description: 'Open and past the due date.' })
  @IsOptional()
  overdue?: boolean;

  @Field(() => Int, { nullable: true, description: 'Open and due within this many working days (0: due today).' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(365)
  dueWithinWorkingDays?: number;

  @Field(() => String, { nullable: true, description: "A receipt number, or (for roles that see personal data) an IIN or the start of a surname." })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  search?: string;
}

export enum ApplicationSortField {
  ACCEPTED_AT = 'ACCEPTED_AT',
  DUE_ON = 'DUE_ON',
  NUMBER = 'NUMBER',
}
registerEnumType(ApplicationSortField, { name: 'ApplicationSortField' });

@InputType()
export class ApplicationSort {
  @Field(() => ApplicationSortField, { defaultValue: ApplicationSortField.ACCEPTED_AT })
  field: ApplicationSortField = ApplicationSortField.ACCEPTED_AT;

  @Field(() => SortDirection, { defaultValue: SortDirection.DESC })
  direction: SortDirection = SortDirection.DESC;
}
