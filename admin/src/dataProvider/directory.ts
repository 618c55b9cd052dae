import type { ResultOf } from '@graphql-typed-document-node/core';
import { graphql } from '../../../schema/generated';
import { request } from './request';

const DirectoryQuery = graphql(`
  query RegionDirectory {
    departments {
      id
      number
      postcode
      region {
        code
      }
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
      phones {
        printed
        e164
        flag
      }
      source {
        cite
        lines
      }
    }
    pscBranches {
      id
      region {
        code
      }
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
      phones {
        printed
        e164
        flag
      }
      source {
        cite
        lines
      }
    }
  }
`);

export type DirectoryValue = ResultOf<typeof DirectoryQuery>;

// Sixteen departments and sixteen branches: one request while the console is open.
let cache: Promise<DirectoryValue> | undefined;

/** The defence affairs departments (Appendix 1) and the PSC branches (Appendix 2) of all regions. */
export function loadDirectory(): Promise<DirectoryValue> {
  if (!cache) {
    cache = request(DirectoryQuery);
    cache.catch(() => {
      cache = undefined;
    });
  }
  return cache;
}
