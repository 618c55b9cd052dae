// Generates seeds/calendar.json: Kazakhstan's public holidays (days off) 2009–2030, the days off that replace
// holidays falling on a weekend, and the moves of days of rest decided each year (seeds/calendar-moves.json).
// Run: node seeds/extract-calendar.mjs > seeds/calendar.json
// Sources: the date-holidays package (its KZ rules cite egov.kz) with the corrections listed in CORRECTIONS; the
// moves, which no library knows, from the researched and cited list in calendar-moves.json. Later moves are entered by
// administrators in the console.
import fs from 'node:fs';
import Holidays from 'date-holidays';

const MOVES = JSON.parse(fs.readFileSync(new URL('./calendar-moves.json', import.meta.url), 'utf8'));

const FIRST = 2009;
const LAST = 2030;
const hd = new Holidays('KZ');

const names = {
  '01-01': { kk: 'Жаңа жыл', ru: 'Новый год', en: "New Year's Day" },
  'Рождество Христово': { kk: 'Православиелік Рождество', ru: 'Православное Рождество', en: 'Orthodox Christmas' },
  'Халықаралық әйелдер күні': { kk: 'Халықаралық әйелдер күні', ru: 'Международный женский день', en: "International Women's Day" },
  'Наурыз мейрамы': { kk: 'Наурыз мейрамы', ru: 'Наурыз мейрамы', en: 'Nauryz' },
  'Қазақстан халқының бірлігі күні': { kk: 'Қазақстан халқының бірлігі күні', ru: 'Праздник единства народа Казахстана', en: "Kazakhstan People's Unity Day" },
  'Отан Қорғаушы күні': { kk: 'Отан қорғаушы күні', ru: 'День защитника Отечества', en: 'Defender of the Fatherland Day' },
  'Жеңіс күні': { kk: 'Жеңіс күні', ru: 'День Победы', en: 'Victory Day' },
  'Астана күні': { kk: 'Астана күні', ru: 'День столицы', en: 'Capital City Day' },
  'Конституция күні': { kk: 'Конституция күні', ru: 'День Конституции', en: 'Constitution Day' },
  'Республика күні': { kk: 'Республика күні', ru: 'День Республики', en: 'Republic Day' },
  'Тұңғыш Президент күні': { kk: 'Тұңғыш Президент күні', ru: 'День Первого Президента', en: "First President's Day" },
  'Тәуелсіздік күні': { kk: 'Тәуелсіздік күні', ru: 'День Независимости', en: 'Independence Day' },
  'Құрбан айт': { kk: 'Құрбан айт', ru: 'Курбан айт', en: 'Kurban Ait (Eid al-Adha)' },
};

// Where the library is known to be wrong for a year: [date, 'remove' | 'add', reason, name key].
const CORRECTIONS = [
  // Nauryz became a three-day holiday in 2010; in 2009 only 22 March was a day off (a Sunday, so 23 March replaced it).
  ['2009-03-21', 'remove', 'Nauryz was one day (22 March) until 2010'],
  ['2009-03-23', 'remove', 'Nauryz was one day (22 March) until 2010'],
];

// The library's own substitutes can collide with the next holiday (Nauryz 2026: 21–22 March fall on a weekend and 23 March
// is itself a holiday). So take only the holidays from it and apply the Labour Code's rule here: a holiday on a Saturday
// or Sunday moves the day off to the next working day after the holidays; religious holidays (Orthodox Christmas,
// Kurban Ait) do not move.
const RELIGIOUS = new Set(['Рождество Христово', 'Құрбан айт']);
const removed = new Set(CORRECTIONS.filter((c) => c[1] === 'remove').map((c) => c[0]));
const days = [];
const iso = (d) => d.toISOString().slice(0, 10);
for (let year = FIRST; year <= LAST; year++) {
  const holidays = hd
    .getHolidays(year)
    .filter((h) => h.type === 'public' && !h.substitute && !removed.has(h.date.slice(0, 10)))
    .map((h) => ({ date: h.date.slice(0, 10), base: h.name }))
    .filter((h, i, all) => all.findIndex((x) => x.date === h.date) === i);
  const taken = new Set(holidays.map((h) => h.date));
  for (const h of holidays) {
    const name = names[h.base] ?? (h.base === 'Жаңа жыл' ? names['01-01'] : null);
    if (!name) throw new Error(`no translation for ${h.base} (${h.date})`);
    days.push({ date: h.date, kind: 'HOLIDAY', name });
  }
  for (const h of holidays) {
    const day = new Date(`${h.date}T00:00:00Z`);
    const weekday = day.getUTCDay();
    if (RELIGIOUS.has(h.base) || (weekday !== 0 && weekday !== 6)) continue;
    const next = new Date(day);
    do next.setUTCDate(next.getUTCDate() + 1);
    while (next.getUTCDay() === 0 || next.getUTCDay() === 6 || taken.has(iso(next)));
    taken.add(iso(next));
    const name = names[h.base] ?? names['01-01'];
    days.push({
      date: iso(next),
      kind: 'SUBSTITUTE_DAY_OFF',
      name: { kk: `${name.kk} (ауыстырылған демалыс күні)`, ru: `${name.ru} (перенесённый выходной)`, en: `${name.en} (substitute day off)` },
    });
  }
}
for (const date of removed) if (days.some((d) => d.date === date && d.kind === 'HOLIDAY')) throw new Error(`correction ${date} not applied`);

// The moves: a weekday becomes a day off, a weekend day (once a substitute day off, 2020-05-11) becomes a working day.
const dm = (date) => `${date.slice(8, 10)}.${date.slice(5, 7)}.${date.slice(0, 4)}`;
const weekdayOf = (date) => new Date(`${date}T00:00:00Z`).getUTCDay();
for (const m of MOVES.moves) {
  const note = `${m.act}; ${m.sources[0]}`;
  if ([0, 6].includes(weekdayOf(m.dayOff)) || days.some((d) => d.date === m.dayOff)) throw new Error(`${m.dayOff} is already a day off`);
  days.push({
    date: m.dayOff,
    kind: 'MOVED_DAY_OFF',
    name: {
      kk: `Ауыстырылған демалыс күні (${dm(m.workingDay)} орнына)`,
      ru: `Перенесённый день отдыха (вместо ${dm(m.workingDay)})`,
      en: `Moved day off (in place of ${dm(m.workingDay)})`,
    },
    note,
  });
  const replaced = days.findIndex((d) => d.date === m.workingDay);
  if (replaced >= 0 && days[replaced].kind !== 'SUBSTITUTE_DAY_OFF') throw new Error(`${m.workingDay} cannot become a working day`);
  if (replaced < 0 && ![0, 6].includes(weekdayOf(m.workingDay))) throw new Error(`${m.workingDay} is already a working day`);
  if (replaced >= 0) days.splice(replaced, 1);
  days.push({
    date: m.workingDay,
    kind: 'WORKING_DAY',
    name: {
      kk: `Жұмыс күні (демалыс ${dm(m.dayOff)} күніне ауыстырылды)`,
      ru: `Рабочий день (день отдыха перенесён на ${dm(m.dayOff)})`,
      en: `Working day (the day of rest moved to ${dm(m.dayOff)})`,
    },
    note,
  });
}
days.sort((a, b) => a.date.localeCompare(b.date));
process.stdout.write(
  JSON.stringify(
    {
      source: `Public holidays of the Republic of Kazakhstan ${FIRST}–${LAST} (Law "On holidays in the Republic of Kazakhstan"), generated from date-holidays 3.37.0 (KZ rules) by seeds/extract-calendar.mjs, with corrections: ${CORRECTIONS.map((c) => `${c[0]} ${c[1]} (${c[2]})`).join('; ')}. Moves of days of rest (${MOVES.moves.length} moves 2009–2025, each with its act and source) from seeds/calendar-moves.json; later ones are recorded by administrators.`,
      firstYear: FIRST,
      lastYear: LAST,
      days,
    },
    null,
    2,
  ) + '\n',
);
