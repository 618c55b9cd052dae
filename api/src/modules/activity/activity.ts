import { ArrayType, Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/core';
import type { ApolloServerPlugin } from '@apollo/server';
import { Arg, Authorized, Ctx, Field, ID, InputType, ObjectType, Query, Resolver, registerEnumType } from 'type-graphql';
import { IsEnum, IsOptional, IsString, MaxLength } from 'class-validator';
import { JSONResolver } from 'graphql-scalars';
import type { Pool } from 'pg';
import type { GraphQLContext } from '../../common/context';
import { PageInput, PageOf, pageOf } from '../../common/pagination';
import { isUuid } from '../../common/sql';
import { Role } from '../users/user.entity';

export enum ActivityKind {
  MUTATION = 'MUTATION',
  PERSONAL_DATA_READ = 'PERSONAL_DATA_READ',
}
registerEnumType(ActivityKind, {
  name: 'ActivityKind',
  valuesConfig: {
    MUTATION: { description: 'Any mutation, successful or not (sign-ins included).' },
    PERSONAL_DATA_READ: { description: 'A read of applications or complaints, which carry personal data: who viewed which.' },
  },
});

/**
 * The activity log: every mutation and every read of personal data, with who, from where, which records and the
 * outcome. Written by the Apollo plugin below on its own connection pool before the response leaves (nothing
 * acknowledged goes unlogged), in group commits shared by the requests that finish together.
 */
@ObjectType({ description: 'One mutation, or one read of personal data: who, when, from where, what, which records.' })
@Entity({ tableName: 'activity_log' })
@Index({ properties: ['at'] })
@Index({ properties: ['actorLogin', 'at'] })
@Index({ name: 'activity_log_entity_ids_index', expression: 'create index "activity_log_entity_ids_index" on "activity_log" using gin ("entity_ids")' })
export class ActivityEntry {
  @Field(() => ID)
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @Field(() => Date)
  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  at!: Date;

  @Field(() => ActivityKind)
  @Enum({ items: () => ActivityKind, nativeEnumName: 'activity_kind' })
  kind!: ActivityKind;

  @Field({ description: 'The root field, e.g. "applicationSubmit" or "application".' })
  @Property({ type: 'text' })
  operation!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'uuid', nullable: true })
  actorId?: string | null;

  @Field({ description: 'The account, "anonymous", or for a sign-in the login tried.' })
  @Property({ type: 'text' })
  actorLogin!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  role?: string | null;

  @Field(() => String, { nullable: true, description: 'session, apiKey or anonymous.' })
  @Property({ type: 'text', nullable: true })
  via?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  ip?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  requestId?: string | null;

  @Field(() => String, { nullable: true, description: 'Application, Complaint, Office…' })
  @Property({ type: 'text', nullable: true })
  entityType?: string | null;

  @Field(() => [String])
  @Property({ type: ArrayType, columnType: 'uuid[]', default: '{}' })
  entityIds!: string[];

  @Field(() => JSONResolver, { nullable: true, description: 'The arguments, with passwords, secrets and applicants\' data removed.' })
  @Property({ type: 'json', nullable: true })
  variables?: unknown;

  @Field({ description: 'OK, USER_ERRORS (refused as data) or ERROR.' })
  @Property({ type: 'text' })
  outcome!: string;
}

/** What a request read of personal data, collected by the resolvers. */
export class ActivityCollector {
  readonly reads: { operation: string; entityType: string; ids: string[] }[] = [];
  /** The login a sign-in tried, before anyone is signed in. */
  signInLogin?: string;

  read(operation: string, entityType: string, ids: string[]) {
    if (ids.length) this.reads.push({ operation, entityType, ids });
  }
}

/** Keys whose values never reach the log: credentials, and the applicant's or complainant's personal data. */
const SECRET = /^(password|currentPassword|newPassword|secret|token|applicant|answers|complainantName|postalAddress|email|phone|applicantIin|iin)$/i;

export function redact(value: unknown, depth = 0): unknown {
  if (depth > 8) return '…';
  if (Array.isArray(value)) return value.slice(0, 50).map((v) => redact(v, depth + 1));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, SECRET.test(k) ? '[redacted]' : redact(v, depth + 1)]));
  }
  return typeof value === 'string' && value.length > 500 ? `${value.slice(0, 500)}…` : value;
}

/** The ids of the records a mutation's payload returned (its first-level objects, e.g. { application: { id } }). */
function resultIds(data: unknown): { type: string | null; ids: string[] } {
  const ids: string[] = [];
  let type: string | null = null;
  for (const payload of Object.values((data ?? {}) as Record<string, unknown>)) {
    if (!payload || typeof payload !== 'object') continue;
    const visit = (key: string, v: unknown) => {
      if (v && typeof v === 'object' && 'id' in (v as object) && typeof (v as { id: unknown }).id === 'string') {
        ids.push((v as { id: string }).id);
        type ??= key.charAt(0).toUpperCase() + key.slice(1);
      }
    };
    for (const [key, v] of Object.entries(payload as Record<string, unknown>)) {
      // A batch (e.g. applicationImport's results): the records inside each item.
      if (Array.isArray(v)) for (const item of v) for (const [k, x] of Object.entries((item ?? {}) as Record<string, unknown>)) visit(k, x);
      else visit(key, v);
    }
  }
  return { type, ids };
}

const userErrorsOf = (data: unknown) =>
  Object.values((data ?? {}) as Record<string, unknown>).some((p) => Array.isArray((p as { userErrors?: unknown[] } | null)?.userErrors) && (p as { userErrors: unknown[] }).userErrors.length > 0);

const COLUMNS = ['kind', 'operation', 'actor_id', 'actor_login', 'role', 'via', 'ip', 'request_id', 'entity_type', 'entity_ids', 'variables', 'outcome'];
/** JSON that PostgreSQL accepts: a lone surrogate (escaped by JSON.stringify) becomes U+FFFD, as a text parameter would. */
const jsonForPostgres = (value: unknown) => JSON.stringify(value).replace(/(?<!\\)((?:\\\\)*)\\ud[89a-f][0-9a-f]{2}/gi, '$1\\ufffd');

const INSERT = `insert into activity_log (${COLUMNS.join(', ')})
  select kind::activity_kind, ${COLUMNS.slice(1).join(', ')}
    from jsonb_to_recordset($1::jsonb) as x(kind text, operation text, actor_id uuid, actor_login text, role text, via text, ip text,
      request_id text, entity_type text, entity_ids uuid[], variables jsonb, outcome text)`;

/**
 * A read's entries are committed without waiting for the WAL flush (synchronous_commit off, for that statement only):
 * stored in PostgreSQL before the answer leaves, so an API crash loses none, and durable within PostgreSQL's
 * wal_writer_delay (a PostgreSQL crash in that fraction of a second could lose them). A mutation's entries wait for
 * the flush like the mutation itself.
 */
const INSERT_READS = `with async as materialized (select set_config('synchronous_commit', 'off', true))
  ${INSERT}, async`;

/**
 * Group commit: one insert carries the entries of every request that finished while the previous insert ran, or that
 * finishes while other requests are still being answered (up to `maxWaitMs`), so under load one statement and one
 * commit serve many requests, and each request still answers only once its entries are stored.
 */
export class ActivityWriter {
  private readonly queue: { rows: unknown[][]; done: (error?: Error) => void }[] = [];
  private flushing = false;
  /** Requests being answered whose entries are not queued yet: an insert waits (briefly) for them to join it. */
  private running = 0;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly pool: Pool,
    private readonly maxWaitMs = 2,
  ) {}

  /** Requests begun and not yet answered. */
  get pending(): number {
    return this.running;
  }

  /** A request began; its entries, if any, follow through `finished`. */
  started() {
    this.running++;
  }

  /** A request is answered: resolves once its entries are stored. */
  finished(rows: unknown[][]): Promise<void> {
    this.running = Math.max(0, this.running - 1);
    if (rows.length) return this.write(rows);
    this.kick();
    return Promise.resolve();
  }

  write(rows: unknown[][]): Promise<void> {
    return new Promise((resolve, reject) => {
      this.queue.push({ rows, done: (error) => (error ? reject(error) : resolve()) });
      this.kick();
    });
  }

  private kick() {
    if (this.flushing || !this.queue.length) return;
    if (this.running === 0) {
      clearTimeout(this.timer);
      this.timer = undefined;
      void this.flush();
    } else {
      this.timer ??= setTimeout(() => {
        this.timer = undefined;
        if (!this.flushing) void this.flush();
      }, this.maxWaitMs);
    }
  }

  private async flush() {
    this.flushing = true;
    // The entries written in this turn of the event loop join the insert too.
    await new Promise((resolve) => setImmediate(resolve));
    // 500 requests' entries at most per statement: one statement's JSON stays small.
    const batch = this.queue.splice(0, 500);
    const rows = batch.flatMap((b) => b.rows);
    const reads = rows.every((r) => r[0] === ActivityKind.PERSONAL_DATA_READ);
    const json = jsonForPostgres(rows.map((r) => Object.fromEntries(COLUMNS.map((c, i) => [c, c === 'entity_ids' ? (r[i] as string[]).filter(isUuid) : r[i]]))));
    try {
      // One text for any number of entries: prepared once per connection, only the entries travel.
      await this.pool.query(reads ? { name: 'activity_log_insert_reads', text: INSERT_READS, values: [json] } : { name: 'activity_log_insert', text: INSERT, values: [json] });
      for (const b of batch) b.done();
    } catch (error) {
      for (const b of batch) b.done(error as Error);
    }
    this.flushing = false;
    this.kick();
  }
}

/** Writes each request's entries before its response is sent. */
export function activityPlugin(writer: ActivityWriter, onError: (error: Error) => void): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      writer.started();
      return {
        async willSendResponse({ contextValue, operation, response, request }) {
          const ctx = contextValue as Partial<GraphQLContext>;
          const body = response.body.kind === 'single' ? response.body.singleResult : null;
          const rows: unknown[][] = [];
          const viewer = ctx.viewer ?? null;
          const who = (login?: string) => [viewer?.userId ?? null, viewer?.login ?? login ?? 'anonymous', viewer?.role ?? null, viewer?.via ?? 'anonymous', ctx.ip ?? null, ctx.requestId ?? null];
          if (operation?.operation === 'mutation') {
            const fields = operation.selectionSet.selections.flatMap((s) => (s.kind === 'Field' ? [s.name.value] : []));
            const variables = redact(request.variables ?? {});
            const outcome = body?.errors?.length ? 'ERROR' : userErrorsOf(body?.data) ? 'USER_ERRORS' : 'OK';
            const { type, ids } = resultIds(body?.data);
            const tried = ctx.activity?.signInLogin;
            for (const field of fields) {
              const login = field === 'sessionCreate' && tried ? tried.slice(0, 100) : undefined;
              rows.push(['MUTATION', field, ...who(login), type, ids, variables, outcome]);
            }
          }
          for (const r of ctx.activity?.reads ?? []) rows.push(['PERSONAL_DATA_READ', r.operation, ...who(), r.entityType, r.ids, null, 'OK']);
          try {
            await writer.finished(rows);
          } catch (error) {
            onError(error as Error);
          }
        },
      };
    },
  };
}

@InputType()
export class ActivityFilter {
  @Field(() => ActivityKind, { nullable: true })
  @IsOptional()
  @IsEnum(ActivityKind)
  kind?: ActivityKind;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  actorLogin?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  operation?: string;

  @Field(() => String, { nullable: true, description: 'Entries about this record (an application, a complaint…).' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  entityId?: string;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  from?: Date;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  to?: Date;
}

const ActivityPage = PageOf(ActivityEntry);

@Resolver()
export class ActivityResolver {
  @Authorized(Role.ADMIN, Role.SUPERVISOR)
  @Query(() => ActivityPage, { description: 'The activity log: mutations and reads of personal data, newest first. ADMIN, SUPERVISOR.' })
  async activityLog(
    @Ctx() { em }: GraphQLContext,
    @Arg('filter', () => ActivityFilter, { nullable: true }) filter?: ActivityFilter,
    @Arg('page', () => PageInput, { nullable: true }) page?: PageInput,
  ) {
    const where: Record<string, unknown> = {};
    if (filter?.kind) where.kind = filter.kind;
    if (filter?.actorLogin) where.actorLogin = filter.actorLogin.trim().toLowerCase();
    if (filter?.operation) where.operation = filter.operation.trim();
    if (filter?.entityId) {
      // Records are identified by UUIDs: anything else names none.
      const entityId = filter.entityId.trim().toLowerCase();
      if (!isUuid(entityId)) return { items: [], totalCount: 0 };
      where.entityIds = { $contains: [entityId] };
    }
    if (filter?.from || filter?.to) where.at = { ...(filter.from ? { $gte: filter.from } : {}), ...(filter.to ? { $lte: filter.to } : {}) };
    const { offset, limit } = pageOf(page);
    const [items, totalCount] = await em.findAndCount(ActivityEntry, where, { orderBy: { at: 'desc', id: 'desc' }, offset, limit });
    return { items, totalCount };
  }
}
