// Generates seeds/calendar.json: Kazakhstan's public holidays (days off) 2009–2030 and the days off that replace
// holidays falling on a weekend. Run: node seeds/extract-calendar.mjs > seeds/calendar.json
// Source: the date-holidays package (its KZ rules cite egov.kz), with the corrections listed in CORRECTIONS.
// It cannot know the Government's yearly moved days off and working Saturdays: administrators add those in the console.
import Holidays from 'date-holidays';

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
days.sort((a, b) => a.date.localeCompare(b.date));
process.stdout.write(
  JSON.stringify(
    {
      source: `Public holidays of the Republic of Kazakhstan ${FIRST}–${LAST} (Law "On holidays in the Republic of Kazakhstan"), generated from date-holidays 3.37.0 (KZ rules) by seeds/extract-calendar.mjs, with corrections: ${CORRECTIONS.map((c) => `${c[0]} ${c[1]} (${c[2]})`).join('; ')}. Moved days off and working Saturdays set by Government decrees each year are not included: administrators record them.`,
      firstYear: FIRST,
      lastYear: LAST,
      days,
    },
    null,
    2,
  ) + '\n',
);
