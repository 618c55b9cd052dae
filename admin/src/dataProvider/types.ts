import type {
  CreateParams,
  CreateResult,
  GetListParams,
  GetListResult,
  GetManyParams,
  GetManyResult,
  GetOneParams,
  GetOneResult,
  UpdateParams,
  UpdateResult,
} from 'react-admin';

/** The dataProvider methods one resource implements (the others are refused). */
export interface ResourceHandler {
  getList(params: GetListParams): Promise<GetListResult>;
  getOne(params: GetOneParams): Promise<GetOneResult>;
  getMany(params: GetManyParams): Promise<GetManyResult>;
  create?(params: CreateParams): Promise<CreateResult>;
  update?(params: UpdateParams): Promise<UpdateResult>;
}

/** react-admin pages (1-based) to the API's offset page; the API serves at most 200 items a page. */
export const MAX_PAGE = 200;
export const pageOf = (params: Pick<GetListParams, 'pagination'>) => {
  const page = params.pagination?.page ?? 1;
  const perPage = Math.min(params.pagination?.perPage ?? 25, MAX_PAGE);
  return { offset: (page - 1) * perPage, limit: perPage };
};

/** A non-empty trimmed string, or undefined. */
export const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() ? value.trim() : undefined;
