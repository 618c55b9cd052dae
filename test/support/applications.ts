// Fixtures for the application tests: staff at real places of the directory, a partner system's key, and a submit helper.
import { makeIin } from '../../api/src/modules/applications/iin';
import type { TestApp } from './harness';

export const PASSWORD = 'operator-password-1';

export interface Staff {
  /** A centre operator at Kostanay city department (KZ-KUS). */
  centre: string;
  /** An operator at the Kostanay defence affairs department (the body for KZ-KUS). */
  body: string;
  /** A centre operator at another office of another region (Akmola). */
  otherCentre: string;
  supervisor: string;
  /** A supervisor limited to Akmola. */
  akmolaSupervisor: string;
  directoryAdmin: string;
  admin: string;
  /** API keys of an integrator, by scopes. */
  integratorKey: string;
  feedbackOnlyKey: string;
  otherIntegratorKey: string;
  officeId: string;
  otherOfficeId: string;
  departmentId: string;
  regionId: string;
}

const CREATE_USER = 'mutation($input: UserCreateInput!) { userCreate(input: $input) { user { id } userErrors { message field } } }';
const CREATE_KEY = 'mutation($input: ApiKeyCreateInput!) { apiKeyCreate(input: $input) { secret userErrors { message } } }';

/** Creates the staff once per test file (each file has its own database). */
export async function createStaff(app: TestApp): Promise<Staff> {
  const admin = await app.signIn();
  const office = (await app.gql<any>('{ offices(filter: { search: "Қостанай қалалық" }) { items { id region { id: code } } } }')).data.offices.items[0];
  const other = (await app.gql<any>('{ offices(filter: { region: "KZ-AKM" }, page: { limit: 1 }) { items { id } } }')).data.offices.items[0];
  const departments = (await app.gql<any>('{ departments { id region { code } } }')).data.departments;
  const department = departments.find((d: any) => d.region.code === 'KZ-KUS');
  const regionRow = await app.orm.em.getConnection().execute(`select id from region where code = 'KZ-KUS'`);
  const user = async (login: string, role: string, extra: Record<string, unknown> = {}) => {
    const res = await app.gql<any>(CREATE_USER, { input: { login, fullName: `${login} (test)`, role, password: PASSWORD, ...extra } }, { token: admin });
    if (!res.data?.userCreate?.user) throw new Error(`${login}: ${JSON.stringify(res.errors ?? res.data?.userCreate?.userErrors)}`);
    return res.data.userCreate.user.id as string;
  };
  await user('op.centre', 'OPERATOR', { officeId: office.id });
  await user('op.body', 'OPERATOR', { departmentId: department.id });
  await user('op.akmola', 'OPERATOR', { officeId: other.id });
  await user('sup.all', 'SUPERVISOR');
  await user('sup.akmola', 'SUPERVISOR', { regionCode: 'KZ-AKM' });
  await user('dir.admin', 'DIRECTORY_ADMIN');
  const integrator = await user('psc.system', 'INTEGRATOR');
  const otherIntegrator = await user('other.system', 'INTEGRATOR');
  const key = async (userId: string, scopes: string[]) => {
    const res = await app.gql<any>(CREATE_KEY, { input: { userId, name: `key ${scopes.join(' ')}`, scopes } }, { token: admin });
    if (!res.data?.apiKeyCreate?.secret) throw new Error(JSON.stringify(res.errors ?? res.data?.apiKeyCreate?.userErrors));
    return res.data.apiKeyCreate.secret as string;
  };
  return {
    centre: await app.signIn('op.centre', PASSWORD),
    body: await app.signIn('op.body', PASSWORD),
    otherCentre: await app.signIn('op.akmola', PASSWORD),
    supervisor: await app.signIn('sup.all', PASSWORD),
    akmolaSupervisor: await app.signIn('sup.akmola', PASSWORD),
    directoryAdmin: await app.signIn('dir.admin', PASSWORD),
    admin,
    integratorKey: await key(integrator, ['APPLICATIONS_WRITE', 'FEEDBACK_WRITE']),
    feedbackOnlyKey: await key(integrator, ['FEEDBACK_WRITE']),
    otherIntegratorKey: await key(otherIntegrator, ['APPLICATIONS_WRITE']),
    officeId: office.id,
    otherOfficeId: other.id,
    departmentId: department.id,
    regionId: (regionRow[0] as { id: string }).id,
  };
}

export interface Requirement {
  id: string;
  kind: string;
  fromStateSystem: boolean;
  condition: { en: string | null } | null;
  name: { en: string | null };
}

/** The document requirements of a service by case key ('' for a standard without cases). */
export async function requirements(app: TestApp, code: string): Promise<Map<string, Requirement[]>> {
  const res = await app.gql<any>(`{ service(code: "${code}") { documents { case { key } items { id kind fromStateSystem condition { en } name { en } } } } }`);
  return new Map(res.data.service.documents.map((g: any) => [g.case?.key ?? '', g.items]));
}

/** What an applicant must bring: not the form, not what comes from state systems, not conditional ones. */
export const mustBring = (items: Requirement[]) => items.filter((d) => d.kind !== 'FORM' && !d.fromStateSystem && !d.condition);

let serial = 1;
/** A valid applicant, different for each call. */
export function applicant(birthDate = '1990-04-12') {
  const n = serial++;
  return {
    iin: makeIin(birthDate, n % 2 === 1, 1000 + n),
    lastName: `Тестов${n}`,
    firstName: 'Асхат',
    patronymic: 'Серікұлы',
    birthDate,
    phone: '+7 701 123 45 67',
    address: 'Қостанай қ., Әл-Фараби д-лы, 1',
  };
}

export const FIELDS = `id number version status channel acceptedOn dueOn dueProvisional originalDueOn handedOverOn readyOn completedOn timeliness remainingWorkingDays
  allowedActions service { code } case { key } termCase { key } office { id } department { id } region { code }
  term { value unit startsFrom excludesAcceptanceAndIssueDays cite }
  applicant { iin fullName phone address masked }
  documents { requirementId name { en } } missingDocuments { requirementId name { en } }
  receipt { kind number serviceCode documentCount documents { name { en } } missingDocuments { name { en } } issueOn issueOnProvisional
    issuePlace { name { kk } hours { days opens closes } } employeeName applicantName applicantPhone cite }
  extension { newDueOn previousDueOn limitOn reason notifiedBy }
  history { action fromStatus toStatus actorLogin reason }`;

export const SUBMIT = `mutation($input: ApplicationSubmitInput!) { applicationSubmit(input: $input) { application { ${FIELDS} } userErrors { code field message } } }`;

/** A mutation of one step, by its name (applicationStart…), with optional extra arguments. */
export const STEP = (name: string, args = '', vars = '') =>
  `mutation($id: ID!, $version: Int!${vars}) { ${name}(id: $id, version: $version${args}) { application { ${FIELDS} } userErrors { code field message } } }`;

/** A WWII participant's S1 application at the body (channel BODY), every document brought: its id and number. */
export async function submitS1(app: TestApp, token: string, birthDate: string, headers: Record<string, string> = {}): Promise<{ id: string; number: string }> {
  const S1 = (await requirements(app, 'S1')).get('')!;
  const answers = [
    { key: 'militaryRegistration', value: 'Қостанай' }, { key: 'certificateType', value: 'WWII_PARTICIPANT' }, { key: 'conscriptedBy', value: 'Қостанай ӘК' },
    { key: 'rankAndPosition', value: 'қатардағы' }, { key: 'unit', value: '1' }, { key: 'servicePeriod', value: '1975-05' },
  ];
  const input = { serviceCode: 'S1', channel: 'BODY', applicant: applicant(birthDate), documents: mustBring(S1).map((d) => d.id), answers };
  const res = await app.gql<any>(SUBMIT, { input }, { token, headers });
  if (!res.data?.applicationSubmit?.application) throw new Error(`S1 not submitted: ${JSON.stringify(res.errors ?? res.data?.applicationSubmit?.userErrors)}`);
  return res.data.applicationSubmit.application;
}
