import crypto from 'node:crypto';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { memoize, type GraphQLContext, type Viewer } from '../../common/context';
import { flushOrConflict, forbidden, UserError, UserErrorCode, userError } from '../../common/errors';
import { localToday } from '../../common/local-time';
import { normalisePhone } from '../../common/phones';
import { isIsoDate } from '../../common/scalars';
import { isUuid } from '../../common/sql';
import { ApiKeyScope } from '../auth/api-key.entity';
import { inCalendarRange, OutOfCalendarError } from '../calendar/calendar.service';
import { CaseKind, Channel, DeadlineKind, DeadlineStart, DocumentKind, type DocumentRequirement, type ServiceCase } from '../catalogue/rules.entity';
import { CHILDREN, loadServices, type LoadedService } from '../catalogue/service-read-model';
import { ServiceStatus, Service } from '../catalogue/service.entity';
import { Department, Office, type OpeningHours } from '../directory/office.entity';
import { Role, User } from '../users/user.entity';
import { canAct, canRead, requireScope, type Placed } from './access';
import {
  Application,
  ApplicationAction,
  ApplicationEvent,
  ApplicationStatus,
  SubmissionChannel,
  type AppliedTerm,
  type PresentedDocument,
} from './application.entity';
import { TermNotStartedError } from './due-date';
import { answerErrors } from './form-answers';
import { iinBirthDate, iinProblem } from './iin';
import type { ApplicationExtendInput, ApplicationSubmitInput } from './inputs';
import { allowedSteps, stepRefusal, type LifecycleFacts, type Step } from './lifecycle';
import { ReceiptKind, type Receipt } from './receipt';
import { appliedTerm, computeDue, nextWorkingDay } from './terms';
import { loadExceptions } from '../calendar/calendar.service';

export interface ApplicationResult {
  application?: Application | null;
  userErrors: UserError[];
}

const POPULATE = ['service', 'office', 'department', 'region', 'case', 'termCase'] as const;
const IIN_MESSAGES = {
  FORMAT: 'An IIN has 12 digits.',
  CENTURY: 'The 7th digit of an IIN (century and sex) must be 1 to 6.',
  BIRTH_DATE: 'The first six digits of an IIN must be a birth date (YYMMDD).',
  CHECKSUM: 'The check digit of this IIN is wrong: check it against the identity document.',
};

export const placed = (a: Application): Placed => ({
  officeId: a.office?.id ?? null,
  departmentId: a.department?.id ?? null,
  regionId: a.region.id,
  submittedById: a.submittedBy.id,
});

const documentOf = (d: DocumentRequirement): PresentedDocument => ({ requirementId: d.id, name: d.name, kind: d.kind, cite: d.cite ?? null });

/** The same month day a number of calendar months later (the 31st becomes the month's last day). */
export function plusMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const last = new Date(Date.UTC(y, m - 1 + months + 1, 0)).getUTCDate();
  return new Date(Date.UTC(y, m - 1 + months, Math.min(d, last))).toISOString().slice(0, 10);
}

/** A stable digest of what was submitted (key order and the key itself left out), to tell a retry from a different request. */
function payloadHash(input: ApplicationSubmitInput): string {
  const { idempotencyKey: _key, ...rest } = input;
  const canonical = (v: unknown): unknown =>
    Array.isArray(v) ? v.map(canonical) : v && typeof v === 'object' ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, canonical((v as Record<string, unknown>)[k])])) : v;
  return crypto.createHash('sha256').update(JSON.stringify(canonical(JSON.parse(JSON.stringify(rest))))).digest('hex');
}

/** The whole life of an application: acceptance or refusal at acceptance, then each step, with its history. */
export class ApplicationsService {
  constructor(private readonly ctx: GraphQLContext) {}

  private get em(): EntityManager {
    return this.ctx.em;
  }

  private get viewer(): Viewer {
    return this.ctx.viewer!;
  }

  private today(): string {
    return localToday(this.ctx.clock.now());
  }

  /**
   * Registers an application (para 14) or its refusal at acceptance (para 16). A retry with a known idempotency key
   * answers with what the first stored: found by the unique key when storing (the usual case costs no lookup), or
   * before answering with userErrors (a retry is never refused for what has changed since).
   * `reload: false` returns the stored entity as flushed, for a caller that reads it back its own way.
   */
  async submit(input: ApplicationSubmitInput, options: { reload?: boolean } = {}): Promise<ApplicationResult> {
    const viewer = this.viewer;
    if (viewer.role === Role.INTEGRATOR) requireScope(viewer, ApiKeyScope.APPLICATIONS_WRITE);
    if (viewer.via === 'apiKey' && !input.idempotencyKey) {
      return { userErrors: [userError(UserErrorCode.INVALID, 'Partner systems send an idempotency key with every submission, so a retry never creates a duplicate.', ['input', 'idempotencyKey'])] };
    }
    const hash = payloadHash(input);
    const result = await this.store(input, hash, options.reload ?? true);
    if (!result.application && input.idempotencyKey) return (await this.replay(input.idempotencyKey, hash)) ?? result;
    return result;
  }

  private async store(input: ApplicationSubmitInput, hash: string, reload: boolean): Promise<ApplicationResult> {
    const viewer = this.viewer;

    const code = input.serviceCode.trim().toUpperCase();
    const [service] = await memoize(this.ctx, `service:${code}`, () => loadServices(this.em, 's.code = ?', [code]));
    if (!service) return { userErrors: [userError(UserErrorCode.NOT_FOUND, `No service has the code "${input.serviceCode}".`, ['input', 'serviceCode'])] };
    if (service.status !== ServiceStatus.IN_FORCE) {
      return { userErrors: [userError(UserErrorCode.INVALID, `${service.code} was removed from the decree: it accepts no applications.`, ['input', 'serviceCode'])] };
    }
    const today = this.today();
    const errors: UserError[] = [];
    const place = await this.place(input, errors);
    const applicant = this.applicant(input, today, errors);
    const { kase, termCase, term, documents, missing } = this.standard(service, input, errors);
    const answers = this.answers(service, input, applicant, today, errors);
    if (term?.startsFrom === DeadlineStart.COMMISSION_DECISION_APPROVAL) {
      const on = input.commissionDecisionApprovedOn;
      if (!on) errors.push(userError(UserErrorCode.INVALID, "This term runs from the approval of the conscription commission's decision: give its date.", ['input', 'commissionDecisionApprovedOn']));
      else if (on > today || !inCalendarRange(on)) errors.push(userError(UserErrorCode.INVALID, 'The decision date must be a past day within the working calendar.', ['input', 'commissionDecisionApprovedOn']));
    }
    if (errors.length || !place || !applicant || !term) return { userErrors: errors };

    const refused = missing.length > 0;
    let dueOn: string | null = null;
    let provisionalHandOver: string | null = null;
    if (!refused) {
      try {
        if (term.startsFrom === DeadlineStart.ARRIVAL_AT_BODY) provisionalHandOver = await memoize(this.ctx, `next-working-day:${today}`, () => nextWorkingDay(this.em, today));
        dueOn = await computeDue(this.em, term, { acceptedOn: today, handedOverOn: provisionalHandOver, decisionApprovedOn: input.commissionDecisionApprovedOn ?? null }, (from, to) =>
          memoize(this.ctx, `calendar:${from}:${to}`, () => loadExceptions(this.em, from, to)),
        );
      } catch (error) {
        if (error instanceof OutOfCalendarError || error instanceof TermNotStartedError) {
          return { userErrors: [userError(UserErrorCode.INVALID, `The due date cannot be computed: ${error.message}`, ['input'])] };
        }
        throw error;
      }
    }

    const now = this.ctx.clock.now();
    const employee = this.em.getReference(User, viewer.userId);
    const [{ n }] = await this.em.getConnection().execute<{ n: string }[]>(`select nextval('application_number_seq') as n`);
    const number = `${service.code}-${today.slice(0, 4)}-${String(n).padStart(6, '0')}`;
    const status = refused ? ApplicationStatus.REFUSED_AT_ACCEPTANCE : ApplicationStatus.ACCEPTED;
    const receipt: Receipt = {
      kind: refused ? ReceiptKind.REFUSAL : ReceiptKind.ACCEPTANCE,
      number,
      acceptedAt: now,
      serviceCode: service.code,
      serviceTitle: service.title,
      caseTitle: kase?.title ?? null,
      documentCount: documents.length,
      documents,
      missingDocuments: missing,
      issueOn: dueOn,
      issueOnProvisional: provisionalHandOver !== null,
      issuePlace: place.issuePlace(service),
      employeeName: viewer.fullName,
      applicantName: [applicant.lastName, applicant.firstName, applicant.patronymic].filter(Boolean).join(' '),
      applicantPhone: applicant.phone,
      cite: `${service.code} §${refused ? 16 : 14}`,
    };
    const application = this.em.create(Application, {
      number,
      service: this.em.getReference(Service, service.id),
      case: kase ? this.em.getReference('ServiceCase', kase.id) : null,
      termCase: termCase ? this.em.getReference('ServiceCase', termCase.id) : null,
      channel: input.channel,
      office: place.office,
      department: place.department,
      region: place.department.region,
      status,
      applicantIin: applicant.iin,
      applicantLastName: applicant.lastName,
      applicantFirstName: applicant.firstName,
      applicantPatronymic: applicant.patronymic,
      applicantBirthDate: applicant.birthDate,
      applicantPhone: applicant.phone,
      applicantAddress: applicant.address,
      answers,
      documents,
      missingDocuments: missing,
      receipt,
      acceptedAt: now,
      acceptedOn: today,
      acceptedBy: employee,
      acceptedByName: viewer.fullName,
      submittedBy: employee,
      submittedVia: viewer.via === 'apiKey' ? SubmissionChannel.API : SubmissionChannel.CONSOLE,
      idempotencyKey: input.idempotencyKey ?? null,
      payloadHash: hash,
      commissionDecisionApprovedOn: input.commissionDecisionApprovedOn ?? null,
      termRule: refused ? null : this.em.getReference('DeadlineRule', term.ruleId),
      term: refused ? null : term,
      dueOn,
      dueProvisional: provisionalHandOver !== null,
    } as never) as Application;
    this.event(application, refused ? ApplicationAction.REFUSE_AT_ACCEPTANCE : ApplicationAction.SUBMIT, null, status, {
      reason: refused ? `Missing: ${missing.map((d) => d.name.en ?? d.name.kk).join('; ')}` : null,
    });
    try {
      await this.em.flush();
    } catch (error) {
      // Two retries with one key raced: the first stored it; this one answers with what the first stored.
      if (error instanceof UniqueConstraintViolationException && input.idempotencyKey) {
        this.em.clear();
        const replay = await this.replay(input.idempotencyKey, hash);
        if (replay) return replay;
      }
      throw error;
    }
    return { application: reload ? await this.reload(application.id) : application, userErrors: [] };
  }

  /** The application stored under this key, if any: the same content answers with it, other content is refused. */
  private async replay(key: string, hash: string): Promise<ApplicationResult | null> {
    const existing = await this.em.findOne(Application, { submittedBy: this.viewer.userId, idempotencyKey: key }, { populate: [...POPULATE] });
    if (!existing) return null;
    if (existing.payloadHash !== hash) {
      return { userErrors: [userError(UserErrorCode.CONFLICT, `The idempotency key "${key}" was used for a different submission (${existing.number}).`, ['input', 'idempotencyKey'])] };
    }
    return { application: existing, userErrors: [] };
  }

  /** Where it is filed: a centre office (its region's department decides) or a department; operators file at their own. */
  private async place(input: ApplicationSubmitInput, errors: UserError[]) {
    const viewer = this.viewer;
    const operator = viewer.role === Role.OPERATOR;
    if (input.channel === Channel.CENTRE) {
      if (input.departmentId) errors.push(userError(UserErrorCode.INVALID, 'A centre application names its office; the department follows from its region.', ['input', 'departmentId']));
      const officeId = input.officeId ?? (operator ? viewer.officeId : null);
      if (!officeId) {
        errors.push(userError(UserErrorCode.INVALID, operator ? 'You work at a department: file BODY applications.' : 'A centre application needs its office.', ['input', 'officeId']));
        return null;
      }
      if (operator && officeId !== viewer.officeId) {
        errors.push(userError(UserErrorCode.NOT_ALLOWED, 'Operators register applications at their own office only.', ['input', 'officeId']));
        return null;
      }
      const office = isUuid(officeId) ? await this.em.findOne(Office, { id: officeId }, { populate: ['region'] }) : null;
      if (!office) {
        errors.push(userError(UserErrorCode.NOT_FOUND, 'No office has this id.', ['input', 'officeId']));
        return null;
      }
      if (office.archivedAt) errors.push(userError(UserErrorCode.INVALID, 'This office is closed (archived).', ['input', 'officeId']));
      const department = await this.em.findOne(Department, { region: office.region }, { populate: ['region'] });
      if (!department) {
        errors.push(userError(UserErrorCode.NOT_FOUND, "The office's region has no defence affairs department to send it to.", ['input', 'officeId']));
        return null;
      }
      return {
        office,
        department,
        issuePlace: (): Receipt['issuePlace'] => ({ name: office.name, address: office.address ?? null, hours: office.openingHours }),
      };
    }
    if (input.officeId) errors.push(userError(UserErrorCode.INVALID, 'An application to the authorized body names its department, not a centre office.', ['input', 'officeId']));
    const departmentId = input.departmentId ?? (operator ? viewer.departmentId : null);
    if (!departmentId) {
      errors.push(userError(UserErrorCode.INVALID, operator ? 'You work at a centre office: file CENTRE applications.' : 'An application to the authorized body needs its department.', ['input', 'departmentId']));
      return null;
    }
    if (operator && departmentId !== viewer.departmentId) {
      errors.push(userError(UserErrorCode.NOT_ALLOWED, 'Operators register applications at their own department only.', ['input', 'departmentId']));
      return null;
    }
    const department = isUuid(departmentId) ? await this.em.findOne(Department, { id: departmentId }, { populate: ['region'] }) : null;
    if (!department) {
      errors.push(userError(UserErrorCode.NOT_FOUND, 'No department has this id.', ['input', 'departmentId']));
      return null;
    }
    return {
      office: null,
      department,
      // The body's hours are the standard's (para 9), not the department's own.
      issuePlace: (service: LoadedService): Receipt['issuePlace'] => ({
        name: department.name,
        address: department.address,
        hours: service[CHILDREN].schedules
          .filter((s) => s.channel === Channel.BODY)
          .map((s): OpeningHours => ({ days: s.days, opens: s.opens, closes: s.closes, lunchFrom: s.lunchFrom ?? null, lunchTo: s.lunchTo ?? null })),
      }),
    };
  }

  private applicant(input: ApplicationSubmitInput, today: string, errors: UserError[]) {
    const a = input.applicant;
    const at = (f: string) => ['input', 'applicant', f];
    const before = errors.length;
    const iin = a.iin.replace(/\s/g, '');
    const problem = iinProblem(iin);
    if (problem) errors.push(userError(UserErrorCode.INVALID, IIN_MESSAGES[problem], at('iin')));
    else if (iinBirthDate(iin) !== a.birthDate) errors.push(userError(UserErrorCode.INVALID, `The birth date does not match the IIN (which encodes ${iinBirthDate(iin)}).`, at('birthDate')));
    if (a.birthDate > today) errors.push(userError(UserErrorCode.INVALID, 'The birth date is in the future.', at('birthDate')));
    const lastName = a.lastName.trim();
    const firstName = a.firstName.trim();
    if (!lastName) errors.push(userError(UserErrorCode.INVALID, 'The surname is required.', at('lastName')));
    if (!firstName) errors.push(userError(UserErrorCode.INVALID, 'The name is required.', at('firstName')));
    const phone = normalisePhone(a.phone.trim());
    if (!phone) errors.push(userError(UserErrorCode.INVALID, `"${a.phone}" is not a Kazakhstan phone number (e.g. +7 701 123 45 67).`, at('phone')));
    const address = a.address.trim();
    if (!address) errors.push(userError(UserErrorCode.INVALID, 'The address is required.', at('address')));
    if (errors.length > before) return null;
    return { iin, lastName, firstName, patronymic: a.patronymic?.trim() || null, birthDate: a.birthDate, phone: phone!, address };
  }

  /** The case, the term that applies, and the documents presented and missing, as the standard defines them. */
  private standard(service: LoadedService, input: ApplicationSubmitInput, errors: UserError[]) {
    const { cases, deadlines, documents } = service[CHILDREN];
    const hasDocuments = (c: ServiceCase) => documents.some((d) => d.case?.id === c.id);
    const documentCases = cases.filter((c) => c.kind !== CaseKind.DEADLINE && hasDocuments(c));
    const termCases = cases.filter((c) => c.kind !== CaseKind.DOCUMENTS);
    const keys = (list: ServiceCase[]) => list.map((c) => c.key).join(', ');

    let kase: ServiceCase | null = null;
    if (documentCases.length) {
      kase = documentCases.find((c) => c.key === input.caseKey) ?? null;
      if (!input.caseKey) errors.push(userError(UserErrorCode.INVALID, `${service.code} has cases: choose one (${keys(documentCases)}).`, ['input', 'caseKey']));
      else if (!kase) errors.push(userError(UserErrorCode.NOT_FOUND, `${service.code} has no case "${input.caseKey}" (cases: ${keys(documentCases)}).`, ['input', 'caseKey']));
    } else if (input.caseKey) {
      errors.push(userError(UserErrorCode.INVALID, `${service.code} has a single case: leave caseKey out.`, ['input', 'caseKey']));
    }

    let termCase: ServiceCase | null = null;
    if (termCases.length) {
      const key = input.termCaseKey ?? kase?.deadlineCaseKey ?? null;
      termCase = termCases.find((c) => c.key === key) ?? null;
      if (!key) {
        if (kase || !documentCases.length) errors.push(userError(UserErrorCode.INVALID, `${service.code} sets terms per case (para 7) and this case does not decide which: choose one (${keys(termCases)}).`, ['input', 'termCaseKey']));
      } else if (!termCase) errors.push(userError(UserErrorCode.NOT_FOUND, `${service.code} has no term case "${key}" (${keys(termCases)}).`, ['input', 'termCaseKey']));
    } else if (input.termCaseKey) {
      errors.push(userError(UserErrorCode.INVALID, `${service.code} has one term per channel: leave termCaseKey out.`, ['input', 'termCaseKey']));
    }

    const rule = deadlines.find((d) => d.kind === DeadlineKind.PROCESSING && d.channel === input.channel && (d.case?.id ?? null) === (termCase?.id ?? null));
    if (!rule && (termCase || !termCases.length)) errors.push(userError(UserErrorCode.INVALID, `${service.code} sets no term for the ${input.channel} channel in this case.`, ['input', 'channel']));

    const required = documents.filter((d) => (d.case?.id ?? null) === (kase?.id ?? null));
    const byId = new Map(required.map((d) => [d.id, d]));
    const presented = new Set<string>();
    input.documents.forEach((id, i) => {
      if (!byId.has(id)) errors.push(userError(UserErrorCode.NOT_FOUND, `Document ${id} is not one this case requires.`, ['input', 'documents', String(i)]));
      else presented.add(id);
    });
    const applies = new Set<string>();
    (input.conditionalDocumentsApply ?? []).forEach((id, i) => {
      if (!byId.get(id)?.condition) errors.push(userError(UserErrorCode.INVALID, `Document ${id} is not a conditional requirement of this case.`, ['input', 'conditionalDocumentsApply', String(i)]));
      else applies.add(id);
    });
    // The filled-in form is the application itself; data taken from state systems is not brought (para 11).
    const needed = (d: DocumentRequirement) => d.kind !== DocumentKind.FORM && !d.fromStateSystem && (!d.condition || applies.has(d.id));
    return {
      kase,
      termCase,
      term: rule ? appliedTerm(rule) : null,
      documents: required.filter((d) => d.kind === DocumentKind.FORM || presented.has(d.id)).map(documentOf),
      missing: required.filter((d) => needed(d) && !presented.has(d.id)).map(documentOf),
    };
  }

  /** The form's answers, with what the rest of the input already says filled in, checked against the form. */
  private answers(service: LoadedService, input: ApplicationSubmitInput, applicant: ReturnType<ApplicationsService['applicant']>, today: string, errors: UserError[]) {
    const form = service[CHILDREN].form;
    const answers: Record<string, string> = {};
    input.answers.forEach((a, i) => {
      if (a.key in answers) errors.push(userError(UserErrorCode.INVALID, `"${a.key}" is answered twice.`, ['input', 'answers', String(i)]));
      answers[a.key] = a.value.trim();
    });
    if (!form) return answers;
    const fields = form.fields as unknown as { key: string }[];
    const has = (k: string) => fields.some((f) => f.key === k) && !answers[k];
    // Filled in from what was typed even when the applicant block has its own errors: those are reported there, once.
    applicant ??= { ...input.applicant, patronymic: input.applicant.patronymic ?? null } as NonNullable<typeof applicant>;
    if (applicant) {
      if (has('fullName')) answers.fullName = [applicant.lastName, applicant.firstName, applicant.patronymic].filter(Boolean).join(' ');
      if (has('birthDate')) answers.birthDate = applicant.birthDate;
      if (has('birthYear')) answers.birthYear = applicant.birthDate.slice(0, 4);
      if (has('address')) answers.address = applicant.address;
    }
    if (has('date')) answers.date = today;
    errors.push(...answerErrors(form.fields as never, answers));
    return answers;
  }

  // --- the steps after acceptance -------------------------------------------------------------------------------

  async handOver(id: string, version: number, handedOverOn?: string | null) {
    return this.step(id, version, ApplicationAction.HAND_OVER, async (app) => {
      const today = this.today();
      const on = handedOverOn ?? today;
      if (on < app.acceptedOn || on > today) return [userError(UserErrorCode.INVALID, `The hand-over date must be between the acceptance (${app.acceptedOn}) and today.`, ['handedOverOn'])];
      app.handedOverOn = on;
      if (app.term?.startsFrom === DeadlineStart.ARRIVAL_AT_BODY) {
        app.dueOn = await computeDue(this.em, app.term, { acceptedOn: app.acceptedOn, handedOverOn: on, decisionApprovedOn: app.commissionDecisionApprovedOn });
        app.dueProvisional = false;
      }
      return [];
    }, null, { handedOverOn: handedOverOn ?? null });
  }

  async start(id: string, version: number) {
    return this.step(id, version, ApplicationAction.START, async () => []);
  }

  async extend(id: string, version: number, input: ApplicationExtendInput) {
    return this.step(
      id,
      version,
      ApplicationAction.EXTEND,
      async (app) => {
        const today = this.today();
        const now = this.ctx.clock.now();
        const errors: UserError[] = [];
        if (!input.reason.trim()) errors.push(userError(UserErrorCode.INVALID, 'Give the reason for the extension.', ['input', 'reason']));
        if (input.applicantNotifiedAt > now) errors.push(userError(UserErrorCode.INVALID, 'The applicant cannot have been told in the future.', ['input', 'applicantNotifiedAt']));
        if (input.applicantNotifiedAt < app.acceptedAt) errors.push(userError(UserErrorCode.INVALID, 'The applicant was told before the application was accepted?', ['input', 'applicantNotifiedAt']));
        if (today > app.dueOn!) errors.push(userError(UserErrorCode.INVALID, `The term ended on ${app.dueOn}: it can only be extended before it runs out.`, ['id']));
        const [service] = await loadServices(this.em, 's.id = ?', [app.service.id]);
        const rules = service[CHILDREN].deadlines.filter(
          (d) => d.kind === DeadlineKind.EXTENSION && d.channel === app.channel && (d.case?.id ?? null) === (app.termCase?.id ?? null),
        );
        if (!rules.length) {
          errors.push(userError(UserErrorCode.NOT_ALLOWED, `${service.code} provides no extension of this term.`, ['id']));
          return errors;
        }
        const rule = input.ruleId ? rules.find((r) => r.id === input.ruleId) : rules.length === 1 ? rules[0] : undefined;
        if (!rule) {
          errors.push(
            userError(UserErrorCode.INVALID, input.ruleId ? 'This is not an extension rule of the term.' : `Choose the extension rule: ${rules.map((r) => `${r.id} (${r.value} ${r.unit})`).join(', ')}.`, ['input', 'ruleId']),
          );
          return errors;
        }
        const term = appliedTerm(rule);
        const limitOn = await computeDue(this.em, term, { acceptedOn: app.acceptedOn, handedOverOn: app.handedOverOn, decisionApprovedOn: app.commissionDecisionApprovedOn });
        const newDueOn = input.newDueOn ?? limitOn;
        if (!isIsoDate(newDueOn) || newDueOn <= app.dueOn!) errors.push(userError(UserErrorCode.INVALID, `The new due date must be after the current one (${app.dueOn}).`, ['input', 'newDueOn']));
        else if (newDueOn > limitOn) errors.push(userError(UserErrorCode.INVALID, `The standard allows at most ${limitOn} (${rule.value} ${rule.unit.toLowerCase().replace('_', ' ')}, ${rule.cite}).`, ['input', 'newDueOn']));
        if (errors.length) return errors;
        app.extension = { rule: term, previousDueOn: app.dueOn!, newDueOn, limitOn, reason: input.reason.trim(), applicantNotifiedAt: input.applicantNotifiedAt, notifiedBy: input.notifiedBy, at: now };
        app.originalDueOn = app.dueOn;
        app.dueOn = newDueOn;
        return [];
      },
      input.reason.trim(),
      { ruleId: input.ruleId ?? null, newDueOn: input.newDueOn ?? null, notifiedBy: input.notifiedBy },
    );
  }

  async ready(id: string, version: number) {
    return this.step(id, version, ApplicationAction.READY, async (app) => {
      app.readyOn = this.today();
      app.completedOn = app.readyOn;
      return [];
    });
  }

  async issue(id: string, version: number) {
    return this.step(id, version, ApplicationAction.ISSUE, async (app) => {
      app.issuedAt = this.ctx.clock.now();
      // Issued straight from processing: that day is also the day it was ready.
      app.readyOn ??= this.today();
      app.completedOn ??= app.readyOn;
      return [];
    });
  }

  async refuse(id: string, version: number, reasons: string) {
    return this.step(
      id,
      version,
      ApplicationAction.REFUSE,
      async (app) => {
        if (reasons.trim().length < 10) return [userError(UserErrorCode.INVALID, 'A reasoned refusal states its reasons (at least 10 characters).', ['reasons'])];
        app.refusedOn = this.today();
        app.refusalReasons = reasons.trim();
        app.completedOn = app.refusedOn;
        return [];
      },
      reasons.trim(),
    );
  }

  async transferUncollected(id: string, version: number) {
    return this.step(
      id,
      version,
      ApplicationAction.TRANSFER_UNCOLLECTED,
      async (app) => {
        const from = plusMonths(app.readyOn!, 1);
        if (this.today() < from) return [userError(UserErrorCode.INVALID, `The centre keeps the result for one month: it can be transferred from ${from}.`, ['id'])];
        app.transferredAt = this.ctx.clock.now();
        return [];
      },
      UNCOLLECTED_REASON,
    );
  }

  /** Loads, checks access, version and the lifecycle, applies the step, records it, flushes: all or nothing. */
  private async step(
    id: string,
    version: number,
    step: Step,
    apply: (app: Application) => Promise<UserError[]>,
    reason: string | null = null,
    details: Record<string, unknown> | null = null,
  ): Promise<ApplicationResult> {
    const viewer = this.viewer;
    if (viewer.role === Role.INTEGRATOR) requireScope(viewer, ApiKeyScope.APPLICATIONS_WRITE);
    const app = isUuid(id) ? await this.em.findOne(Application, { id }, { populate: [...POPULATE] }) : null;
    if (!app || !canRead(viewer, placed(app))) return { userErrors: [userError(UserErrorCode.NOT_FOUND, 'No application you can see has this id.', ['id'])] };
    if (!canAct(viewer, placed(app))) throw forbidden('Supervisors follow applications; the office that holds them acts.');
    if (app.version !== version) {
      return { userErrors: [userError(UserErrorCode.CONFLICT, `The application was changed meanwhile (version ${app.version}, you sent ${version}). Reload and try again.`, ['version'])] };
    }
    const refusal = stepRefusal(step, lifecycleFacts(app));
    if (refusal) return { userErrors: [userError(UserErrorCode.INVALID_TRANSITION, refusal, ['id'])] };
    const from = app.status;
    const errors = await apply(app);
    if (errors.length) {
      this.em.clear();
      return { userErrors: errors };
    }
    const to = STEP_TARGET[step] ?? from;
    app.status = to;
    this.event(app, step, from, to, { reason, details });
    const conflict = await flushOrConflict(this.em, 'application');
    if (conflict) return { userErrors: [conflict] };
    return { application: app, userErrors: [] };
  }

  private event(app: Application, action: ApplicationAction, from: ApplicationStatus | null, to: ApplicationStatus, extra: { reason?: string | null; details?: Record<string, unknown> | null }) {
    this.em.persist(
      this.em.create(ApplicationEvent, {
        application: app,
        at: this.ctx.clock.now(),
        action,
        fromStatus: from,
        toStatus: to,
        actorId: this.viewer.userId,
        actorLogin: this.viewer.login,
        reason: extra.reason ?? null,
        details: extra.details ?? null,
      }),
    );
  }

  private reload(id: string) {
    this.em.clear();
    return this.em.findOneOrFail(Application, { id }, { populate: [...POPULATE] });
  }
}

const STEP_TARGET: Partial<Record<Step, ApplicationStatus>> = {
  [ApplicationAction.START]: ApplicationStatus.IN_PROGRESS,
  [ApplicationAction.READY]: ApplicationStatus.READY,
  [ApplicationAction.ISSUE]: ApplicationStatus.ISSUED,
  [ApplicationAction.REFUSE]: ApplicationStatus.REFUSED,
  [ApplicationAction.TRANSFER_UNCOLLECTED]: ApplicationStatus.TRANSFERRED_TO_BODY,
};

export const UNCOLLECTED_REASON = 'Not collected within one month: handed over to the authorized body (para 15).';

/** What the lifecycle needs to know of an application (the service must be loaded: its results say if refusal is possible). */
export function lifecycleFacts(app: Application & { reasonedRefusalPossible?: boolean }): LifecycleFacts {
  // A read view carries the flag (read with it); a managed entity has its service loaded.
  const results = app.reasonedRefusalPossible === undefined ? ((app.service.details as { results?: { reasonedRefusalPossible?: boolean }[] } | null)?.results ?? []) : [];
  return {
    status: app.status,
    channel: app.channel,
    handedOverOn: app.handedOverOn,
    extended: !!app.extension,
    dueProvisional: app.dueProvisional,
    reasonedRefusalPossible: app.reasonedRefusalPossible ?? results.some((r) => r.reasonedRefusalPossible),
  };
}

export const allowedActions = (app: Application) => allowedSteps(lifecycleFacts(app));

/**
 * The scheduled side of para 15: every result ready at a centre for a month is handed over to the authorized body, in
 * one statement that moves them and writes their history together.
 */
export async function transferUncollectedDue(em: EntityManager, now: Date): Promise<number> {
  const today = localToday(now);
  const rows = await em.getConnection().execute<{ application_id: string }[]>(
    `with moved as (
       update application set status = 'TRANSFERRED_TO_BODY', transferred_at = ?, version = version + 1, updated_at = now()
        where status = 'READY' and channel = 'CENTRE' and ready_on + interval '1 month' <= ?::date
       returning id)
     insert into application_event (application_id, at, action, from_status, to_status, actor_login, reason)
     select id, ?, 'TRANSFER_UNCOLLECTED', 'READY', 'TRANSFERRED_TO_BODY', 'system', ? from moved
     returning application_id`,
    [now, today, now, UNCOLLECTED_REASON],
  );
  return rows.length;
}

export type { AppliedTerm };
