import type { ResultOf } from '@graphql-typed-document-node/core';
import { graphql } from '../../../schema/generated';
import type {
  ApplicationFilter,
  ApplicationSortField,
  ApplicationStatus,
  ApplicationSubmitInput,
  Channel,
  NotificationMethod,
  Timeliness,
} from '../../../schema/generated/graphql';
import { APPLICATION_STATUSES, CHANNELS, TIMELINESS } from '../applications/enums';
import { request } from './request';
import { mutate, notFound, notSupported, type FormFields, type MessageFor } from './errors';
import { pageOf, text, type ResourceHandler } from './types';

const ApplicationListFields = graphql(`
  fragment ApplicationListFields on Application {
    id
    number
    version
    status
    channel
    acceptedAt
    acceptedOn
    dueOn
    dueProvisional
    timeliness
    remainingWorkingDays
    completedOn
    service {
      code
      title {
        kk
        ru
        en
      }
    }
    region {
      code
      name {
        kk
        ru
        en
      }
    }
    office {
      id
      name {
        kk
        ru
        en
      }
    }
    department {
      id
      name {
        kk
        ru
        en
      }
    }
    applicant {
      iin
      fullName
      masked
    }
  }
`);

const PresentedDocumentFields = graphql(`
  fragment PresentedDocumentFields on PresentedDocument {
    requirementId
    kind
    cite
    name {
      kk
      ru
      en
    }
  }
`);

const AppliedTermFields = graphql(`
  fragment AppliedTermFields on AppliedTerm {
    ruleId
    value
    unit
    upTo
    startsFrom
    excludesAcceptanceAndIssueDays
    cite
    lines
    text {
      kk
      ru
      en
    }
  }
`);

/** Everything the show page, the receipt and the step dialogs need: one request. */
const ApplicationFields = graphql(`
  fragment ApplicationFields on Application {
    ...ApplicationListFields
    submittedVia
    acceptedByName
    handedOverOn
    readyOn
    refusedOn
    refusalReasons
    issuedAt
    transferredAt
    originalDueOn
    commissionDecisionApprovedOn
    allowedActions
    service {
      code
      form {
        code
        fields {
          key
          type
          position
          label {
            kk
            ru
            en
          }
          choices {
            value
            label {
              kk
              ru
              en
            }
          }
        }
      }
      deadlines {
        id
        kind
        channel
        value
        unit
        upTo
        case {
          key
        }
        source {
          cite
          lines
        }
      }
    }
    case {
      key
      number
      title {
        kk
        ru
        en
      }
    }
    termCase {
      key
      number
      title {
        kk
        ru
        en
      }
    }
    office {
      address {
        kk
        ru
        en
      }
    }
    department {
      address {
        kk
        ru
        en
      }
    }
    applicant {
      lastName
      firstName
      patronymic
      birthDate
      phone
      address
    }
    answers {
      key
      value
    }
    documents {
      ...PresentedDocumentFields
    }
    missingDocuments {
      ...PresentedDocumentFields
    }
    term {
      ...AppliedTermFields
    }
    extension {
      at
      previousDueOn
      newDueOn
      limitOn
      reason
      applicantNotifiedAt
      notifiedBy
      rule {
        ...AppliedTermFields
      }
    }
    history {
      id
      at
      action
      fromStatus
      toStatus
      actorLogin
      reason
    }
    receipt {
      kind
      number
      acceptedAt
      serviceCode
      serviceTitle {
        kk
        ru
        en
      }
      caseTitle {
        kk
        ru
        en
      }
      documentCount
      documents {
        ...PresentedDocumentFields
      }
      missingDocuments {
        ...PresentedDocumentFields
      }
      issueOn
      issueOnProvisional
      issuePlace {
        name {
          kk
          ru
          en
        }
        address {
          kk
          ru
          en
        }
        hours {
          days
          opens
          closes
          lunchFrom
          lunchTo
        }
      }
      employeeName
      applicantName
      applicantPhone
      cite
    }
  }
`);

const ApplicationsQuery = graphql(`
  query ApplicationList($filter: ApplicationFilter, $sort: ApplicationSort, $page: PageInput) {
    applications(filter: $filter, sort: $sort, page: $page) {
      totalCount
      items {
        ...ApplicationListFields
      }
    }
  }
`);

const ApplicationQuery = graphql(`
  query ApplicationOne($id: ID, $number: String) {
    application(id: $id, number: $number) {
      ...ApplicationFields
    }
  }
`);

const ApplicationSubmitMutation = graphql(`
  mutation ApplicationSubmit($input: ApplicationSubmitInput!) {
    applicationSubmit(input: $input) {
      application {
        ...ApplicationFields
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

const HandOverMutation = graphql(`
  mutation ApplicationHandOver($id: ID!, $version: Int!, $handedOverOn: Date) {
    applicationHandOver(id: $id, version: $version, handedOverOn: $handedOverOn) {
      application {
        ...ApplicationFields
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

const StartMutation = graphql(`
  mutation ApplicationStart($id: ID!, $version: Int!) {
    applicationStart(id: $id, version: $version) {
      application {
        ...ApplicationFields
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

const ExtendMutation = graphql(`
  mutation ApplicationExtend($id: ID!, $version: Int!, $input: ApplicationExtendInput!) {
    applicationExtend(id: $id, version: $version, input: $input) {
      application {
        ...ApplicationFields
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

const ReadyMutation = graphql(`
  mutation ApplicationReady($id: ID!, $version: Int!) {
    applicationReady(id: $id, version: $version) {
      application {
        ...ApplicationFields
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

const IssueMutation = graphql(`
  mutation ApplicationIssue($id: ID!, $version: Int!) {
    applicationIssue(id: $id, version: $version) {
      application {
        ...ApplicationFields
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

const RefuseMutation = graphql(`
  mutation ApplicationRefuse($id: ID!, $version: Int!, $reasons: String!) {
    applicationRefuse(id: $id, version: $version, reasons: $reasons) {
      application {
        ...ApplicationFields
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

const TransferMutation = graphql(`
  mutation ApplicationTransferUncollected($id: ID!, $version: Int!) {
    applicationTransferUncollected(id: $id, version: $version) {
      application {
        ...ApplicationFields
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

type ApplicationListNode = ResultOf<typeof ApplicationListFields>;
export type ApplicationNode = ResultOf<typeof ApplicationFields>;
export type ApplicationListRecord = ApplicationListNode;
export type ApplicationRecord = ApplicationNode;
export type PresentedDocument = ResultOf<typeof PresentedDocumentFields>;
export type AppliedTerm = ResultOf<typeof AppliedTermFields>;

/** The steps the show page offers, as `update` data: `{ action, ...its inputs }`. */
export type StepAction = 'HAND_OVER' | 'START' | 'EXTEND' | 'READY' | 'ISSUE' | 'REFUSE' | 'TRANSFER_UNCOLLECTED';
export const STEP_ACTIONS: readonly StepAction[] = ['HAND_OVER', 'START', 'EXTEND', 'READY', 'ISSUE', 'REFUSE', 'TRANSFER_UNCOLLECTED'];

/** The inputs of each step's dialog: the server's problems about them land there. */
export const STEP_FIELDS: Record<StepAction, FormFields> = {
  HAND_OVER: ['handedOverOn'],
  START: [],
  EXTEND: ['ruleId', 'newDueOn', 'reason', 'applicantNotifiedAt', 'notifiedBy'],
  READY: [],
  ISSUE: [],
  REFUSE: ['reasons'],
  TRANSFER_UNCOLLECTED: [],
};

/** The server explains INVALID problems in English: the console says the same in the user's language. */
const stepMessages: Record<StepAction, MessageFor> = {
  HAND_OVER: (field) => (field === 'handedOverOn' ? 'app.applications.errors.handed_over_on' : undefined),
  START: () => undefined,
  EXTEND: (field, problem) => {
    if (field === 'id') return /ended/.test(problem.message) ? 'app.applications.errors.term_ended' : undefined;
    if (field === 'newDueOn') return /at most/.test(problem.message) ? 'app.applications.errors.beyond_limit' : 'app.applications.errors.new_due_after';
    if (field === 'applicantNotifiedAt') return 'app.applications.errors.notified_at';
    if (field === 'reason') return 'app.applications.errors.reason_required';
    if (field === 'ruleId') return 'app.applications.errors.rule_required';
    return undefined;
  },
  READY: () => undefined,
  ISSUE: () => undefined,
  REFUSE: (field) => (field === 'reasons' ? 'app.applications.errors.refusal_reasons' : undefined),
  TRANSFER_UNCOLLECTED: (field) => (field === 'id' ? 'app.applications.errors.transfer_too_early' : undefined),
};

/** The register form's inputs (answers and documents by key or id). */
const SUBMIT_FIELDS: FormFields = [
  'serviceCode',
  'caseKey',
  'termCaseKey',
  'channel',
  'commissionDecisionApprovedOn',
  'applicant.iin',
  'applicant.lastName',
  'applicant.firstName',
  'applicant.patronymic',
  'applicant.birthDate',
  'applicant.phone',
  'applicant.address',
  'answers.*',
];

const submitMessages: MessageFor = (field, problem) => {
  if (field === 'applicant.iin') return 'app.applications.errors.iin';
  if (field === 'applicant.birthDate') return /future/.test(problem.message) ? 'app.applications.errors.birth_future' : 'app.applications.errors.birth_date_iin';
  if (field === 'applicant.phone') return 'app.offices.errors.phone';
  if (/^applicant\.(lastName|firstName|address)$/.test(field)) return 'ra.validation.required';
  if (field.startsWith('answers.')) return /required/.test(problem.message) ? 'ra.validation.required' : 'app.applications.errors.answer_format';
  if (field === 'commissionDecisionApprovedOn') return 'app.applications.errors.decision_date';
  if (field === 'caseKey') return 'app.applications.errors.case_required';
  if (field === 'termCaseKey') return 'app.applications.errors.term_case_required';
  if (field === 'channel') return 'app.applications.errors.no_term_for_channel';
  return undefined;
};

const SORT_FIELDS: Record<string, ApplicationSortField> = { acceptedAt: 'ACCEPTED_AT', acceptedOn: 'ACCEPTED_AT', dueOn: 'DUE_ON', number: 'NUMBER' };
const NOTIFICATION_METHODS: readonly NotificationMethod[] = ['EMAIL', 'IN_PERSON', 'PHONE', 'POST', 'SMS'];

const fetchOne = async (id: string) => (await request(ApplicationQuery, { id })).application;

/** An application by its receipt number, if the caller may see it (complaints name applications this way). */
export const findByNumber = async (number: string) => (await request(ApplicationQuery, { number: number.trim().toUpperCase() })).application;

const isoDate = (value: unknown): string | undefined => {
  const v = text(value);
  return v && /^\d{4}-\d{2}-\d{2}$/.test(v) ? v : undefined;
};

/** The list's filter form as the API's ApplicationFilter. */
export function filterOf(f: Record<string, unknown>): ApplicationFilter {
  const filter: ApplicationFilter = {};
  const search = text(f.q);
  if (search) filter.search = search;
  const statuses = (Array.isArray(f.status) ? f.status : [f.status]).filter((s): s is ApplicationStatus => APPLICATION_STATUSES.includes(s as ApplicationStatus));
  if (statuses.length) filter.status = statuses;
  const timeliness = (Array.isArray(f.timeliness) ? f.timeliness : [f.timeliness]).filter((t): t is Timeliness => TIMELINESS.includes(t as Timeliness));
  if (timeliness.length) filter.timeliness = timeliness;
  if (f.overdue === true) filter.overdue = true;
  const within = f.dueWithin === '' || f.dueWithin == null ? NaN : Number(f.dueWithin);
  if (Number.isInteger(within) && within >= 0) filter.dueWithinWorkingDays = within;
  const service = text(f.serviceCode);
  if (service) filter.serviceCode = service;
  const region = text(f.regionCode);
  if (region) filter.region = region;
  if (CHANNELS.includes(f.channel as Channel)) filter.channel = f.channel as Channel;
  const from = isoDate(f.acceptedFrom);
  if (from) filter.acceptedFrom = from;
  const to = isoDate(f.acceptedTo);
  if (to) filter.acceptedTo = to;
  // The lists behind indicator 1.1 (the dashboard's drill-down): completed in a period, at a place.
  const completedFrom = isoDate(f.completedFrom);
  if (completedFrom) filter.completedFrom = completedFrom;
  const completedTo = isoDate(f.completedTo);
  if (completedTo) filter.completedTo = completedTo;
  const office = text(f.officeId);
  if (office) filter.officeId = office;
  const department = text(f.departmentId);
  if (department) filter.departmentId = department;
  return filter;
}

/** A DateTimeInput's value (a Date, or the local "YYYY-MM-DDTHH:MM" it started with) as an ISO instant. */
export const instant = (value: unknown): string | undefined => {
  const date = value instanceof Date ? value : typeof value === 'string' && value.trim() ? new Date(value) : null;
  return date && !Number.isNaN(date.getTime()) ? date.toISOString() : undefined;
};

const list = (values: unknown): string[] => (Array.isArray(values) ? values.map(String).filter(Boolean) : []);

/** The register form's values as the API's input: empty answers left out (the server fills what it can). */
export function submitInputOf(data: Record<string, unknown>): ApplicationSubmitInput {
  const applicant = (data.applicant ?? {}) as Record<string, unknown>;
  const answers = (data.answers ?? {}) as Record<string, unknown>;
  return {
    serviceCode: String(data.serviceCode ?? ''),
    caseKey: text(data.caseKey) ?? null,
    termCaseKey: text(data.termCaseKey) ?? null,
    channel: data.channel === 'BODY' ? 'BODY' : 'CENTRE',
    commissionDecisionApprovedOn: isoDate(data.commissionDecisionApprovedOn) ?? null,
    applicant: {
      iin: String(applicant.iin ?? '').replace(/\s/g, ''),
      lastName: String(applicant.lastName ?? '').trim(),
      firstName: String(applicant.firstName ?? '').trim(),
      patronymic: text(applicant.patronymic) ?? null,
      birthDate: String(applicant.birthDate ?? ''),
      phone: String(applicant.phone ?? '').trim(),
      address: String(applicant.address ?? '').trim(),
    },
    answers: Object.entries(answers)
      .map(([key, value]) => ({ key, value: value == null ? '' : String(value).trim() }))
      .filter((a) => a.value !== ''),
    documents: list(data.documents),
    conditionalDocumentsApply: list(data.conditionalDocumentsApply),
  };
}

type Payload = { application?: ApplicationNode | null; userErrors: { code: string; field?: string[] | null; message: string }[] };

async function runStep(action: StepAction, id: string, version: number, data: Record<string, unknown>): Promise<Payload> {
  switch (action) {
    case 'HAND_OVER':
      return (await request(HandOverMutation, { id, version, handedOverOn: isoDate(data.handedOverOn) ?? null })).applicationHandOver;
    case 'START':
      return (await request(StartMutation, { id, version })).applicationStart;
    case 'EXTEND': {
      const notifiedAt = instant(data.applicantNotifiedAt);
      const method = NOTIFICATION_METHODS.includes(data.notifiedBy as NotificationMethod) ? (data.notifiedBy as NotificationMethod) : 'PHONE';
      const input = {
        ruleId: text(data.ruleId) ?? null,
        newDueOn: isoDate(data.newDueOn) ?? null,
        reason: String(data.reason ?? '').trim(),
        // Required by the form; an unreadable value is sent as it is for the server to name.
        applicantNotifiedAt: notifiedAt ?? String(data.applicantNotifiedAt ?? ''),
        notifiedBy: method,
      };
      return (await request(ExtendMutation, { id, version, input })).applicationExtend;
    }
    case 'READY':
      return (await request(ReadyMutation, { id, version })).applicationReady;
    case 'ISSUE':
      return (await request(IssueMutation, { id, version })).applicationIssue;
    case 'REFUSE':
      return (await request(RefuseMutation, { id, version, reasons: String(data.reasons ?? '').trim() })).applicationRefuse;
    case 'TRANSFER_UNCOLLECTED':
      return (await request(TransferMutation, { id, version })).applicationTransferUncollected;
  }
}

/**
 * Applications: read by operators (their place) and supervisors (their region, masked); registered by operators
 * (`create`); each step of the lifecycle is an `update` with `{ action, ...inputs }` and the version read.
 */
export const applications: ResourceHandler = {
  async getList(params) {
    const filter = filterOf((params.filter ?? {}) as Record<string, unknown>);
    const field = SORT_FIELDS[params.sort?.field ?? ''] ?? 'ACCEPTED_AT';
    const sort = { field, direction: params.sort?.order === 'ASC' ? ('ASC' as const) : ('DESC' as const) };
    const { applications: page } = await request(ApplicationsQuery, { filter, sort, page: pageOf(params) });
    return { data: page.items, total: page.totalCount };
  },
  async getOne(params) {
    const application = await fetchOne(String(params.id));
    if (!application) throw notFound();
    return { data: application };
  },
  async getMany(params) {
    const found = await Promise.all(params.ids.map((id) => fetchOne(String(id))));
    return { data: found.filter((a): a is ApplicationNode => !!a) };
  },
  async create(params) {
    const input = submitInputOf(params.data as Record<string, unknown>);
    const { application } = await mutate(async () => (await request(ApplicationSubmitMutation, { input })).applicationSubmit, SUBMIT_FIELDS, submitMessages);
    if (!application) throw notFound();
    return { data: application };
  },
  async update(params) {
    const data = (params.data ?? {}) as Record<string, unknown>;
    const action = data.action as StepAction;
    if (!STEP_ACTIONS.includes(action)) throw notSupported();
    const previous = (params.previousData ?? {}) as Record<string, unknown>;
    const version = Number(data.version ?? previous.version);
    const { application } = await mutate(() => runStep(action, String(params.id), version, data), STEP_FIELDS[action], stepMessages[action]);
    if (!application) throw notFound();
    return { data: application };
  },
};
