import { Arg, Authorized, Ctx, Field, FieldResolver, ID, Info, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { GraphQLError, type GraphQLResolveInfo } from 'graphql';
import { selectionOf } from '../../common/lookahead';
import type { GraphQLContext } from '../../common/context';
import { UserError, UserErrorCode, userError } from '../../common/errors';
import { localToday } from '../../common/local-time';
import { PageInput, PageOf, pageOf } from '../../common/pagination';
import { DateScalar } from '../../common/scalars';
import { Role } from '../users/user.entity';
import { requireScope, seesPersonalData } from './access';
import { ApiKeyScope } from '../auth/api-key.entity';
import { Application, ApplicationAction, ApplicationEvent, Timeliness } from './application.entity';
import { findApplication, findApplications, findApplicationsByIds, HISTORY, timelinessOf, type ApplicationView } from './application.read';
import { allowedActions, ApplicationsService, type ApplicationResult } from './applications.service';
import { maskIin } from './iin';
import { ApplicationExtendInput, ApplicationFilter, ApplicationSort, ApplicationSubmitInput } from './inputs';
import { Receipt } from './receipt';
import { remainingWorkingDays } from './terms';

const ApplicationPage = PageOf(Application);

@ObjectType({ description: 'The applicant. Full for operators and partner systems; supervisors see the IIN and phone masked and no address.' })
export class Applicant {
  @Field()
  iin!: string;

  @Field()
  lastName!: string;

  @Field()
  firstName!: string;

  @Field(() => String, { nullable: true })
  patronymic?: string | null;

  @Field()
  fullName!: string;

  @Field(() => DateScalar)
  birthDate!: string;

  @Field()
  phone!: string;

  @Field(() => String, { nullable: true })
  address?: string | null;

  @Field({ description: 'True when parts are hidden from the caller.' })
  masked!: boolean;
}

@ObjectType()
export class FormAnswer {
  @Field()
  key!: string;

  @Field()
  value!: string;
}

@ObjectType({ description: 'The outcome of one item of an import.' })
export class ApplicationImportResult {
  @Field(() => Int, { description: 'Its position in the input.' })
  index!: number;

  @Field(() => String, { nullable: true })
  idempotencyKey?: string | null;

  @Field(() => Application, { nullable: true })
  application?: Application | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@ObjectType()
export class ApplicationImportPayload {
  @Field(() => [ApplicationImportResult])
  results!: ApplicationImportResult[];

  @Field(() => Int)
  accepted!: number;

  @Field(() => Int, { description: 'Refused at acceptance (missing documents): recorded, with their refusal receipts.' })
  refusedAtAcceptance!: number;

  @Field(() => Int, { description: 'Items with userErrors: nothing stored for them.' })
  rejected!: number;
}

export const IMPORT_MAX = 100;

@ObjectType()
export class ApplicationPayload {
  @Field(() => Application, { nullable: true })
  application?: Application | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

/** Kazakhstan's date for this request, worked out once (every row of a page asks for it). */
const todays = new WeakMap<GraphQLContext, string>();
function todayOf(ctx: GraphQLContext): string {
  let today = todays.get(ctx);
  if (!today) todays.set(ctx, (today = localToday(ctx.clock.now())));
  return today;
}

const maskPhone = (phone: string) => `${phone.slice(0, 5)}***${phone.slice(-2)}`;
const WRITERS = [Role.OPERATOR, Role.INTEGRATOR];
const READERS = [Role.OPERATOR, Role.SUPERVISOR, Role.INTEGRATOR];

/**
 * Applications: registered by operators at their office or department and by partner systems (API keys with
 * applications:write); followed by supervisors (their region, or all). Business failures are userErrors.
 */
@Resolver(() => Application)
export class ApplicationsResolver {
  @Authorized(...READERS)
  @Query(() => ApplicationPage, { description: 'Applications the caller may see: its office or department (OPERATOR), region (SUPERVISOR), own submissions (INTEGRATOR).' })
  async applications(
    @Ctx() ctx: GraphQLContext,
    @Arg('filter', () => ApplicationFilter, { nullable: true }) filter?: ApplicationFilter,
    @Arg('sort', () => ApplicationSort, { nullable: true }) sort?: ApplicationSort,
    @Arg('page', () => PageInput, { nullable: true }) page?: PageInput,
    @Info() info?: GraphQLResolveInfo,
  ) {
    if (ctx.viewer!.role === Role.INTEGRATOR) requireScope(ctx.viewer!, ApiKeyScope.APPLICATIONS_WRITE);
    const found = await findApplications(ctx.em, ctx.viewer!, todayOf(ctx), filter, sort, pageOf(page), selectionOf(info!, ['items']));
    ctx.activity?.read('applications', 'Application', found.items.map((a) => a.id));
    return found;
  }

  @Authorized(...READERS)
  @Query(() => Application, { nullable: true, description: 'One application by id or receipt number, if the caller may see it.' })
  async application(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => ID, { nullable: true }) id?: string,
    @Arg('number', () => String, { nullable: true }) number?: string,
    @Info() info?: GraphQLResolveInfo,
  ): Promise<Application | null> {
    if (ctx.viewer!.role === Role.INTEGRATOR) requireScope(ctx.viewer!, ApiKeyScope.APPLICATIONS_WRITE);
    if (!id && !number) return null;
    const found = await findApplication(ctx.em, ctx.viewer!, todayOf(ctx), id ? { id } : { number: number!.trim().toUpperCase() }, selectionOf(info!));
    if (found) ctx.activity?.read('application', 'Application', [found.id]);
    return found;
  }

  @Authorized(...WRITERS)
  @Mutation(() => ApplicationPayload, {
    description:
      'Accept an application (para 14) or, when documents the case requires are missing, refuse it at acceptance with a receipt listing them (para 16). OPERATOR (own office or department), INTEGRATOR (applications:write; idempotencyKey required).',
  })
  async applicationSubmit(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => ApplicationSubmitInput) input: ApplicationSubmitInput,
    @Info() info?: GraphQLResolveInfo,
  ): Promise<ApplicationResult> {
    const r = await new ApplicationsService(ctx).submit(input, { reload: false });
    if (!r.application) return r;
    // Read back as the queries read it: only what the payload selects, in one statement.
    const stored = await findApplicationsByIds(ctx.em, ctx.viewer!, todayOf(ctx), [r.application.id], selectionOf(info!, ['application']));
    return { ...r, application: stored.get(r.application.id) ?? r.application };
  }

  @Authorized(...WRITERS)
  @Mutation(() => ApplicationImportPayload, {
    description: `Submit up to ${IMPORT_MAX} applications at once (e.g. a partner system catching up after an outage): each item as applicationSubmit, in its own transaction, with an idempotency key, so a repeated import stores nothing twice.`,
  })
  async applicationImport(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => [ApplicationSubmitInput]) input: ApplicationSubmitInput[],
    @Info() info?: GraphQLResolveInfo,
  ): Promise<ApplicationImportPayload> {
    if (input.length > IMPORT_MAX) {
      throw new GraphQLError(`Invalid input: input: at most ${IMPORT_MAX} applications per import`, { extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'input', message: `at most ${IMPORT_MAX}` }] } });
    }
    const results: ApplicationImportResult[] = [];
    for (const [index, item] of input.entries()) {
      if (!item.idempotencyKey) {
        results.push({ index, idempotencyKey: null, application: null, userErrors: [userError(UserErrorCode.INVALID, 'Every imported application carries an idempotency key.', ['input', String(index), 'idempotencyKey'])] });
        continue;
      }
      // Each item in a unit of work of its own: one refused item never undoes another.
      const r = await new ApplicationsService({ ...ctx, em: ctx.em.fork() }).submit(item, { reload: false });
      results.push({ index, idempotencyKey: item.idempotencyKey, application: r.application ?? null, userErrors: r.userErrors.map((e) => ({ ...e, field: e.field ? ['input', String(index), ...e.field.slice(1)] : null })) });
    }
    // Every stored item read back in one statement, with what the payload selects of it.
    const stored = await findApplicationsByIds(ctx.em, ctx.viewer!, todayOf(ctx), results.flatMap((r) => (r.application ? [r.application.id] : [])), selectionOf(info!, ['results', 'application']));
    for (const r of results) if (r.application) r.application = stored.get(r.application.id) ?? r.application;
    return {
      results,
      accepted: results.filter((r) => r.application && r.application.status !== 'REFUSED_AT_ACCEPTANCE').length,
      refusedAtAcceptance: results.filter((r) => r.application?.status === 'REFUSED_AT_ACCEPTANCE').length,
      rejected: results.filter((r) => !r.application).length,
    };
  }

  @Authorized(...WRITERS)
  @Mutation(() => ApplicationPayload, { description: 'CENTRE channel: the documents reached the authorized body (the term may run from that day). Defaults to today.' })
  applicationHandOver(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('handedOverOn', () => DateScalar, { nullable: true }) handedOverOn?: string,
  ) {
    return new ApplicationsService(ctx).handOver(id, version, handedOverOn);
  }

  @Authorized(...WRITERS)
  @Mutation(() => ApplicationPayload, { description: 'The authorized body starts processing.' })
  applicationStart(@Ctx() ctx: GraphQLContext, @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number) {
    return new ApplicationsService(ctx).start(id, version);
  }

  @Authorized(...WRITERS)
  @Mutation(() => ApplicationPayload, { description: "Extend the term within the standard's extension rule, with the reason and when the applicant was told. Once, before the term ends." })
  applicationExtend(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => ApplicationExtendInput) input: ApplicationExtendInput,
  ) {
    return new ApplicationsService(ctx).extend(id, version, input);
  }

  @Authorized(...WRITERS)
  @Mutation(() => ApplicationPayload, { description: 'The result is ready for the applicant: the day that decides timeliness.' })
  applicationReady(@Ctx() ctx: GraphQLContext, @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number) {
    return new ApplicationsService(ctx).ready(id, version);
  }

  @Authorized(...WRITERS)
  @Mutation(() => ApplicationPayload, { description: 'The result was handed to the applicant.' })
  applicationIssue(@Ctx() ctx: GraphQLContext, @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number) {
    return new ApplicationsService(ctx).issue(id, version);
  }

  @Authorized(...WRITERS)
  @Mutation(() => ApplicationPayload, { description: 'A reasoned refusal, only where the standard provides one (its results say so).' })
  applicationRefuse(@Ctx() ctx: GraphQLContext, @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number, @Arg('reasons') reasons: string) {
    return new ApplicationsService(ctx).refuse(id, version, reasons);
  }

  @Authorized(...WRITERS)
  @Mutation(() => ApplicationPayload, { description: 'A result not collected at the centre for one month goes to the authorized body (para 15). A scheduled job does the same every hour.' })
  applicationTransferUncollected(@Ctx() ctx: GraphQLContext, @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number) {
    return new ApplicationsService(ctx).transferUncollected(id, version);
  }

  // --- fields ----------------------------------------------------------------------------------------------------

  @FieldResolver(() => Applicant)
  applicant(@Root() a: Application, @Ctx() ctx: GraphQLContext): Applicant {
    const full = seesPersonalData(ctx.viewer!);
    const fullName = [a.applicantLastName, a.applicantFirstName, a.applicantPatronymic].filter(Boolean).join(' ');
    // A list reads only the applicant's parts its query selects (application.read.ts): the others are undefined here.
    return {
      iin: full || a.applicantIin === undefined ? a.applicantIin : maskIin(a.applicantIin),
      lastName: a.applicantLastName,
      firstName: a.applicantFirstName,
      patronymic: a.applicantPatronymic ?? null,
      fullName,
      birthDate: a.applicantBirthDate,
      phone: full || a.applicantPhone === undefined ? a.applicantPhone : maskPhone(a.applicantPhone),
      address: full ? a.applicantAddress : null,
      masked: !full,
    };
  }

  @FieldResolver(() => [FormAnswer], { nullable: true, description: 'The Appendix 4 form as filled in (null for supervisors: it repeats personal data).' })
  answers(@Root() a: Application, @Ctx() ctx: GraphQLContext): FormAnswer[] | null {
    if (!seesPersonalData(ctx.viewer!)) return null;
    return Object.entries(a.answers).map(([key, value]) => ({ key, value }));
  }

  @FieldResolver(() => Receipt, { description: 'The receipt as issued (para 14 or 16); masked like the applicant for supervisors.' })
  receipt(@Root() a: Application, @Ctx() ctx: GraphQLContext): Receipt {
    const r = { ...a.receipt, acceptedAt: new Date(a.receipt.acceptedAt) };
    if (seesPersonalData(ctx.viewer!)) return r;
    return { ...r, applicantPhone: maskPhone(r.applicantPhone) };
  }

  @FieldResolver(() => Timeliness)
  timeliness(@Root() a: Application, @Ctx() ctx: GraphQLContext): Timeliness {
    return timelinessOf(a, todayOf(ctx));
  }

  @FieldResolver(() => Int, { nullable: true, description: 'Working days left until the due date (0 on it, negative once passed); null once completed.' })
  async remainingWorkingDays(@Root() a: Application, @Ctx() ctx: GraphQLContext): Promise<number | null> {
    if (a.completedOn || !a.dueOn) return null;
    if (typeof a.remainingWorkingDays === 'number') return a.remainingWorkingDays;
    // An application returned by a mutation was not read by the list query: count once here.
    return remainingWorkingDays(ctx.em, todayOf(ctx), a.dueOn);
  }

  @FieldResolver(() => [ApplicationAction], { description: 'The steps possible now (the console shows them as buttons); empty for those who cannot act.' })
  allowedActions(@Root() a: Application, @Ctx() ctx: GraphQLContext): ApplicationAction[] {
    if (ctx.viewer?.role === Role.SUPERVISOR) return [];
    return allowedActions(a);
  }

  @FieldResolver(() => [ApplicationEvent], { description: 'Every step: who, when, from, to, why.' })
  history(@Root() a: ApplicationView): ApplicationEvent[] | Promise<ApplicationEvent[]> {
    // Read with the application by the list and detail queries; a mutation's result loads it (batched).
    return a[HISTORY] ?? a.events.load({ dataloader: true }).then((c) => c.getItems());
  }
}
