import { startTestApp, type TestApp } from '../support/harness';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.stop());

describe('the public catalogue', () => {
  test('lists the 16 regions of the decree in its order, with letter and numeric ISO codes', async () => {
    const res = await app.gql('{ regions { code isoNumericCode kind name { kk ru en } } }');
    const regions = res.data!.regions;
    expect(regions).toHaveLength(16);
    expect(regions[0]).toEqual({ code: 'KZ-AST', isoNumericCode: 'KZ-71', kind: 'CITY', name: { kk: 'Астана қаласы', ru: 'город Астана', en: 'Astana city' } });
    expect(regions.map((r: { code: string }) => r.code)).toContain('KZ-YUZ');
    expect(new Set(regions.map((r: { isoNumericCode: string }) => r.isoNumericCode)).size).toBe(16);
  });

  test('lists the ten standards: seven in force and three repealed', async () => {
    const res = await app.gql('{ services(page: { limit: 50 }) { totalCount items { code status decreeItem } } }');
    expect(res.data!.services.totalCount).toBe(10);
    const byStatus = (s: string) => res.data!.services.items.filter((i: { status: string }) => i.status === s).map((i: { code: string }) => i.code);
    expect(byStatus('IN_FORCE')).toEqual(['S1', 'S2', 'S3', 'S4', 'S5', 'S6', 'S7']);
    expect(byStatus('REPEALED')).toEqual(['R1', 'R2', 'R3']);
  });

  test('filters services by status and by text in any language', async () => {
    const inForce = await app.gql('{ services(filter: { status: IN_FORCE }) { totalCount } }');
    expect(inForce.data!.services.totalCount).toBe(7);
    const ru = await app.gql('{ services(filter: { search: "военных билетов" }) { items { code } } }');
    expect(ru.data!.services.items.map((i: { code: string }) => i.code)).toEqual(['S3', 'S4']);
    const kk = await app.gql('{ services(filter: { search: "ӘСКЕРИ БИЛЕТТЕР" }) { items { code } } }');
    expect(kk.data!.services.items.map((i: { code: string }) => i.code)).toEqual(['S3', 'S4']);
    const wild = await app.gql(`{ services(filter: { search: "%' or 1=1 --" }) { totalCount } }`);
    expect(wild.data!.services.totalCount).toBe(0);
  });

  test('the approving decree is shown as repealed, with the repealing act and its amendment history', async () => {
    const res = await app.gql('{ legalActs { key number adoptedOn status repealedOn repealedBy { number } approvesStandards } service(code: "S1") { act { number status } } }');
    const decree = res.data!.legalActs.find((a: { key: string }) => a.key === 'gd-2223');
    expect(decree).toEqual({ key: 'gd-2223', number: '2223', adoptedOn: '2009-12-29', status: 'REPEALED', repealedOn: '2014-03-11', repealedBy: { number: '219' }, approvesStandards: true });
    expect(res.data!.service.act).toEqual({ number: '2223', status: 'REPEALED' });
  });

  test('one standard by code; an unknown code is null', async () => {
    const res = await app.gql('{ s3: service(code: "s3") { code title { en } } none: service(code: "S99") { code } }');
    expect(res.data!.s3).toEqual({ code: 'S3', title: { en: expect.stringMatching(/reserve officers/) } });
    expect(res.data!.none).toBeNull();
  });

  test('localized text follows the lang argument, then Accept-Language, then falls back to Kazakh', async () => {
    const q = '{ service(code: "S6") { title { text ru: text(lang: RU) } } }';
    const kk = await app.gql(q);
    expect(kk.data!.service.title.text).toMatch(/^Азаматтың/);
    expect(kk.data!.service.title.ru).toMatch(/^Выдача справок/);
    const en = await app.gql(q, {}, { headers: { 'accept-language': 'de-DE, en;q=0.8, ru;q=0.5' } });
    expect(en.data!.service.title.text).toMatch(/^Issuing certificates/);
    const unknown = await app.gql(q, {}, { headers: { 'accept-language': 'fr' } });
    expect(unknown.data!.service.title.text).toMatch(/^Азаматтың/);
  });
});

describe('relations load in batches, never one query per row', () => {
  test('relations of the services list are read with it', async () => {
    const q = '{ services(page: { limit: 50 }) { items { code act { number repealedBy { number repealedBy { number } } } } } }';
    const { result, statements, sql } = await app.countStatements(() => app.gql(q));
    expect(result.errors).toBeUndefined();
    expect(result.data!.services.items[0].act.repealedBy).toEqual({ number: '219', repealedBy: null });
    // count + page (acts and the repealing act read in the same statement)
    expect({ statements, sql }).toEqual({ statements: 2, sql: expect.any(Array) });
  });

  test('the services list costs two statements', async () => {
    const { result, statements } = await app.countStatements(() => app.gql('{ services(page: { limit: 50 }) { totalCount items { code title { text } act { number } } } }'));
    expect(result.errors).toBeUndefined();
    expect(statements).toBe(2);
  });
});

test('services sort by code, title or decree order, both ways', async () => {
  const codes = async (sort: string) => (await app.gql(`{ services(sort: ${sort}) { items { code } } }`)).data!.services.items.map((i: { code: string }) => i.code);
  expect(await codes('{ field: CODE, direction: DESC }')).toEqual(['S7', 'S6', 'S5', 'S4', 'S3', 'S2', 'S1', 'R3', 'R2', 'R1']);
  expect(await codes('{ field: DECREE_ORDER }')).toEqual(['R1', 'R2', 'R3', 'S1', 'S2', 'S3', 'S4', 'S5', 'S6', 'S7']);
  expect((await codes('{ field: TITLE }'))).toHaveLength(10);
});
