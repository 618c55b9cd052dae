// Generates seeds/standards/S1.json, S2.json, S6.json and S7.json from the Kazakh text of Decree No 2223.
// Run: node seeds/extract-standards-a.mjs <path of decree-2223.kk.txt> [outDir]
// The Kazakh text is taken from the given lines and cleaned of PDF artefacts only (letter-spacing, hyperlink words moved to
// line ends, page-break gaps); the Russian and English are our translations. Every hand-cut fragment is checked against its lines.
import fs from 'node:fs';
const SRC = process.argv[2];
if (!SRC) {
  console.error('usage: node seeds/extract-standards-a.mjs <path of decree-2223.kk.txt> [outDir]');
  process.exit(2);
}
const RAW = fs.readFileSync(SRC, 'utf8').split('\n');
const line = (n) => RAW[n - 1];
function despaceLine(s) {
  // split into segments on 2+ spaces; a segment whose tokens are (mostly) single characters is letter-spaced
  return s
    .split(/ {2,}/)
    .map((seg) => {
      const t = seg.trim().split(' ').filter(Boolean);
      if (t.length >= 2 && t.filter((x) => x.length === 1).length / t.length >= 0.7 && !/^[,\s]+$/.test(seg)) return t.join('');
      return seg.trim();
    })
    .filter((x) => x !== '')
    .join(' ');
}
const PARTIAL = [
  ['нег і з інде', 'негізінде'], ['нег із інде', 'негізінде'], ['уәк ілетт і', 'уәкілетті'], ['түпкілікт і', 'түпкілікті'],
  ['дәлелд і', 'дәлелді'], ['кестес іне', 'кестесіне'],
];
// hyperlink words displaced to line ends, put back (standards.md §0)
const HYPER = [
  ['осы стандартқа және көрсетілген.1 2-қосымшаларда', 'осы стандартқа 1 және 2-қосымшаларда көрсетілген.'],
  ['осы стандартқа және көрсетілген мекенжайлар мен 1 2-қосымшаларда телефондар', 'осы стандартқа 1 және 2-қосымшаларда көрсетілген мекенжайлар мен телефондар'],
  ['осы стандартқа сәйкес үлгі бойынша өтініш;4-қосымшаға', 'осы стандартқа 4-қосымшаға сәйкес үлгі бойынша өтініш;'],
  ['осы стандартқа сәйкес белгіленген үлгідегі өтініш;4-қосымшаға', 'осы стандартқа 4-қосымшаға сәйкес белгіленген үлгідегі өтініш;'],
  ['осы стандартқа көрсетілген 1-қосымшада мекенжайлар', 'осы стандартқа 1-қосымшада көрсетілген мекенжайлар'],
  ['осы стандартқа көрсетілген4-қосымшада және', 'осы стандартқа 4-қосымшада көрсетілген және'],
  ['еңбек сәйкес демалыс және заңнамасына мереке', 'еңбек заңнамасына сәйкес демалыс және мереке'],
  ['осы стандарттың 11- көрсетілген құжаттарды тұрғылықты жері бойынша уәкілетті тармағында органның', 'осы стандарттың 11-тармағында көрсетілген құжаттарды тұрғылықты жері бойынша уәкілетті органның'],
  ['осы стандарттың 11- көрсетілген құжаттарды www.mod.gov.kz., www.con.gov.kz. тармағында интернет-ресурсында', 'осы стандарттың 11-тармағында көрсетілген құжаттарды www.mod.gov.kz., www.con.gov.kz. интернет-ресурсында'],
  ['осы стандарттың сәйкес талап етілетін құжаттардың 11-тармағына барлығы', 'осы стандарттың 11-тармағына сәйкес талап етілетін құжаттардың барлығы'],
  ['осы стандартқа 3 сәйкес сапа және қолжетімділік көрсеткіштерімен өлшенеді, олар -қосымшаға', 'осы стандартқа 3-қосымшаға сәйкес сапа және қолжетімділік көрсеткіштерімен өлшенеді, олар'],
  ['осы стандарттың көрсетілген.26-тармағында', 'осы стандарттың 26-тармағында көрсетілген.'],
  ['осы стандарттың 26- көрсетілген;тармағында', 'осы стандарттың 26-тармағында көрсетілген;'],
  ['Қазақстан Республикасының сәйкес Заңына жеке', 'Қазақстан Республикасының Заңына сәйкес жеке'],
  ['Қазақстан Республикасының белгіленген мерзімдерде қаралады.Заңында', 'Қазақстан Республикасының Заңында белгіленген мерзімдерде қаралады.'],
  ['Қазақстан Республикасының сәйкес әскери міндетті өткеруден босатылған Заңына адамдарды', 'Қазақстан Республикасының Заңына сәйкес әскери міндетті өткеруден босатылған адамдарды'],
  ['осы стандарттың айқындалған 11-тармағында құжаттарды', 'осы стандарттың 11-тармағында айқындалған құжаттарды'],
  ['Заңының сәйкес көрсетіледі.15-бабына', 'Заңының 15-бабына сәйкес көрсетіледі.'],
  ['Заңының, Қазақстан Республикасы Үкіметінің 2012 жылғы 27 маусымдағы № 15-бабына 859 қаулысымен', 'Заңының 15-бабына, Қазақстан Республикасы Үкіметінің 2012 жылғы 27 маусымдағы № 859 қаулысымен'],
  ['қағидаларының,,,, 54 63 64 68 88-тармақтарына', 'қағидаларының 54, 63, 64, 68, 88-тармақтарына'],
];
const unused = new Set(HYPER.map((h) => h[0]));
/** ranges: "152-160" or [[a,b],...] ; returns cleaned Kazakh text */
function kk(...ranges) {
  const parts = [];
  for (const r of ranges) {
    const [a, b] = Array.isArray(r) ? r : [r, r];
    for (let n = a; n <= b; n++) {
      const s = line(n);
      if (s.trim() === '') continue;
      parts.push(despaceLine(s.replace(/\s+$/, '')));
    }
  }
  let t = parts.join(' ').replace(/\s+/g, ' ').trim();
  for (const [a, b] of PARTIAL) t = t.split(a).join(b);
  t = t.replace(/\( /g, '(').replace(/ \)/g, ')').replace(/ ([;,:])/g, '$1').replace(/ \.(?=\s|$)/g, '.');
  for (const [a, b] of HYPER) if (t.includes(a)) { t = t.split(a).join(b); unused.delete(a); }
  return t.replace(/\s+/g, ' ').trim();
}

// ------------------------------------------------------------------ helpers
const D = '–';
const fmt = ([a, b]) => (b === undefined || a === b ? `L${a}` : `L${a}${D}${b}`);
const ln = (...ranges) => {
  const rs = ranges.map((r) => (Array.isArray(r) ? [r[0], r[1] ?? r[0]] : [r, r])).sort((a, b) => a[0] - b[0]);
  const merged = [];
  for (const [a, b] of rs) {
    const last = merged[merged.length - 1];
    if (last && a <= last[1] + 1) last[1] = Math.max(last[1], b);
    else merged.push([a, b]);
  }
  return merged.map(fmt).join(', ');
};
/** strip a printed paragraph number ("7. ", "1) ", "1. ") and a trailing list separator */
const strip = (t) => t.replace(/^\d+(\.\d+)?[.)]\s*/, '').replace(/[;,]$/, '').trim();
const K = (...ranges) => strip(kk(...ranges));
const T = (kkText, ru, en) => ({ kk: kkText, ru, en });
const cite = (s, p, item) => `${s} §${p}${item ? ` item ${item})` : ''}`;
const r = (a, b) => [a, b ?? a];

// ------------------------------------------------------------------ per-standard line tables (read off the raw text)
const S = {
  S1: {
    p1: r(124, 127), mobileSentence: null, bodyName: r(124, 125), centreName: r(125, 126),
    p2: r(128), p3: r(129, 132),
    p4: { i1: r(134, 135), i2: r(136, 140), i3: r(141), i4: r(142), call: r(143, 144) },
    p5: r(145, 148), p6: r(149, 151),
    p7: { body: 153, b1: r(154), bext1: r(155, 158), bext2: r(159, 160), bq: r(161, 162), bw: r(166, 167),
          centre: 168, c1: r(169, 171), cext1: r(172, 175), cext2: r(176, 177), cq: r(178, 179), cw: r(180, 181) },
    p8: r(182), p9: { body: r(184, 186), centre: r(187, 190), eq: r(191, 192), mob: r(193, 195) },
    p10: { body: r(196, 201), centre: r(202, 209) },
    p11: { lead: r(213, 214), orig: r(217, 218), iss: r(219, 222) },
    p12: r(223, 229), p13: r(230, 238),
    p14: { all: r(239, 251), items: [r(241), r(242), r(243), r(244), r(245, 246), r(247)] },
    p15: { body: r(253, 255), centre: r(256, 258), unc: r(259, 261) },
    p16: { g: r(262, 264), a: r(265, 266), rr: r(267, 268) },
    p17: [r(273), r(274), r(275), r(276), r(277, 278), r(279)],
    p18: r(283, 288), p19: r(289, 295),
    p20: r(299, 307), p21: r(308, 312), p22: r(313, 325), p23: r(326, 327), p24: r(328, 337), p25: r(338, 348),
    addr: { district: r(309), ministry: r(309, 310), rse: r(311), headCentre: r(317), headRse: r(317, 318), headBody: r(321), court: r(326, 327) },
    p26: { mod: r(356, 357), rse: r(358, 359) },
    app3: 2231, app3range: r(2210, 2271), app4: r(2273, 2322),
  },
  S2: {
    p1: r(2338, 2341), mobileSentence: r(2342, 2344), bodyName: r(2338, 2339), centreName: r(2339, 2340),
    p2: r(2345), p3: r(2346, 2349),
    p4: { i1: r(2351, 2352), i2: r(2353, 2357), i3: r(2358), i4: r(2362), call: r(2363, 2364) },
    p5: r(2365, 2367), p6: { all: r(2368, 2376), ex: [r(2369), r(2370, 2372), r(2373), r(2374)], elig: r(2374, 2376) },
    p7: { body: 2378, b1: r(2379), bext1: r(2380, 2383), bext2: r(2384, 2385), bq: r(2386, 2387), bw: r(2388, 2389),
          centre: 2390, c1: r(2391, 2393), cext1: r(2394, 2397), cext2: r(2398, 2399), cq: r(2400, 2404), cw: r(2405, 2406) },
    p8: r(2407), p9: { body: r(2409, 2411), centre: r(2412, 2415), eq: r(2416, 2417), mob: r(2418, 2420) },
    p10: { body: r(2421, 2426), centre: r(2427, 2431) },
    p11: { lead: r(2435, 2436), orig: r(2439, 2440), iss: r(2441, 2447), extra: r(2448, 2450) },
    p12: r(2451, 2457), p13: r(2458, 2466),
    p14: { all: r(2467, 2476), items: [r(2469), r(2470), r(2471), r(2472), r(2473, 2474), r(2475)] },
    p15: { body: r(2478, 2480), centre: r(2481, 2483), unc: r(2484, 2489) },
    p16: { g: r(2490, 2492), a: r(2493, 2494), rr: r(2495, 2496) },
    p17: [r(2501), r(2502), r(2503), r(2504), r(2505, 2506), r(2507)],
    p18: r(2511, 2516), p19: r(2517, 2520),
    p20: r(2524, 2535), p21: r(2536, 2540), p22: r(2541, 2553), p23: r(2554, 2555), p24: r(2556, 2562), p25: r(2563, 2576),
    addr: { district: r(2537), ministry: r(2537, 2538), rse: r(2539), headCentre: r(2545), headRse: r(2545, 2546), headBody: r(2549), court: r(2554, 2555) },
    p26: { mod: r(2584, 2585), rse: r(2586, 2587) },
    app3: 4445, app3range: r(4424, 4485), app4: r(4487, 4527),
  },
  S6: {
    p1: r(11562, 11565), mobileSentence: r(11566, 11568), bodyName: r(11562, 11563), centreName: r(11563, 11564),
    p2: r(11569), p3: r(11570, 11576),
    p4: { i1: r(11581, 11582), i2: r(11583, 11587), i3: r(11588), i4: r(11589), call: r(11590, 11591) },
    p5: r(11592, 11595), p6: { all: r(11596, 11604), ex: [r(11597), r(11598, 11600), r(11601), r(11602)], elig: r(11602, 11604) },
    p7: { body: 11606, b1: r(11607), bq: r(11608, 11609), bw: r(11610, 11611), centre: 11612, c1: r(11613, 11615), c2: r(11616, 11617), c3: r(11618, 11619) },
    p8: r(11623), p9: { body: r(11625, 11627), centre: r(11628, 11631), eq: r(11632, 11633), mob: r(11634, 11635) },
    p10: { body: r(11636, 11641), centre: r(11642, 11646) },
    p11: { lead: r(11650, 11653), iss: r(11660, 11667), orig: r(11668, 11673) },
    p12: r(11674, 11680), p13: r(11681, 11691),
    p14: { all: r(11692, 11701), items: [r(11694), r(11695), r(11696), r(11697), r(11698, 11699), r(11700)] },
    p15: { body: r(11703, 11708), centre: r(11709, 11711), unc: r(11712, 11714) },
    p16: { g: r(11715, 11717), a: r(11718, 11719), rr: r(11720, 11721) },
    p17: [r(11726), r(11727), r(11728), r(11729), r(11730, 11731), r(11732)],
    p18: r(11736, 11741), p19: r(11742, 11745),
    p20: r(11751, 11759), p21: r(11760, 11764), p22: r(11765, 11777), p23: r(11778, 11779), p24: r(11780, 11786), p25: r(11787, 11800),
    addr: { district: r(11761), ministry: r(11761, 11762), rse: r(11763), headCentre: r(11769), headRse: r(11769, 11770), headBody: r(11773), court: r(11778, 11779) },
    p26: { mod: r(11808, 11809), rse: r(11810, 11811) },
    app3: 13677, app3range: r(13658, 13717), app4: r(13719, 13762),
  },
  S7: {
    p1: r(13784, 13787), mobileSentence: r(13788, 13790), bodyName: r(13784, 13785), centreName: r(13785, 13786),
    p2: r(13791), p3: r(13792, 13795),
    p4: { i1: r(13797, 13798), i2: r(13799, 13803), i3: r(13804), i4: r(13805), call: r(13806, 13807) },
    p5: r(13808, 13812), p6: r(13813, 13818),
    p7: { body: 13820, b1: r(13821), bext1: r(13822, 13825), bext2: r(13826, 13827), bq: r(13828, 13829), bw: r(13830, 13831),
          centre: 13832, c1: r(13833, 13835), cext1: r(13836, 13839), cext2: r(13840, 13841), cq: r(13842, 13843), cw: r(13844, 13845) },
    p8: r(13846), p9: { body: r(13848, 13850), centre: r(13851, 13854), eq: r(13855, 13856), mob: r(13860, 13862) },
    p10: { body: r(13863, 13868), centre: r(13869, 13873) },
    p11: { lead: r(13877, 13878), iss: r(13883, 13887), orig: r(13888, 13893) },
    p12: r(13894, 13903), p13: r(13904, 13912),
    p14: { all: r(13913, 13922), items: [r(13915), r(13916), r(13917), r(13918), r(13919, 13920), r(13921)] },
    p15: { body: r(13924, 13926), centre: r(13927, 13929), unc: r(13930, 13932) },
    p16: { g: r(13933, 13935), a: r(13936, 13937), rr: r(13938, 13939) },
    p17: [r(13946), r(13947), r(13948), r(13949), r(13950, 13951), r(13952)],
    p18: r(13956, 13961), p19: r(13962, 13965),
    p20: r(13969, 13977), p21: r(13978, 13982), p22: r(13983, 13998), p23: r(13999, 14000), p24: r(14001, 14007), p25: r(14008, 14018),
    addr: { district: r(13979), ministry: r(13979, 13980), rse: r(13981), headCentre: r(13990), headRse: r(13990, 13991), headBody: r(13994), court: r(13999, 14000) },
    p26: { mod: r(14026, 14030), rse: r(14031, 14032) },
    app3: 15906, app3range: r(15882, 15946), app4: r(15948, 16005),
  },
};

// ------------------------------------------------------------------ checks: every hand-cut fragment must occur in the cleaned text of its lines
const problems = [];
function frag(text, ...ranges) {
  const full = kk(...ranges);
  if (!full.includes(text)) problems.push(`fragment not in ${ln(...ranges)}: «${text}» ⟂ «${full}»`);
  return text;
}

// ------------------------------------------------------------------ the common text (section 3 of the analysis), with per-standard lines
function common(code) {
  const s = S[code];
  const t = {};
  t.channels = [
    { channel: 'BODY', name: T(frag('жергілікті әскери басқару органдары (бұдан әрі – уәкілетті орган)', s.bodyName), 'местные органы военного управления (далее – уполномоченный орган)', 'local military administration bodies (hereinafter, the authorized body)'), cite: cite(code, 1), lines: ln(s.bodyName) },
    { channel: 'CENTRE', name: T(frag('халыққа қызмет көрсету орталықтары (бұдан әрі – орталық)', s.centreName), 'центры обслуживания населения (далее – центр)', 'population service centres (hereinafter, the centre)'), cite: cite(code, 1), lines: ln(s.centreName) },
  ];
  t.form = {
    kind: 'NON_AUTOMATED',
    text: T(K(s.p2), 'Форма оказываемой государственной услуги – неавтоматизированная.', 'Form of the state service provided: non-automated.'),
    cite: cite(code, 2), lines: ln(s.p2),
  };
  const i = s.p4;
  t.information = [
    { kind: 'WEBSITE', value: 'www.mod.gov.kz', text: T(K(i.i1), 'на интернет-ресурсе Министерства обороны Республики Казахстан www.mod.gov.kz', 'on the Internet resource of the Ministry of Defence of the Republic of Kazakhstan, www.mod.gov.kz'), cite: cite(code, 4, 1), lines: ln(i.i1) },
    { kind: 'WEBSITE', value: 'www.con.gov.kz', text: T(K(i.i2), 'на интернет-ресурсе www.con.gov.kz республиканского государственного предприятия «Центр обслуживания населения» Комитета по контролю автоматизации государственных услуг и координации деятельности центров обслуживания населения Министерства транспорта и коммуникаций Республики Казахстан (далее – РГП центра)', 'on the Internet resource www.con.gov.kz of the republican state enterprise "Population Service Centre" of the Committee for Control of Automation of State Services and Coordination of the Activities of Population Service Centres of the Ministry of Transport and Communications of the Republic of Kazakhstan (hereinafter, the centre RSE)'), cite: cite(code, 4, 2), lines: ln(i.i2) },
    { kind: 'STANDS', value: null, text: T(K(i.i3), 'на стендах в помещениях уполномоченного органа и центра', 'on stands in the premises of the authorized body and of the centre'), cite: cite(code, 4, 3), lines: ln(i.i3) },
    { kind: 'PORTAL', value: 'www.e.gov.kz', text: T(K(i.i4), 'размещается на веб-портале «электронного правительства» www.e.gov.kz.', 'is placed on the "e-government" web portal www.e.gov.kz.'), cite: cite(code, 4, 4), lines: ln(i.i4) },
    { kind: 'CALL_CENTRE', value: '1414', text: T(K(i.call), 'Информацию о порядке оказания государственной услуги можно также получить по телефону call-центра 1414.', 'Information on the procedure for providing the state service can also be obtained by calling the call-centre on 1414.'), cite: cite(code, 4), lines: ln(i.call) },
  ];
  t.fee = { free: true, text: T(K(s.p8), 'Государственная услуга оказывается бесплатно.', 'The state service is provided free of charge.'), cite: cite(code, 8), lines: ln(s.p8) };
  for (const f of ['дүйсенбіден бастап жұманы қоса алғанда', 'сағат 9.00-ден сағат 17.00-ге дейін', 'сенбі, жексенбі және мереке күндерінен басқа', 'түскі үзіліс сағат 13.00-ден сағат 15.00-ге дейін']) frag(f, s.p9.body);
  for (const f of ['демалыс және мереке күндерін қоспағанда', 'дүйсенбіден бастап сенбіні қоса алғанда', 'сағат 9.00-ден сағат 20.00-ге дейін үзіліссіз']) frag(f, s.p9.centre);
  frag('жедел қызмет көрсетусіз «электрондық кезек»', s.p9.eq);
  t.schedules = [
    {
      channel: 'BODY', days: ['MON', 'TUE', 'WED', 'THU', 'FRI'], opens: '09:00', closes: '17:00', lunchBreak: { from: '13:00', to: '15:00' }, closedOn: 'SATURDAY_SUNDAY_AND_HOLIDAYS',
      text: T(K(s.p9.body), 'в уполномоченном органе – ежедневно с понедельника по пятницу включительно с 9.00 до 17.00 часов (кроме субботы, воскресенья и праздничных дней), перерыв на обед с 13.00 до 15.00 часов', 'at the authorized body: daily from Monday to Friday inclusive, from 9.00 to 17.00 (except Saturday, Sunday and holidays), lunch break from 13.00 to 15.00'),
      cite: cite(code, 9, 1), lines: ln(s.p9.body),
    },
    {
      channel: 'CENTRE', days: ['MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'], opens: '09:00', closes: '20:00', lunchBreak: null, closedOn: 'REST_DAYS_AND_HOLIDAYS',
      text: T(K(s.p9.centre), 'в центре – государственная услуга оказывается в соответствии с установленным графиком работы ежедневно с понедельника по субботу включительно с 9.00 до 20.00 часов без перерыва, за исключением выходных и праздничных дней согласно трудовому законодательству.', 'at the centre: the state service is provided according to the established work schedule, daily from Monday to Saturday inclusive, from 9.00 to 20.00 without a break, except rest days and holidays under the labour legislation.'),
      cite: cite(code, 9, 2), lines: ln(s.p9.centre),
    },
  ];
  t.electronicQueue = { expeditedService: false, text: T(K(s.p9.eq), 'Приём осуществляется в порядке «электронной очереди» без ускоренного обслуживания.', 'Reception is carried out by "electronic queue", without expedited service.'), cite: cite(code, 9), lines: ln(s.p9.eq) };
  const mob = K(s.p9.mob);
  const byCentre = mob.includes('орталық бекіткен кестеге');
  t.mobileCentres = {
    scheduleApprovedBy: byCentre ? 'CENTRE' : 'MIGRATION_POLICE_AND_LOCAL_EXECUTIVE_BODIES',
    minHoursPerSettlement: mob.includes('кемінде алты жұмыс сағаты') ? 6 : NaN,
    text: byCentre
      ? T(mob, 'Мобильные центры осуществляют приём документов по графику, утверждённому центром, но не менее шести рабочих часов в одном населённом пункте.', 'Mobile centres accept documents on a schedule approved by the centre, but for at least six working hours in one settlement.')
      : T(mob, 'Мобильные центры осуществляют приём документов по графику, утверждённому совместно территориальными управлениями миграционной полиции и местными исполнительными органами, но не менее шести рабочих часов в одном населённом пункте.', 'Mobile centres accept documents on a schedule approved jointly by the territorial departments of the migration police and the local executive bodies, but for at least six working hours in one settlement.'),
    cite: cite(code, 9), lines: ln(s.p9.mob),
  };
  t.premises = [
    { channel: 'BODY', text: T(K(s.p10.body), 'Государственная услуга оказывается в зданиях уполномоченного органа по адресам, указанным в приложении 1 к настоящему стандарту, где созданы условия для лиц с ограниченными физическими возможностями, имеются места для ожидания и заполнения документов, оснащённые стендами с перечнем необходимых документов и образцами их заполнения, выписками (выписками-копиями) из нормативных правовых актов.', 'The state service is provided in the buildings of the authorized body at the addresses given in Appendix 1 to this standard; they have conditions for persons with disabilities and places for waiting and for filling in documents, equipped with stands showing the list of required documents, samples of how to fill them in, and extracts (extract copies) from normative legal acts.'), cite: cite(code, 10), lines: ln(s.p10.body) },
    { channel: 'CENTRE', text: T(K(s.p10.centre), 'Государственная услуга оказывается в здании центра по месту жительства получателя государственной услуги, оборудованном пандусами для лиц с ограниченными физическими возможностями и залом ожидания. В зале размещены справочное бюро, кресла для ожидания, информационные стенды с образцами заполненных бланков.', 'The state service is provided in the centre\'s building at the recipient\'s place of residence, equipped with ramps for persons with disabilities and a waiting hall. The hall has an information desk, seats for waiting, and information stands with samples of completed forms.'), cite: cite(code, 10), lines: ln(s.p10.centre) },
  ];
  const p12 = K(s.p12);
  const approved = p12.includes('орталықтарда бекітілген үлгідегі');
  t.formAvailability = {
    text: T(
      p12,
      `Для получения государственной услуги: 1) в уполномоченном органе бланк заявления выдаёт работник уполномоченного органа; 2) ${approved ? 'в центрах бланк заявления утверждённого образца' : 'в центре бланк заявления установленного образца'} размещается на специальной стойке в зале ожидания, а также на интернет-ресурсе центра. Формы бланков заявлений приведены в приложении 4 к настоящему стандарту и размещаются на интернет-ресурсе уполномоченного органа.`,
      `To obtain the state service: 1) at the authorized body, the application blank is handed out by an employee of the authorized body; 2) ${approved ? 'at the centres, the application blank of the approved form' : 'at the centre, the application blank of the established form'} is placed on a special stand in the waiting hall and on the centre's Internet resource. The forms of the application blanks are given in Appendix 4 to this standard and are placed on the authorized body's Internet resource.`,
    ),
    cite: cite(code, 12), lines: ln(s.p12),
  };
  const p13 = K(s.p13);
  const sites = p13.includes('www.mod.gov.kz., www.con.gov.kz. интернет-ресурсында көрсетілген мекенжайлар');
  t.submission = {
    responsiblePersonDataOn: 'www.mod.gov.kz',
    text: T(
      p13,
      `Для получения государственной услуги потребитель сдаёт документы, указанные в пункте 11 настоящего стандарта, ${sites ? 'по адресам, указанным на интернет-ресурсах www.mod.gov.kz, www.con.gov.kz, ' : ''}по месту жительства должностным лицам уполномоченного органа или в центр. Данные ответственного лица уполномоченного органа размещаются на интернет-ресурсе www.mod.gov.kz, а также в помещении уполномоченного органа в местах, доступных для обозрения, на государственном и русском языках. В центрах приём документов осуществляется в операционном зале посредством «безбарьерного» обслуживания.`,
      `To obtain the state service, the consumer hands in the documents listed in paragraph 11 of this standard ${sites ? 'at the addresses given on the Internet resources www.mod.gov.kz, www.con.gov.kz, ' : ''}at the place of residence, to the officials of the authorized body or to the centre. The data of the authorized body's responsible person is placed on the Internet resource www.mod.gov.kz and in visible places in the authorized body's premises, in the state and Russian languages. At the centres, documents are accepted in the operating hall by "barrier-free" service.`,
    ),
    cite: cite(code, 13), lines: ln(s.p13),
  };
  const singular = kk(s.p14.items[0]).includes('нөмірі мен');
  const reordered = code === 'S6';
  const rItems = [
    ['номера и даты приёма документов', 'the number and date of acceptance of the documents'],
    ['вида запрашиваемой государственной услуги', 'the type of state service requested'],
    ['количества и названий приложенных документов', 'the number and names of the documents attached'],
    ['даты, времени и места выдачи документов', 'the date, time and place of issue of the documents'],
    ['фамилии, имени, отчества работника центра, принявшего заявление на оформление документов', 'the surname, name and patronymic of the centre employee who accepted the application for processing the documents'],
    ['фамилии, имени, отчества потребителя, его контактного телефона', "the consumer's surname, name, patronymic and contact telephone number"],
  ];
  if (!singular) rItems[0] = ['номеров и даты приёма документов', 'the numbers and date of acceptance of the documents'];
  t.receipt = {
    items: s.p14.items.map((rg, n) => ({ text: T(K(rg), rItems[n][0], rItems[n][1]), cite: cite(code, 14, n + 1), lines: ln(rg) })),
    text: T(
      K(s.p14.all),
      `${reordered ? 'При сдаче в уполномоченном органе или в центре всех необходимых документов для получения государственной услуги' : 'При сдаче всех необходимых документов для получения государственной услуги в уполномоченном органе или в центре'} потребителю выдаётся расписка о приёме соответствующих документов с указанием: ${rItems.map((x, n) => `${n + 1}) ${x[0]}`).join('; ')}.`,
      `When all the documents required to obtain the state service are handed in at the authorized body or at the centre, the consumer is given a receipt for the documents, showing: ${rItems.map((x, n) => `${n + 1}) ${x[1]}`).join('; ')}.`,
    ),
    cite: cite(code, 14), lines: ln(s.p14.all),
  };
  t.handover = {
    channels: [
      { channel: 'BODY', text: T(K(s.p15.body), 'в уполномоченном органе выдача готовых документов потребителю осуществляется ежедневно на основании талона с указанием даты регистрации и фамилии, имени, отчества лица, принявшего документы', 'at the authorized body, the finished documents are handed to the consumer daily on the basis of a coupon showing the registration date and the surname, name and patronymic of the person who accepted the documents'), cite: cite(code, 15, 1), lines: ln(s.p15.body) },
      { channel: 'CENTRE', text: T(K(s.p15.centre), 'в центре выдачу готовых документов потребителю осуществляет работник центра ежедневно через «окна» на основании расписки в указанный в ней срок.', 'at the centre, the finished documents are handed to the consumer by a centre employee daily through the "windows", on the basis of the receipt, within the term stated in it.'), cite: cite(code, 15, 2), lines: ln(s.p15.centre) },
    ],
    uncollected: {
      keepMonths: kk(s.p15.unc).includes('бір ай бойы') ? 1 : NaN, thenTransferTo: 'BODY',
      text: T(K(s.p15.unc), 'В случаях, если потребитель не обратился за результатами услуги в указанный срок, центр обеспечивает их хранение в течение одного месяца, после чего передаёт их в уполномоченный орган.', 'If the consumer has not come for the results of the service within the stated term, the centre keeps them for one month and then hands them over to the authorized body.'),
      cite: cite(code, 15), lines: ln(s.p15.unc),
    },
  };
  t.refusal = {
    grounds: [{ text: T(K(s.p16.g), 'В предоставлении государственной услуги отказывается в случаях, если представлены не все документы, требуемые в соответствии с пунктом 11 настоящего стандарта.', 'The provision of the state service is refused if not all the documents required under paragraph 11 of this standard have been submitted.'), cite: cite(code, 16), lines: ln(s.p16.g) }],
    afterObstaclesRemoved: { text: T(K(s.p16.a), 'После устранения потребителем указанных препятствий заявление рассматривается на общих основаниях.', 'Once the consumer has removed the stated obstacles, the application is considered on general grounds.'), cite: cite(code, 16), lines: ln(s.p16.a) },
    refusalReceipt: { text: T(K(s.p16.rr), 'При отказе в приёме документов работник центра выдаёт потребителю расписку с указанием недостающих документов.', 'When a centre employee refuses to accept the documents, the employee gives the consumer a receipt listing the missing documents.'), cite: cite(code, 16), lines: ln(s.p16.rr) },
  };
  const pr = [
    ['соблюдение конституционных прав и свобод человека', 'respect for the constitutional rights and freedoms of the person'],
    ['соблюдение законности при исполнении служебных обязанностей', 'legality in the performance of official duties'],
    ['вежливость в общении с гражданами', 'courtesy in dealing with citizens'],
    ['предоставление исчерпывающей и полной информации', 'provision of exhaustive and complete information'],
    ['обеспечение сохранности, защиты и конфиденциальности информации', 'ensuring the safekeeping, protection and confidentiality of information'],
    ['обеспечение сохранности документов', 'ensuring the safekeeping of documents'],
  ];
  t.principles = s.p17.map((rg, n) => ({ text: T(K(rg).replace(/\.$/, ''), pr[n][0], pr[n][1]), cite: cite(code, 17, n + 1), lines: ln(rg) }));
  const p18 = kk(s.p18);
  const modSite = p18.includes('www.mod.kz.') ? 'www.mod.kz' : p18.includes('www.mod.gov.kz.') ? 'www.mod.gov.kz' : null;
  t.indicatorsPublication = {
    sites: [modSite, 'www.con.gov.kz'],
    targetsApprovedBy: T(frag('жыл сайын Қазақстан Республикасы Қорғаныс министрінің бұйрығымен бекітіледі', s.p19), 'ежегодно утверждаются приказом Министра обороны Республики Казахстан', 'approved every year by order of the Minister of Defence of the Republic of Kazakhstan'),
    text: T(
      `${K(s.p18)} ${K(s.p19)}`,
      `Результаты оказания государственной услуги заявителям измеряются показателями качества и доступности согласно приложению 3 к настоящему стандарту, которые размещаются на интернет-ресурсах Министерства обороны Республики Казахстан ${modSite}, РГП центра www.con.gov.kz, а также в официальных источниках информации. Целевые значения показателей качества и доступности государственных услуг, по которым оценивается работа государственного органа, учреждения или иных субъектов, оказывающих государственные услуги, ежегодно утверждаются приказом Министра обороны Республики Казахстан.`,
      `The results of providing the state service to applicants are measured by the quality and accessibility indicators in Appendix 3 to this standard, which are placed on the Internet resources of the Ministry of Defence of the Republic of Kazakhstan, ${modSite}, and of the centre RSE, www.con.gov.kz, and in official information sources. The target values of the quality and accessibility indicators of state services, by which the work of the state body, institution or other entities providing state services is assessed, are approved every year by order of the Minister of Defence of the Republic of Kazakhstan.`,
    ),
    cite: cite(code, 18), lines: ln(s.p18, s.p19),
  };
  // Appendix 3: the six indicators, at fixed offsets from the "1. Уақтылық" line
  const U = s.app3;
  const g2 = kk([U + 8, U + 8]).replace(/^2\.\s*/, '');
  const groups = {
    1: T(kk([U, U]).replace(/^1\.\s*/, ''), 'Своевременность', 'Timeliness'),
    2: T(g2, 'Качество', 'Quality'),
    3: T(kk([U + 15, U + 15]).replace(/^3\.\s*/, ''), 'Доступность', 'Accessibility'),
    4: T(kk([U + 28, U + 28]).replace(/^4\.\s*/, ''), 'Процесс обжалования', 'Complaint process'),
    5: T(kk([U + 35, U + 35]).replace(/^5\.\s*/, ''), 'Вежливость', 'Courtesy'),
  };
  const rows = [
    ['1.1', 1, U, [U + 2, U + 4], U + 6, '% (доля) случаев предоставления услуги в установленный срок с момента сдачи документов', '% (share) of cases in which the service was provided within the set term from the moment the documents were handed in'],
    ['2.1', 2, U + 8, [U + 10, U + 11], U + 13, '% (доля) потребителей, удовлетворённых качеством процесса предоставления услуги', '% (share) of consumers satisfied with the quality of the service process'],
    ['3.1', 3, U + 15, [U + 17, U + 19], U + 21, '% (доля) потребителей, удовлетворённых качеством и информацией о порядке предоставления услуги', '% (share) of consumers satisfied with the quality of the service procedure and with the information about it'],
    ['3.2', 3, U + 15, [U + 23, U + 24], U + 26, '% (доля) услуг, информация о которых доступна в электронном формате', '% (share) of services whose information is accessible in electronic format'],
    ['4.1', 4, U + 28, [U + 30, U + 31], U + 33, '% (доля) потребителей, удовлетворённых существующим порядком обжалования', '% (share) of consumers satisfied with the existing complaint procedure'],
    ['5.1', 5, U + 35, [U + 37, U + 38], U + 40, '% (доля) потребителей, удовлетворённых вежливостью персонала', '% (share) of consumers satisfied with the courtesy of the staff'],
  ];
  t.indicators = rows.map(([c, g, gl, wr, vl, ru, en]) => {
    const w = kk(wr);
    if (!w.startsWith(`${c}. `)) problems.push(`${code} App.3 ${c}: row starts «${w}»`);
    const v = kk([vl, vl]).match(/^(\d+) %$/);
    if (!v) problems.push(`${code} App.3 ${c}: value line «${kk([vl, vl])}»`);
    return { code: c, group: { code: String(g), name: groups[g] }, wording: T(w.slice(c.length + 2), ru, en), normativeValue: Number(v?.[1]), cite: `${code} App.3`, lines: ln([gl], [wr[0], vl]) };
  });
  // complaints (paras 20–25)
  const cp = {
    20: ['Порядок обжалования действий (бездействия) уполномоченных должностных лиц уполномоченного органа разъясняют помощники начальника департамента по правовой работе (юрисконсульты) от имени департаментов по делам обороны областей, городов Астаны и Алматы. Информация о порядке обжалования действий (бездействия) работника уполномоченного органа или центра предоставляется по телефону 1414 либо по адресам и телефонам, указанным в приложениях 1 и 2 к настоящему стандарту.',
      'The body that explains the procedure for appealing against the actions (inaction) of the authorized officials of the authorized body is the assistants of the department head for legal work (legal consultants), on behalf of the defence affairs departments of the oblasts and of the cities of Astana and Almaty. Information on the procedure for appealing against the actions (inaction) of an employee of the authorized body or of the centre is given by telephone 1414 or at the addresses and telephone numbers given in Appendices 1 and 2 to this standard.'],
    21: ['В случаях несогласия с результатами оказанной государственной услуги жалоба подаётся в уполномоченный орган района (города областного значения), в вышестоящий уполномоченный орган – Министерство обороны Республики Казахстан или в РГП центра, адреса и телефоны которых указаны в пункте 26 настоящего стандарта.',
      'If the consumer disagrees with the results of the state service provided, the complaint is filed with the authorized body of the district (city of oblast significance), with the higher authorized body, the Ministry of Defence of the Republic of Kazakhstan, or with the centre RSE, whose addresses and telephone numbers are given in paragraph 26 of this standard.'],
    22: ['Жалобу на ненадлежащее оказание услуги при оказании государственной услуги потребитель направляет в устной или письменной форме, а также в электронном виде путём обращения в установленном законодательством порядке: 1) в центре жалоба подаётся непосредственно руководителю центра или руководителю РГП центра, адрес и телефон которого указаны в пункте 26 настоящего стандарта; 2) в уполномоченном органе – непосредственно руководителю уполномоченного органа, адрес и телефон которого указаны в пункте 26 настоящего стандарта. В жалобе указываются фамилия, имя, отчество заявителя, его электронный или почтовый адрес и дата. Жалоба подтверждается электронной цифровой подписью заявителя либо подписывается им собственноручно.',
      'A complaint about improper provision of the service is sent by the consumer orally or in writing, or electronically, by an application in the procedure established by legislation: 1) at the centre, the complaint is filed directly with the head of the centre or the head of the centre RSE, whose address and telephone number are given in paragraph 26 of this standard; 2) at the authorized body, directly with the head of the authorized body, whose address and telephone number are given in paragraph 26 of this standard. The complaint states the applicant\'s surname, name and patronymic, e-mail or postal address, and the date. The complaint is confirmed by the applicant\'s electronic digital signature or signed by the applicant in person.'],
    23: ['В случаях несогласия с результатами оказанной государственной услуги потребитель имеет право обратиться в суд в установленном законодательством порядке.',
      'If the consumer disagrees with the results of the state service provided, the consumer has the right to go to court in the procedure established by legislation.'],
    24: ['Жалоба, заявление составляются в соответствии с Законом Республики Казахстан от 12 января 2007 года «О порядке рассмотрения обращений физических и юридических лиц» с указанием полного имени физического лица, почтового адреса, исходящего номера и даты. Заявление должно быть подписано получателем государственной услуги. При подаче жалобы указываются фамилия, имя, отчество должностных лиц, на действия (бездействие) которых подаётся жалоба, мотивы обращения и требования.',
      'A complaint or application is drawn up in accordance with the Law of the Republic of Kazakhstan of 12 January 2007 "On the procedure for considering applications of individuals and legal entities", stating the individual\'s full name, postal address, outgoing number and date. The application must be signed by the recipient of the state service. A complaint states the surname, name and patronymic of the officials whose actions (inaction) are appealed against, the reasons for the appeal, and the demands.'],
    25: ['Заявителю, обратившемуся в письменной форме, выдаётся талон с указанием даты и времени приёма обращения, фамилии, имени, отчества лица, принявшего его, и контактных данных. Поступившая жалоба регистрируется в журнале учёта входящей корреспонденции местных органов военного управления районов (городов областного значения) (далее – МОВУ), вышестоящего уполномоченного органа либо в журнале учёта информации центров, РГП центра и рассматривается в сроки, установленные Законом Республики Казахстан от 12 января 2007 года «О порядке рассмотрения обращений физических и юридических лиц». О результатах рассмотрения жалобы заявителю сообщается по его электронной почте либо письменно по почте.',
      'An applicant who applies in writing is given a coupon showing the date and time the application was accepted and the surname, name and contact details of the person who accepted it. A complaint received is registered in the incoming-correspondence register of the local military administration bodies of the districts (cities of oblast significance) (hereinafter, ЖӘБО) or of the higher authorized body, or in the information register of the centres or of the centre RSE, and is considered within the terms established by the Law of the Republic of Kazakhstan of 12 January 2007 "On the procedure for considering applications of individuals and legal entities". The applicant is informed of the results of considering the complaint by e-mail or in writing by post.'],
  };
  const a = s.addr;
  t.complaints = {
    paragraphs: [20, 21, 22, 23, 24, 25].map((p) => ({ paragraph: p, text: T(K(s[`p${p}`]), cp[p][0], cp[p][1]), cite: cite(code, p), lines: ln(s[`p${p}`]) })),
    addressees: [
      { kind: 'DISTRICT_BODY', text: T(frag('ауданның (облыстық маңызы бар қаланың) уәкілетті органына', a.district), 'в уполномоченный орган района (города областного значения)', 'to the authorized body of the district (city of oblast significance)'), cite: cite(code, 21), lines: ln(a.district) },
      { kind: 'MINISTRY', text: T(frag('жоғары тұрған уәкілетті орган Қазақстан Республикасының Қорғаныс министрлігіне', a.ministry), 'в вышестоящий уполномоченный орган – Министерство обороны Республики Казахстан', 'to the higher authorized body, the Ministry of Defence of the Republic of Kazakhstan'), cite: cite(code, 21), lines: ln(a.ministry) },
      { kind: 'CENTRE_RSE', text: T(frag('орталық РМК-ға', a.rse), 'в РГП центра', 'to the centre RSE'), cite: cite(code, 21), lines: ln(a.rse) },
      { kind: 'HEAD_OF_CENTRE', text: T(frag('орталықта шағым тікелей орталық басшысына', a.headCentre), 'в центре жалоба подаётся непосредственно руководителю центра', 'at the centre, the complaint is filed directly with the head of the centre'), cite: cite(code, 22, 1), lines: ln(a.headCentre) },
      { kind: 'HEAD_OF_CENTRE_RSE', text: T(frag('орталық РМК-ның басшысына', a.headRse), 'руководителю РГП центра', 'with the head of the centre RSE'), cite: cite(code, 22, 1), lines: ln(a.headRse) },
      { kind: 'HEAD_OF_BODY', text: T(frag('уәкілетті органда тікелей уәкілетті органның басшысына беріледі', a.headBody), 'в уполномоченном органе – непосредственно руководителю уполномоченного органа', 'at the authorized body, directly with the head of the authorized body'), cite: cite(code, 22, 2), lines: ln(a.headBody) },
      { kind: 'COURT', text: T(frag('тұтынушының заңнамада белгіленген тәртіппен сотқа жүгінуге құқығы бар', a.court), 'потребитель имеет право обратиться в суд в установленном законодательством порядке', 'the consumer has the right to go to court in the procedure established by legislation'), cite: cite(code, 23), lines: ln(a.court) },
    ],
    forms: ['ORAL', 'WRITTEN', 'ELECTRONIC'],
    appealsLaw: 'law-2007-01-12-appeals',
    callCentre: '1414',
  };
  const p26 = s.p26;
  t.contacts = [
    {
      organisation: T('Қазақстан Республикасы Қорғаныс министрлігі', 'Министерство обороны Республики Казахстан', 'Ministry of Defence of the Republic of Kazakhstan'),
      address: T(frag('010000, Астана қаласы, Достық көшесі, № 14 үй', p26.mod), '010000, город Астана, улица Достык, дом № 14', '14 Dostyk Street, Astana, 010000'),
      phone: null, website: frag('www.mod.gov.kz', p26.mod),
      text: T(K(p26.mod), 'Адрес Министерства обороны Республики Казахстан: 010000, город Астана, улица Достык, дом № 14, интернет-ресурс: www.mod.gov.kz.', 'Address of the Ministry of Defence of the Republic of Kazakhstan: 14 Dostyk Street, Astana, 010000; Internet resource: www.mod.gov.kz.'),
      cite: cite(code, 26), lines: ln(p26.mod),
    },
    {
      organisation: T('«ХҚО» РМК', 'РГП «ЦОН»', 'RSE "Population Service Centre"'),
      address: T(frag('Астана қаласы, Республика даңғылы, 43 А үй', p26.rse), 'город Астана, проспект Республики, дом 43 А', '43 A Respublika Avenue, Astana'),
      phone: frag('87172-94-99-95', p26.rse), website: frag('www.con.gov.kz', p26.rse),
      text: T(K(p26.rse), 'Адрес РГП «ЦОН»: город Астана, проспект Республики, дом 43 А, телефон: 87172-94-99-95, интернет-ресурс: www.con.gov.kz.', 'Address of the RSE "Population Service Centre": 43 A Respublika Avenue, Astana; telephone: 87172-94-99-95; Internet resource: www.con.gov.kz.'),
      cite: cite(code, 26), lines: ln(p26.rse),
    },
  ];
  return t;
}

// ------------------------------------------------------------------ deadlines
const UNIT_WORD = { WORKING_DAYS: 'жұмыс күн', MONTHS: 'ай', MINUTES: 'минут' };
function deadline(code, channel, kind, rg, hdr, item, value, unit, upTo, startsFrom, condition, excl, ru, en) {
  const text = K(rg);
  if (!new RegExp(`(^|\\D)${value} ${UNIT_WORD[unit]}`).test(text)) problems.push(`${code} deadline ${channel} ${kind}: «${value} ${UNIT_WORD[unit]}» not in «${text}»`);
  const maxWord = /дейін ұзартылады|аспайды|артық емес|ең ұзақ/.test(text);
  if (upTo !== maxWord) problems.push(`${code} deadline ${channel} ${kind}: upTo=${upTo} but text «${text}»`);
  const hdrText = kk([hdr, hdr]);
  if (hdrText !== (channel === 'BODY' ? 'уәкілетті органға жүгінген кезде:' : 'орталыққа жүгінген кезде:')) problems.push(`${code} deadline header ${hdr}: «${hdrText}»`);
  if (excl !== /қабылдау күні және беру күні/.test(kk(rg)) && kind === 'PROCESSING') problems.push(`${code} deadline ${channel} ${kind}: excl mismatch`);
  if (condition) frag(condition.kk, rg);
  return { channel, case: null, kind, value, unit, upTo, startsFrom, condition, excludesAcceptanceAndIssueDays: excl, text: T(text, ru, en), cite: cite(code, 7, item), lines: ln([hdr], rg) };
}

const COND_INFO = (kkText, doc) => T(kkText, `при отсутствии информации и необходимых сведений для выдачи ${doc[0]}`, `when the information and data needed to issue the ${doc[1]} are missing`);
const COND_ARCH = T('Таяу шетел мемлекеттерінің мұрағаттарынан ақпарат алу қажет болған жағдайда', 'в случае необходимости получения информации из архивов государств ближнего зарубежья', 'when information has to be obtained from the archives of near-abroad states');

/** S1, S2, S7: 1) processing + two extensions, 2) queue at submission, 3) wait at receipt, for each channel */
function fiveAndFive(code, o) {
  const p = S[code].p7;
  const d = [];
  const ext = (ch, rg, hdr, kkCond, v1, v2) => [
    deadline(code, ch, 'EXTENSION', rg[0], hdr, 1, v1, o.extUnit, true, ch === 'BODY' ? 'SUBMISSION' : 'ARRIVAL_AT_BODY', COND_INFO(kkCond, o.doc), ch === 'CENTRE',
      `${o.docCap[0]} срок продлевается до ${o.ext1[0]}. Уполномоченный орган направляет запрос в соответствующие органы для подтверждения запрашиваемой информации с последующим уведомлением заявителя о продлении срока.`,
      `${o.docCap[1]} the term is extended up to ${o.ext1[1]}. The authorized body sends a request to the relevant bodies to confirm the requested information, notifying the applicant afterwards of the extension.`),
    deadline(code, ch, 'EXTENSION', rg[1], hdr, 1, v2, o.extUnit, true, ch === 'BODY' ? 'SUBMISSION' : 'ARRIVAL_AT_BODY', COND_ARCH, ch === 'CENTRE',
      `В случае необходимости получения информации из архивов государств ближнего зарубежья срок выдачи справки${o.sic ? ' (так в тексте)' : ''} продлевается до ${o.ext2[0]}.`,
      `When information has to be obtained from the archives of near-abroad states, the term for issuing the certificate (анықтама${o.sic ? ', sic' : ''}) is extended up to ${o.ext2[1]}.`),
  ];
  d.push(deadline(code, 'BODY', 'PROCESSING', p.b1, p.body, 1, 1, 'WORKING_DAYS', false, 'SUBMISSION', null, false, 'срок оформления документов – 1 рабочий день.', 'term for processing the documents: 1 working day.'));
  d.push(...ext('BODY', [p.bext1, p.bext2], p.body, o.condBody, o.v1, o.v2));
  d.push(deadline(code, 'BODY', 'QUEUE_AT_SUBMISSION', p.bq, p.body, 2, o.bq, 'MINUTES', true, null, null, false, `время ожидания в очереди при сдаче необходимых документов – не более ${o.bq} минут`, `waiting time in the queue when handing in the required documents: not more than ${o.bq} minutes`));
  d.push(deadline(code, 'BODY', 'WAIT_AT_RECEIPT', p.bw, p.body, 3, 10, 'MINUTES', false, 'APPLICATION', null, false,
    `ожидание при получении документов как результата оказания государственной услуги – 10 минут с момента обращения${o.bwApplicant ? ' заявителя' : ''}`,
    `waiting when receiving the documents as the result of the state service: 10 minutes from the moment ${o.bwApplicant ? 'the applicant applies' : 'of applying'}`));
  d.push(deadline(code, 'CENTRE', 'PROCESSING', p.c1, p.centre, 1, 1, 'WORKING_DAYS', false, 'ARRIVAL_AT_BODY', null, true,
    'срок оформления документов – 1 рабочий день со дня поступления необходимых документов в уполномоченный орган (день приёма и день выдачи документов не входят в срок оказания государственной услуги).',
    'term for processing the documents: 1 working day from the day the required documents arrive at the authorized body (the day of acceptance and the day of issue of the documents are not counted in the term of the state service).'));
  d.push(...ext('CENTRE', [p.cext1, p.cext2], p.centre, o.condCentre, o.v1, o.v2));
  d.push(deadline(code, 'CENTRE', 'QUEUE_AT_SUBMISSION', p.cq, p.centre, 2, o.cq, 'MINUTES', true, null, null, false, `максимально допустимое время ожидания в очереди при сдаче документов – не более ${o.cq} минут`, `maximum permissible waiting time in the queue when handing in the documents: not more than ${o.cq} minutes`));
  d.push(deadline(code, 'CENTRE', 'WAIT_AT_RECEIPT', p.cw, p.centre, 3, o.cq, 'MINUTES', true, null, null, false, `максимально допустимое время ожидания в очереди при получении документов – ${o.cq} минут.`, `maximum permissible waiting time in the queue when receiving the documents: ${o.cq} minutes.`));
  return d;
}

// ------------------------------------------------------------------ the standards
const PROVIDER_RU = 'Государственная услуга оказывается местными органами военного управления (далее – уполномоченный орган), а также через центры обслуживания населения (далее – центр), адреса и телефоны которых указаны в приложениях 1 и 2 к настоящему стандарту.';
const PROVIDER_EN = 'The state service is provided by the local military administration bodies (hereinafter, the authorized body) and also through the population service centres (hereinafter, the centre), whose addresses and telephone numbers are given in Appendices 1 and 2 to this standard.';
const MOBILE_RU = ' В целях обеспечения доступности для жителей отдалённых населённых пунктов оказание государственной услуги осуществляется через мобильные центры обслуживания населения.';
const MOBILE_EN = ' To ensure accessibility for residents of remote settlements, the state service is provided through mobile population service centres.';
function provider(code) {
  const s = S[code];
  const ranges = s.mobileSentence ? [s.p1, s.mobileSentence] : [s.p1];
  return {
    text: T(K(...ranges), PROVIDER_RU + (s.mobileSentence ? MOBILE_RU : ''), PROVIDER_EN + (s.mobileSentence ? MOBILE_EN : '')),
    bodyLevel: 'LOCAL_MILITARY_ADMINISTRATION',
    mobileCentresSentence: Boolean(s.mobileSentence) && kk(s.mobileSentence).includes('мобильді халыққа қызмет көрсету орталықтары арқылы'),
    cite: cite(code, 1), lines: ln(...ranges),
  };
}
const SUBMITTED_BY = (code) => T(frag('тұтынушы немесе сенімхат бойынша оның уәкілетті өкілі', S[code].p11.lead), 'потребитель или его уполномоченный представитель по доверенности', "the consumer or the consumer's authorized representative under a power of attorney");
const ORIGINALS_SHORT = ['Получатель государственной услуги представляет оригиналы документов для сверки.', 'The recipient of the state service presents the originals of the documents for verification.'];
const ID_CARD = T('жеке куәлік', 'удостоверение личности', 'identity card');
const NOTE_SWAP_S2 = T(
  'Басылған 4-қосымша – Қазақстан Республикасының шегінен тыс тұрақты тұруға шығатын азаматқа анықтама беру туралы өтініш нысаны (F-B). Ол S6 қызметіне (тапсырылған әскери билеттің орнына анықтама) сәйкес келеді, ал S6-ның 4-қосымшасы (F-A, «Растайтын анықтама») осы қызметке сәйкес келеді: S2 мен S6 нысандары ауысып кеткен сияқты. Басылғандай сақталды, түзетілмеді.',
  'Напечатанное приложение 4 – форма заявления о выдаче справки гражданину, выезжающему на постоянное жительство за пределы Республики Казахстан (F-B). Она соответствует услуге S6 (справка взамен сданного военного билета), а приложение 4 к S6 (F-A, «подтверждающая справка») соответствует данной услуге: по-видимому, формы S2 и S6 поменялись местами. Сохранено так, как напечатано, без исправления.',
  'The printed Appendix 4 is the application form for a certificate to a citizen leaving for permanent residence outside the Republic of Kazakhstan (F-B). It fits the S6 service (a certificate in place of the surrendered military ID), while S6\'s Appendix 4 (F-A, "confirming certificate") fits this service: the S2 and S6 forms appear to have been swapped. Kept as printed, not corrected.',
);
const NOTE_SWAP_S6 = T(
  'Басылған 4-қосымша – «Растайтын анықтама» беру туралы өтініш нысаны (F-A, S1-дегімен бірдей; «әскери қызмет өткергені туралы» түрін ұсынады). Ол S2 қызметіне (әскери қызмет өткергенін растау туралы анықтама) сәйкес келеді, ал S2-нің 4-қосымшасы (F-B, шегінен тыс тұрақты тұруға шығатын азаматқа анықтама; көші-қон полициясының рұқсаты қоса беріледі) осы қызметке сәйкес келеді: S2 мен S6 нысандары ауысып кеткен сияқты. Басылғандай сақталды, түзетілмеді.',
  'Напечатанное приложение 4 – форма заявления о выдаче «подтверждающей справки» (F-A, такая же, как в S1; предлагает вид «о прохождении воинской службы»). Она соответствует услуге S2 (справка о подтверждении прохождения воинской службы), а приложение 4 к S2 (F-B, справка гражданину, выезжающему на постоянное жительство за пределы Республики Казахстан; прилагается разрешение миграционной полиции) соответствует данной услуге: по-видимому, формы S2 и S6 поменялись местами. Сохранено так, как напечатано, без исправления.',
  'The printed Appendix 4 is the application form for a "confirming certificate" (F-A, the same as S1\'s; it offers the type "on completion of military service"). It fits the S2 service (a certificate confirming military service), while S2\'s Appendix 4 (F-B, a certificate to a citizen leaving for permanent residence outside the Republic of Kazakhstan, with the migration-police permit attached) fits this service: the S2 and S6 forms appear to have been swapped. Kept as printed, not corrected.',
);

function appForm(code, form, note) {
  const s = S[code];
  const capLine = s.app4[0] + { S1: 8, S2: 3, S6: 3, S7: 5 }[code];
  const cap = kk([capLine, capLine]);
  if (!/^4-(қосымша|ҚОСЫМША)$/.test(cap)) problems.push(`${code} App.4 caption line: «${cap}»`);
  return { form, note, cite: `${code} App.4`, lines: ln(s.app4) };
}

const RECIP_EXCL = (code) => {
  const s = S[code].p6;
  const ex = [
    [K(s.ex[0]), 'женщин, не имеющих военно-учётной специальности', 'women without a military-registration specialty'],
    [K(s.ex[1]), 'лиц, освобождённых от исполнения воинской обязанности в соответствии с Законом Республики Казахстан «О воинской службе и статусе военнослужащих»', 'persons exempted from military duty under the Law of the Republic of Kazakhstan "On military service and the status of servicemen"'],
    [K(s.ex[2]), 'лиц, отбывающих наказание в виде лишения свободы', 'persons serving a sentence of deprivation of liberty'],
    code === 'S6'
      ? [frag('Қазақстан Республикасының шегінен тыс тұратын адамдарды', s.ex[3]), 'лиц, проживающих за пределами Республики Казахстан', 'persons living outside the borders of the Republic of Kazakhstan']
      : [frag('Қазақстан Республикасынан тыс тұрақты тұратын адамдарды', s.ex[3]), 'лиц, постоянно проживающих за пределами Республики Казахстан', 'persons permanently residing outside the Republic of Kazakhstan'],
  ];
  return ex.map(([k, ru, en], n) => ({ text: T(k, `за исключением ${ru}`, `except ${en}`), cite: cite(code, 6, n + 1), lines: ln(s.ex[n]) }));
};

function standard(code) {
  const s = S[code];
  const c = common(code);
  const x = {};
  if (code === 'S1' || code === 'S7') {
    const o = code === 'S1'
      ? { doc: ['справки', 'certificate (анықтама)'], docCap: ['При отсутствии информации и необходимых сведений для выдачи справки', 'When the information and data needed to issue the certificate (анықтама) are missing,'],
          condBody: 'Анықтама беру үшін ақпарат пен қажетті мәліметтер болмаған кезде', condCentre: 'Анықтама беру үшін ақпарат және қажетті мәліметтер болмаған кезде' }
      : { doc: ['удостоверения', 'ID card (куәлік)'], docCap: ['При отсутствии информации и необходимых сведений для выдачи удостоверения', 'When the information and data needed to issue the ID card (куәлік) are missing,'],
          condBody: 'Куәлік беру үшін ақпарат пен қажетті мәліметтер болмаған кезде', condCentre: 'Куәлік беру үшін ақпарат және қажетті мәліметтер болмаған кезде' };
    x.deadlines = fiveAndFive(code, { ...o, extUnit: 'WORKING_DAYS', v1: 30, v2: 90, ext1: ['30 рабочих дней', '30 working days'], ext2: ['90 рабочих дней', '90 working days'], bq: 20, cq: 20, bwApplicant: true, sic: code === 'S7' });
  }
  if (code === 'S2') {
    x.deadlines = fiveAndFive(code, {
      doc: ['справки', 'certificate (анықтама)'], docCap: ['При отсутствии информации и необходимых сведений для выдачи справки', 'When the information and data needed to issue the certificate (анықтама) are missing,'],
      condBody: 'Анықтама беру үшін ақпарат және қажетті мәліметтер болмаған кезде', condCentre: 'Анықтама беру үшін ақпарат және қажетті мәліметтер болмаған кезде',
      extUnit: 'MONTHS', v1: 1, v2: 3, ext1: ['1 месяца', '1 month'], ext2: ['3 месяцев', '3 months'], bq: 30, cq: 30, bwApplicant: false,
    });
  }
  if (code === 'S6') {
    const p = s.p7;
    x.deadlines = [
      deadline(code, 'BODY', 'PROCESSING', p.b1, p.body, 1, 1, 'WORKING_DAYS', false, 'SUBMISSION', null, false, 'срок оформления документов – 1 рабочий день.', 'term for processing the documents: 1 working day.'),
      deadline(code, 'BODY', 'QUEUE_AT_SUBMISSION', p.bq, p.body, 2, 20, 'MINUTES', true, null, null, false, 'срок ожидания в очереди при сдаче документов, определённых в пункте 11 настоящего стандарта, – не более 20 минут', 'waiting time in the queue when handing in the documents specified in paragraph 11 of this standard: not more than 20 minutes'),
      deadline(code, 'BODY', 'WAIT_AT_RECEIPT', p.bw, p.body, 3, 10, 'MINUTES', true, 'APPLICATION', null, false, 'срок ожидания для получения документов как результата оказания государственной услуги – не более 10 минут с момента обращения', 'waiting time to receive the documents as the result of the state service: not more than 10 minutes from the moment of applying'),
      deadline(code, 'CENTRE', 'PROCESSING', p.c1, p.centre, 1, 1, 'WORKING_DAYS', false, 'ARRIVAL_AT_BODY', null, true,
        'срок оформления документов – 1 рабочий день со дня поступления необходимых документов в уполномоченный орган (день приёма и день выдачи документов не входят в срок оказания государственной услуги).',
        'term for processing the documents: 1 working day from the day the required documents arrive at the authorized body (the day of acceptance and the day of issue of the documents are not counted in the term of the state service).'),
      deadline(code, 'CENTRE', 'WAIT_BEFORE_SERVICE', p.c2, p.centre, 2, 20, 'MINUTES', true, null, null, false, 'максимально допустимое время до получения государственной услуги – не более 20 минут', 'maximum permissible time before receiving the state service: not more than 20 minutes'),
      deadline(code, 'CENTRE', 'SERVICE_ON_DAY', p.c3, p.centre, 3, 20, 'MINUTES', true, null, null, false, 'максимально допустимое время обслуживания потребителя в день обращения – не более 20 минут.', 'maximum permissible time for serving the consumer on the day of application: not more than 20 minutes.'),
    ];
  }

  // legal bases, results, recipients, documents
  if (code === 'S1') {
    x.legalBases = [{ act: 'law-1995-04-28-wwii-benefits', article: '10', paragraph: null, subparagraph: null, rulesParagraphs: [],
      text: T(K(s.p3), 'Оказывается в соответствии со статьёй 10 Закона Республики Казахстан от 28 апреля 1995 года «О льготах и социальной защите участников, инвалидов Великой Отечественной войны и лиц, приравненных к ним».', 'Provided in accordance with Article 10 of the Law of the Republic of Kazakhstan of 28 April 1995 "On benefits and social protection of participants and invalids of the Great Patriotic War and persons equated to them".'),
      cite: cite(code, 3), lines: ln(s.p3) }];
    x.results = [{ document: T(frag('жеңілдіктері бар адамдарға (Ұлы Отан соғысының қатысушыларына, Чернобыль АЭС-індегі аварияны жоюшыларға, интернационалист жауынгерлерге) анықтамалар', s.p5), 'справки лицам, имеющим льготы (участникам Великой Отечественной войны, ликвидаторам аварии на Чернобыльской АЭС, воинам-интернационалистам)', 'certificates (анықтама) to persons entitled to benefits (participants of the Great Patriotic War, liquidators of the Chernobyl NPP accident, internationalist soldiers)'),
      reasonedRefusalPossible: false,
      text: T(K(s.p5), 'Результатом оказываемой государственной услуги является выдача справок лицам, имеющим льготы (участникам Великой Отечественной войны, ликвидаторам аварии на Чернобыльской АЭС, воинам-интернационалистам).', 'The result of the state service is the issue of certificates (анықтама) to persons entitled to benefits (participants of the Great Patriotic War, liquidators of the Chernobyl NPP accident, internationalist soldiers).'),
      cite: cite(code, 5), lines: ln(s.p5) }];
  }
  if (code === 'S7') {
    x.legalBases = [{ act: 'law-2012-02-16-military-service', article: '15', paragraph: null, subparagraph: null, rulesParagraphs: [],
      text: T(K(s.p3), 'Государственная услуга оказывается в соответствии со статьёй 15 Закона Республики Казахстан от 16 февраля 2012 года «О воинской службе и статусе военнослужащих».', 'The state service is provided in accordance with Article 15 of the Law of the Republic of Kazakhstan of 16 February 2012 "On military service and the status of servicemen".'),
      cite: cite(code, 3), lines: ln(s.p3) }];
    x.results = [{ document: T(frag('Ұлы Отан соғысына (бұдан әрі – ҰОС) қатысушы, интернационалист жауынгер, Чернобыль атом электр станциясындағы аварияны (бұдан әрі – ЧАЭС) жоюға қатысушы куәлігін', s.p5), 'удостоверение участника Великой Отечественной войны (далее – ВОВ), воина-интернационалиста, участника ликвидации аварии на Чернобыльской атомной электростанции (далее – ЧАЭС)', 'ID card (куәлік) of a participant of the Great Patriotic War (hereinafter, GPW), an internationalist soldier, or a participant in liquidating the accident at the Chernobyl nuclear power plant (hereinafter, ChNPP)'),
      reasonedRefusalPossible: true,
      text: T(K(s.p5), 'Результатом оказываемой государственной услуги является выдача удостоверения участника Великой Отечественной войны (далее – ВОВ), воина-интернационалиста, участника ликвидации аварии на Чернобыльской атомной электростанции (далее – ЧАЭС) либо мотивированный ответ об отказе в предоставлении государственной услуги.', 'The result of the state service is the issue of the ID card of a participant of the Great Patriotic War (hereinafter, GPW), an internationalist soldier, or a participant in liquidating the accident at the Chernobyl nuclear power plant (hereinafter, ChNPP), or a reasoned answer refusing to provide the state service.'),
      cite: cite(code, 5), lines: ln(s.p5) }];
  }
  if (code === 'S1' || code === 'S7') {
    const elig = code === 'S1'
      ? 'Ұлы Отан соғысының қатысушыларына, интернационалист жауынгерлерге, Чернобыль атом электр станциясындағы аварияны жоюға қатысушыларға (бұдан әрі – тұтынушылар)'
      : 'Ұлы Отан соғысына қатысушыларға, интернационалист жауынгерлерге, Чернобыль атом электр станциясындағы аварияны жоюға қатысушыларға (бұдан әрі – тұтынушылар)';
    x.recipients = { eligible: T(frag(elig, s.p6), 'участникам Великой Отечественной войны, воинам-интернационалистам, участникам ликвидации аварии на Чернобыльской атомной электростанции (далее – потребители)', 'participants of the Great Patriotic War, internationalist soldiers, participants in liquidating the accident at the Chernobyl nuclear power plant (hereinafter, the consumers)'), exclusions: [], cite: cite(code, 6), lines: ln(s.p6) };
  }
  if (code === 'S2') {
    x.legalBases = [{ act: 'gd-1232', article: null, paragraph: '9', subparagraph: '29', rulesParagraphs: [],
      text: T(K(s.p3), 'Осуществляется на основании подпункта 29) пункта 9 Положения о местных органах военного управления Республики Казахстан, утверждённого постановлением Правительства Республики Казахстан от 12 декабря 2005 года № 1232 (ДСП).', 'Carried out on the basis of sub-paragraph 29) of paragraph 9 of the Regulations on the local military administration bodies of the Republic of Kazakhstan, approved by Government Decree of the Republic of Kazakhstan No 1232 of 12 December 2005 (ҚБПҮ: for official use only).'),
      cite: cite(code, 3), lines: ln(s.p3) }];
    x.results = [{ document: T(frag('әскери қызмет өткергенін растау туралы анықтама', s.p5), 'справка о подтверждении прохождения воинской службы', 'certificate (анықтама) confirming completion of military service'),
      reasonedRefusalPossible: true,
      text: T(K(s.p5), 'Результатом оказываемой государственной услуги является выдача справки о подтверждении прохождения воинской службы либо мотивированный ответ об отказе в предоставлении государственной услуги.', 'The result of the state service is the issue of a certificate confirming completion of military service, or a reasoned answer refusing to provide the state service.'),
      cite: cite(code, 5), lines: ln(s.p5) }];
  }
  if (code === 'S6') {
    const t3 = K(s.p3);
    const [ru3, en3] = ['Государственная услуга оказывается в соответствии со статьёй 15 Закона Республики Казахстан от 16 февраля 2012 года «О воинской службе и статусе военнослужащих», пунктами 54, 63, 64, 68, 88 Правил ведения воинского учёта военнообязанных и призывников, утверждённых постановлением Правительства Республики Казахстан от 27 июня 2012 года № 859.',
      'The state service is provided in accordance with Article 15 of the Law of the Republic of Kazakhstan of 16 February 2012 "On military service and the status of servicemen" and paragraphs 54, 63, 64, 68 and 88 of the Rules for the military registration of persons liable for military service and conscripts, approved by Government Decree of the Republic of Kazakhstan No 859 of 27 June 2012.'];
    frag('Заңының 15-бабына', s.p3); frag('№ 859 қаулысымен', s.p3); frag('қағидаларының 54, 63, 64, 68, 88-тармақтарына', s.p3);
    x.legalBases = [
      { act: 'law-2012-02-16-military-service', article: '15', paragraph: null, subparagraph: null, rulesParagraphs: [], text: T(t3, ru3, en3), cite: cite(code, 3), lines: ln([11570, 11573]) },
      { act: 'gd-859', article: null, paragraph: null, subparagraph: null, rulesParagraphs: ['54', '63', '64', '68', '88'], text: T(t3, ru3, en3), cite: cite(code, 3), lines: ln([11573, 11576]) },
    ];
    x.results = [{ document: T(frag('тапсырылған әскери билеттің орнына (Қазақстан Республикасының шегінен тыс шыққан кезде) анықтама', s.p5), 'справка взамен сданного военного билета (при выезде за пределы Республики Казахстан)', 'certificate (анықтама) in place of the surrendered military ID (on leaving the Republic of Kazakhstan)'),
      reasonedRefusalPossible: true,
      text: T(K(s.p5), 'Результатом оказываемой государственной услуги является выдача справки взамен сданного военного билета (при выезде за пределы Республики Казахстан) либо мотивированный ответ об отказе в предоставлении государственной услуги.', 'The result of the state service is the issue of a certificate in place of the surrendered military ID (on leaving the Republic of Kazakhstan), or a reasoned answer refusing to provide the state service.'),
      cite: cite(code, 5), lines: ln(s.p5) }];
  }
  if (code === 'S2' || code === 'S6') {
    x.recipients = {
      eligible: T(frag(`әскери есепке алынуға тиіс Қазақстан Республикасының азаматтарына${code === 'S6' ? ' (бұдан әрі – тұтынушылар)' : ''}`, s.p6.elig), `гражданам Республики Казахстан, подлежащим воинскому учёту${code === 'S6' ? ' (далее – потребители)' : ''}`, `citizens of the Republic of Kazakhstan subject to military registration${code === 'S6' ? ' (hereinafter, the consumers)' : ''}`),
      exclusions: RECIP_EXCL(code), cite: cite(code, 6), lines: ln(s.p6.all),
    };
  }

  // documents (para 11)
  const p11 = s.p11;
  if (code === 'S1' || code === 'S2') {
    const base = code === 'S1' ? 213 : 2435;
    const appRg = [base + 2, base + 2], idRg = [base + 3, base + 3];
    x.documents = [{ case: null, submittedBy: SUBMITTED_BY(code), items: [
      { name: T(frag('осы стандартқа 4-қосымшаға сәйкес үлгі бойынша өтініш', appRg), 'заявление по форме согласно приложению 4 к настоящему стандарту', 'application in the form given in Appendix 4 to this standard'), kind: 'FORM', fromStateSystem: false, condition: null, photo: null, cite: cite(code, 11, 1), lines: ln(appRg) },
      { name: T(frag('жеке куәлік', idRg), ID_CARD.ru, ID_CARD.en), kind: 'ORIGINAL_FOR_VERIFICATION', fromStateSystem: true, condition: null, photo: null, cite: cite(code, 11, 2), lines: ln(idRg, p11.orig, p11.iss) },
    ], cite: cite(code, 11), lines: ln([base, base + 3]) }];
    x.stateSystemData = { items: [T(frag('тұтынушының жеке куәлігі туралы мәліметтер', p11.iss), 'сведения об удостоверении личности потребителя', "data of the consumer's identity card")],
      text: T(K(p11.iss), 'Сведения об удостоверении личности потребителя, имеющиеся в государственной информационной системе, уполномоченный орган или центр получает из соответствующей государственной информационной системы через информационную систему центра в форме электронного документа, удостоверенного электронной цифровой подписью уполномоченного лица.', "The data of the consumer's identity card held in the state information system is obtained by the authorized body or the centre from the relevant state information system, through the centre's information system, as an electronic document certified by the electronic digital signature of the authorized person."),
      cite: cite(code, 11), lines: ln(p11.iss) };
    x.originals = { text: T(K(p11.orig), ...ORIGINALS_SHORT), cite: cite(code, 11), lines: ln(p11.orig) };
  }
  if (code === 'S6') {
    x.documents = [{ case: null, submittedBy: SUBMITTED_BY(code), items: [
      { name: T(frag('осы стандартқа 4-қосымшаға сәйкес белгіленген үлгідегі өтініш', [11654, 11654]), 'заявление установленного образца согласно приложению 4 к настоящему стандарту', 'application in the established form given in Appendix 4 to this standard'), kind: 'FORM', fromStateSystem: false, condition: null, photo: null, cite: cite(code, 11), lines: ln([11654]) },
      { name: T(frag('жеке куәлік', [11655, 11655]), ID_CARD.ru, ID_CARD.en), kind: 'ORIGINAL_FOR_VERIFICATION', fromStateSystem: true, condition: null, photo: null, cite: cite(code, 11), lines: ln([11655], [11660, 11673]) },
      { name: T(frag('тұрақты тұрғылықты жеріне тіркеу туралы мәлімет', [11656, 11656]), 'сведения о регистрации по постоянному месту жительства', 'information on registration at the permanent place of residence'), kind: 'ORIGINAL_FOR_VERIFICATION', fromStateSystem: true, condition: null, photo: null, cite: cite(code, 11), lines: ln([11656], [11660, 11673]) },
      { name: T(frag('есептік-әскери құжат (тіркеу туралы куәлік, әскери билет, уақытша куәлік (әскери билеттің орнына), әскери билеттің орнына анықтама)', [11657, 11658]), 'военно-учётный документ (приписное свидетельство, военный билет, временное удостоверение (взамен военного билета), справка взамен военного билета)', 'military registration document (registration certificate, military ID, temporary certificate (in place of a military ID), certificate in place of a military ID)'),
        kind: 'ORIGINAL_FOR_VERIFICATION', fromStateSystem: false, condition: T(frag('бар болған кезде', [11657, 11658]), 'при наличии', 'if available'), photo: null, cite: cite(code, 11), lines: ln([11657, 11658], [11668, 11673]) },
      { name: T(frag('көші-қон полициясының рұқсаты (түпнұсқасы)', [11659, 11659]), 'разрешение миграционной полиции (оригинал)', 'migration-police permit (original)'), kind: 'ORIGINAL', fromStateSystem: false, condition: null, photo: null, cite: cite(code, 11), lines: ln([11659]) },
    ], cite: cite(code, 11), lines: ln([11650, 11659]) }];
    x.stateSystemData = { items: [
      T(frag('тұтынушының жеке куәлігі туралы', p11.iss) + ' мәліметтер', 'сведения об удостоверении личности потребителя', "data of the consumer's identity card"),
      T(frag('тұрақты тұрғылықты жеріне тіркеу туралы мәліметтер', p11.iss), 'сведения о регистрации по постоянному месту жительства', 'data on registration at the permanent place of residence'),
    ],
      text: T(K(p11.iss), 'Сведения об удостоверении личности потребителя, о регистрации по постоянному месту жительства, имеющиеся в государственных информационных системах, уполномоченный орган или центр получает из соответствующих государственных информационных систем через информационную систему центра в форме электронных документов, удостоверенных электронной цифровой подписью уполномоченного лица.', "The data of the consumer's identity card and of registration at the permanent place of residence held in the state information systems is obtained by the authorized body or the centre from the relevant state information systems, through the centre's information system, as electronic documents certified by the electronic digital signature of the authorized person."),
      cite: cite(code, 11), lines: ln(p11.iss) };
    x.originals = { text: T(K(p11.orig), `${ORIGINALS_SHORT[0]} При приёме документов работник уполномоченного органа или центра сверяет подлинность оригиналов со сведениями, полученными из государственных информационных систем, после чего возвращает оригиналы потребителю.`, `${ORIGINALS_SHORT[1]} When accepting the documents, the employee of the authorized body or of the centre checks the authenticity of the originals against the data obtained from the state information systems and then returns the originals to the consumer.`), cite: cite(code, 11), lines: ln(p11.orig) };
  }
  if (code === 'S7') {
    x.documents = [{ case: null, submittedBy: SUBMITTED_BY(code), items: [
      { name: T(frag('осы стандартқа 4-қосымшаға сәйкес үлгі бойынша өтініш', [13879, 13879]), 'заявление по форме согласно приложению 4 к настоящему стандарту', 'application in the form given in Appendix 4 to this standard'), kind: 'FORM', fromStateSystem: false, condition: null, photo: null, cite: cite(code, 11), lines: ln([13879]) },
      { name: T(frag('жеке куәлік', [13880, 13880]), ID_CARD.ru, ID_CARD.en), kind: 'ORIGINAL_FOR_VERIFICATION', fromStateSystem: true, condition: null, photo: null, cite: cite(code, 11), lines: ln([13880], [13883, 13893]) },
      { name: T(frag('тұрғылықты жеріне тіркеу туралы мәліметтер', [13881, 13881]), 'сведения о регистрации по месту жительства', 'information on registration at the place of residence'), kind: 'ORIGINAL_FOR_VERIFICATION', fromStateSystem: true, condition: null, photo: null, cite: cite(code, 11), lines: ln([13881], [13883, 13893]) },
      { name: T(frag('көлемі 3х4 см фотосурет', [13882, 13882]), 'фотография размером 3х4 см', 'photograph, 3×4 cm'), kind: 'ORIGINAL', fromStateSystem: false, condition: null, photo: { widthCm: 3, heightCm: 4, count: null, inUniform: false }, cite: cite(code, 11), lines: ln([13882]) },
    ], cite: cite(code, 11), lines: ln([13877, 13882]) }];
    x.stateSystemData = { items: [
      T(frag('тұтынушының жеке куәлігі туралы', p11.iss) + ' мәліметтер', 'сведения об удостоверении личности потребителя', "data of the consumer's identity card"),
      T(frag('тұрғылықты жерге тіркеу туралы мәліметтер', p11.iss), 'сведения о регистрации по месту жительства', 'data on registration at the place of residence'),
    ],
      text: T(K(p11.iss), 'Сведения об удостоверении личности потребителя, о регистрации по месту жительства, имеющиеся в государственных информационных системах, уполномоченный орган или центр получает из соответствующих государственных информационных систем через информационную систему центра в форме электронного документа, удостоверенного электронной цифровой подписью уполномоченного лица.', "The data of the consumer's identity card and of registration at the place of residence held in the state information systems is obtained by the authorized body or the centre from the relevant state information systems, through the centre's information system, as an electronic document certified by the electronic digital signature of the authorized person."),
      cite: cite(code, 11), lines: ln(p11.iss) };
    x.originals = { text: T(K(p11.orig), `${ORIGINALS_SHORT[0]} При приёме документов работник уполномоченного органа или центра сверяет подлинность оригиналов со сведениями, представленными из государственных информационных систем, после чего возвращает оригиналы потребителю.`, `${ORIGINALS_SHORT[1]} When accepting the documents, the employee of the authorized body or of the centre checks the authenticity of the originals against the data provided from the state information systems and then returns the originals to the consumer.`), cite: cite(code, 11), lines: ln(p11.orig) };
  }
  x.applicationForm = { S1: appForm('S1', 'F-A', null), S2: appForm('S2', 'F-B', NOTE_SWAP_S2), S6: appForm('S6', 'F-A', NOTE_SWAP_S6), S7: appForm('S7', 'F-E', null) }[code];
  x.anomalies = ANOMALIES[code]();

  return {
    code,
    provider: provider(code),
    channels: c.channels,
    form: c.form,
    legalBases: x.legalBases,
    information: c.information,
    results: x.results,
    recipients: x.recipients,
    cases: [],
    deadlines: x.deadlines,
    fee: c.fee,
    schedules: c.schedules,
    electronicQueue: c.electronicQueue,
    mobileCentres: c.mobileCentres,
    premises: c.premises,
    documents: x.documents,
    stateSystemData: x.stateSystemData,
    originals: x.originals,
    applicationForm: x.applicationForm,
    formAvailability: c.formAvailability,
    submission: c.submission,
    receipt: c.receipt,
    handover: c.handover,
    refusal: c.refusal,
    principles: c.principles,
    indicatorsPublication: c.indicatorsPublication,
    indicators: c.indicators,
    complaints: c.complaints,
    contacts: c.contacts,
    anomalies: x.anomalies,
  };
}

// ------------------------------------------------------------------ anomalies (where the printed text is odd; section 9 of the analysis, checked against the lines)
const A = (text, c, lines) => ({ text, cite: c, lines });
const receiptItem5 = (code) => A('Para 14 item 5): the receipt names only the employee of the centre ("орталық қызметкерінің") who accepted the application, although the same paragraph says the receipt is given at the authorized body or at the centre. Stored as printed.', cite(code, 14, 5), ln(S[code].p14.items[4]));
const app3Heading = (code) => A('Appendix 3 is headed "Сапа және тиімділік көрсеткіштерінің мәні" (quality and effectiveness), while para 18 and the first column say "сапа және қолжетімділік" (quality and accessibility). Only the normative-value column is filled; the target-value and current-value columns are blank.', `${code} App.3`, ln(S[code].app3range));
const ANOMALIES = {
  S1: () => [
    A('Para 1 has no sentence on mobile population service centres (S2–S7 have one), although para 9 regulates mobile centres (L193–195). provider.mobileCentresSentence = false.', cite('S1', 1), ln(S.S1.p1)),
    A('Para 5 names no reasoned-refusal alternative to the certificate (S2–S7 do), although para 16 provides for refusal. results.reasonedRefusalPossible = false as printed.', cite('S1', 5), ln(S.S1.p5)),
    A('Para 14 item 1) prints the singular "құжаттардың нөмірі" (the other standards: "нөмірлері").', cite('S1', 14, 1), ln(S.S1.p14.items[0])),
    receiptItem5('S1'),
    A('Para 18 prints the Ministry of Defence site as "www.mod.kz." (paras 4, 13 and 26: www.mod.gov.kz). Stored as printed in indicatorsPublication.sites ("www.mod.kz").', cite('S1', 18), ln([286])),
    app3Heading('S1'),
  ],
  S2: () => [
    A('Para 3 cites Government Decree No 1232 of 12.12.2005 marked "(ҚБПҮ)" = "қызмет бабында пайдалану үшін" (for official use only): the Regulations are unpublished, so para 9 sub-para 29) cannot be checked against a public text.', cite('S2', 3), ln(S.S2.p3)),
    A('Para 4 item 1) is printed "1." instead of "1)".', cite('S2', 4, 1), ln([2351])),
    A('Para 7 gives the extensions in months ("1 айға дейін", "3 айға дейін"), where S1 and S7 give 30 and 90 working days. Stored with unit MONTHS.', cite('S2', 7, 1), ln([2380, 2385], [2394, 2399])),
    A('Para 11 ends with an eligibility condition for which the schema has no field, so it is recorded only here: "Анықтама Кеңес Армиясының және Әскери-теңіз флотының, Қазақстан Республикасы Қарулы Күштерінің, басқа да әскерлері мен әскери құралымдарының қатарында міндетті әскери қызмет өткерген адамға беріледі." (The certificate is issued to a person who did compulsory military service in the ranks of the Soviet Army and Navy, the Armed Forces of the Republic of Kazakhstan, or other troops and military formations.)', cite('S2', 11), ln(S.S2.p11.extra)),
    receiptItem5('S2'),
    A('Para 18 prints the Ministry of Defence site as "www.mod.kz." (paras 4, 13 and 26: www.mod.gov.kz). Stored as printed in indicatorsPublication.sites ("www.mod.kz").', cite('S2', 18), ln([2514])),
    app3Heading('S2'),
    A('Appendix 4 prints form F-B, the application for a certificate to a citizen leaving for permanent residence outside the Republic of Kazakhstan (migration-police permit attached). It does not fit this service (certificates confirming military service) but fits S6, whose Appendix 4 (F-A, "Растайтын анықтама", offering "әскери қызмет өткергені туралы") fits S2: the two forms appear swapped. Stored as printed (applicationForm F-B, with a note).', 'S2 App.4', ln(S.S2.app4)),
  ],
  S6: () => [
    A('Para 3 is garbled by the extraction: "Заңының , Қазақстан Республикасы Үкіметінің 2012 жылғы 27 маусымдағы № 15-бабына 859 қаулысымен … қағидаларының , , , ,  54 63 64 68 88-тармақтарына". Read as Article 15 of the Law of 16.02.2012 (no paragraph) and paragraphs 54, 63, 64, 68, 88 of the Rules approved by Decree No 859 of 27.06.2012.', cite('S6', 3), ln([11570, 11576])),
    A('Para 6 item 4) excludes "Қазақстан Республикасының шегінен тыс тұратын адамдарды" (persons living outside the borders of the RK), without "тұрақты" (permanently) as in S2; item 3) says "бас бостандығынан айыру" where S2 says "бостандығынан айыру" (same meaning).', cite('S6', 6, 4), ln([11601, 11602])),
    A('Para 7 has no extension terms (S1, S2, S7 have two), and the centre\'s items 2) and 3) are worded as the maximum time "before receiving the service" and the maximum service time "on the day of application", not as queue times at submission and at receipt. Stored as WAIT_BEFORE_SERVICE and SERVICE_ON_DAY.', cite('S6', 7), ln([11605, 11619])),
    A('Para 9: the mobile centres work on a schedule approved by the centre ("орталық бекіткен кестеге сәйкес", variant M-B), not jointly by the migration police and the local executive bodies as in S1, S2 and S7. Stored as scheduleApprovedBy CENTRE.', cite('S6', 9), ln(S.S6.p9.mob)),
    A('Para 11 introduces its list with a case heading, "тапсырылған әскери билеттің орнына анықтама алған кезде (Қазақстан Республикасының шегінен тыс шыққан кезде)", which is the only case: stored as the single implicit case (cases empty, documents case null); the heading has no field of its own.', cite('S6', 11), ln([11652, 11653])),
    A('Para 13 adds "www.mod.gov.kz., www.con.gov.kz. интернет-ресурсында көрсетілген мекенжайлар бойынша" (at the addresses given on those sites), with the words scrambled by the extraction (line 11683 ends "…www.con.gov.kz. тармағында"); read with "тармағында" restored after "11-". Websites kept as printed.', cite('S6', 13), ln([11681, 11686])),
    receiptItem5('S6'),
    app3Heading('S6'),
    A('Appendix 4 prints form F-A, the "Растайтын анықтама" application (identical to S1\'s; it offers "әскери қызмет өткергені туралы"). It does not fit this service (a certificate in place of the surrendered military ID on leaving the RK) but fits S2, whose Appendix 4 (F-B, certificate for a citizen leaving for permanent residence abroad, migration-police permit attached) fits S6: the two forms appear swapped. Stored as printed (applicationForm F-A, with a note).', 'S6 App.4', ln(S.S6.app4)),
  ],
  S7: () => [
    A('Para 7 item 1): the near-abroad-archives extension says "анықтама беру мерзімі" (term for issuing the certificate/spravka) although this standard issues an ID card (куәлік); the sentence before it says "Куәлік беру үшін". Apparently copied from S1; read as the term for issuing the куәлік.', cite('S7', 7, 1), ln([13826, 13827], [13840, 13841])),
    A('Para 11 asks for "көлемі 3х4 см фотосурет" without a number of photos (S3–S5 say "екі"); Appendix 4 lists "Фотосурет 3х4 – 2 дана" (L15986). Stored with photo.count null. Appendix 4 also attaches a copy of the identity card (L15987), while para 11 asks for the identity card itself (original for verification).', cite('S7', 11), ln([13882])),
    receiptItem5('S7'),
    app3Heading('S7'),
    A('Appendix 3: the header of the "ағымдағы мәні" (current value) column is split by the extraction ("Көрсеткіштің есептілік" printed before the first column). A layout artefact only; the indicators and values are the same as in the other standards.', 'S7 App.3', ln([15891, 15904])),
  ],
};

// ------------------------------------------------------------------ output
const OUT = process.argv[3] ?? new URL('./standards/', import.meta.url).pathname;
const only = process.argv.slice(4);
for (const code of ['S1', 'S2', 'S6', 'S7']) {
  if (only.length && !only.includes(code)) continue;
  const doc = standard(code);
  fs.writeFileSync(`${OUT}/${code}.json`, `${JSON.stringify(doc, null, 2)}\n`);
}
for (const h of unused) problems.push(`hyperlink fix never used: ${h}`);
// leftovers of the extraction in any Kazakh string: a word glued after punctuation, a dangling hyphen, spaced brackets, letter-spacing
const scan = (v, path) => {
  if (Array.isArray(v)) v.forEach((x, i) => scan(x, `${path}.${i}`));
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) scan(x, `${path}.${k}`);
  else if (typeof v === 'string' && path.endsWith('.kk')) {
    const t = v.replace(/www\.[a-z.]+/g, 'URL');
    if (/[.;,]\p{L}|\d- |\( | \)| [,;.]|(\s\p{L}){4}\s/u.test(t)) problems.push(`suspicious text at ${path}: «${v}»`);
  }
};
for (const code of ['S1', 'S2', 'S6', 'S7']) scan(standard(code), code);
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
