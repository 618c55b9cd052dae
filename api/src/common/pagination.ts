import { ClassType, Field, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { IsInt, Max, Min } from 'class-validator';

export const MAX_PAGE_SIZE = 200;

@InputType({ description: `An offset page: at most ${MAX_PAGE_SIZE} items.` })
export class PageInput {
  @Field(() => Int, { defaultValue: 0 })
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  offset: number = 0;

  @Field(() => Int, { defaultValue: 25 })
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  limit: number = 25;
}

export enum SortDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerEnumType(SortDirection, { name: 'SortDirection' });

export interface Page<T> {
  items: T[];
  totalCount: number;
}

/** `{ items, totalCount }` for a type: the shape every list in the API returns. */
export function PageOf<T extends object>(item: ClassType<T>, name = `${item.name}Page`) {
  @ObjectType(name)
  class PageClass {
    @Field(() => [item])
    items!: T[];

    @Field(() => Int, { description: 'Items matching the filter, over all pages.' })
    totalCount!: number;
  }
  return PageClass;
}

export const pageOf = (page?: PageInput) => ({ offset: page?.offset ?? 0, limit: page?.limit ?? 25 });
