import fs from 'node:fs';
import path from 'node:path';
import { legalActsFile, servicesFile, standardFile, formsFile, type StandardFile } from '../../api/src/seeds/schema';
import { crossCheck } from '../../api/src/seeds/cross-check';
import { readAllSeeds } from '../../api/src/seeds/loader';

const SEEDS = path.resolve(__dirname, '..', '..', 'seeds');
const read = (file: string) => JSON.parse(fs.readFileSync(path.join(SEEDS, file), 'utf8'));
const CODES = ['S1', 'S2', 'S3', 'S4', 'S5', 'S6', 'S7'];
const standards: StandardFile[] = CODES.map((c) => standardFile.parse(read(`standards/${c}.json`)));
const byCode = Object.fromEntries(standards.map((s) => [s.code, s]));

describe('the decree and its standards', () => {
  test('the decree: number, date, signatory, repealed on 11.03.2014 by No 219, and four amending acts', () => {
    const acts = legalActsFile.parse(read('legal-acts.json'));
    const decree = acts.acts.find((a) => a.key === 'gd-2223')!;
    expect(decree).toMatchObject({ number: '2223', adoptedOn: '2009-12-29', status: 'REPEALED', repealedOn: '2014-03-11', repealedBy: 'gd-219' });
    expect(decree.signatory).toContain('К. Мәсімов');
    expect(acts.amendments.map((m) => [m.act, acts.acts.find((a) => a.key === m.act)!.adoptedOn])).toEqual([
      ['gd-848', '2011-07-22'],
      ['gd-1741', '2012-12-29'],
      ['gd-473', '2013-05-08'],
      ['gd-219', '2014-03-11'],
    ]);
  });

  test('ten standards, seven in force with a full record each, three removed in 2013 by No 473', () => {
    const { services } = servicesFile.parse(read('services.json'));
    expect(services).toHaveLength(10);
    expect(services.filter((s) => s.status === 'IN_FORCE').map((s) => s.code)).toEqual(CODES);
    for (const r of services.filter((s) => s.status === 'REPEALED')) {
      expect(r.history.at(-1)).toMatchObject({ act: 'gd-473', change: 'REMOVED' });
    }
    expect(standards.map((s) => s.code)).toEqual(CODES);
  });

  test('every standard has the six Appendix 3 indicators with the normative values 95/90/80/50/95/90', () => {
    for (const s of standards) {
      expect(s.indicators.map((i) => [i.code, i.normativeValue])).toEqual([
        ['1.1', 95],
        ['2.1', 90],
        ['3.1', 80],
        ['3.2', 50],
        ['4.1', 95],
        ['5.1', 90],
      ]);
      for (const i of s.indicators) expect(i.cite).toBe(`${s.code} App.3`);
    }
  });

  test('five application forms, linked as printed, with the S2/S6 swap recorded as a note', () => {
    const { forms } = formsFile.parse(read('forms.json'));
    expect(forms.map((f) => f.code)).toEqual(['F-A', 'F-B', 'F-C', 'F-D', 'F-E']);
    expect(Object.fromEntries(standards.map((s) => [s.code, s.applicationForm.form]))).toEqual({ S1: 'F-A', S2: 'F-B', S3: 'F-C', S4: 'F-C', S5: 'F-D', S6: 'F-A', S7: 'F-E' });
    expect(byCode.S2.applicationForm.note?.en).toMatch(/S6/);
    expect(byCode.S6.applicationForm.note?.en).toMatch(/S2/);
  });

  test('deadline rules as the decree states them', () => {
    const processing = (s: string, channel: string) => byCode[s].deadlines.filter((d) => d.channel === channel && d.kind === 'PROCESSING');
    // S1: 1 working day; the centre counts from arrival at the body and excludes acceptance and issue days.
    expect(processing('S1', 'BODY').map((d) => [d.value, d.unit, d.excludesAcceptanceAndIssueDays])).toEqual([[1, 'WORKING_DAYS', false]]);
    expect(processing('S1', 'CENTRE').map((d) => [d.value, d.unit, d.startsFrom, d.excludesAcceptanceAndIssueDays])).toEqual([[1, 'WORKING_DAYS', 'ARRIVAL_AT_BODY', true]]);
    // Extensions: 30/90 working days in S1, 1/3 months in S2, none in S6.
    const ext = (s: string) => byCode[s].deadlines.filter((d) => d.kind === 'EXTENSION' && d.channel === 'BODY').map((d) => [d.value, d.unit]);
    expect(ext('S1')).toEqual([[30, 'WORKING_DAYS'], [90, 'WORKING_DAYS']]);
    expect(ext('S2')).toEqual([[1, 'MONTHS'], [3, 'MONTHS']]);
    expect(ext('S6')).toEqual([]);
    // Queue limits in minutes; none for the body in S3–S5.
    expect(byCode.S2.deadlines.find((d) => d.channel === 'BODY' && d.kind === 'QUEUE_AT_SUBMISSION')).toMatchObject({ value: 30, unit: 'MINUTES' });
    for (const s of ['S3', 'S4', 'S5']) {
      expect(byCode[s].deadlines.filter((d) => d.channel === 'BODY' && d.unit === 'MINUTES')).toEqual([]);
    }
    // S3: per-case military-ID terms, with the temporary certificate in 1 working day.
    const s3 = byCode.S3.deadlines.filter((d) => d.channel === 'BODY' && d.kind === 'PROCESSING').map((d) => d.value);
    expect(s3).toEqual(expect.arrayContaining([30, 15, 90, 1]));
  });

  test('S3 documents are grouped by case, 11.4 with three sub-cases, two 3×4 photos each', () => {
    const s3 = byCode.S3;
    expect(s3.documents).toHaveLength(7);
    const lost = s3.cases.filter((c) => c.parent !== null && s3.cases.find((p) => p.key === c.parent)?.number === '11.4');
    expect(lost).toHaveLength(3);
    for (const group of s3.documents) {
      const photo = group.items.find((i) => i.photo);
      expect(photo?.photo).toEqual({ widthCm: 3, heightCm: 4, count: 2, inUniform: false });
    }
  });

  test('S4 has fourteen document categories', () => {
    expect(byCode.S4.documents).toHaveLength(14);
  });

  test('every record carries a citation of its own standard', () => {
    for (const s of standards) {
      const cites: string[] = [];
      JSON.stringify(s, (key, value) => {
        if (key === 'cite') cites.push(value);
        return value;
      });
      expect(cites.length).toBeGreaterThan(50);
      for (const c of cites) expect(c.startsWith(s.code)).toBe(true);
    }
  });

  test('the files agree with each other', () => {
    const seeds = readAllSeeds(SEEDS);
    expect(crossCheck(seeds)).toEqual([]);
  });
});
