import fs from 'node:fs';
import path from 'node:path';
import { calendarFile, regionsFile } from '../../api/src/seeds/schema';

const SEEDS = path.resolve(__dirname, '..', '..', 'seeds');
const read = (file: string) => JSON.parse(fs.readFileSync(path.join(SEEDS, file), 'utf8'));
/** What the schema finds wrong, one line per issue ("regions.3.code: …"); empty when the file is valid. */
const problems = (schema: typeof regionsFile | typeof calendarFile, data: unknown) => {
  const parsed = schema.safeParse(data);
  return parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('seeds/regions.json', () => {
  test('validates against the regionsFile schema on its own', () => {
    expect(problems(regionsFile, read('regions.json'))).toEqual([]);
  });

  test('the schema refuses a region code that is not ISO 3166-2, naming the record', () => {
    const data = read('regions.json');
    data.regions[3].code = 'Aktobe';
    expect(problems(regionsFile, data)).toEqual([expect.stringMatching(/^regions\.3\.code: /)]);
  });
});

describe('seeds/calendar.json', () => {
  test('validates against the calendarFile schema on its own', () => {
    expect(problems(calendarFile, read('calendar.json'))).toEqual([]);
  });

  test('the schema refuses an unknown kind of day and a malformed date, naming each record', () => {
    const data = read('calendar.json');
    data.days[0].kind = 'DAY_OFF';
    data.days[1].date = '2009-1-2';
    expect(problems(calendarFile, data)).toEqual([expect.stringMatching(/^days\.0\.kind: /), expect.stringMatching(/^days\.1\.date: /)]);
  });
});
