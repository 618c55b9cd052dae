import type { ResultOf } from '@graphql-typed-document-node/core';
import { graphql } from '../../../schema/generated';
import type {
  ComplaintAddressedTo,
  ComplaintFilter,
  ComplaintForm,
  ComplaintOutcome,
  ComplaintRegisterInput,
  ComplaintStatus,
  NotificationMethod,
} from '../../../schema/generated/graphql';
import { COMPLAINT_ADDRESSEES, COMPLAINT_FORMS, COMPLAINT_OUTCOMES, COMPLAINT_STATUSES } from '../complaints/enums';
import { NOTIFICATION_METHODS } from '../applications/enums';
import { findByNumber, instant } from './applications';
import { request } from './request';
import { mutate, notFound, notSupported, validationError, type FieldProblemLike, type MessageFor } from './errors';
import { pageOf, text, type ResourceHandler } from './types';

const ComplaintFields = graphql(`
  fragment ComplaintFields on Complaint {
    id
    number
    version
    status
    form
    addressee
    overdue
    receivedAt
    receivedOn
    filedOn
    dueOn
    resolvedOn
    employeeName
    reasons
    demands
    outcome
    outcomeText
    complainantNotifiedAt
    notificationMethod
    complainant {
      fullName
      postalAddress
      email
      phone
    }
    talon {
      number
      receivedAt
      receiverName
      receiverContact
    }
    rule {
      considerationDays
      extendedDays
      cite
    }
    extension {
      previousDueOn
      newDueOn
      reason
      noticeSentAt
      noticeMethod
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
    region {
      code
      name {
        kk
        ru
        en
      }
    }
    service {
      code
      title {
        kk
        ru
        en
      }
    }
    application {
      id
      number
    }
  }
`);

const ComplaintsQuery = graphql(`
  query ComplaintList($filter: ComplaintFilter, $page: PageInput) {
    complaints(filter: $filter, page: $page) {
      totalCount
      items {
        ...ComplaintFields
      }
    }
  }
`);

const ComplaintQuery = graphql(`
  query ComplaintOne($id: ID!) {
    complaint(id: $id) {
      ...ComplaintFields
    }
  }
`);

const ComplaintRegisterMutation = graphql(`
  mutation ComplaintRegister($input: ComplaintRegisterInput!) {
    complaintRegister(input: $input) {
      complaint {
        ...ComplaintFields
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

const ComplaintExtendMutation = graphql(`
  mutation ComplaintExtend($id: ID!, $version: Int!, $input: ComplaintExtendInput!) {
    complaintExtend(id: $id, version: $version, input: $input) {
      complaint {
        ...ComplaintFields
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

const ComplaintResolveMutation = graphql(`
  mutation ComplaintResolve($id: ID!, $version: Int!, $input: ComplaintResolveInput!) {
    complaintResolve(id: $id, version: $version, input: $input) {
      complaint {
        ...ComplaintFields
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

const ComplaintRuleQuery = graphql(`
  query ComplaintRuleOne {
    complaintRule {
      considerationDays
      extendedDays
      cite
    }
  }
`);

export type ComplaintRecord = ResultOf<typeof ComplaintFields>;

export const loadComplaintRule = async () => (await request(ComplaintRuleQuery)).complaintRule;

const REGISTER_FIELDS = [
  'form',
  'addressee',
  'applicationNumber',
  'officeId',
  'departmentId',
  'employeeName',
  'serviceCode',
  'complainantName',
  'postalAddress',
  'email',
  'phone',
  'filedOn',
  'reasons',
  'demands',
] as const;

const registerMessages: MessageFor = (field, problem) => {
  switch (field) {
    case 'email':
      return 'app.complaints.errors.email';
    case 'postalAddress':
      return 'app.complaints.errors.address_or_email';
    case 'phone':
      return 'app.offices.errors.phone';
    case 'filedOn':
      return 'app.complaints.errors.filed_on';
    case 'complainantName':
    case 'reasons':
    case 'demands':
      return 'ra.validation.required';
    case 'officeId':
      return /Say what/.test(problem.message) ? 'app.complaints.errors.about_what' : undefined;
    default:
      return undefined;
  }
};

const EXTEND_FIELDS = ['reason', 'noticeSentAt', 'noticeMethod', 'newDueOn'] as const;
const extendMessages: MessageFor = (field) => {
  if (field === 'id') return 'app.complaints.errors.term_ended';
  if (field === 'newDueOn') return 'app.complaints.errors.new_due_on';
  if (field === 'noticeSentAt') return 'app.complaints.errors.notice_sent_at';
  if (field === 'reason') return 'ra.validation.required';
  return undefined;
};

const RESOLVE_FIELDS = ['outcome', 'outcomeText', 'complainantNotifiedAt', 'notificationMethod'] as const;
const resolveMessages: MessageFor = (field) => {
  if (field === 'complainantNotifiedAt') return 'app.complaints.errors.notified_at';
  if (field === 'outcomeText') return 'ra.validation.required';
  return undefined;
};

/** The API names the application by id; the form by its receipt number. */
const renameApplication = <T extends { userErrors: readonly FieldProblemLike[] }>(payload: T): T => ({
  ...payload,
  userErrors: payload.userErrors.map((e) => (e.field?.[1] === 'applicationId' ? { ...e, field: ['input', 'applicationNumber'] } : e)),
});

const oneOf = <T extends string>(values: readonly T[], value: unknown): T | undefined => (values.includes(value as T) ? (value as T) : undefined);

const fetchOne = async (id: string) => (await request(ComplaintQuery, { id })).complaint;

/** Complaints: listed and registered by operators (their place) and supervisors (their region); extended and resolved by `update`. */
export const complaints: ResourceHandler = {
  async getList(params) {
    const f = (params.filter ?? {}) as Record<string, unknown>;
    const filter: ComplaintFilter = {};
    const status = oneOf<ComplaintStatus>(COMPLAINT_STATUSES, f.status);
    if (status) filter.status = status;
    if (f.overdue === true) filter.overdue = true;
    const region = text(f.regionCode);
    if (region) filter.region = region;
    const service = text(f.serviceCode);
    if (service) filter.serviceCode = service;
    const from = text(f.receivedFrom);
    if (from) filter.receivedFrom = from;
    const to = text(f.receivedTo);
    if (to) filter.receivedTo = to;
    const applicationId = text(f.applicationId);
    if (applicationId) filter.applicationId = applicationId;
    const { complaints: page } = await request(ComplaintsQuery, { filter, page: pageOf(params) });
    return { data: page.items, total: page.totalCount };
  },
  async getOne(params) {
    const complaint = await fetchOne(String(params.id));
    if (!complaint) throw notFound();
    return { data: complaint };
  },
  async getMany(params) {
    const found = await Promise.all(params.ids.map((id) => fetchOne(String(id))));
    return { data: found.filter((c): c is ComplaintRecord => !!c) };
  },
  async create(params) {
    const data = params.data as Record<string, unknown>;
    const number = text(data.applicationNumber);
    let applicationId: string | null = null;
    if (number) {
      const application = await findByNumber(number);
      if (!application) throw validationError([{ path: ['input', 'applicationNumber'], message: 'not found', code: 'NOT_FOUND' }], REGISTER_FIELDS);
      applicationId = String(application.id);
    }
    const input: ComplaintRegisterInput = {
      form: oneOf<ComplaintForm>(COMPLAINT_FORMS, data.form) ?? 'WRITTEN',
      addressee: oneOf<ComplaintAddressedTo>(COMPLAINT_ADDRESSEES, data.addressee) ?? 'BODY_HEAD',
      applicationId,
      officeId: text(data.officeId) ?? null,
      departmentId: text(data.departmentId) ?? null,
      employeeName: text(data.employeeName) ?? null,
      serviceCode: applicationId ? null : (text(data.serviceCode) ?? null),
      complainantName: String(data.complainantName ?? '').trim(),
      postalAddress: text(data.postalAddress) ?? null,
      email: text(data.email) ?? null,
      phone: text(data.phone) ?? null,
      filedOn: text(data.filedOn) ?? null,
      reasons: String(data.reasons ?? '').trim(),
      demands: String(data.demands ?? '').trim(),
    };
    const { complaint } = await mutate(
      async () => renameApplication((await request(ComplaintRegisterMutation, { input })).complaintRegister),
      REGISTER_FIELDS,
      registerMessages,
    );
    if (!complaint) throw notFound();
    return { data: complaint };
  },
  /** `{ action: 'EXTEND', … }` or `{ action: 'RESOLVE', … }`, with the version read. */
  async update(params) {
    const data = (params.data ?? {}) as Record<string, unknown>;
    const previous = (params.previousData ?? {}) as Record<string, unknown>;
    const id = String(params.id);
    const version = Number(data.version ?? previous.version);
    const method = (value: unknown): NotificationMethod => oneOf<NotificationMethod>(NOTIFICATION_METHODS, value) ?? 'POST';
    if (data.action === 'EXTEND') {
      const input = {
        reason: String(data.reason ?? '').trim(),
        noticeSentAt: instant(data.noticeSentAt) ?? String(data.noticeSentAt ?? ''),
        noticeMethod: method(data.noticeMethod),
        newDueOn: text(data.newDueOn) ?? null,
      };
      const { complaint } = await mutate(async () => (await request(ComplaintExtendMutation, { id, version, input })).complaintExtend, EXTEND_FIELDS, extendMessages);
      if (!complaint) throw notFound();
      return { data: complaint };
    }
    if (data.action === 'RESOLVE') {
      const input = {
        outcome: oneOf<ComplaintOutcome>(COMPLAINT_OUTCOMES, data.outcome) ?? 'REJECTED',
        outcomeText: String(data.outcomeText ?? '').trim(),
        complainantNotifiedAt: instant(data.complainantNotifiedAt) ?? String(data.complainantNotifiedAt ?? ''),
        notificationMethod: method(data.notificationMethod),
      };
      const { complaint } = await mutate(async () => (await request(ComplaintResolveMutation, { id, version, input })).complaintResolve, RESOLVE_FIELDS, resolveMessages);
      if (!complaint) throw notFound();
      return { data: complaint };
    }
    throw notSupported();
  },
};
