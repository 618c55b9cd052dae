import type { ResultOf } from '@graphql-typed-document-node/core';
import { useQuery } from '@tanstack/react-query';
import { graphql } from '../../../schema/generated';
import type { IndicatorFilter, IndicatorTargetInput, Language, LeagueGrouping } from '../../../schema/generated/graphql';
import { mutate, type MessageFor } from './errors';
import { request } from './request';

/**
 * The quality indicators of Appendix 3 (SUPERVISOR): the report over a period and scope, the monthly trend, league
 * tables, the year's targets and Appendix 3 of a standard. Read with react-query, not as react-admin resources: they
 * are figures, not records.
 */

const IndicatorReportQuery = graphql(`
  query IndicatorReport($filter: IndicatorFilter!) {
    indicators(filter: $filter) {
      minimumSample
      period {
        from
        to
      }
      previousPeriod {
        kind
        year
        number
        from
        to
      }
      values {
        code
        groupCode
        groupName {
          kk
          ru
          en
        }
        wording {
          kk
          ru
          en
        }
        source
        numerator
        denominator
        value
        normativeValue
        target
        targetSource
        targetOrder {
          orderNumber
          orderDate
        }
        status
        previous {
          numerator
          denominator
          value
        }
        change
        drillDown
        evidence {
          serviceCode
          available
          websites
        }
      }
    }
  }
`);

const IndicatorTrendQuery = graphql(`
  query IndicatorTrend($filter: IndicatorFilter!, $months: Int!) {
    indicatorTrend(filter: $filter, months: $months) {
      month
      code
      numerator
      denominator
      value
    }
  }
`);

const IndicatorLeagueQuery = graphql(`
  query IndicatorLeague($filter: IndicatorFilter!, $code: String!, $groupBy: LeagueGrouping!) {
    indicatorLeague(filter: $filter, code: $code, groupBy: $groupBy) {
      key
      name {
        kk
        ru
        en
      }
      regionCode
      numerator
      denominator
      value
      target
      status
    }
  }
`);

const IndicatorTargetFields = graphql(`
  fragment IndicatorTargetFields on IndicatorTarget {
    id
    year
    code
    value
    orderNumber
    orderDate
    setBy
    createdAt
    service {
      code
      title {
        kk
        ru
        en
      }
    }
  }
`);

const IndicatorTargetsQuery = graphql(`
  query IndicatorTargets($year: Int!, $history: Boolean!) {
    indicatorTargets(year: $year, history: $history) {
      ...IndicatorTargetFields
    }
  }
`);

const IndicatorTargetSetMutation = graphql(`
  mutation IndicatorTargetSet($input: IndicatorTargetInput!) {
    indicatorTargetSet(input: $input) {
      target {
        ...IndicatorTargetFields
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

const Appendix3Query = graphql(`
  query Appendix3($serviceCode: String!, $year: Int!, $region: String) {
    appendix3(serviceCode: $serviceCode, year: $year, region: $region) {
      serviceCode
      year
      serviceTitle {
        kk
        ru
        en
      }
      title {
        kk
        ru
        en
      }
      headers {
        kk
        ru
        en
      }
      rows {
        groupCode
        groupName {
          kk
          ru
          en
        }
        code
        wording {
          kk
          ru
          en
        }
        normativeValue
        nextYearTarget
        currentValue
        numerator
        denominator
        status
      }
    }
  }
`);

const Appendix3CsvQuery = graphql(`
  query Appendix3Csv($serviceCode: String!, $year: Int!, $region: String, $lang: Language!) {
    appendix3(serviceCode: $serviceCode, year: $year, region: $region) {
      csv(lang: $lang)
    }
  }
`);

export type IndicatorReport = ResultOf<typeof IndicatorReportQuery>['indicators'];
export type IndicatorValue = IndicatorReport['values'][number];
export type IndicatorMonth = ResultOf<typeof IndicatorTrendQuery>['indicatorTrend'][number];
export type LeagueRow = ResultOf<typeof IndicatorLeagueQuery>['indicatorLeague'][number];
export type IndicatorTarget = ResultOf<typeof IndicatorTargetFields>;
export type Appendix3Table = ResultOf<typeof Appendix3Query>['appendix3'];

/** The lists behind a figure: `resource` and the filters of its numerator and denominator (ApplicationFilter / FeedbackFilter). */
export interface DrillDown {
  resource: 'applications' | 'feedbacks';
  numerator: Record<string, unknown>;
  denominator: Record<string, unknown>;
}

export const drillDownOf = (value: IndicatorValue): DrillDown | null => {
  const d = value.drillDown as Partial<DrillDown> | null | undefined;
  if (!d || (d.resource !== 'applications' && d.resource !== 'feedbacks') || !d.numerator || !d.denominator) return null;
  return d as DrillDown;
};

const FIVE_MINUTES = 5 * 60_000;
/** The dashboard may stay open on a wall screen: its figures refresh themselves. */
const REFRESH = { staleTime: 60_000, refetchInterval: FIVE_MINUTES, placeholderData: <T>(previous: T | undefined) => previous };

export const useIndicatorReport = (filter: IndicatorFilter) =>
  useQuery({
    queryKey: ['indicators', 'report', filter],
    queryFn: async () => (await request(IndicatorReportQuery, { filter })).indicators,
    ...REFRESH,
  });

export const useIndicatorTrend = (filter: IndicatorFilter, months = 12) =>
  useQuery({
    queryKey: ['indicators', 'trend', filter, months],
    queryFn: async () => (await request(IndicatorTrendQuery, { filter, months })).indicatorTrend,
    ...REFRESH,
  });

export const useIndicatorLeague = (filter: IndicatorFilter, code: string, groupBy: LeagueGrouping) =>
  useQuery({
    queryKey: ['indicators', 'league', filter, code, groupBy],
    queryFn: async () => (await request(IndicatorLeagueQuery, { filter, code, groupBy })).indicatorLeague,
    ...REFRESH,
  });

export const useIndicatorTargets = (year: number, history: boolean) =>
  useQuery({
    queryKey: ['indicators', 'targets', year, history],
    queryFn: async () => (await request(IndicatorTargetsQuery, { year, history })).indicatorTargets,
    staleTime: FIVE_MINUTES,
  });

export const useAppendix3 = (serviceCode: string | undefined, year: number, region?: string | null) =>
  useQuery({
    queryKey: ['indicators', 'appendix3', serviceCode, year, region ?? null],
    queryFn: async () => (await request(Appendix3Query, { serviceCode: serviceCode!, year, region: region ?? null })).appendix3,
    enabled: !!serviceCode,
    staleTime: 60_000,
  });

/** Appendix 3 as the API writes it in CSV (UTF-8 with a byte-order mark), in one language. */
export const fetchAppendix3Csv = async (serviceCode: string, year: number, region: string | null | undefined, lang: Language) =>
  (await request(Appendix3CsvQuery, { serviceCode, year, region: region ?? null, lang })).appendix3.csv;

/** The target form's inputs: the API's userErrors (["input", "value"]) land on them. */
export const TARGET_FIELDS = ['year', 'code', 'serviceCode', 'value', 'orderNumber', 'orderDate'] as const;

/** The server explains in English: the console says the same in the user's language. */
const targetMessages: MessageFor = (field) => {
  if (field === 'value') return 'app.targets.errors.value';
  if (field === 'orderDate') return 'app.targets.errors.order_date';
  if (field === 'orderNumber') return 'app.targets.errors.order_number';
  if (field === 'code') return 'app.targets.errors.code';
  if (field === 'year') return 'app.targets.errors.year';
  return undefined;
};

/** Records a target from an order; rejects with a form validation error carrying the API's userErrors. */
export async function setIndicatorTarget(input: IndicatorTargetInput) {
  const { target } = await mutate(async () => (await request(IndicatorTargetSetMutation, { input })).indicatorTargetSet, TARGET_FIELDS, targetMessages);
  return target;
}
