import type { EntityManager } from '@mikro-orm/postgresql';
import type { LocalizedText } from '../../common/localized-text';
import { CHILDREN, loadServices } from '../catalogue/service-read-model';
import { toSections } from '../catalogue/standard-sections';
import { Department, Office, type OpeningHours } from '../directory/office.entity';

/**
 * The catalogue and the directory as linked open data: the EU Core Public Service Vocabulary Application Profile
 * (CPSV-AP 3.2) with schema.org types alongside (GovernmentService, GovernmentOffice), in JSON-LD.
 */
export const CONTEXT = {
  cpsv: 'http://purl.org/vocab/cpsv#',
  cv: 'http://data.europa.eu/m8g/',
  dct: 'http://purl.org/dc/terms/',
  skos: 'http://www.w3.org/2004/02/skos/core#',
  eli: 'http://data.europa.eu/eli/ontology#',
  schema: 'https://schema.org/',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
};

const texts = (t: LocalizedText | null | undefined) =>
  t ? (['kk', 'ru', 'en'] as const).filter((l) => t[l]).map((l) => ({ '@value': t[l], '@language': l })) : [];
const DAY_NAMES: Record<string, string> = { MON: 'Monday', TUE: 'Tuesday', WED: 'Wednesday', THU: 'Thursday', FRI: 'Friday', SAT: 'Saturday', SUN: 'Sunday' };

/** schema.org opening hours: a lunch break splits a day into two specifications. */
function openingHours(hours: { days: string[]; opens: string; closes: string; lunchFrom?: string | null; lunchTo?: string | null }[]) {
  return hours.flatMap((h) => {
    const spans = h.lunchFrom && h.lunchTo ? [[h.opens, h.lunchFrom], [h.lunchTo, h.closes]] : [[h.opens, h.closes]];
    return spans.map(([opens, closes]) => ({
      '@type': 'schema:OpeningHoursSpecification',
      'schema:dayOfWeek': h.days.map((d) => ({ '@id': `schema:${DAY_NAMES[d]}` })),
      'schema:opens': opens,
      'schema:closes': closes,
    }));
  });
}

export async function buildCatalogue(em: EntityManager, baseUrl: string) {
  const [services, offices, departments] = await Promise.all([
    loadServices(em, "s.status = 'IN_FORCE'", []),
    em.find(Office, { archivedAt: null }, { populate: ['region'], orderBy: { region: { sortOrder: 'asc' }, position: 'asc' } }),
    em.find(Department, {}, { populate: ['region'], orderBy: { number: 'asc' } }),
  ]);
  const id = (path: string) => `${baseUrl}/${path}`;
  const ministry = {
    '@id': id('organisations/mod'),
    '@type': ['cv:PublicOrganisation', 'schema:GovernmentOrganization'],
    'skos:prefLabel': texts({ kk: 'Қазақстан Республикасы Қорғаныс министрлігі', ru: 'Министерство обороны Республики Казахстан', en: 'Ministry of Defence of the Republic of Kazakhstan' }),
    'dct:spatial': { '@id': 'http://publications.europa.eu/resource/authority/country/KAZ' },
    'schema:url': 'http://www.mod.gov.kz',
  };
  const psc = {
    '@id': id('organisations/psc'),
    '@type': ['cv:PublicOrganisation', 'schema:GovernmentOrganization'],
    'skos:prefLabel': texts({ kk: '«Халыққа қызмет көрсету орталығы» РМК', ru: 'РГП «Центр обслуживания населения»', en: 'RSE "Population Service Centre"' }),
    'dct:spatial': { '@id': 'http://publications.europa.eu/resource/authority/country/KAZ' },
    'schema:url': 'http://www.con.gov.kz',
  };
  const graph: unknown[] = [ministry, psc];

  for (const d of departments) {
    graph.push({
      '@id': id(`departments/${d.region.code}`),
      '@type': ['cv:PublicOrganisation', 'schema:GovernmentOffice'],
      'skos:prefLabel': texts(d.name),
      'dct:spatial': { '@id': `https://www.iso.org/obp/ui/#iso:code:3166:${d.region.code}` },
      'schema:address': { '@type': 'schema:PostalAddress', 'schema:postalCode': d.postcode, 'schema:streetAddress': texts(d.address), 'schema:addressCountry': 'KZ' },
      'schema:telephone': d.phones.map((p) => p.e164 ?? p.printed),
      'schema:parentOrganization': { '@id': ministry['@id'] },
    });
  }
  for (const o of offices) {
    graph.push({
      '@id': id(`offices/${o.id}`),
      '@type': ['cv:Channel', 'schema:GovernmentOffice'],
      'dct:identifier': o.seedKey ?? o.id,
      'dct:type': { '@id': 'http://data.europa.eu/m8g/channel/office' },
      'cv:ownedBy': { '@id': psc['@id'] },
      'schema:name': texts(o.name),
      'schema:address': { '@type': 'schema:PostalAddress', 'schema:streetAddress': texts(o.address), 'schema:addressRegion': o.region.code, 'schema:addressCountry': 'KZ', ...(o.postcode ? { 'schema:postalCode': o.postcode } : {}) },
      'schema:telephone': o.phones.map((p) => p.e164 ?? p.printed),
      'schema:openingHoursSpecification': openingHours(o.openingHours as OpeningHours[]),
    });
  }

  for (const s of services) {
    const c = s[CHILDREN];
    const sections = s.details ? toSections(s.details, c.basisActs) : null;
    const serviceId = id(`services/${s.code}`);
    const channels = c.schedules.map((h) => ({
      '@id': `${serviceId}/channels/${h.channel.toLowerCase()}`,
      '@type': 'cv:Channel',
      'dct:identifier': `${s.code}-${h.channel}`,
      'dct:type': { '@id': `http://data.europa.eu/m8g/channel/${h.channel === 'BODY' ? 'authority' : 'one-stop-shop'}` },
      'cv:ownedBy': { '@id': h.channel === 'BODY' ? ministry['@id'] : psc['@id'] },
      'cv:openingHours': texts(h.text),
      'schema:hoursAvailable': openingHours([{ days: h.days, opens: h.opens, closes: h.closes, lunchFrom: h.lunchFrom, lunchTo: h.lunchTo }]),
    }));
    graph.push({
      '@id': serviceId,
      '@type': ['cpsv:PublicService', 'schema:GovernmentService'],
      'dct:identifier': s.code,
      'dct:title': texts(s.title),
      'schema:name': texts(s.title),
      'dct:description': texts(sections?.results[0]?.text ?? s.title),
      'cv:hasCompetentAuthority': { '@id': ministry['@id'] },
      'schema:provider': { '@id': ministry['@id'] },
      'cv:hasChannel': channels,
      // CPSV-AP 3.2 Cost: identifier (mandatory, one), hasValue (an xsd:double, at most one), currency (a concept, at most one).
      'cv:hasCost': sections
        ? [
            {
              '@id': `${serviceId}/cost`,
              '@type': 'cv:Cost',
              'dct:identifier': `${s.code}-cost`,
              ...(sections.fee.free ? { 'cv:hasValue': { '@value': 0, '@type': 'xsd:double' } } : {}),
              'cv:currency': { '@id': 'http://publications.europa.eu/resource/authority/currency/KZT' },
              'dct:description': texts(sections.fee.text),
            },
          ]
        : [],
      'cv:hasInput': c.documents.map((d, i) => ({
        '@id': `${serviceId}/evidence/${i + 1}`,
        '@type': 'cv:Evidence',
        'dct:identifier': `${s.code}-evidence-${i + 1}`,
        'dct:title': texts(d.name),
        ...(d.case ? { 'dct:description': texts(d.case.title) } : {}),
      })),
      'cpsv:produces': (sections?.results ?? []).map((r, i) => ({ '@id': `${serviceId}/output/${i + 1}`, '@type': 'cv:Output', 'dct:identifier': `${s.code}-output-${i + 1}`, 'dct:title': texts(r.document), 'dct:description': texts(r.text) })),
      'cpsv:follows': c.deadlines.map((d, i) => ({
        '@id': `${serviceId}/rules/${i + 1}`,
        '@type': 'cpsv:Rule',
        'dct:identifier': `${s.code}-rule-${i + 1}`,
        'dct:title': texts({ kk: `${s.code} ${d.cite ?? ''}`.trim(), en: `${s.code} term: ${d.kind.toLowerCase()} ${d.value} ${d.unit.toLowerCase()} (${d.channel.toLowerCase()})` }),
        'dct:description': texts(d.text),
      })),
      'cv:hasLegalResource': (sections?.legalBases ?? []).map((b) => ({
        '@id': id(`acts/${b.actKey}`),
        '@type': 'eli:LegalResource',
        'eli:title': texts(b.act?.title ?? b.text),
        ...(b.act ? { 'eli:date_document': { '@value': b.act.adoptedOn, '@type': 'xsd:date' } } : {}),
      })),
      'cv:hasContactPoint': (sections?.contacts ?? []).map((ct, i) => ({
        '@id': `${serviceId}/contact/${i + 1}`,
        '@type': ['cv:ContactPoint', 'schema:ContactPoint'],
        'schema:name': texts(ct.organisation),
        ...(ct.phone ? { 'cv:telephone': ct.phone } : {}),
        ...(ct.website ? { 'schema:url': ct.website } : {}),
        'cv:openingHours': texts(c.schedules.find((h) => h.channel === 'BODY')?.text),
      })),
      'dct:source': { '@id': id('acts/gd-2223') },
    });
  }
  return { '@context': CONTEXT, '@graph': graph };
}
