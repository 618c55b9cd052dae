import type { ResultOf } from '@graphql-typed-document-node/core';
import { graphql } from '../../../schema/generated';
import type { FeedbackFilter } from '../../../schema/generated/graphql';
import { request } from './request';
import { mutate, notFound, type MessageFor } from './errors';
import { pageOf, text, type ResourceHandler } from './types';

const FeedbackFields = graphql(`
  fragment FeedbackFields on Feedback {
    id
    applicationNumber
    channel
    processScore
    informationScore
    complaintScore
    courtesyScore
    comment
    respondedAt
    respondedOn
    submittedVia
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
    application {
      id
    }
  }
`);

const FeedbacksQuery = graphql(`
  query FeedbackList($filter: FeedbackFilter, $page: PageInput) {
    feedbacks(filter: $filter, page: $page) {
      totalCount
      items {
        ...FeedbackFields
      }
    }
  }
`);

const FeedbackSubmitMutation = graphql(`
  mutation FeedbackSubmit($input: FeedbackSubmitInput!) {
    feedbackSubmit(input: $input) {
      feedback {
        ...FeedbackFields
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

export type FeedbackRecord = ResultOf<typeof FeedbackFields>;

const FORM_FIELDS = ['processScore', 'informationScore', 'complaintScore', 'courtesyScore', 'comment'] as const;

const messageFor: MessageFor = (field, problem) => {
  if (field === 'applicationNumber') return problem.message.includes('already') ? 'app.feedback.already' : undefined;
  if (field === 'complaintScore') return 'app.feedback.no_complaint';
  if (/Score$/.test(field)) return 'app.feedback.score_required';
  return undefined;
};

/** The indicators measured from surveys. */
export const SURVEY_INDICATORS: readonly string[] = ['2.1', '3.1', '4.1', '5.1'];

const score = (value: unknown): number => (typeof value === 'number' ? value : Number(value));

/** Surveys are only ever added (one per application) and listed; the API has no query for one survey. */
export const feedback: ResourceHandler = {
  async getList(params) {
    const f = (params.filter ?? {}) as Record<string, unknown>;
    const filter: FeedbackFilter = {};
    const service = text(f.serviceCode);
    if (service) filter.serviceCode = service;
    const region = text(f.regionCode);
    if (region) filter.region = region;
    const max = Number(f.maxScore);
    if (Number.isInteger(max) && max >= 1 && max <= 5) filter.maxScore = max;
    const from = text(f.respondedFrom);
    if (from) filter.respondedFrom = from;
    const to = text(f.respondedTo);
    if (to) filter.respondedTo = to;
    // The lists behind indicators 2.1–5.1 (the dashboard's drill-down): the answers an indicator counts, satisfied or not.
    if (SURVEY_INDICATORS.includes(f.indicator as string)) filter.indicator = f.indicator as string;
    if (typeof f.satisfied === 'boolean' && filter.indicator) filter.satisfied = f.satisfied;
    if (f.channel === 'CENTRE' || f.channel === 'BODY') filter.channel = f.channel;
    const office = text(f.officeId);
    if (office) filter.officeId = office;
    const department = text(f.departmentId);
    if (department) filter.departmentId = department;
    const { feedbacks: page } = await request(FeedbacksQuery, { filter, page: pageOf(params) });
    return { data: page.items, total: page.totalCount };
  },
  async getOne() {
    throw notFound();
  },
  async getMany() {
    return { data: [] };
  },
  async create(params) {
    const data = params.data as Record<string, unknown>;
    const input = {
      applicationNumber: String(data.applicationNumber ?? ''),
      applicantIin: String(data.applicantIin ?? ''),
      processScore: score(data.processScore),
      informationScore: score(data.informationScore),
      courtesyScore: score(data.courtesyScore),
      complaintScore: data.complaintScore == null ? null : score(data.complaintScore),
      comment: text(data.comment) ?? null,
    };
    const { feedback: created } = await mutate(
      async () => {
        const payload = (await request(FeedbackSubmitMutation, { input })).feedbackSubmit;
        // "Already has its survey" is TAKEN on the number: the console explains it in the user's language.
        return {
          ...payload,
          userErrors: payload.userErrors.map((e) => (e.code === 'TAKEN' ? { ...e, code: 'INVALID' as const } : e)),
        };
      },
      FORM_FIELDS,
      messageFor,
    );
    if (!created) throw notFound();
    return { data: created };
  },
};
