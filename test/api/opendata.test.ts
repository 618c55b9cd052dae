import { startTestApp, type TestApp } from '../support/harness';

let app: TestApp;
let doc: { '@context': Record<string, string>; '@graph': Record<string, any>[] };
beforeAll(async () => {
  app = await startTestApp({ publicUrl: 'https://registry.example.kz' });
  const res = await fetch(`${app.url}/open-data/catalogue.jsonld`);
  expect(res.headers.get('content-type')).toMatch(/^application\/ld\+json/);
  doc = (await res.json()) as typeof doc;
});
afterAll(() => app?.stop());

const ofType = (type: string) => doc['@graph'].filter((n) => ([] as string[]).concat(n['@type']).includes(type));
const nested = (key: string) => ofType('cpsv:PublicService').flatMap((s) => s[key] as Record<string, any>[]);
const hasText = (v: unknown) => Array.isArray(v) && v.length > 0 && v.every((t) => t['@value'] && t['@language']);

describe('the open-data export (CPSV-AP 3.2 and schema.org, JSON-LD)', () => {
  test('uses the CPSV-AP, Core Vocabularies, DCT and schema.org namespaces', () => {
    expect(doc['@context']).toMatchObject({ cpsv: 'http://purl.org/vocab/cpsv#', cv: 'http://data.europa.eu/m8g/', dct: 'http://purl.org/dc/terms/', schema: 'https://schema.org/' });
  });

  test('each of the seven services is a PublicService and GovernmentService with the mandatory properties', () => {
    const services = ofType('cpsv:PublicService');
    expect(services.map((s) => s['dct:identifier'])).toEqual(['S1', 'S2', 'S3', 'S4', 'S5', 'S6', 'S7']);
    for (const s of services) {
      expect(s['@type']).toContain('schema:GovernmentService');
      expect(s['@id']).toBe(`https://registry.example.kz/open-data/services/${s['dct:identifier']}`);
      expect(hasText(s['dct:title'])).toBe(true);
      expect(hasText(s['dct:description'])).toBe(true);
      expect(s['cv:hasCompetentAuthority']['@id']).toBe('https://registry.example.kz/open-data/organisations/mod');
    }
  });

  test('public organisations have a preferred label and a spatial coverage', () => {
    const orgs = ofType('cv:PublicOrganisation');
    expect(orgs.length).toBe(2 + 16);
    for (const o of orgs) {
      expect(hasText(o['skos:prefLabel'])).toBe(true);
      expect(o['dct:spatial']['@id']).toBeTruthy();
    }
  });

  test('evidence, outputs and rules have identifiers and names (rules also descriptions)', () => {
    for (const e of [...nested('cv:hasInput'), ...nested('cpsv:produces')]) {
      expect(e['dct:identifier']).toBeTruthy();
      expect(hasText(e['dct:title'])).toBe(true);
    }
    const rules = nested('cpsv:follows');
    expect(rules.length).toBeGreaterThan(7);
    for (const r of rules) {
      expect(r['@type']).toBe('cpsv:Rule');
      expect(r['dct:identifier']).toBeTruthy();
      expect(hasText(r['dct:title'])).toBe(true);
      expect(hasText(r['dct:description'])).toBe(true);
    }
  });

  test('channels, costs, legal resources and contact points with opening hours', () => {
    expect(nested('cv:hasChannel').every((c) => c['@type'] === 'cv:Channel' && c['schema:hoursAvailable'].length > 0)).toBe(true);
    expect(nested('cv:hasCost').every((c) => c['@type'] === 'cv:Cost' && c['cv:hasValue']['@value'] === 0)).toBe(true);
    expect(nested('cv:hasLegalResource').every((l) => l['@type'] === 'eli:LegalResource')).toBe(true);
    expect(nested('cv:hasContactPoint').length).toBeGreaterThan(0);
    expect(nested('cv:hasContactPoint').every((c) => hasText(c['cv:openingHours']))).toBe(true);
  });

  // CPSV-AP 3.2 SHACL: Channel has exactly one dct:identifier and at most one dct:type; Cost has exactly one
  // dct:identifier, at most one cv:hasValue (xsd:double) and at most one cv:currency (a concept).
  const channels = () => [...nested('cv:hasChannel'), ...ofType('cv:Channel')];

  test('every channel, of a service or an office, has exactly one identifier, unique in the export, and one type', () => {
    const all = channels();
    expect(all.length).toBe(7 * 2 + 268);
    for (const c of all) {
      expect({ id: c['@id'], identifier: typeof c['dct:identifier'] }).toEqual({ id: c['@id'], identifier: 'string' });
      expect(c['dct:identifier']).not.toBe('');
      expect(c['dct:type']).toEqual({ '@id': expect.stringMatching(/^http:\/\/data\.europa\.eu\/m8g\/channel\//) });
      expect(c['cv:ownedBy']['@id']).toMatch(/\/organisations\/(mod|psc)$/);
    }
    expect(new Set(all.map((c) => c['dct:identifier'])).size).toBe(all.length);
  });

  test('every service has one cost with exactly one identifier, its value as one xsd:double and one currency', () => {
    for (const s of ofType('cpsv:PublicService')) {
      expect(s['cv:hasCost']).toHaveLength(1);
      const [cost] = s['cv:hasCost'];
      expect(cost).toMatchObject({
        '@type': 'cv:Cost',
        'dct:identifier': `${s['dct:identifier']}-cost`,
        'cv:hasValue': { '@value': 0, '@type': 'xsd:double' }, // every standard of the decree is free of charge
        'cv:currency': { '@id': 'http://publications.europa.eu/resource/authority/currency/KZT' },
      });
      expect(cost['cv:value']).toBeUndefined(); // not a CPSV-AP 3.2 property
      expect(hasText(cost['dct:description'])).toBe(true);
    }
  });

  test('the 268 offices are channels and schema.org GovernmentOffices with address, phones and opening hours', () => {
    const offices = ofType('schema:GovernmentOffice').filter((o) => ([] as string[]).concat(o['@type']).includes('cv:Channel'));
    expect(offices).toHaveLength(268);
    for (const o of offices) {
      expect(o['schema:address']['schema:addressCountry']).toBe('KZ');
      expect(o['schema:openingHoursSpecification'][0]).toMatchObject({ 'schema:opens': '09:00', 'schema:closes': '20:00' });
    }
  });
});
