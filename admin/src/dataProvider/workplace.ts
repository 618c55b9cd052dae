import type { ResultOf } from '@graphql-typed-document-node/core';
import { useQuery } from '@tanstack/react-query';
import { graphql } from '../../../schema/generated';
import { request } from './request';

const MyPlaceQuery = graphql(`
  query MyPlace {
    me {
      id
      login
      fullName
      role
      region {
        code
      }
      office {
        id
        name {
          kk
          ru
          en
        }
        region {
          code
        }
      }
      department {
        id
        name {
          kk
          ru
          en
        }
        region {
          code
        }
      }
    }
  }
`);

const AddWorkingDaysQuery = graphql(`
  query AddWorkingDays($days: Int!, $from: Date!) {
    addWorkingDays(days: $days, from: $from)
  }
`);

export type MyPlace = NonNullable<ResultOf<typeof MyPlaceQuery>['me']>;

/** The signed-in account with its place of work: an operator's office (CENTRE) or department (BODY). */
export const useMyPlace = () =>
  useQuery({
    queryKey: ['workplace', 'me'],
    queryFn: async () => (await request(MyPlaceQuery)).me,
    staleTime: 5 * 60_000,
  });

/** `from` plus `days` working days on the registry's calendar (null while unknown). */
export const useAddWorkingDays = (days: number | null | undefined, from: string | null | undefined) =>
  useQuery({
    queryKey: ['workplace', 'addWorkingDays', days, from],
    queryFn: async () => (await request(AddWorkingDaysQuery, { days: days!, from: from! })).addWorkingDays,
    enabled: typeof days === 'number' && !!from,
    staleTime: 60 * 60_000,
  });
