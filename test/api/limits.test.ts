// Query limits: every document the console sends stays within them; depth, aliases, directives, cost, tokens and
// page sizes beyond them are refused as typed client errors before anything runs.
import { parse, print, validate, type DocumentNode, type FieldNode, type OperationDefinitionNode } from 'graphql';
import * as documents from '../../schema/generated/graphql';
import { loadConfig } from '../../api/src/config';
import { validationRules } from '../../api/src/common/limits';
import { AuthService } from '../../api/src/modules/auth/auth.service';
import { createSchema } from '../../api/src/schema';
import { startTestApp, type TestApp } from '../support/harness';

const consoleDocuments = Object.entries(documents).filter(([name, d]) => name.endsWith('Document') && (d as DocumentNode)?.kind === 'Document') as [string, DocumentNode][];

test('every document the console sends is within the default limits', async () => {
  const schema = await createSchema(new AuthService(1));
  expect(consoleDocuments.length).toBeGreaterThan(40);
  const rules = validationRules(loadConfig({}));
  const refused = consoleDocuments.map(([name, doc]) => [name, validate(schema, doc, rules).map((e) => e.message)] as const).filter(([, errors]) => errors.length);
  expect(refused).toEqual([]);
});

describe('over HTTP', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app?.stop());

  const refused = async (query: string, pattern: RegExp, variables?: Record<string, unknown>) => {
    const res = await app.gql(query, variables);
    expect(res.status).toBe(400);
    expect(res.errors?.[0].extensions?.code).toMatch(/GRAPHQL_VALIDATION_FAILED|GRAPHQL_PARSE_FAILED/);
    expect(res.errors?.map((e) => e.message).join(' ')).toMatch(pattern);
  };

  test('a query nested deeper than 10 levels is refused; 10 levels pass', async () => {
    // An act's repealing act is an act: a legitimate path as deep as one likes.
    const nest = (levels: number) => `{ legalActs { ${'repealedBy { '.repeat(levels - 2)}key${' }'.repeat(levels - 2)} } }`;
    expect((await app.gql(nest(10))).errors).toBeUndefined();
    await refused(nest(11), /depth/i);
  });

  test('more than 15 aliases, more than 10 directives, too costly a document or too many tokens are refused', async () => {
    await refused(`{ ${Array.from({ length: 16 }, (_, i) => `r${i}: regions { code }`).join(' ')} }`, /alias/i);
    await refused(`{ regions { code ${Array.from({ length: 11 }, () => '@include(if: true)').join(' ')} } }`, /directive/i);
    // The console's most costly document (a standard's page), asked three times under aliases.
    const detail = documents.ServiceDetailDocument as unknown as DocumentNode;
    const op = detail.definitions.find((d) => d.kind === 'OperationDefinition') as OperationDefinitionNode;
    const field = op.selectionSet.selections[0] as FieldNode;
    const tripled: DocumentNode = {
      ...detail,
      definitions: detail.definitions.map((d) =>
        d === op ? { ...op, selectionSet: { ...op.selectionSet, selections: ['a', 'b', 'c'].map((alias) => ({ ...field, alias: { kind: 'Name', value: alias } }) as FieldNode) } } : d,
      ) as DocumentNode['definitions'],
    };
    expect((await app.gql(print(detail), { code: 'S3' })).errors).toBeUndefined();
    await refused(print(tripled), /cost/i, { code: 'S3' });
    await refused(`{ regions { ${Array.from({ length: 4100 }, () => 'code').join(' ')} } }`, /token/i);
  });

  test('a page larger than 200 items is a BAD_USER_INPUT naming the field', async () => {
    const res = await app.gql('{ offices(page: { limit: 201 }) { totalCount } }');
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [expect.objectContaining({ field: 'limit' })] });
  });
});

test('introspection can be turned off per environment', async () => {
  const app = await startTestApp({ introspection: false });
  try {
    const res = await app.gql('{ __schema { queryType { name } } }');
    expect(res.errors?.[0].message).toMatch(/introspection/i);
    expect((await app.gql('{ regions { code } }')).errors).toBeUndefined();
  } finally {
    await app.stop();
  }
});

test('the limits are the configuration table\'s', () => {
  expect(loadConfig({}).limits).toEqual({ depth: 10, aliases: 15, directives: 10, cost: 10000, tokens: 4000 });
  expect(loadConfig({ QUERY_MAX_DEPTH: '6', QUERY_MAX_COST: '500' }).limits).toMatchObject({ depth: 6, cost: 500 });
  expect(() => parse(`{ ${'a '.repeat(5000)} }`, { maxTokens: 4000 })).toThrow(/token/i);
});
