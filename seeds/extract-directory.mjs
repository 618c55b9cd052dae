// Generates seeds/directory.json from the Kazakh text of Government Decree No 2223 (the office directories of the first
// standard, S1: Appendix 1 = defence affairs departments, Appendix 2 = population service centres).
//
//   node seeds/extract-directory.mjs /path/to/decree-2223.kk.txt > seeds/directory.json
//
// The text was extracted from a PDF: table cells are wrapped over several lines, cells of one row share lines, and one
// phone in Appendix 1 is letter-spaced ("8 ( 7 2 1 2 )"). The parser works on the S1 copy of the appendices (all seven
// copies carry the same directories; Appendix 1 is identical in all of them, Appendix 2 differs in the spellings listed
// in CORRECTIONS below). The committed JSON is the source of truth: the product never reads the decree.
// No dependencies; the script fails loudly when the text does not look as expected.
import fs from 'node:fs';

const source = process.argv[2];
if (!source) {
  console.error('usage: node seeds/extract-directory.mjs <decree-2223.kk.txt> > seeds/directory.json');
  process.exit(2);
}
const TEXT = fs.readFileSync(source, 'utf8').replace(/\r/g, '').split('\n');
const line = (n) => TEXT[n - 1] ?? '';
const fail = (msg) => {
  throw new Error(`extract-directory: ${msg}`);
};
const expect = (cond, msg) => cond || fail(msg);

// ---------------------------------------------------------------------------------------------- layout of the S1 copy
const APP1 = { heading: 365, first: 382, last: 461 };
const APP2 = { heading: 468, first: 488, last: 2208 };
expect(line(APP1.heading).trim() === '1-қосымша', `line ${APP1.heading} should be the "1-қосымша" heading`);
expect(line(APP2.heading).trim() === '2-қосымша', `line ${APP2.heading} should be the "2-қосымша" heading`);
expect(line(APP2.last).includes('50-91-95'), `line ${APP2.last} should be the last row of Appendix 2`);

// ---------------------------------------------------------------------------------------------- text helpers
const squash = (s) => s.replace(/\s+/g, ' ').trim();

/** Joins the wrapped lines of one cell: a line break is a space, except inside "114-үй", "31/33", "1 «Б»", ", 12", "ХҚО»". */
function joinLines(parts) {
  let out = '';
  for (const raw of parts) {
    const p = squash(raw);
    if (!p) continue;
    if (!out) out = p;
    else out += (/[-/«(]$/.test(out) || /^[-,.)»]/.test(p) ? '' : ' ') + p;
  }
  return out;
}

/** Undoes PDF letter-spacing: a run of at least four single characters separated by single spaces ("8 ( 7 2 1 2 )"). */
const unLetterSpace = (s) => s.replace(/(?:^|(?<= ))(?:\S ){3,}\S(?= |$)/g, (run) => run.replace(/ /g, ''));

const fmt = (a, b) => (a === b ? `L${a}` : `L${a}–${b}`);

// ---------------------------------------------------------------------------------------------- phones
// "8 (7162) 40-10-76", "8(7172) 61-84-11", "8 (714-43) 22-4-60", "8 (711) 33- 35-550", "8 (72938)33-28-44", "8 (72533) 41679"
const PHONE = /8 ?\((\d{3}-\d{2}|\d{3,5})\) ?(\d[\d-]*(?:- \d[\d-]*)*\d)/g;
const digits = (s) => s.replace(/\D/g, '');

// ---------------------------------------------------------------------------------------------- Appendix 1
function parseDepartments() {
  const starts = [];
  for (let n = APP1.first, want = 1; n <= APP1.last; n++) {
    if (new RegExp(`^${want} \\p{L}`, 'u').test(line(n))) starts.push(n), want++;
  }
  expect(starts.length === 16, `Appendix 1: found ${starts.length} entries, expected 16`);
  return starts.map((start, i) => {
    let end = (starts[i + 1] ?? APP1.last + 1) - 1;
    while (!line(end).trim()) end--;
    const parts = [];
    for (let n = start; n <= end; n++) parts.push(unLetterSpace(squash(line(n))));
    const text = joinLines(parts);
    const m = text.match(/^(\d+) (.+? ҚІД) (\d{6}), (.+?) (8 ?\(\d{4}\) \d\d-\d\d-\d\d) (\d\d-\d\d-\d\d)$/);
    if (!m) fail(`Appendix 1 entry at L${start} does not parse: ${text}`);
    return { number: Number(m[1]), name: m[2], postcode: m[3], address: m[4], phones: [m[5], m[6]], start, end };
  });
}

// ---------------------------------------------------------------------------------------------- Appendix 2
function paragraphs(first, last) {
  const out = [];
  let cur = null;
  for (let n = first; n <= last; n++) {
    if (!line(n).trim()) {
      cur = null;
      continue;
    }
    if (!cur) out.push((cur = { start: n, lines: [] }));
    cur.lines.push(n);
    cur.end = n;
  }
  return out;
}

const SECTION = /^«(.+) бойынша ХҚО» РМК (?:филиалы|филилалы)$/;
const NAME_END = /^(.*?(?:бөлімшесі|бөлімше|бөлімі|бөлім))(?: (.*))?$/;

/** Splits one paragraph list into text (phones removed) and phones, each with the line it was printed on. */
function cell(lineNumbers) {
  const parts = [];
  const phones = [];
  for (const n of lineNumbers) {
    const raw = squash(line(n));
    const rest = raw.replace(PHONE, (p) => (phones.push({ printed: p, line: n }), ' '));
    parts.push(rest);
  }
  return { text: joinLines(parts), phones };
}

/**
 * Appendix 2 as blank-line separated paragraphs: a one-line "«… бойынша ХҚО» РМК филиалы" paragraph opens a section; the
 * paragraphs up to the first office are the branch row; an office starts with "N)" or, unnumbered, with a paragraph that
 * names a бөлімше; every other paragraph (address, phones) continues the row before it.
 */
function parseAppendix2() {
  const paras = paragraphs(APP2.first, APP2.last);
  const sections = [];
  let section = null;
  for (const p of paras) {
    const first = squash(line(p.start));
    if (p.lines.length === 1 && SECTION.test(first)) {
      sections.push((section = { header: p.start, regionKk: first.match(SECTION)[1], branchParas: [], offices: [] }));
      continue;
    }
    expect(section, `Appendix 2: text before the first section at L${p.start}`);
    const numbered = /^\d+\)/.test(first);
    const sub = !numbered && /бөлімше/.test(cell(p.lines).text) && section.branchParas.length > 0;
    if (numbered || sub) section.offices.push({ paras: [p] });
    else if (section.offices.length) section.offices.at(-1).paras.push(p);
    else section.branchParas.push(p);
  }
  return sections;
}

// ---------------------------------------------------------------------------------------------- regions
// Section headers of Appendix 2 and the department names of Appendix 1 name the region in Kazakh.
const REGIONS = {
  'Астана қаласы': { code: 'KZ-AST', ru: 'городу Астана', ruGen: 'города Астаны', en: 'Astana city' },
  'Алматы қаласы': { code: 'KZ-ALA', ru: 'городу Алматы', ruGen: 'города Алматы', en: 'Almaty city' },
  'Ақмола облысы': { code: 'KZ-AKM', ru: 'Акмолинской области', ruGen: 'Акмолинской области', en: 'Akmola Region' },
  'Ақтөбе облысы': { code: 'KZ-AKT', ru: 'Актюбинской области', ruGen: 'Актюбинской области', en: 'Aktobe Region' },
  'Алматы облысы': { code: 'KZ-ALM', ru: 'Алматинской области', ruGen: 'Алматинской области', en: 'Almaty Region' },
  'Атырау облысы': { code: 'KZ-ATY', ru: 'Атырауской области', ruGen: 'Атырауской области', en: 'Atyrau Region' },
  'Шығыс Қазақстан облысы': { code: 'KZ-VOS', ru: 'Восточно-Казахстанской области', ruGen: 'Восточно-Казахстанской области', en: 'East Kazakhstan Region' },
  'Жамбыл облысы': { code: 'KZ-ZHA', ru: 'Жамбылской области', ruGen: 'Жамбылской области', en: 'Zhambyl Region' },
  'Батыс Қазақстан облысы': { code: 'KZ-ZAP', ru: 'Западно-Казахстанской области', ruGen: 'Западно-Казахстанской области', en: 'West Kazakhstan Region' },
  'Қарағанды облысы': { code: 'KZ-KAR', ru: 'Карагандинской области', ruGen: 'Карагандинской области', en: 'Karaganda Region' },
  'Қостанай облысы': { code: 'KZ-KUS', ru: 'Костанайской области', ruGen: 'Костанайской области', en: 'Kostanay Region' },
  'Қызылорда облысы': { code: 'KZ-KZY', ru: 'Кызылординской области', ruGen: 'Кызылординской области', en: 'Kyzylorda Region' },
  'Маңғыстау облысы': { code: 'KZ-MAN', ru: 'Мангистауской области', ruGen: 'Мангистауской области', en: 'Mangystau Region' },
  'Павлодар облысы': { code: 'KZ-PAV', ru: 'Павлодарской области', ruGen: 'Павлодарской области', en: 'Pavlodar Region' },
  'Солтүстік Қазақстан облысы': { code: 'KZ-SEV', ru: 'Северо-Казахстанской области', ruGen: 'Северо-Казахстанской области', en: 'North Kazakhstan Region' },
  'Оңтүстік Қазақстан облысы': { code: 'KZ-YUZ', ru: 'Южно-Казахстанской области', ruGen: 'Южно-Казахстанской области', en: 'South Kazakhstan Region' },
};
const regionOf = (kk) => REGIONS[kk] ?? fail(`unknown region "${kk}"`);

// ---------------------------------------------------------------------------------------------- Appendix 1 translations
// Addresses: Russian in the usual Kazakhstan style (г., ул., пр.), English transliterating the street names.
const DEPARTMENT_ADDRESSES = {
  1: ['г. Астана, ул. Ауэзова, 5а', 'Astana, Auezov Street, 5a'],
  2: ['г. Алматы, ул. Наурызбай батыра, 96', 'Almaty, Nauryzbay Batyr Street, 96'],
  3: ['г. Кокшетау, ул. Кенесары, 42', 'Kokshetau, Kenesary Street, 42'],
  4: ['г. Актобе, пр. 312-й Стрелковой дивизии, 12', 'Aktobe, 312th Rifle Division Avenue, 12'],
  5: ['г. Талдыкорган, ул. Тауелсиздик, 31/33', 'Taldykorgan, Tauelsizdik Street, 31/33'],
  6: ['г. Атырау, ул. Канцева, 3', 'Atyrau, Kantsev Street, 3'],
  7: ['г. Усть-Каменогорск, ул. Новаторов, 18', 'Oskemen (Ust-Kamenogorsk), Novatorov Street, 18'],
  8: ['г. Тараз, ул. Ленина, 59', 'Taraz, Lenin Street, 59'],
  9: ['г. Уральск, ул. Шевченко, 54', 'Oral (Uralsk), Shevchenko Street, 54'],
  10: ['г. Караганда, ул. Ерубаева, 9', 'Karaganda, Erubaev Street, 9'],
  11: ['г. Костанай, ул. Баймагамбетова, 150', 'Kostanay, Baimagambetov Street, 150'],
  12: ['г. Кызылорда, ул. М. Шокая, 134', 'Kyzylorda, M. Shokay Street, 134'],
  13: ['г. Актау, 23-й микрорайон, д. 2', 'Aktau, Microdistrict 23, building 2'],
  14: ['г. Павлодар, ул. Чкалова, 20/1', 'Pavlodar, Chkalov Street, 20/1'],
  15: ['г. Петропавловск, пр. Егемен Казахстан, 1', 'Petropavl, Egemen Kazakhstan Avenue, 1'],
  16: ['г. Шымкент, ул. Сарбаздар, 8', 'Shymkent, Sarbazdar Street, 8'],
};

// ---------------------------------------------------------------------------------------------- Appendix 2 branches
const BRANCH_ADDRESSES = {
  'KZ-AKM': ['ул. Ауэзова, 189а', 'Auezov Street, 189a'],
  'KZ-AKT': ['г. Актобе, ул. Тургенева, 109', 'Aktobe, Turgenev Street, 109'],
  'KZ-ALM': ['г. Талдыкорган, ул. Тауелсиздик, 67Б', 'Taldykorgan, Tauelsizdik Street, 67B'],
  'KZ-ATY': ['г. Атырау, пр. Сатпаева, д. 23', 'Atyrau, Satpayev Avenue, 23'],
  'KZ-VOS': ['г. Усть-Каменогорск, ул. Белинского, 37а', 'Oskemen (Ust-Kamenogorsk), Belinsky Street, 37a'],
  'KZ-ZHA': ['г. Тараз, пр. Абая, д. 232', 'Taraz, Abai Avenue, 232'],
  'KZ-ZAP': ['ЗКО, г. Уральск, ул. Жамбыла, д. 81/2', 'West Kazakhstan Region, Oral (Uralsk), Zhambyl Street, 81/2'],
  'KZ-KAR': ['ул. Чкалова, 7', 'Chkalov Street, 7'],
  'KZ-KUS': ['Костанайская область, г. Костанай, ул. Тарана, д. 114', 'Kostanay Region, Kostanay, Taran Street, 114'],
  'KZ-KZY': ['Кызылординская область, г. Кызылорда, ул. Г. Муратбаева, д. 2Е', 'Kyzylorda Region, Kyzylorda, G. Muratbayev Street, 2E'],
  'KZ-MAN': ['г. Актау, 15-й микрорайон, здание 67б', 'Aktau, Microdistrict 15, building 67b'],
  'KZ-PAV': ['г. Павлодар, ул. Павлова, д. 48', 'Pavlodar, Pavlov Street, 48'],
  'KZ-SEV': ['ул. Ауэзова, 157', 'Auezov Street, 157'],
  'KZ-YUZ': ['г. Шымкент, ул. Мадели кожа, без номера', 'Shymkent, Madeli Kozha Street, unnumbered building'],
  'KZ-ALA': ['ул. Жандосова, 51', 'Zhandosov Street, 51'],
  'KZ-AST': ['пр. Республики, 12/2', 'Respublika Avenue, 12/2'],
};

// ---------------------------------------------------------------------------------------------- Appendix 2 office names
// Russian and English names of the offices, by key (region and position in the section). The Kazakh name is the one
// printed (with the later copies' corrections); "бөлімі/бөлім" is a department, "бөлімшесі/бөлімше" a sub-department.
const OFFICE_NAMES = {
  // Ақмола облысы
  'KZ-AKM:01': ['Кокшетауский городской отдел', 'Kokshetau city department'],
  'KZ-AKM:02': ['Районный отдел села Красный Яр', 'Krasny Yar village district department'],
  'KZ-AKM:03': ['Аккольский районный отдел', 'Akkol district department'],
  'KZ-AKM:04': ['Аршалынский районный отдел', 'Arshaly district department'],
  'KZ-AKM:05': ['Атбасарский районный отдел', 'Atbasar district department'],
  'KZ-AKM:06': ['Астраханский районный отдел', 'Astrakhan district department'],
  'KZ-AKM:07': ['Буландынский районный отдел', 'Bulandy district department'],
  'KZ-AKM:08': ['Бурабайский районный отдел', 'Burabay district department'],
  'KZ-AKM:09': ['Егиндыкольский районный отдел', 'Egindykol district department'],
  'KZ-AKM:10': ['Ерейментауский районный отдел', 'Ereymentau district department'],
  'KZ-AKM:11': ['Енбекшильдерский районный отдел', 'Enbekshilder district department'],
  'KZ-AKM:12': ['Есильский районный отдел', 'Esil district department'],
  'KZ-AKM:13': ['Жаркаинский районный отдел', 'Zharkain district department'],
  'KZ-AKM:14': ['Жаксынский районный отдел', 'Zhaksy district department'],
  'KZ-AKM:15': ['Зерендинский районный отдел', 'Zerendi district department'],
  'KZ-AKM:16': ['Коргалжынский районный отдел', 'Korgalzhyn district department'],
  'KZ-AKM:17': ['Степногорский городской отдел', 'Stepnogorsk city department'],
  'KZ-AKM:18': ['Сандыктауский районный отдел', 'Sandyktau district department'],
  'KZ-AKM:19': ['Целиноградский районный отдел', 'Tselinograd district department'],
  'KZ-AKM:20': ['Шортандинский районный отдел', 'Shortandy district department'],
  // Ақтөбе облысы
  'KZ-AKT:01': ['Актюбинский городской отдел № 1', 'Aktobe city department No. 1'],
  'KZ-AKT:02': ['Каргалинское (Жилянка) отделение', 'Kargaly (Zhilyanka) sub-department'],
  'KZ-AKT:03': ['Алгинский районный отдел', 'Alga district department'],
  'KZ-AKT:04': ['Мартукский районный отдел', 'Martok district department'],
  'KZ-AKT:05': ['Хромтауский районный отдел', 'Khromtau district department'],
  'KZ-AKT:06': ['Кандыагашский районный отдел', 'Kandyagash district department'],
  'KZ-AKT:07': ['Эмбинский районный отдел', 'Embi district department'],
  'KZ-AKT:08': ['Темирский районный отдел № 8', 'Temir district department No. 8'],
  'KZ-AKT:09': ['Хобдинский районный отдел', 'Kobda district department'],
  'KZ-AKT:10': ['Каргалинский районный отдел, село Бадамша', 'Kargaly district department, Badamsha village'],
  'KZ-AKT:11': ['Уилский районный отдел', 'Oiyl district department'],
  'KZ-AKT:12': ['Айтекебийский районный отдел № 12', 'Aiteke Bi district department No. 12'],
  'KZ-AKT:13': ['Байганинский районный отдел', 'Baiganin district department'],
  'KZ-AKT:14': ['Иргизский районный отдел', 'Yrgyz district department'],
  'KZ-AKT:15': ['Шалкарский районный отдел', 'Shalkar district department'],
  // Алматы облысы
  'KZ-ALM:01': ['Аксуский районный отдел', 'Aksu district department'],
  'KZ-ALM:02': ['Капальское отделение', 'Kapal sub-department'],
  'KZ-ALM:03': ['Алакольский районный отдел', 'Alakol district department'],
  'KZ-ALM:04': ['Кабанбайское отделение', 'Kabanbay sub-department'],
  'KZ-ALM:05': ['Балхашский районный отдел', 'Balkhash district department'],
  'KZ-ALM:06': ['Енбекшиказахский районный отдел', 'Enbekshikazakh district department'],
  'KZ-ALM:07': ['Чиликское отделение', 'Shelek sub-department'],
  'KZ-ALM:08': ['Ескельдинский районный отдел', 'Eskeldi district department'],
  'KZ-ALM:09': ['Жамбылский районный отдел', 'Zhambyl district department'],
  'KZ-ALM:10': ['Илийский районный отдел', 'Ile district department'],
  'KZ-ALM:11': ['Боралдайское отделение', 'Boralday sub-department'],
  'KZ-ALM:12': ['Караойское отделение', 'Karaoy sub-department'],
  'KZ-ALM:13': ['Акшийское отделение', 'Akshi sub-department'],
  'KZ-ALM:14': ['Карасайский районный отдел', 'Karasay district department'],
  'KZ-ALM:15': ['Отделение «Тау-Самалы»', 'Tau-Samaly sub-department'],
  'KZ-ALM:16': ['Шамалганское отделение', 'Shamalgan sub-department'],
  'KZ-ALM:17': ['Каратальский районный отдел', 'Karatal district department'],
  'KZ-ALM:18': ['Кербулакский районный отдел', 'Kerbulak district department'],
  'KZ-ALM:19': ['Когалинское отделение', 'Kogaly sub-department'],
  'KZ-ALM:20': ['Коксуский районный отдел', 'Koksu district department'],
  'KZ-ALM:21': ['Капчагайский городской отдел', 'Kapshagay city department'],
  'KZ-ALM:22': ['Шенгельдинское отделение', 'Shengeldi sub-department'],
  'KZ-ALM:23': ['Саркандский районный отдел', 'Sarkand district department'],
  'KZ-ALM:24': ['Лепсинское отделение', 'Lepsy sub-department'],
  'KZ-ALM:25': ['Райымбекский районный отдел', 'Raiymbek district department'],
  'KZ-ALM:26': ['Нарынкольское отделение', 'Narynkol sub-department'],
  'KZ-ALM:27': ['Панфиловский районный отдел', 'Panfilov district department'],
  'KZ-ALM:28': ['Талгарский районный отдел', 'Talgar district department'],
  'KZ-ALM:29': ['Нуринское отделение', 'Nura sub-department'],
  'KZ-ALM:30': ['Талдыкорганский городской отдел', 'Taldykorgan city department'],
  'KZ-ALM:31': ['Текелийский районный отдел', 'Tekeli district department'],
  'KZ-ALM:32': ['Уйгурский районный отдел', 'Uygur district department'],
  // Атырау облысы
  'KZ-ATY:01': ['Областной отдел', 'Regional department'],
  'KZ-ATY:02': ['Городской отдел № 1', 'City department No. 1'],
  'KZ-ATY:03': ['Городской отдел № 2', 'City department No. 2'],
  'KZ-ATY:04': ['Индерский районный отдел', 'Inder district department'],
  'KZ-ATY:05': ['Махамбетский районный отдел', 'Makhambet district department'],
  'KZ-ATY:06': ['Кзылкогинский районный отдел', 'Kyzylkoga district department'],
  'KZ-ATY:07': ['Жылыойский районный отдел', 'Zhylyoi district department'],
  'KZ-ATY:08': ['Курмангазинский районный отдел', 'Kurmangazy district department'],
  'KZ-ATY:09': ['Макатский районный отдел', 'Makat district department'],
  'KZ-ATY:10': ['Исатайский районный отдел', 'Isatay district department'],
  // Шығыс Қазақстан облысы
  'KZ-VOS:01': ['Усть-Каменогорский городской отдел № 1', 'Oskemen (Ust-Kamenogorsk) city department No. 1'],
  'KZ-VOS:02': ['Усть-Каменогорский городской отдел № 2', 'Oskemen (Ust-Kamenogorsk) city department No. 2'],
  'KZ-VOS:03': ['Глубоковский районный отдел', 'Glubokoye district department'],
  'KZ-VOS:04': ['Зайсанский городской отдел', 'Zaisan city department'],
  'KZ-VOS:05': ['Зыряновский районный отдел', 'Zyryanovsk district department'],
  'KZ-VOS:06': ['Катон-Карагайский районный отдел', 'Katonkaragay district department'],
  'KZ-VOS:07': ['Курчумский районный отдел', 'Kurshim district department'],
  'KZ-VOS:08': ['Риддерский районный отдел', 'Ridder district department'],
  'KZ-VOS:09': ['Тарбагатайский районный отдел', 'Tarbagatay district department'],
  'KZ-VOS:10': ['Уланский районный отдел', 'Ulan district department'],
  'KZ-VOS:11': ['Шемонаихинский городской отдел', 'Shemonaikha city department'],
  'KZ-VOS:12': ['Семейский городской отдел № 1', 'Semey city department No. 1'],
  'KZ-VOS:13': ['Семейский городской отдел № 2', 'Semey city department No. 2'],
  'KZ-VOS:14': ['Абайский районный отдел', 'Abai district department'],
  'KZ-VOS:15': ['Аягозский городской отдел', 'Ayagoz city department'],
  'KZ-VOS:16': ['Бескарагайский районный отдел', 'Beskaragay district department'],
  'KZ-VOS:17': ['Бородулихинский районный отдел', 'Borodulikha district department'],
  'KZ-VOS:18': ['Жарминский районный отдел', 'Zharma district department'],
  'KZ-VOS:19': ['Курчатовский районный отдел', 'Kurchatov district department'],
  'KZ-VOS:20': ['Кокпектинский районный отдел', 'Kokpekti district department'],
  'KZ-VOS:21': ['Урджарский районный отдел', 'Urzhar district department'],
  // Жамбыл облысы
  'KZ-ZHA:01': ['Таразский городской отдел', 'Taraz city department'],
  'KZ-ZHA:02': ['Отдел № 1', 'Department No. 1'],
  'KZ-ZHA:03': ['Отдел № 2', 'Department No. 2'],
  'KZ-ZHA:04': ['Отдел № 3', 'Department No. 3'],
  'KZ-ZHA:05': ['Байзакский районный отдел', 'Bayzak district department'],
  'KZ-ZHA:06': ['Жамбылский районный отдел', 'Zhambyl district department'],
  'KZ-ZHA:07': ['Жуалынский районный отдел', 'Zhualy district department'],
  'KZ-ZHA:08': ['Кордайский районный отдел', 'Korday district department'],
  'KZ-ZHA:09': ['Меркенский районный отдел', 'Merke district department'],
  'KZ-ZHA:10': ['Мойынкумский районный отдел', 'Moiynkum district department'],
  'KZ-ZHA:11': ['Сарысуский районный отдел', 'Sarysu district department'],
  'KZ-ZHA:12': ['Таласский районный отдел', 'Talas district department'],
  'KZ-ZHA:13': ['Районный отдел имени Т. Рыскулова', 'T. Ryskulov district department'],
  'KZ-ZHA:14': ['Шуский районный отдел', 'Shu district department'],
  'KZ-ZHA:15': ['Отдел села Гродеково', 'Grodekovo village department'],
  // Батыс Қазақстан облысы
  'KZ-ZAP:01': ['Отдел по Акжаикскому району', 'Department for Akzhaiyk district'],
  'KZ-ZAP:02': ['Отдел по Бокейординскому району', 'Department for Bokey Orda district'],
  'KZ-ZAP:03': ['Отдел по Бурлинскому району', 'Department for Borili (Burlin) district'],
  'KZ-ZAP:04': ['Отдел по Жангалинскому району', 'Department for Zhangala district'],
  'KZ-ZAP:05': ['Отдел по Жанибекскому району', 'Department for Zhanibek district'],
  'KZ-ZAP:06': ['Отдел по Зеленовскому району', 'Department for Zelenov district'],
  'KZ-ZAP:07': ['Отдел по Казталовскому району', 'Department for Kaztalov district'],
  'KZ-ZAP:08': ['Отдел по Каратобинскому району', 'Department for Karatobe district'],
  'KZ-ZAP:09': ['Отдел по Сырымскому району', 'Department for Syrym district'],
  'KZ-ZAP:10': ['Отдел по Таскалинскому району', 'Department for Taskala district'],
  'KZ-ZAP:11': ['Отдел по Теректинскому району', 'Department for Terekti district'],
  'KZ-ZAP:12': ['Отдел по Чингирлаускому району', 'Department for Shyngyrlau district'],
  'KZ-ZAP:13': ['Отдел по Казталовскому району', 'Department for Kaztalov district'],
  'KZ-ZAP:14': ['Отдел по Дарьинскому сельскому округу', 'Department for Dariya rural district'],
  'KZ-ZAP:15': ['Отдел по Тайпакскому сельскому округу Акжаикского района', 'Department for Taipak rural district of Akzhaiyk district'],
  'KZ-ZAP:16': ['Отдел по Акжаикскому сельскому округу Теректинского района', 'Department for Akzhaiyk rural district of Terekti district'],
  // Қарағанды облысы
  'KZ-KAR:01': ['Городской отдел № 1', 'City department No. 1'],
  'KZ-KAR:02': ['Городской отдел № 2', 'City department No. 2'],
  'KZ-KAR:03': ['Городской отдел № 3', 'City department No. 3'],
  'KZ-KAR:04': ['Городской отдел № 4', 'City department No. 4'],
  'KZ-KAR:05': ['Городской отдел № 5', 'City department No. 5'],
  'KZ-KAR:06': ['Городской отдел № 6', 'City department No. 6'],
  'KZ-KAR:07': ['Отдел № 1 города Темиртау', 'Temirtau city department No. 1'],
  'KZ-KAR:08': ['Отдел № 2 города Темиртау', 'Temirtau city department No. 2'],
  'KZ-KAR:09': ['Абайский районный отдел № 1', 'Abai district department No. 1'],
  'KZ-KAR:10': ['Абайский районный отдел № 2', 'Abai district department No. 2'],
  'KZ-KAR:11': ['Отдел города Сарань', 'Saran city department'],
  'KZ-KAR:12': ['Отдел № 1 города Шахтинск', 'Shakhtinsk city department No. 1'],
  'KZ-KAR:13': ['Отдел № 2 города Шахтинск', 'Shakhtinsk city department No. 2'],
  'KZ-KAR:14': ['Осакаровский районный отдел № 1', 'Osakarov district department No. 1'],
  'KZ-KAR:15': ['Осакаровский районный отдел № 2', 'Osakarov district department No. 2'],
  'KZ-KAR:16': ['Отдел города Сатпаев', 'Satpayev city department'],
  'KZ-KAR:17': ['Отдел города Балхаш', 'Balkhash city department'],
  'KZ-KAR:18': ['Шетский районный отдел', 'Shet district department'],
  'KZ-KAR:19': ['Отдел города Жезказган', 'Zhezkazgan city department'],
  'KZ-KAR:20': ['Жанааркинский районный отдел', 'Zhanaarka district department'],
  'KZ-KAR:21': ['Отдел города Каражал', 'Karazhal city department'],
  'KZ-KAR:22': ['Отдел города Приозерск', 'Priozersk city department'],
  'KZ-KAR:23': ['Бухар-Жырауский районный отдел № 1', 'Bukhar Zhyrau district department No. 1'],
  'KZ-KAR:24': ['Бухар-Жырауский районный отдел № 2', 'Bukhar Zhyrau district department No. 2'],
  'KZ-KAR:25': ['Актогайский районный отдел № 1', 'Aktogay district department No. 1'],
  'KZ-KAR:26': ['Актогайский районный отдел № 2', 'Aktogay district department No. 2'],
  'KZ-KAR:27': ['Нуринский районный отдел', 'Nura district department'],
  'KZ-KAR:28': ['Улытауский районный отдел', 'Ulytau district department'],
  'KZ-KAR:29': ['Каркаралинский районный отдел', 'Karkaraly district department'],
  // Қостанай облысы
  'KZ-KUS:01': ['Костанайский городской отдел', 'Kostanay city department'],
  'KZ-KUS:02': ['Алтынсаринский отдел', 'Altynsarin department'],
  'KZ-KUS:03': ['Амангельдинский отдел', 'Amangeldi department'],
  'KZ-KUS:04': ['Аркалыкский отдел', 'Arkalyk department'],
  'KZ-KUS:05': ['Аулиекольский отдел', 'Auliekol department'],
  'KZ-KUS:06': ['Денисовский отдел', 'Denisov department'],
  'KZ-KUS:07': ['Джангельдинский отдел', 'Zhangeldin department'],
  'KZ-KUS:08': ['Житикаринский отдел', 'Zhitikara department'],
  'KZ-KUS:09': ['Камыстинский отдел', 'Kamysty department'],
  'KZ-KUS:10': ['Карабалыкский отдел', 'Karabalyk department'],
  'KZ-KUS:11': ['Карасуский отдел', 'Karasu department'],
  'KZ-KUS:12': ['Лисаковский отдел', 'Lisakovsk department'],
  'KZ-KUS:13': ['Мендыкаринский отдел', 'Mendykara department'],
  'KZ-KUS:14': ['Наурзумский отдел', 'Nauryzym department'],
  'KZ-KUS:15': ['Рудненский отдел № 1', 'Rudny department No. 1'],
  'KZ-KUS:16': ['Рудненский отдел № 2', 'Rudny department No. 2'],
  'KZ-KUS:17': ['Сарыкольский отдел', 'Sarykol department'],
  'KZ-KUS:18': ['Тарановский отдел', 'Taran department'],
  'KZ-KUS:19': ['Узункольский отдел', 'Uzynkol department'],
  'KZ-KUS:20': ['Федоровский отдел', 'Fedorov department'],
  'KZ-KUS:21': ['Отдел Костанайского района', 'Kostanay district department'],
  // Қызылорда облысы
  'KZ-KZY:01': ['Городской отдел № 1', 'City department No. 1'],
  'KZ-KZY:02': ['Городской отдел № 2', 'City department No. 2'],
  'KZ-KZY:03': ['Городской отдел № 3', 'City department No. 3'],
  'KZ-KZY:04': ['Городской отдел № 4', 'City department No. 4'],
  'KZ-KZY:05': ['Байконырский городской отдел', 'Baikonur city department'],
  'KZ-KZY:06': ['Аральский районный отдел', 'Aral district department'],
  'KZ-KZY:07': ['Казалинский районный отдел', 'Kazaly district department'],
  'KZ-KZY:08': ['Кармакшинский районный отдел', 'Karmakshy district department'],
  'KZ-KZY:09': ['Жалагашский районный отдел', 'Zhalagash district department'],
  'KZ-KZY:10': ['Сырдарьинский районный отдел', 'Syrdariya district department'],
  'KZ-KZY:11': ['Шиелийский районный отдел', 'Shieli district department'],
  'KZ-KZY:12': ['Жанакорганский районный отдел', 'Zhanakorgan district department'],
  // Маңғыстау облысы
  'KZ-MAN:01': ['Актауский городской отдел № 1', 'Aktau city department No. 1'],
  'KZ-MAN:02': ['Жанаозенский городской отдел № 2', 'Zhanaozen city department No. 2'],
  'KZ-MAN:03': ['Мунайлинский районный отдел № 3', 'Munaily district department No. 3'],
  'KZ-MAN:04': ['Бейнеуский районный отдел № 4', 'Beineu district department No. 4'],
  'KZ-MAN:05': ['Боранкульское отделение № 9 Бейнеуского района', 'Borankul sub-department No. 9 of Beineu district'],
  'KZ-MAN:06': ['Мангистауский районный отдел № 5', 'Mangystau district department No. 5'],
  'KZ-MAN:07': ['Каракиянский районный отдел № 6', 'Karakiya district department No. 6'],
  'KZ-MAN:08': ['Тупкараганский районный отдел № 7', 'Tupkaragan district department No. 7'],
  'KZ-MAN:09': ['Акшукурское отделение № 10 Тупкараганского района', 'Akshukur sub-department No. 10 of Tupkaragan district'],
  'KZ-MAN:10': ['Жетыбайский районный отдел № 8', 'Zhetybai district department No. 8'],
  // Павлодар облысы
  'KZ-PAV:01': ['Павлодарский городской отдел', 'Pavlodar city department'],
  'KZ-PAV:02': ['Павлодарский городской отдел № 1', 'Pavlodar city department No. 1'],
  'KZ-PAV:03': ['Павлодарский районный отдел', 'Pavlodar district department'],
  'KZ-PAV:04': ['Экибастузский городской отдел', 'Ekibastuz city department'],
  'KZ-PAV:05': ['Аксуский городской отдел', 'Aksu city department'],
  'KZ-PAV:06': ['Актогайский районный отдел', 'Aktogay district department'],
  'KZ-PAV:07': ['Баянаульский районный отдел', 'Bayanaul district department'],
  'KZ-PAV:08': ['Железинский районный отдел', 'Zhelezinka district department'],
  'KZ-PAV:09': ['Щербактинский районный отдел', 'Sharbakty district department'],
  'KZ-PAV:10': ['Качирский районный отдел', 'Kashyr district department'],
  'KZ-PAV:11': ['Лебяжинский районный отдел', 'Lebyazhye district department'],
  'KZ-PAV:12': ['Иртышский районный отдел', 'Ertis district department'],
  'KZ-PAV:13': ['Майский районный отдел', 'May district department'],
  'KZ-PAV:14': ['Успенский районный отдел', 'Uspen district department'],
  // Солтүстік Қазақстан облысы
  'KZ-SEV:01': ['Городской отдел', 'City department'],
  'KZ-SEV:02': ['Отдел по Айыртаускому району', 'Department for Aiyrtau district'],
  'KZ-SEV:03': ['Отдел по Акжарскому району', 'Department for Akzhar district'],
  'KZ-SEV:04': ['Отдел по Аккайынскому району', 'Department for Akkayyn district'],
  'KZ-SEV:05': ['Отдел по Есильскому району', 'Department for Esil district'],
  'KZ-SEV:06': ['Отдел по Жамбылскому району', 'Department for Zhambyl district'],
  'KZ-SEV:07': ['Отдел по району имени Габита Мусрепова', 'Department for Gabit Musrepov district'],
  'KZ-SEV:08': ['Отдел по Кызылжарскому району', 'Department for Kyzylzhar district'],
  'KZ-SEV:09': ['Отдел по району Магжана Жумабаева', 'Department for Magzhan Zhumabayev district'],
  'KZ-SEV:10': ['Отдел по Мамлютскому району', 'Department for Mamlyut district'],
  'KZ-SEV:11': ['Отдел по Тайыншинскому району', 'Department for Tayynsha district'],
  'KZ-SEV:12': ['Отдел по Тимирязевскому району', 'Department for Timiryazev district'],
  'KZ-SEV:13': ['Отдел по Уалихановскому району', 'Department for Ualikhanov district'],
  'KZ-SEV:14': ['Отдел по району Шал акына', 'Department for Shal Akyn district'],
  // Оңтүстік Қазақстан облысы
  'KZ-YUZ:01': ['Городской отдел № 1 города Шымкент', 'Shymkent city department No. 1'],
  'KZ-YUZ:02': ['Городской отдел № 2 города Шымкент', 'Shymkent city department No. 2'],
  'KZ-YUZ:03': ['Городской отдел № 3 города Шымкент', 'Shymkent city department No. 3'],
  'KZ-YUZ:04': ['Городской отдел № 4 города Шымкент', 'Shymkent city department No. 4'],
  'KZ-YUZ:05': ['Городской отдел № 5 города Шымкент', 'Shymkent city department No. 5'],
  'KZ-YUZ:06': ['Арысский городской отдел', 'Arys city department'],
  'KZ-YUZ:07': ['Байдибекский районный отдел', 'Baidibek district department'],
  'KZ-YUZ:08': ['Кентауский городской отдел', 'Kentau city department'],
  'KZ-YUZ:09': ['Казыгуртский районный отдел', 'Kazygurt district department'],
  'KZ-YUZ:10': ['Мактааральский районный отдел', 'Maktaaral district department'],
  'KZ-YUZ:11': ['Отрарский районный отдел', 'Otyrar district department'],
  'KZ-YUZ:12': ['Ордабасинский районный отдел', 'Ordabasy district department'],
  'KZ-YUZ:13': ['Туркестанский городской отдел', 'Turkistan city department'],
  'KZ-YUZ:14': ['Толебийский районный отдел', 'Tole Bi district department'],
  'KZ-YUZ:15': ['Тюлькубасский районный отдел', 'Tulkibas district department'],
  'KZ-YUZ:16': ['Сайрамский районный отдел', 'Sayram district department'],
  'KZ-YUZ:17': ['Сузакский районный отдел', 'Sozak district department'],
  'KZ-YUZ:18': ['Сарыагашский районный отдел', 'Saryagash district department'],
  'KZ-YUZ:19': ['Сельский отдел Абай', 'Abai rural department'],
  'KZ-YUZ:20': ['Шардаринский районный отдел', 'Shardara district department'],
  // Алматы қаласы
  'KZ-ALA:01': ['Отдел Ауэзовского района', 'Auezov district department'],
  'KZ-ALA:02': ['Отдел Алмалинского района', 'Almaly district department'],
  'KZ-ALA:03': ['Отдел Алатауского района', 'Alatau district department'],
  'KZ-ALA:04': ['Отдел Бостандыкского района', 'Bostandyk district department'],
  'KZ-ALA:05': ['Отдел Жетысуского района', 'Zhetysu district department'],
  'KZ-ALA:06': ['Отдел Медеуского района', 'Medeu district department'],
  'KZ-ALA:07': ['Отдел Турксибского района', 'Turksib district department'],
  // Астана қаласы
  'KZ-AST:01': ['Отдел по району Алматы', 'Department for Almaty district'],
  'KZ-AST:02': ['Отделение № 1', 'Sub-department No. 1'],
  'KZ-AST:03': ['Отделение № 2', 'Sub-department No. 2'],
  'KZ-AST:04': ['Отделение № 3', 'Sub-department No. 3'],
  'KZ-AST:05': ['Отдел по району Сарыарка', 'Department for Saryarka district'],
  'KZ-AST:06': ['Отделение «Тлендиева»', '"Tilendiyev" sub-department'],
  'KZ-AST:07': ['Отделение «Акжайык»', '"Akzhaiyk" sub-department'],
  'KZ-AST:08': ['Отделение «Ондирис»', '"Ondiris" sub-department'],
  'KZ-AST:09': ['Отделение «Кенесары»', '"Kenesary" sub-department'],
  'KZ-AST:10': ['Отделение «Женис»', '"Zhenis" sub-department'],
  'KZ-AST:11': ['Отдел по району Есиль', 'Department for Esil district'],
  'KZ-AST:12': ['Отделение по району Есиль', 'Sub-department for Esil district'],
};

// ---------------------------------------------------------------------------------------------- copies 2–7
// Where copy 1 (S1) misspells a word that later copies correct, the record takes the corrected spelling and says so.
// Each entry: the copy-1 line the word is printed on, the field, the printed text and the correction.
const CORRECTIONS = [
  { line: 642, field: 'address', from: 'Балқашино', to: 'Балкашино', text: 'Copy 1 (L642) prints "Балқашино"; copies 2–7 print "Балкашино"', lines: 'L642, L2867, L5151, L7571, L9840, L12093, L14313' },
  { line: 1483, field: 'name', from: 'Каражал', to: 'Қаражал', text: 'Copy 1 (L1483) prints the name "Каражал қаласының бөлімі"; copies 2–7 print "Қаражал"', lines: 'L1483, L3700, L5986, L8404, L10680, L12932, L15153' },
  { line: 1486, field: 'address', from: 'Каражал', to: 'Қаражал', text: 'Copies 1 (L1486) and 2 (L3703) print the address "Каражал қаласы"; copies 3–7 print "Қаражал"', lines: 'L1486, L3703, L5989, L8407, L10683, L12935, L15156' },
  { line: 1565, field: 'address', from: 'Арқалык', to: 'Арқалық', text: 'Copy 1 (L1565) prints "Арқалык қаласы"; copies 2–7 print "Арқалық"', lines: 'L1565, L3779, L6069, L8484, L10760, L13012, L15233' },
  { line: 1587, field: 'name', from: 'Жітікара', to: 'Жітіқара', text: 'Copies 1 (L1587) and 2 (L3804) print the name "Жітікара бөлімі"; copies 3–7 print "Жітіқара", as the address does', lines: 'L1587, L3804, L6090, L8508, L10782, L13034, L15255' },
  { line: 1665, field: 'name', from: 'Костанай', to: 'Қостанай', text: 'Copies 1 (L1665) and 2 (L3881) print the name "Костанай ауданының бөлімі"; copies 3–7 print "Қостанай"', lines: 'L1665, L3881, L6166, L8585, L10864, L13109, L15337' },
  { line: 1668, field: 'address', from: 'Костанай ауданы', to: 'Қостанай ауданы', text: 'Copy 1 (L1668) prints "Костанай ауданы", as do copies 2–4 and 6; copies 5 (L10867) and 7 (L15340) print "Қостанай ауданы"', lines: 'L1668, L10867, L15340' },
  { line: 1716, field: 'name', from: 'Қармакшы', to: 'Қармақшы', text: 'Copy 1 (L1716) prints "Қармакшы"; copies 2–7 print "Қармақшы"', lines: 'L1716, L3934, L6224, L8637, L10915, L13164, L15389' },
  { line: 1875, field: 'name', from: 'Аксу', to: 'Ақсу', text: 'Copy 1 (L1875) prints "Аксу қалалық бөлімі"; copies 2–7 print "Ақсу", as the address does', lines: 'L1875, L4094, L6385, L8796, L11070, L13326, L15548' },
  { line: 1903, field: 'name', from: 'Качиры аудандық', to: 'Қашыр аудандық', text: 'Copy 1 (L1903) prints "Качиры аудандық бөлімі"; copies 2–7 print "Қашыр аудандық бөлімі"', lines: 'L1903, L4122, L6410, L8826, L11100, L13352, L15578' },
  { line: 1906, field: 'address', from: 'Түргенов', to: 'Тургенов', text: 'Copies 1–3 print "Түргенов көшесі" (L1906, L4125, L6413); copies 4–7 print "Тургенов"', lines: 'L1906, L4125, L6413, L8829, L11103, L13355, L15581' },
];

// Other notes, by the copy-1 line they concern: differences the later copies introduced (copy 1 kept), extraction losses,
// and what is odd in all seven copies (kept as printed).
const NOTES = [
  { line: 1159, kind: 'ANOMALY', text: 'Copies 2 (L3383) and 7 (L14830) print "Тараз қаласы, пр. Абай даңғылы 232-үй", adding a redundant "пр."; copy 1 kept', lines: 'L1159, L3383, L14830' },
  { line: 1416, kind: 'ANOMALY', text: 'Copies 3 (L5921) and 7 (L15083) print "№ 1", repeating 7) Теміртау қаласының № 1 бөлімі; copy 1 "№ 2" kept', lines: 'L1416, L5921, L15083' },
  { line: 1587, kind: 'ANOMALY', text: 'Copy 2 (L3804) adds a comma after "Қостанай облысы" in the address; copies 1 and 3–7 print none; copy 1 kept', lines: 'L1587, L3804' },
  { line: 1760, kind: 'ANOMALY', text: 'PDF extraction loss in later copies: copy 4 lacks "«Маңғыстау облысы" (L8684) and copy 5 lacks the whole name cell (L10960–10961); the full name of copy 1 is kept', lines: 'L1760–1762, L8684, L10960–10961' },
  { line: 1677, kind: 'ANOMALY', text: 'PDF extraction loss in a later copy: copy 5 lacks "«Қызылорда облысы" (L10876); the full name of copy 1 is kept', lines: 'L1677–1679, L10876' },
  { line: 667, kind: 'PRINTED_ERROR', text: '"филилалы" (for "филиалы") is printed in the section header and in the name cell, in all seven copies; kept as printed', lines: 'L667, L672' },
  { line: 884, kind: 'PRINTED_ERROR', text: 'The name prints "Сарқант"; the district and its town are Сарқан (the address prints "Сарқан қаласы"); kept as printed in all copies', lines: 'L884' },
  { line: 1609, kind: 'PRINTED_ERROR', text: 'The address prints "Лисоковск"; the town is Лисаковск, as in the name; kept as printed in all copies', lines: 'L1609' },
  { line: 2137, kind: 'PRINTED_ERROR', text: 'The name prints "Жетысу" (the Kazakh spelling of the district is Жетісу); kept as printed in all copies', lines: 'L2137' },
  { line: 1467, kind: 'ANOMALY', text: 'The address runs two locations together: "Ақсу – Аюлы ауылы, Жапақов көшесі, 23/1" and "Ағадыр кенті, Тәуелсіз Қазақстан, 4"; kept as printed', lines: 'L1467–1468' },
  { line: 1347, kind: 'ANOMALY', text: 'Two offices carry the same name "Қазталов ауданы бойынша бөлім": 7) in Қазталов village and 13) in Жалпақтал village', lines: 'L1293, L1347' },
  { line: 529, kind: 'ANOMALY', text: 'The number 8 (71644) 2-10-77 is printed twice (L527 and L529); both entries kept', lines: 'L527, L529' },
  { line: 845, kind: 'ANOMALY', text: 'No phone is printed for this sub-department', lines: 'L845' },
  { line: 1801, kind: 'ANOMALY', text: '"Боранқұлмәдениет" is printed without a space (probably "Боранқұл мәдениет ғимараты"); kept as printed', lines: 'L1801' },
  { line: 1530, kind: 'ANOMALY', text: 'The address prints the Russian abbreviation "ул." before "Әубәкіров көшесі"; kept as printed', lines: 'L1530' },
  { line: 2157, kind: 'ANOMALY', text: 'The section header abbreviates the name ("«Астана қаласы бойынша ХҚО» РМК филиалы", L2153); the name cell spells it out', lines: 'L2153, L2157–2161' },
];

// Phones that normalise but are odd (the e164 is the printed number; the flag says what is odd).
const ODD_PHONES = {
  '609:8 (71647) 2-22-05': 'Area code 71647 is that of Есіл district (office 12), not Жарқайың (71648, the first number); probably copied from the row above (8 (71647) 2-22-07); normalised as printed',
  '727:8 (71334) 23-9-87': 'Area code 71334 is that of Ембі (office 7), not Темір (71346, the first number); probably copied from the row above (8 (71334) 23-9-83); normalised as printed',
};
// Phones whose area code is not a Kazakhstan area code: not normalised.
const SUSPICIOUS_AREA = {
  8182: 'Area code (8182) is not a Kazakhstan area code; probably a typo for Pavlodar (7182), as in the first number of the entry; not normalised',
  3362: 'Area code (3362) is not a Kazakhstan area code: Baikonur uses the Russian numbering (+7 336 22…); not normalised',
};

// ---------------------------------------------------------------------------------------------- phone normalisation
function normalisePhone(printed, line, area = null) {
  let m = printed.match(/^8 ?\(([\d-]+)\) ?(.+)$/);
  let code;
  let local;
  if (m) [code, local] = [digits(m[1]), digits(m[2])];
  else if (area && /^\d\d-\d\d-\d\d$/.test(printed)) [code, local] = [area, digits(printed)];
  else fail(`phone "${printed}" (L${line}) does not parse`);
  const odd = ODD_PHONES[`${line}:${printed}`] ?? null;
  const national = code + local;
  if (SUSPICIOUS_AREA[code]) return { printed, e164: null, flag: SUSPICIOUS_AREA[code] };
  if (code === '711' && local.length === 7) {
    return {
      printed,
      e164: null,
      flag: `Area code printed as "(711)" with a 7-digit local number: West Kazakhstan district codes have five digits (711xx), so the printed grouping is not a valid one (read as plain digits it would be +7${national}); not normalised`,
    };
  }
  if (national.length === 10) return { printed, e164: `+7${national}`, flag: odd };
  return {
    printed,
    e164: null,
    flag: `${national.length} national digits (area code ${code}, local number ${printed.slice(printed.indexOf(')') + 1).trim()}): a Kazakhstan number has 10; not normalised`,
  };
}

// ---------------------------------------------------------------------------------------------- English addresses
// Office addresses in English: the address words translated, the names transliterated from Kazakh (a simple scheme close to
// the usual English spellings: қ→k, ғ→g, ң→n, ә→a, ө→o, ұ/ү→u, і→i, ы→y, ж→zh, х→kh, ш→sh). Numbers and «» kept.
const LATIN = {
  а: 'a', ә: 'a', б: 'b', в: 'v', г: 'g', ғ: 'g', д: 'd', е: 'e', ё: 'yo', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', қ: 'k',
  л: 'l', м: 'm', н: 'n', ң: 'n', о: 'o', ө: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ұ: 'u', ү: 'u', ф: 'f', х: 'kh',
  һ: 'h', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', і: 'i', ь: '', э: 'e', ю: 'yu', я: 'ya',
};
const translit = (s) =>
  s.replace(/[\u0400-\u04FF]/g, (c) => {
    const lower = c.toLowerCase();
    const t = LATIN[lower];
    if (t === undefined) fail(`no transliteration for "${c}"`);
    return c === lower ? t : t.charAt(0).toUpperCase() + t.slice(1);
  });
const W = (word) => new RegExp(`(?<![\\p{L}])${word}(?![\\p{L}])`, 'gu');
const EN_RULES = [
  [W('нөмірсіз үй\\.?'), 'unnumbered building'],
  [/№ ?(\d+)-шағын ауданы?/gu, 'microdistrict $1'],
  [/(\d+)-шағын ауданы?/gu, 'microdistrict $1'],
  [W('шағын ауданы?'), 'microdistrict'],
  [/(\d[^\s,]*)-квартал/gu, 'block $1'],
  [/(\d[^\s,]*) Квартал/gu, 'block $1'],
  [/№ ?(\d[^\s,]*) ?«(\S)» үй/gu, '$1$2'],
  [/(\d[^\s,]*) ?-үй/gu, '$1'],
  [/(\d[^\s,]*?)-оф\.?/gu, 'office $1'],
  [W('ул\\.') , ''],
  [W('тұйық көшесі'), 'lane'],
  [W('көшесі'), 'street'],
  [W('даңғылы'), 'avenue'],
  [W('қаласы'), 'city'],
  [W('ауданы'), 'district'],
  [W('ауылы'), 'village'],
  [W('кенті'), 'settlement'],
  [W('облысы'), 'Region'],
  [W('станциясы'), 'station'],
  [W('ст\\.'), 'station'],
  [W('БҚО'), 'West Kazakhstan Region'],
  [W('8 март'), '8 March'],
  [W('Қазақстан'), 'Kazakhstan'],
  [W('Байқоңыр'), 'Baikonur'],
  [W('Рудный'), 'Rudny'],
  [/«([^»]+)»/gu, '"$1"'],
  [/№ ?/gu, 'No. '],
];
// Addresses with words the rules do not cover.
const EN_ADDRESSES = {
  'KZ-KUS:08': 'Kostanay Region Zhitikara city, Lenin st., 108',
  'KZ-MAN:01': 'Aktau city, microdistrict 15, building 67b',
  'KZ-MAN:02': 'Zhanaozen city, Orken microdistrict, Schoolchildren\'s Creativity House building',
  'KZ-MAN:03': 'Munaily district, Mangystau village, Public Organisations building',
  'KZ-MAN:04': 'Beineu village, Kosai Ata street, Youth Palace building',
  'KZ-MAN:05': 'Borankul village, 7 auyl, Borankul culture building (state institution)',
  'KZ-MAN:06': 'Shetpe village, Ortalyk street, Kazpost building No. 15',
  'KZ-MAN:07': 'Kuryk village, Ualikhanov street, 15',
  'KZ-MAN:09': 'Akshukur village, Ushterek street, building of "Zhailau" LLP No. 5',
  'KZ-MAN:10': 'Zhetibay village, Zhanakurylys street, building No. 10',
  'KZ-AST:07': 'Esenberlin street, 16/2 (in the "Temirbank" JSC building)',
  'KZ-AST:09': 'Saryarka avenue, 12 (in the "BTA-bank" JSC building)',
  'KZ-AST:12': 'Kabanbay Batyr avenue, 5/1, premises No. 1',
  'KZ-KAR:18': 'Aksu-Ayuly village, Zhapakov street, 23/1; Agadyr settlement, Tauelsiz Kazakhstan, 4',
  'KZ-PAV:14': 'Uspenka village, 10 Years of Independence street',
  'KZ-ZAP:04': 'West Kazakhstan Region, Zhangala district, Zhangala village, Khalyktar Dostygy street, 63A',
};
function enAddress(key, kk) {
  if (EN_ADDRESSES[key]) return EN_ADDRESSES[key];
  let s = kk;
  for (const [re, to] of EN_RULES) s = s.replace(re, to);
  return squash(translit(s)).replace(/ ,/g, ',').replace(/,(?=\S)/g, ', ');
}

// ---------------------------------------------------------------------------------------------- records
// The kind follows the wording of the printed name, not what the place is: "бөлімше" is a sub-department, "ауылдық" (rural
// district, village) other, "қалалық"/"қаласының" a city department, "аудандық"/"ауданы бойынша"/"ауданының" a district
// department; names without any of these (Kostanay "Алтынсарин бөлімі", Zhambyl "№1 бөлім", Atyrau "Облыстық бөлім") are OTHER.
const KIND = (name) =>
  /бөлімше/.test(name)
    ? 'SUB_DEPARTMENT'
    : /ауылдық/.test(name)
      ? 'OTHER'
      : /қалалық|қаласының/i.test(name)
        ? 'CITY_DEPARTMENT'
        : /аудандық|ауданы бойынша|ауданының|аудан бойынша/.test(name)
          ? 'DISTRICT_DEPARTMENT'
          : 'OTHER';

// Where the name cell and the address share no clear boundary ("бөлімі, Бадамша ауылы" belongs to the name cell).
const NAME_OVERRIDES = { 735: 'Қарғалы аудандық бөлімі, Бадамша ауылы' };

function applyCorrections(rec, start, end) {
  for (const c of CORRECTIONS.filter((x) => x.line >= start && x.line <= end)) {
    const before = rec[c.field].kk;
    expect(before.split(c.from).length === 2, `correction ${c.from}→${c.to} (L${c.line}): "${c.from}" must occur once in "${before}"`);
    rec[c.field].kk = before.replace(c.from, c.to);
    rec.notes.push({ kind: 'CORRECTED_IN_LATER_COPIES', text: c.text, lines: c.lines });
    c.used = true;
  }
  for (const n of NOTES.filter((x) => x.line >= start && x.line <= end)) {
    rec.notes.push({ kind: n.kind, text: n.text, lines: n.lines });
    n.used = true;
  }
}

const departments = parseDepartments().map((d) => {
  const rk = d.name.match(/^(.+?) (қаласының|облысының) ҚІД$/) ?? fail(`department name "${d.name}"`);
  const region = regionOf(`${rk[1]} ${rk[2] === 'қаласының' ? 'қаласы' : 'облысы'}`);
  const [ruAddress, enAddr] = DEPARTMENT_ADDRESSES[d.number];
  const area = digits(d.phones[0].match(/\((\d+)\)/)[1]);
  return {
    key: `dept:${region.code}`,
    region: region.code,
    number: d.number,
    name: { kk: d.name, ru: `Департамент по делам обороны ${region.ruGen}`, en: `Department of Defence Affairs of ${region.en}` },
    postcode: d.postcode,
    address: { kk: d.address, ru: ruAddress, en: enAddr },
    phones: [normalisePhone(d.phones[0], d.start), normalisePhone(d.phones[1], d.end, area)],
    notes: [],
    // The schema's cite pattern has no bare "App.1 №N": the entry is cited in the S1 copy it was read from.
    cite: `S1 App.1 №${d.number}`,
    lines: fmt(d.start, d.end),
  };
});
// The letter-spaced area code of the Karaganda entry ("8 ( 7 2 1 2 )", L426) is joined by unLetterSpace.
departments.find((d) => d.region === 'KZ-KAR').notes.push({ kind: 'ANOMALY', text: 'The area code is letter-spaced in the text ("8 ( 7 2 1 2 )") and printed on its own line; joined to "8(7212)"', lines: 'L426' });

const branches = [];
const offices = [];
let phoneCount = 0;
for (const s of parseAppendix2()) {
  const region = regionOf(s.regionKk);
  const branchKey = `psc:${region.code}`;
  // Branch: the number ("1", "3.", "16."), the name cell (up to "филиалы"), then the address; phones apart.
  const bl = s.branchParas.flatMap((p) => p.lines);
  const numberLine = bl.find((n) => /^\d+\.?$/.test(squash(line(n))));
  expect(numberLine, `branch of ${s.regionKk}: no number line`);
  const bc = cell(bl.filter((n) => n !== numberLine));
  const bm = bc.text.match(/^(«.+?» РМК (?:филиалы|филилалы)) (.+)$/) ?? fail(`branch of ${s.regionKk}: ${bc.text}`);
  const bEnd = s.branchParas.at(-1).end;
  const [ruAddress, enAddr] = BRANCH_ADDRESSES[region.code];
  const branch = {
    key: branchKey,
    region: region.code,
    name: {
      kk: bm[1],
      ru: region.code === 'KZ-AST' ? 'Филиал РГП «Центр обслуживания населения по городу Астана»' : `Филиал РГП «ЦОН по ${region.ru}»`,
      en: `Branch of the RSE "Population Service Centre for ${region.en}"`,
    },
    address: { kk: bm[2], ru: ruAddress, en: enAddr },
    phones: bc.phones.map((p) => normalisePhone(p.printed, p.line)),
    notes: [],
    cite: 'App.2',
    lines: fmt(s.header, bEnd),
  };
  applyCorrections(branch, s.header, bEnd);
  branches.push(branch);
  phoneCount += branch.phones.length;

  s.offices.forEach((o, i) => {
    const start = o.paras[0].start;
    const end = o.paras.at(-1).end;
    const c = cell(o.paras.flatMap((p) => p.lines));
    const num = c.text.match(/^(\d+)\) ?(.*)$/);
    const text = num ? num[2] : c.text;
    let name;
    let address;
    if (NAME_OVERRIDES[start]) {
      expect(text.startsWith(NAME_OVERRIDES[start] + ' '), `name override at L${start}`);
      [name, address] = [NAME_OVERRIDES[start], text.slice(NAME_OVERRIDES[start].length + 1)];
    } else {
      const m = text.match(NAME_END) ?? fail(`office at L${start}: no name in "${text}"`);
      [name, address] = [m[1], m[2] ?? ''];
    }
    expect(address, `office at L${start}: no address`);
    expect(!/\d\d-\d\d|\(\d{3,5}\)/.test(address), `office at L${start}: phone left in the address "${address}"`);
    const position = i + 1;
    const pos2 = String(position).padStart(2, '0');
    const key = `${region.code}:${pos2}`;
    const [ruName, enName] = OFFICE_NAMES[key] ?? fail(`no translation for office ${key} "${name}"`);
    const rec = {
      key: `office:${key}`,
      region: region.code,
      branch: branchKey,
      position,
      printedNumber: num ? num[1] : null,
      kind: null,
      name: { kk: name, ru: ruName, en: enName },
      address: { kk: address },
      phones: c.phones.map((p) => normalisePhone(p.printed, p.line)),
      notes: [],
      cite: 'App.2',
      lines: fmt(start, end),
    };
    applyCorrections(rec, start, end);
    rec.kind = KIND(rec.name.kk);
    rec.address.en = enAddress(key, rec.address.kk);
    offices.push(rec);
    phoneCount += rec.phones.length;
  });
}

// ---------------------------------------------------------------------------------------------- checks
for (const c of [...CORRECTIONS, ...NOTES]) expect(c.used, `correction/note for L${c.line} was not applied`);
for (const k of Object.keys(OFFICE_NAMES)) expect(offices.some((o) => o.key === `office:${k}`), `translation for unknown office ${k}`);
let printedPhones = 0;
for (let n = APP2.first; n <= APP2.last; n++) printedPhones += (line(n).match(/8 ?\(/g) ?? []).length;
expect(phoneCount === printedPhones, `Appendix 2: ${phoneCount} phones extracted, ${printedPhones} "8 (" printed`);
expect(departments.length === 16 && branches.length === 16, 'expected 16 departments and 16 branches');
expect(offices.length === 268, `expected 268 offices, found ${offices.length}`);

const out = {
  source:
    'Government Decree of the Republic of Kazakhstan No 2223 of 29 December 2009, Kazakh text, first standard (S1, item 4): Appendix 1 (defence affairs departments, L365–461) and Appendix 2 (population service centres, L468–2208); spellings that copies 2–7 of the appendices correct are taken corrected and noted.',
  departments,
  branches,
  offices,
};
process.stdout.write(JSON.stringify(out, null, 2) + '\n');
