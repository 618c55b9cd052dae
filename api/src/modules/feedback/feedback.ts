import { Entity, Enum, Index, ManyToOne, OneToOne, Property, raw } from '@mikro-orm/core';
import { Arg, Authorized, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { IsEnum, IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { BaseEntity } from '../../common/base.entity';
import type { GraphQLContext, Viewer } from '../../common/context';
import { UserError, UserErrorCode, userError } from '../../common/errors';
import { localToday } from '../../common/local-time';
import { PageInput, PageOf, pageOf } from '../../common/pagination';
import { DateScalar } from '../../common/scalars';
import { isUuid } from '../../common/sql';
import { canRead, readScope, requireScope } from '../applications/access';
import { Application, SubmissionChannel } from '../applications/application.entity';
import { placed } from '../applications/applications.service';
import { ApiKeyScope } from '../auth/api-key.entity';
import { Channel } from '../catalogue/rules.entity';
import { Region } from '../catalogue/region.entity';
import { Service } from '../catalogue/service.entity';
import { Department, Office } from '../directory/office.entity';
import { Complaint } from '../complaints/complaint.entity';
import { Role, User } from '../users/user.entity';

/** Scores are 1 (very dissatisfied) to 5 (very satisfied); 4 and 5 count as satisfied in the indicators (rollup.sql.ts). */
export const SATISFIED_FROM = 4;
const INDICATOR_SCORE: Record<string, string> = { '2.1': 'process_score', '3.1': 'information_score', '4.1': 'complaint_score', '5.1': 'courtesy_score' };

/**
 * The satisfaction survey of one application (Appendix 3): the process (indicator 2.1), the procedure and information
 * (3.1), the complaint procedure when the applicant complained (4.1), and the staff's courtesy (5.1). Where the
 * application was filed is copied in, so indicators group feedback without joining applications.
 */
@ObjectType({ description: 'A satisfaction survey answered for one application.' })
@Entity({ tableName: 'feedback' })
@Index({ properties: ['region', 'respondedOn'] })
@Index({ properties: ['service', 'respondedOn'] })
export class Feedback extends BaseEntity<'complaintScore' | 'comment' | 'office' | 'department' | 'demo'> {
  @OneToOne(() => Application, { owner: true, unique: true, deleteRule: 'cascade' })
  application!: Application;

  @Field(() => Service)
  @ManyToOne(() => Service)
  service!: Service;

  @Field(() => Region)
  @ManyToOne(() => Region)
  region!: Region;

  @Field(() => Office, { nullable: true })
  @ManyToOne(() => Office, { nullable: true })
  office?: Office | null;

  @Field(() => Department, { nullable: true, description: 'The authorized body that decided the application.' })
  @ManyToOne(() => Department, { nullable: true })
  department?: Department | null;

  @Field(() => Channel)
  @Enum({ items: () => Channel, nativeEnumName: 'channel' })
  channel!: Channel;

  @Field(() => Int, { description: 'Indicator 2.1: the process of the service (1–5).' })
  @Property({ type: 'smallint' })
  processScore!: number;

  @Field(() => Int, { description: 'Indicator 3.1: the procedure and the information about it (1–5).' })
  @Property({ type: 'smallint' })
  informationScore!: number;

  @Field(() => Int, { nullable: true, description: 'Indicator 4.1: the complaint procedure (1–5), only when the applicant complained.' })
  @Property({ type: 'smallint', nullable: true })
  complaintScore?: number | null;

  @Field(() => Int, { description: "Indicator 5.1: the staff's courtesy (1–5)." })
  @Property({ type: 'smallint' })
  courtesyScore!: number;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  comment?: string | null;

  @Field(() => Date)
  @Property({ type: 'timestamptz' })
  respondedAt!: Date;

  @Field(() => DateScalar)
  @Property({ type: 'date' })
  respondedOn!: string;

  @ManyToOne(() => User, { deleteRule: 'restrict' })
  submittedBy!: User;

  @Field(() => SubmissionChannel)
  @Enum({ items: () => SubmissionChannel, nativeEnumName: 'submission_channel' })
  submittedVia!: SubmissionChannel;

  @Field({ description: 'Generated demo data.' })
  @Property({ type: 'boolean', default: false })
  demo: boolean = false;
}

const score = () => [IsInt(), Min(1), Max(5)];
const apply = (decorators: PropertyDecorator[]): PropertyDecorator => (t, k) => decorators.forEach((d) => d(t, k));

@InputType()
export class FeedbackSubmitInput {
  @Field({ description: 'The receipt number of the application.' })
  @IsString()
  @MaxLength(40)
  applicationNumber!: string;

  @Field({ description: "The applicant's IIN, as a check that the survey is about their application." })
  @Matches(/^\d{12}$/, { message: 'applicantIin must be 12 digits' })
  applicantIin!: string;

  @Field(() => Int)
  @apply(score())
  processScore!: number;

  @Field(() => Int)
  @apply(score())
  informationScore!: number;

  @Field(() => Int, { nullable: true, description: 'Only when the applicant complained about this application.' })
  @IsOptional()
  @apply(score())
  complaintScore?: number | null;

  @Field(() => Int)
  @apply(score())
  courtesyScore!: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  comment?: string | null;
}

@InputType()
export class FeedbackFilter {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(10)
  serviceCode?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^KZ-[A-Z]{3}$/i, { message: 'region must be an ISO 3166-2 code such as KZ-KUS' })
  region?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  officeId?: string;

  @Field(() => DateScalar, { nullable: true })
  @IsOptional()
  respondedFrom?: string;

  @Field(() => DateScalar, { nullable: true })
  @IsOptional()
  respondedTo?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  departmentId?: string;

  @Field(() => Channel, { nullable: true })
  @IsOptional()
  @IsEnum(Channel)
  channel?: Channel;

  @Field(() => String, { nullable: true, description: 'Only the answers an indicator counts (2.1, 3.1, 4.1 or 5.1; 4.1: those rating the complaint procedure)…' })
  @IsOptional()
  @IsIn(['2.1', '3.1', '4.1', '5.1'])
  indicator?: string;

  @Field(() => Boolean, { nullable: true, description: '…and of those, the satisfied (score 4 or 5) or the others. Needs `indicator`.' })
  @IsOptional()
  satisfied?: boolean;

  @Field(() => Int, { nullable: true, description: 'Only answers with some score at most this (e.g. 3: the dissatisfied).' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(5)
  maxScore?: number;
}

@ObjectType()
export class FeedbackPayload {
  @Field(() => Feedback, { nullable: true })
  feedback?: Feedback | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

const FeedbackPage = PageOf(Feedback);

@Resolver(() => Feedback)
export class FeedbackResolver {
  @Authorized(Role.OPERATOR, Role.SUPERVISOR)
  @Query(() => FeedbackPage, { description: 'Surveys of the applications the caller may see.' })
  async feedbacks(
    @Ctx() ctx: GraphQLContext,
    @Arg('filter', () => FeedbackFilter, { nullable: true }) filter?: FeedbackFilter,
    @Arg('page', () => PageInput, { nullable: true }) page?: PageInput,
  ) {
    const s = readScope(ctx.viewer!);
    const qb = ctx.em
      .createQueryBuilder(Feedback, 'f')
      .select('f.*')
      .leftJoinAndSelect('f.application', 'a')
      .leftJoinAndSelect('f.service', 's')
      .leftJoinAndSelect('f.region', 'r')
      .leftJoinAndSelect('f.office', 'o')
      .where(raw(s.sql, s.params));
    if (filter?.serviceCode) qb.andWhere({ service: { code: filter.serviceCode.trim().toUpperCase() } });
    if (filter?.region) qb.andWhere({ region: { code: filter.region.toUpperCase() } });
    if (filter?.officeId) qb.andWhere(isUuid(filter.officeId) ? { office: filter.officeId } : raw('false'));
    if (filter?.respondedFrom) qb.andWhere({ respondedOn: { $gte: filter.respondedFrom } });
    if (filter?.respondedTo) qb.andWhere({ respondedOn: { $lte: filter.respondedTo } });
    if (filter?.departmentId) qb.andWhere(isUuid(filter.departmentId) ? { department: filter.departmentId } : raw('false'));
    if (filter?.channel) qb.andWhere({ channel: filter.channel });
    if (filter?.indicator) {
      const column = INDICATOR_SCORE[filter.indicator];
      if (filter.indicator === '4.1') qb.andWhere(raw('f.complaint_score is not null'));
      if (filter.satisfied === true) qb.andWhere(raw(`f.${column} >= ?`, [SATISFIED_FROM]));
      if (filter.satisfied === false) qb.andWhere(raw(`f.${column} < ?`, [SATISFIED_FROM]));
    }
    if (filter?.maxScore) qb.andWhere(raw('least(f.process_score, f.information_score, coalesce(f.complaint_score, 5), f.courtesy_score) <= ?', [filter.maxScore]));
    const { offset, limit } = pageOf(page);
    const [items, totalCount] = await qb.orderBy({ respondedAt: 'desc', id: 'asc' }).limit(limit).offset(offset).getResultAndCount();
    return { items, totalCount };
  }

  @Authorized(Role.OPERATOR, Role.INTEGRATOR)
  @Mutation(() => FeedbackPayload, {
    description: "Record an applicant's survey: one per application. OPERATOR (applications of their place), INTEGRATOR (feedback:write; any application, checked by number and IIN).",
  })
  async feedbackSubmit(@Ctx() ctx: GraphQLContext, @Arg('input', () => FeedbackSubmitInput) input: FeedbackSubmitInput): Promise<FeedbackPayload> {
    const { em } = ctx;
    const viewer = ctx.viewer!;
    if (viewer.role === Role.INTEGRATOR) requireScope(viewer, ApiKeyScope.FEEDBACK_WRITE);
    const app = await em.findOne(Application, { number: input.applicationNumber.trim().toUpperCase() }, { populate: ['service', 'region', 'office', 'department', 'submittedBy'] });
    // The IIN must match: a survey cannot be attached to someone else's application by guessing numbers.
    const known = app && app.applicantIin === input.applicantIin && (viewer.role === Role.INTEGRATOR || canRead(viewer, placed(app)));
    if (!app || !known) return { userErrors: [userError(UserErrorCode.NOT_FOUND, 'No application has this number for this IIN.', ['input', 'applicationNumber'])] };
    const errors: UserError[] = [];
    if (await em.count(Feedback, { application: app })) errors.push(userError(UserErrorCode.TAKEN, `${app.number} already has its survey: one per application.`, ['input', 'applicationNumber']));
    if (input.complaintScore != null && !(await em.count(Complaint, { application: app }))) {
      errors.push(userError(UserErrorCode.INVALID, 'The complaint procedure is rated only by applicants who complained about this application.', ['input', 'complaintScore']));
    }
    if (errors.length) return { userErrors: errors };
    const feedback = em.create(Feedback, {
      application: app,
      service: app.service,
      region: app.region,
      office: app.office ?? null,
      department: app.department ?? null,
      channel: app.channel,
      processScore: input.processScore,
      informationScore: input.informationScore,
      complaintScore: input.complaintScore ?? null,
      courtesyScore: input.courtesyScore,
      comment: input.comment?.trim() || null,
      respondedAt: ctx.clock.now(),
      respondedOn: localToday(ctx.clock.now()),
      submittedBy: em.getReference(User, viewer.userId),
      submittedVia: viewer.via === 'apiKey' ? SubmissionChannel.API : SubmissionChannel.CONSOLE,
    });
    try {
      await em.flush();
    } catch (error) {
      if ((error as Error).name === 'UniqueConstraintViolationException') {
        return { userErrors: [userError(UserErrorCode.TAKEN, `${app.number} already has its survey: one per application.`, ['input', 'applicationNumber'])] };
      }
      throw error;
    }
    return { feedback, userErrors: [] };
  }

  @FieldResolver(() => Application, { nullable: true, description: 'The application, if the caller may see it (a partner system sending surveys may not).' })
  application(@Root() f: Feedback, @Ctx() ctx: GraphQLContext): Application | null {
    return visibleApplication(ctx.viewer!, f.application);
  }

  @FieldResolver(() => String, { description: 'The receipt number of the application.' })
  applicationNumber(@Root() f: Feedback): string {
    return f.application.number;
  }
}

function visibleApplication(viewer: Viewer, app: Application): Application | null {
  return app.submittedBy && canRead(viewer, placed(app)) ? app : null;
}
