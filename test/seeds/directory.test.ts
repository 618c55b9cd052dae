import fs from 'node:fs';
import path from 'node:path';
import { directoryFile } from '../../api/src/seeds/schema';

// seeds/directory.json: Appendix 1 (16 defence affairs departments) and Appendix 2 (16 regional branches of the population
// service centre, 268 offices) of Decree No 2223, as extracted by seeds/extract-directory.mjs and checked by hand against a
// sample of the printed lines (test/fixtures/directory-sample.json).
const ROOT = path.resolve(__dirname, '..', '..');
const readJson = (...parts: string[]) => JSON.parse(fs.readFileSync(path.join(ROOT, ...parts), 'utf8'));

interface Phone {
  printed: string;
  e164: string | null;
  flag: string | null;
}
interface Note {
  kind: string;
  text: string;
  lines?: string;
}
interface Rec {
  key: string;
  region: string;
  name: { kk: string; ru?: string | null; en?: string | null };
  address: { kk: string; ru?: string | null; en?: string | null };
  phones: Phone[];
  notes: Note[];
  cite: string;
  lines: string;
}
interface Department extends Rec {
  number: number;
  postcode: string;
}
interface Office extends Rec {
  branch: string;
  position: number;
  printedNumber: string | null;
  kind: 'CITY_DEPARTMENT' | 'DISTRICT_DEPARTMENT' | 'SUB_DEPARTMENT' | 'OTHER';
}
interface Directory {
  source: string;
  departments: Department[];
  branches: Rec[];
  offices: Office[];
}

const raw = readJson('seeds', 'directory.json');
const dir = raw as Directory;
interface SampleEntry {
  key: string;
  why: string;
  source: { line: number; text: string }[];
  expected: Record<string, unknown> & { lines: string };
}
const sample = readJson('test', 'fixtures', 'directory-sample.json') as { departments: SampleEntry[]; branches: SampleEntry[]; offices: SampleEntry[] };
const all: Rec[] = [...dir.departments, ...dir.branches, ...dir.offices];
const digits = (s: string) => s.replace(/\D/g, '');

// Appendix 2, in section order: offices, numbered "N)", unnumbered, sub-departments (бөлімше).
const SECTIONS: [string, number, number, number, number][] = [
  ['KZ-AKM', 20, 20, 0, 0],
  ['KZ-AKT', 15, 15, 0, 1],
  ['KZ-ALM', 32, 19, 13, 13],
  ['KZ-ATY', 10, 10, 0, 0],
  ['KZ-VOS', 21, 21, 0, 0],
  ['KZ-ZHA', 15, 15, 0, 0],
  ['KZ-ZAP', 16, 16, 0, 0],
  ['KZ-KAR', 29, 29, 0, 0],
  ['KZ-KUS', 21, 21, 0, 0],
  ['KZ-KZY', 12, 12, 0, 0],
  ['KZ-MAN', 10, 8, 2, 2],
  ['KZ-PAV', 14, 14, 0, 0],
  ['KZ-SEV', 14, 14, 0, 0],
  ['KZ-YUZ', 20, 20, 0, 0],
  ['KZ-ALA', 7, 7, 0, 0],
  ['KZ-AST', 12, 3, 9, 9],
];
// Appendix 1 order: Astana, Almaty city, then the 14 oblasts.
const APP1_ORDER = ['KZ-AST', 'KZ-ALA', 'KZ-AKM', 'KZ-AKT', 'KZ-ALM', 'KZ-ATY', 'KZ-VOS', 'KZ-ZHA', 'KZ-ZAP', 'KZ-KAR', 'KZ-KUS', 'KZ-KZY', 'KZ-MAN', 'KZ-PAV', 'KZ-SEV', 'KZ-YUZ'];

describe('seeds/directory.json', () => {
  test('validates against the directoryFile schema', () => {
    const parsed = directoryFile.safeParse(raw);
    expect(parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([]);
  });

  test('16 departments (Appendix 1, in printed order) and 16 branches, one of each per region', () => {
    expect(dir.departments.map((d) => [d.number, d.region, d.key])).toEqual(APP1_ORDER.map((r, i) => [i + 1, r, `dept:${r}`]));
    expect(dir.departments.map((d) => d.cite)).toEqual(APP1_ORDER.map((_, i) => `S1 App.1 №${i + 1}`));
    expect(dir.branches.map((b) => b.region)).toEqual(SECTIONS.map((s) => s[0]));
    expect(dir.branches.map((b) => b.key)).toEqual(SECTIONS.map((s) => `psc:${s[0]}`));
    for (const d of dir.departments) expect(d.phones).toHaveLength(2);
  });

  test('268 offices with the per-region counts of Appendix 2; 244 numbered, 24 unnumbered, 25 sub-departments', () => {
    expect(dir.offices).toHaveLength(268);
    const counts = SECTIONS.map(([region]) => {
      const os = dir.offices.filter((o) => o.region === region);
      return [region, os.length, os.filter((o) => o.printedNumber !== null).length, os.filter((o) => o.printedNumber === null).length, os.filter((o) => o.kind === 'SUB_DEPARTMENT').length];
    });
    expect(counts).toEqual(SECTIONS);
    expect(dir.offices.filter((o) => o.printedNumber !== null)).toHaveLength(244);
    expect(dir.offices.filter((o) => o.printedNumber === null)).toHaveLength(24);
    expect(dir.offices.filter((o) => o.kind === 'SUB_DEPARTMENT')).toHaveLength(25);
    // The one numbered sub-department is Ақтөбе 2) Қарғалы (Жилянка); every unnumbered office is a sub-department.
    expect(dir.offices.filter((o) => o.kind === 'SUB_DEPARTMENT' && o.printedNumber !== null).map((o) => o.key)).toEqual(['office:KZ-AKT:02']);
    expect(dir.offices.filter((o) => o.printedNumber === null && o.kind !== 'SUB_DEPARTMENT')).toEqual([]);
  });

  test('offices come in section order, keyed by region and 2-digit position, numbered 1) 2) … as printed', () => {
    expect([...new Set(dir.offices.map((o) => o.region))]).toEqual(SECTIONS.map((s) => s[0]));
    for (const [region] of SECTIONS) {
      const os = dir.offices.filter((o) => o.region === region);
      os.forEach((o, i) => {
        expect(o.position).toBe(i + 1);
        expect(o.key).toBe(`office:${region}:${String(i + 1).padStart(2, '0')}`);
      });
      const numbers = os.filter((o) => o.printedNumber !== null).map((o) => Number(o.printedNumber));
      expect(numbers).toEqual(numbers.map((_, i) => i + 1));
    }
    const lineStart = (r: Rec) => Number(r.lines.match(/^L(\d+)/)![1]);
    const starts = dir.offices.map(lineStart);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(Math.min(...starts)).toBeGreaterThanOrEqual(468);
    expect(Math.max(...dir.offices.map((o) => Number(o.lines.match(/(\d+)$/)![1])))).toBeLessThanOrEqual(2208);
  });

  test('no duplicate keys; every office has an existing branch of the same region; every region is known', () => {
    const keys = all.map((r) => r.key);
    expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
    const branches = new Map(dir.branches.map((b) => [b.key, b]));
    for (const o of dir.offices) {
      expect({ key: o.key, branchRegion: branches.get(o.branch)?.region }).toEqual({ key: o.key, branchRegion: o.region });
    }
    const regions = new Set((readJson('seeds', 'regions.json').regions as { code: string }[]).map((r) => r.code));
    expect(all.filter((r) => !regions.has(r.region)).map((r) => r.key)).toEqual([]);
  });

  test('every phone is normalised or flagged; every E.164 number is +7 and 10 digits, taken from the printed digits', () => {
    const phones = all.flatMap((r) => r.phones.map((p) => ({ ...p, key: r.key })));
    expect(phones.filter((p) => p.e164 === null && !p.flag)).toEqual([]);
    expect(phones.filter((p) => p.e164 !== null && !/^\+7\d{10}$/.test(p.e164))).toEqual([]);
    expect(phones.filter((p) => p.printed !== p.printed.trim() || /\s{2}/.test(p.printed))).toEqual([]);
    for (const p of phones.filter((x) => x.e164 !== null && x.printed.startsWith('8'))) expect({ p: p.printed, e164: `+7${digits(p.printed).slice(1)}` }).toEqual({ p: p.printed, e164: p.e164 });
    // Appendix 1: the second number has no area code and takes that of the first.
    for (const d of dir.departments) {
      const [first, second] = d.phones;
      expect(second.printed).toMatch(/^\d\d-\d\d-\d\d$/);
      expect(second.e164).toBe(first.e164!.slice(0, 6) + digits(second.printed));
    }
    // Appendix 2: one phone entry for every "8 (" printed (390) and "8(" (2), 392 in all.
    expect([...dir.branches, ...dir.offices].flatMap((r) => r.phones)).toHaveLength(392);
    expect(phones.filter((p) => p.e164 !== null)).toHaveLength(390);
    expect(phones.filter((p) => p.e164 === null)).toHaveLength(34);
    // Flagged: 28 West Kazakhstan "(711)" numbers, four of 11 digits, (8182) and (3362).
    expect(phones.filter((p) => p.e164 === null && p.printed.startsWith('8 (711)'))).toHaveLength(28);
    expect(phones.filter((p) => p.e164 === null && digits(p.printed).length === 12).map((p) => p.printed)).toEqual(['8 (72938)33-28-44', '8 (71832) 22-91-12', '8 (71832) 22-91-11', '8 (72547) 61-90-56']);
    expect(phones.filter((p) => p.e164 === null && /\((8182|3362)\)/.test(p.printed)).map((p) => p.key)).toEqual(['office:KZ-KZY:05', 'office:KZ-PAV:01']);
  });

  test('texts are joined and trimmed, with no phone left in a name or an address, and translated', () => {
    for (const r of all) {
      for (const t of [r.name.kk, r.address.kk]) {
        expect({ key: r.key, t, ok: t === t.trim() && !/\s{2}/.test(t) && !/\d\d-\d\d-\d\d|8 ?\(\d/.test(t) }).toEqual({ key: r.key, t, ok: true });
      }
      expect({ key: r.key, ru: !!r.name.ru, en: !!r.name.en, addressEn: !!r.address.en }).toEqual({ key: r.key, ru: true, en: true, addressEn: true });
    }
    for (const d of dir.departments) expect(d.name.kk).toMatch(/^.+ (қаласының|облысының) ҚІД$/);
    for (const b of dir.branches) expect(b.name.kk).toMatch(/^«.+» РМК (филиалы|филилалы)$/);
    for (const o of dir.offices) expect(o.name.kk).toMatch(/(бөлімі|бөлім|бөлімшесі|бөлімше)(, Бадамша ауылы)?$/);
  });

  test('copy-1 misspellings that copies 2–7 correct are taken corrected, each with a note', () => {
    const texts = all.map((r) => `${r.name.kk} | ${r.address.kk}`).join('\n');
    for (const wrong of ['Балқашино', 'Каражал', 'Арқалык', 'Жітікара', 'Костанай', 'Қармакшы', 'Аксу қалалық', 'Качиры', 'Түргенов']) expect({ wrong, found: texts.includes(wrong) }).toEqual({ wrong, found: false });
    const corrected = all.flatMap((r) => r.notes.filter((n) => n.kind === 'CORRECTED_IN_LATER_COPIES').map(() => r.key));
    expect(corrected).toEqual([
      'office:KZ-AKM:18',
      'office:KZ-KAR:21',
      'office:KZ-KAR:21',
      'office:KZ-KUS:04',
      'office:KZ-KUS:08',
      'office:KZ-KUS:21',
      'office:KZ-KUS:21',
      'office:KZ-KZY:08',
      'office:KZ-PAV:05',
      'office:KZ-PAV:10',
      'office:KZ-PAV:10',
    ]);
    // Item 3 of the copy comparison: the later copies' "№ 1" is an error; copy 1's "№ 2" is kept.
    expect(dir.offices.find((o) => o.key === 'office:KZ-KAR:08')!.name.kk).toBe('Теміртау қаласының № 2 бөлімі');
    // Items 12–13: extraction losses in later copies; the full names are kept.
    expect(dir.branches.find((b) => b.region === 'KZ-MAN')!.name.kk).toBe('«Маңғыстау облысы бойынша ХҚО» РМК филиалы');
    expect(dir.branches.find((b) => b.region === 'KZ-KZY')!.name.kk).toBe('«Қызылорда облысы бойынша ХҚО» РМК филиалы');
  });

  describe('the hand-checked sample equals the records', () => {
    const find = (key: string) => all.find((r) => r.key === key);
    const phones = (r: Rec) => r.phones.map((p) => ({ printed: p.printed, e164: p.e164 }));

    test('the sample covers at least 12 offices and 3 departments, each with its raw lines', () => {
      expect(sample.offices.length).toBeGreaterThanOrEqual(12);
      expect(sample.departments.length).toBeGreaterThanOrEqual(3);
      for (const s of [...sample.departments, ...sample.branches, ...sample.offices]) {
        expect(s.source.length).toBeGreaterThan(0);
        const [a, b] = s.expected.lines.slice(1).split('–').map(Number);
        expect(s.source[0].line).toBe(a);
        expect(s.source.at(-1)!.line).toBe(b ?? a);
      }
    });

    for (const { key, expected } of sample.departments) {
      test(key, () => {
        const d = find(key) as Department;
        expect({ lines: d.lines, number: d.number, name: d.name.kk, postcode: d.postcode, address: d.address.kk, phones: phones(d) }).toEqual(expected);
      });
    }

    for (const { key, expected } of sample.branches) {
      test(key, () => {
        const b = find(key)!;
        expect({ lines: b.lines, name: b.name.kk, address: b.address.kk, phones: phones(b) }).toEqual(expected);
      });
    }

    for (const { key, expected } of sample.offices) {
      test(key, () => {
        const o = find(key) as Office;
        expect({
        lines: o.lines,
        printedNumber: o.printedNumber,
        kind: o.kind,
        name: o.name.kk,
        address: o.address.kk,
        phones: phones(o),
          noteKinds: o.notes.map((n) => n.kind),
        }).toEqual(expected);
      });
    }
  });
});
