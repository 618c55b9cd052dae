import { Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { SeededEntity } from './seeded.entity';

/** Where a fact comes from: the standard and paragraph (e.g. "S3 §7") and the lines of the decree's Kazakh text. */
@ObjectType({ description: 'The legal citation of a value: standard and paragraph or appendix, and the lines of the source text.' })
export class Citation {
  @Field({ description: 'E.g. "S3 §7", "S1 App.3", "App.2".' })
  cite!: string;

  @Field({ description: "Line range in the decree's Kazakh text, e.g. \"L4588–4609\"." })
  lines!: string;
}

/** A row stating a fact of the decree: it carries its citation. Rows created later by administrators have none. */
@ObjectType()
export abstract class CitedEntity<Optional = never> extends SeededEntity<Optional | 'cite' | 'lines'> {
  @Property({ type: 'text', nullable: true })
  cite?: string | null;

  @Property({ type: 'text', nullable: true })
  lines?: string | null;

  @Field(() => Citation, { nullable: true, description: 'Where the decree states it (null for rows added by administrators).' })
  get source(): Citation | null {
    return this.cite ? { cite: this.cite, lines: this.lines ?? '' } : null;
  }
}
