// Read replicas (DATABASE_REPLICA_URLS): the big lists and the indicators read from a replica, everything else from the
// primary. Shown with a "replica" that is a separate copy, so what each read sees tells where it went.
import { freshDatabase } from '../support/db';
import { startTestApp, type TestApp } from '../support/harness';
import { applicant, createStaff, mustBring, requirements, SUBMIT, type Staff } from '../support/applications';

let app: TestApp;
let staff: Staff;

beforeAll(async () => {
  const replica = await freshDatabase('replica');
  app = await startTestApp({ databaseUrl: await freshDatabase('primary'), databaseReplicaUrls: [replica] });
  staff = await createStaff(app);
}, 60_000);
afterAll(() => app?.stop());

test('a new application is read back by id from the primary, and is not in the list or the indicators served by the replica', async () => {
  const S1 = (await requirements(app, 'S1')).get('')!;
  app.clock.set('2025-03-03T10:00:00+05:00');
  const res = await app.gql<any>(SUBMIT, {
    input: {
      serviceCode: 'S1', channel: 'BODY', applicant: applicant(), documents: mustBring(S1).map((d) => d.id),
      answers: [
        { key: 'militaryRegistration', value: 'Қостанай' }, { key: 'certificateType', value: 'WWII_PARTICIPANT' }, { key: 'conscriptedBy', value: 'ӘК' },
        { key: 'rankAndPosition', value: 'қатардағы' }, { key: 'unit', value: '1' }, { key: 'servicePeriod', value: '1943-01' },
      ],
    },
  }, { token: staff.body });
  const id = res.data.applicationSubmit.application.id;
  const one = await app.gql<any>('query($id: ID!) { application(id: $id) { id } }', { id }, { token: staff.body });
  expect(one.data.application).toEqual({ id });
  const list = await app.gql<any>('{ applications { totalCount } }', {}, { token: staff.body });
  expect(list.data.applications.totalCount).toBe(0);
  // Completed on the primary: its rollup counts it; the replica's does not.
  let version = res.data.applicationSubmit.application.version;
  for (const step of ['applicationStart', 'applicationReady']) {
    const moved = await app.gql<any>(`mutation($id: ID!, $v: Int!) { ${step}(id: $id, version: $v) { application { version } userErrors { code } } }`, { id, v: version }, { token: staff.body });
    expect(moved.data[step].userErrors).toEqual([]);
    version = moved.data[step].application.version;
  }
  const primary = await app.orm.em.getConnection().execute(`select coalesce(sum(completed), 0)::int as n from kpi_month`);
  expect(primary[0].n).toBe(1);
  const kpi = await app.gql<any>('{ indicators(filter: { period: { kind: YEAR, year: 2025 } }) { values { code denominator } } }', {}, { token: staff.supervisor });
  expect(kpi.data.indicators.values.find((v: any) => v.code === '1.1').denominator).toBe(0);
});
