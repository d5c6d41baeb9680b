// Whole articles in which context travels: a month, destination or series set by a heading, a
// dateline, a question or an earlier sentence, and picked up again by "the same month", "that
// month", "a year earlier", "the figure"; paragraphs that turn from China's exports to a buyer's own
// statistics or a company's sales and back; corrections that restate a figure; officials who round;
// two months compared and then a third; lists whose items each carry their own month; a figure whose
// own clause names another month than its sentence's main clause; quarter, half-year and twelve-month
// totals; and numbers of other units (containers, licences, days, workers, per cent of capacity)
// that coincide with real figures. Every true part is computed from the reference data; every other
// part states no figure of China's exports, though its number often equals one.

import { addMonths } from "../../src/domain/period.js";
import {
  cap,
  MONTH_ABBR,
  monthName,
  percent,
  pick,
  rng,
  tonnage,
  yearNo,
  type MonthFact,
  type Rand,
} from "./true-statements.js";

const grouped = (n: number) => n.toLocaleString("en-US", { maximumFractionDigits: 3 });

/** One part of an article: `true/<kind>` states a figure of the data truly, any other kind none. */
export interface ArticlePart {
  text: string;
  form: string;
  start: number;
  end: number;
}

export interface Article {
  text: string;
  published: string;
  kind: string;
  parts: ArticlePart[];
}

interface Piece {
  text: string;
  /** true: a true statement of China's exports; false: no statement of them. */
  truth: boolean;
  /** What joins it to the piece before: a space, a paragraph break, a line break. */
  sep?: string;
}
type Writer = (
  r: Rand,
  f: MonthFact,
  all: readonly MonthFact[],
) => { published: string; pieces: Piece[] } | null;

const T = (text: string, sep?: string): Piece => ({ text, truth: true, ...(sep ? { sep } : {}) });
const N = (text: string, sep?: string): Piece => ({ text, truth: false, ...(sep ? { sep } : {}) });

const NOUN: Record<string, string[]> = {
  "rare-earth-magnets": ["rare earth magnet", "magnet", "NdFeB magnet", "permanent magnet"],
  "rare-earths": ["rare earth", "rare-earth"],
  "rare-earth-products": ["rare earth product"],
  "rare-earth-magnets-incl-powder-alloy": ["magnet, magnet powder and alloy"],
  antimony: ["antimony"],
};
const PLURAL: Record<string, string[]> = {
  "rare-earth-magnets": ["rare earth magnets", "magnets", "permanent magnets"],
  "rare-earths": ["rare earths", "rare earth elements"],
  "rare-earth-products": ["rare earth products"],
  "rare-earth-magnets-incl-powder-alloy": ["magnets, magnet powders and alloys"],
  antimony: ["antimony products"],
};
const PARTNER: Record<string, string[]> = {
  USA: ["the United States", "the US"],
  JPN: ["Japan"],
  DEU: ["Germany"],
  KOR: ["South Korea"],
  IND: ["India"],
  VNM: ["Vietnam"],
};
const OWN_DATA: Record<string, string> = {
  USA: "US Census Bureau figures",
  JPN: "Japan's Ministry of Finance data",
  DEU: "figures from Destatis",
  KOR: "Korea Customs Service data",
  IND: "Indian commerce ministry data",
  VNM: "Vietnamese customs data",
};
const COMPANIES = ["JL Mag", "Ningbo Yunsheng", "Zhong Ke San Huan", "Zhenghai Magnetic", "Baotou Tianhe"];

const noun = (r: Rand, s: string) => pick(r, NOUN[s] ?? [s]);
const plural = (r: Rand, s: string) => pick(r, PLURAL[s] ?? [s]);
const place = (r: Rand, iso: string) => pick(r, PARTNER[iso] ?? [iso]);
const bare = (name: string) => name.replace(/^the /, "");
/** "Japan's", "the US's", "the United States'". */
const possessive = (name: string) => (name.endsWith("s") ? `${name}'` : `${name}'s`);
const t = (r: Rand, v: number) => tonnage(r, v).text;
const exact = (r: Rand, v: number) => `${grouped(v)} ${pick(r, ["tonnes", "t", "tons"])}`;
const abbr = (p: string) => MONTH_ABBR[Number(p.slice(5, 7)) - 1] as string;
const published = (r: Rand, period: string) =>
  `${addMonths(period, 1)}-${String(8 + Math.floor(r() * 18)).padStart(2, "0")}`;

const world = (f: MonthFact, all: readonly MonthFact[], period = f.period) =>
  all.find((x) => x.series === f.series && x.partner === "WLD" && x.period === period);
const mom = (f: MonthFact) => {
  const p = f.stats.mom_pct;
  const from = f.stats.inputs.mom_pct?.[0];
  return p === null || !from || Math.abs(p) < 1 ? null : { pct: p, from: from.period, value: from.value };
};
const moved = (r: Rand, pct: number) =>
  `${pct > 0 ? pick(r, ["rose", "climbed", "increased"]) : pick(r, ["fell", "dropped", "slipped"])} ${percent(r, pct).text}`;
const subjectOf = (r: Rand, f: MonthFact) =>
  f.partner === "WLD"
    ? `China's ${noun(r, f.series)} exports`
    : `China's ${noun(r, f.series)} exports to ${place(r, f.partner)}`;
/** A real figure placed elsewhere: this month's, another destination's, another month's. */
function decoy(r: Rand, f: MonthFact, all: readonly MonthFact[]): number {
  const same = all.filter((o) => o.series === f.series && o.level >= 20 && o !== f);
  return r() < 0.4 || same.length === 0 ? Math.max(20, Math.round(f.level)) : Math.round(pick(r, same).level);
}

// ---------------------------------------------------------------------------------------------
// Context set earlier and picked up by "the same month", "that month", "the figure"

/** "... in November. In the same month, shipments to Japan came to 305 t." */
const sameMonth: Writer = (r, f, all) => {
  if (f.partner === "WLD") return null;
  const w = world(f, all);
  if (!w) return null;
  const pub = published(r, f.period);
  const c = mom(w);
  const lead = c
    ? `China's ${noun(r, f.series)} exports ${moved(r, c.pct)} to ${t(r, w.level)} in ${monthName(f.period)}.`
    : `China exported ${t(r, w.level)} of ${plural(r, f.series)} in ${monthName(f.period)}.`;
  const ref = pick(r, [
    "In the same month",
    "That month",
    "The same month",
    "During that month",
    "In that month",
  ]);
  const next = pick(r, [
    `${ref}, shipments to ${place(r, f.partner)} came to ${t(r, f.level)}.`,
    `${ref}, ${place(r, f.partner)} took ${t(r, f.level)}.`,
    `${cap(bare(place(r, f.partner)))} received ${t(r, f.level)} ${ref.toLowerCase().replace(/^in |^during /, "in ")}.`,
  ]);
  return { published: pub, pieces: [T(lead), T(next)] };
};

/** A release named with its month, the destination's figure in the next sentence: "The figure ...". */
const theFigure: Writer = (r, f) => {
  const c = mom(f);
  if (!c) return null;
  const pub = published(r, f.period);
  const first = `${cap(subjectOf(r, f))} ${pick(r, ["were", "came to", "stood at"])} ${t(r, f.level)} in ${monthName(f.period)}.`;
  const second = pick(r, [
    `The figure was ${percent(r, c.pct).text} ${c.pct > 0 ? "higher" : "lower"} than in ${monthName(c.from)}.`,
    `That figure was ${c.pct > 0 ? "up" : "down"} ${percent(r, c.pct).text} on ${monthName(c.from)}.`,
    `The number ${c.pct > 0 ? "rose" : "fell"} ${percent(r, c.pct).text} from ${monthName(c.from)}'s ${exact(r, c.value)}.`,
  ]);
  return { published: pub, pieces: [T(first), T(second)] };
};

/** A month's level and, next, the level a year before, told by "a year earlier" alone. */
const yearEarlier: Writer = (r, f) => {
  const ago = addMonths(f.period, -12);
  const before = f.months.get(ago);
  if (before === undefined || before < 20) return null;
  const pub = published(r, f.period);
  const first = `${cap(subjectOf(r, f))} ${pick(r, ["were", "totalled", "reached"])} ${t(r, f.level)} in ${monthName(f.period)} ${yearNo(f.period)}.`;
  const second = pick(r, [
    `A year earlier, they had been ${t(r, before)}.`,
    `A year earlier the figure was ${t(r, before)}.`,
    `In the same month a year before, ${exact(r, before)} had left the country.`,
    `That compares with ${t(r, before)} a year earlier.`,
  ]);
  return { published: pub, pieces: [T(first), T(second)] };
};

/** A question names the month and destination; the answer gives only the figure. */
const questionLead: Writer = (r, f) => {
  const pub = published(r, f.period);
  const to = f.partner === "WLD" ? "" : ` to ${place(r, f.partner)}`;
  const q = pick(r, [
    `What happened to ${noun(r, f.series)} shipments${to} in ${monthName(f.period)}?`,
    `How did ${noun(r, f.series)} exports${to} fare in ${abbr(f.period)}?`,
    `So what about ${monthName(f.period)}${to ? `, and ${bare(place(r, f.partner))}` : ""}?`,
  ]);
  const c = mom(f);
  const a = c
    ? `They ${moved(r, c.pct)} to ${t(r, f.level)}.`
    : `They came to ${t(r, f.level)}, customs data show.`;
  return { published: pub, pieces: [N(q), T(a, pick(r, [" ", "\n"]))] };
};

/** A heading with the month and destination over a short paragraph that names neither. */
const headingMonth: Writer = (r, f) => {
  const pub = published(r, f.period);
  const who = f.partner === "WLD" ? "All destinations" : cap(bare(place(r, f.partner)));
  const head = pick(r, [
    `## ${who}, ${monthName(f.period)} ${yearNo(f.period)}`,
    `${who} — ${abbr(f.period)} ${yearNo(f.period)}`,
    `### ${monthName(f.period)}: ${who}`,
  ]);
  const c = mom(f);
  const body = c
    ? `${cap(plural(r, f.series))} ${moved(r, c.pct)} on the month to ${t(r, f.level)}.`
    : `Shipments of ${plural(r, f.series)} came to ${t(r, f.level)}.`;
  return { published: pub, pieces: [N(head), T(body, "\n")] };
};

// ---------------------------------------------------------------------------------------------
// Paragraphs that switch subject and come back

/** China's figure for a buyer, the buyer's own count (a decoy), then China's again. */
const switchToBuyer: Writer = (r, f, all) => {
  if (f.partner === "WLD" || !OWN_DATA[f.partner]) return null;
  const pub = published(r, f.period);
  const name = place(r, f.partner);
  const adj = name;
  const own = decoy(r, f, all);
  const first = `${cap(subjectOf(r, f).replace(/ to .*$/, ""))} to ${name} were ${t(r, f.level)} in ${monthName(f.period)}.`;
  const middle = pick(r, [
    `${cap(possessive(adj))} own import data tell a different story: ${OWN_DATA[f.partner]} show arrivals of ${exact(r, own)} from China in ${monthName(f.period)}.`,
    `On the other side, ${OWN_DATA[f.partner]} recorded imports of ${exact(r, own)} from China that month.`,
    `${cap(possessive(adj))} customs counted ${exact(r, own)} of Chinese ${plural(r, f.series)} arriving in ${abbr(f.period)}, ${pick(r, ["a gap traders put down to shipping times", "because goods in transit are counted later"])}.`,
  ]);
  const back = pick(r, [
    `By China's count, the ${monthName(f.period)} figure of ${t(r, f.level)} was the one that matters for licences.`,
    `Chinese customs, for their part, stuck to ${exact(r, f.level)}.`,
  ]);
  return { published: pub, pieces: [T(first), N(middle), T(back)] };
};

/** A company's sales (a real figure's number), then China's total in the next sentence. */
const companyThenTotal: Writer = (r, f, all) => {
  const w = f.partner === "WLD" ? f : world(f, all);
  if (!w || w.series !== "rare-earth-magnets") return null;
  const pub = published(r, f.period);
  const co = pick(r, COMPANIES);
  const sold = decoy(r, f, all);
  const c = mom(w);
  const pieces = [
    N(
      `${co} said ${pick(r, ["it", "the group"])} had sold ${exact(r, sold)} of magnets in ${monthName(f.period)}.`,
    ),
    N(
      pick(r, [
        `Its exports to ${place(r, pick(r, ["USA", "JPN", "DEU"]))} rose ${percent(r, (r() * 30 + 2) * (r() < 0.5 ? 1 : -1)).text} to ${exact(r, decoy(r, f, all))}.`,
        `The firm's overseas shipments came to ${exact(r, decoy(r, f, all))} in the same month.`,
        `That was ${percent(r, r() * 40 + 2).text} more than the group sold a year earlier.`,
      ]),
    ),
    T(
      c
        ? `Nationwide, ${noun(r, w.series)} exports ${moved(r, c.pct)} to ${t(r, w.level)} in ${monthName(w.period)}.`
        : `Nationwide, China exported ${t(r, w.level)} of ${plural(r, w.series)} in ${monthName(w.period)}.`,
    ),
  ];
  return { published: pub, pieces };
};

/** A correction that restates the figure: the misstated one is no claim, the restated one is true. */
const correctionRestated: Writer = (r, f) => {
  const pub = published(r, f.period);
  const wrong = Math.round(f.level * pick(r, [0.9, 1.1, 1.5, 0.6]));
  if (Math.abs(wrong - f.level) < 5) return null;
  const subj = subjectOf(r, f);
  const way = Math.floor(r() * 3);
  if (way === 0)
    return {
      published: pub,
      pieces: [
        N(
          `Correction: an earlier version of this story gave ${subj} in ${monthName(f.period)} as ${exact(r, wrong)}.`,
        ),
        T(`The correct figure is ${exact(r, f.level)}.`),
      ],
    };
  if (way === 1)
    return {
      published: pub,
      pieces: [
        T(
          `(Corrects ${monthName(f.period)} figure in paragraph 2 to ${exact(r, f.level)} from ${exact(r, wrong)})`,
        ),
      ],
    };
  return {
    published: pub,
    pieces: [
      T(`${cap(subj)} were ${exact(r, f.level)} in ${monthName(f.period)},`),
      N(`not ${exact(r, wrong)} as stated in an earlier version.`),
    ],
  };
};

/** An official who rounds, quoted after the exact figure. */
const officialRounds: Writer = (r, f) => {
  if (f.level < 200) return null;
  const pub = published(r, f.period);
  const step = f.level >= 2000 ? 100 : 10;
  const round = Math.round(f.level / step) * step;
  const first = `${cap(subjectOf(r, f))} came to ${exact(r, f.level)} in ${monthName(f.period)}, customs data showed.`;
  const quote = pick(r, [
    `"That is roughly ${grouped(round)} tonnes, in line with demand," a ${pick(r, ["commerce ministry", "customs"])} spokesperson said.`,
    `"We saw about ${grouped(round)} tonnes leave in ${monthName(f.period)}," an official told reporters.`,
    `An official put the figure at "around ${grouped(round)} tonnes".`,
  ]);
  return { published: pub, pieces: [T(first), T(quote)] };
};

// ---------------------------------------------------------------------------------------------
// Several months in one passage

/** Two months compared, then a third named: each figure to its own month. */
const twoThenThird: Writer = (r, f) => {
  const prev = addMonths(f.period, -1);
  const third = [addMonths(f.period, -2), addMonths(f.period, -3), addMonths(f.period, -12)].find(
    (p) => (f.months.get(p) ?? 0) >= 20,
  );
  const before = f.months.get(prev);
  if (before === undefined || before < 20 || !third) return null;
  const pub = published(r, f.period);
  const v3 = f.months.get(third) as number;
  const first = `${cap(subjectOf(r, f))} ${f.level >= before ? "rose" : "fell"} to ${t(r, f.level)} in ${monthName(f.period)} from ${exact(r, before)} in ${monthName(prev)}.`;
  const when3 =
    third === addMonths(f.period, -12) ? `${monthName(third)} ${yearNo(third)}` : monthName(third);
  const second = pick(r, [
    `In ${when3} they had been ${t(r, v3)}.`,
    `${cap(when3)} had seen ${t(r, v3)}.`,
    `Back in ${when3}, the figure was ${t(r, v3)}.`,
  ]);
  return { published: pub, pieces: [T(first), T(second)] };
};

/** A list whose items each carry their own month. */
const listOwnMonths: Writer = (r, f) => {
  const months = [...f.months.entries()].filter(([p, v]) => p <= f.period && v >= 20).slice(-3);
  if (months.length < 3) return null;
  const pub = published(r, f.period);
  const lead = `${cap(noun(r, f.series))} shipments${f.partner === "WLD" ? "" : ` to ${place(r, f.partner)}`}, ${pick(r, ["month by month", "recent months", "the last three prints"])}:`;
  const way = Math.floor(r() * 3);
  const items = months.map(([p, v]) =>
    way === 0
      ? `${exact(r, v)} (${abbr(p)})`
      : way === 1
        ? `${monthName(p)} ${exact(r, v)}`
        : `${abbr(p)}: ${exact(r, v)}`,
  );
  const text =
    way === 2
      ? `${lead}\n${items.map((x) => `- ${x}`).join("\n")}`
      : `${lead} ${items.slice(0, -1).join(", ")} and ${items.at(-1)}.`;
  return { published: pub, pieces: [T(text)] };
};

/** A clause naming another month inside a sentence about this one: "In November, when October's ...". */
const whenAside: Writer = (r, f, all) => {
  const c = mom(f);
  const prev = addMonths(f.period, -1);
  const before = f.months.get(prev);
  if (!c || before === undefined) return null;
  const pub = published(r, f.period);
  const w = f.partner === "WLD" ? null : world(f, all);
  const aside = pick(r, [
    `when ${monthName(prev)}'s figure was revised`,
    `a month after ${monthName(prev)}'s ${exact(r, before)}`,
    `when traders were still digesting ${monthName(prev)}'s data`,
    ...(w ? [`when total exports reached ${exact(r, w.level)}`] : []),
  ]);
  const subj = f.partner === "WLD" ? `${noun(r, f.series)} shipments` : `shipments to ${place(r, f.partner)}`;
  const text = pick(r, [
    `In ${monthName(f.period)}, ${aside}, ${subj} ${moved(r, c.pct)} to ${t(r, f.level)}.`,
    `${cap(subj)} ${moved(r, c.pct)} in ${monthName(f.period)}, ${aside}, to ${t(r, f.level)}.`,
  ]);
  return { published: pub, pieces: [T(text)] };
};

/** Year to date and the month's change in one sentence. */
const ytdAndMonth: Writer = (r, f) => {
  const c = mom(f);
  const ytd = f.stats.ytd;
  const n = Number(f.period.slice(5, 7));
  if (!c || ytd === null || n < 3) return null;
  const pub = published(r, f.period);
  const text = pick(r, [
    `${cap(subjectOf(r, f))} ${moved(r, c.pct)} month-on-month in ${monthName(f.period)}, bringing the year-to-date total to ${t(r, ytd)}.`,
    `Year-to-date shipments reached ${t(r, ytd)} by ${monthName(f.period)}, when ${subjectOf(r, f)} ${moved(r, c.pct)} from ${monthName(c.from)}.`,
    `Between January and ${monthName(f.period)}, ${subjectOf(r, f)} totalled ${t(r, ytd)}; the month alone ${c.pct > 0 ? "rose" : "fell"} ${percent(r, c.pct).text} from ${monthName(c.from)}.`,
  ]);
  return { published: pub, pieces: [T(text)] };
};

/** A quarter's, a half-year's or a twelve-month total, when every month in it is held. */
const spanTotal: Writer = (r, f) => {
  const n = Number(f.period.slice(5, 7));
  const y = yearNo(f.period);
  const sum = (months: number) => {
    let s = 0;
    for (let i = 0; i < months; i++) {
      const v = f.months.get(addMonths(f.period, -i));
      if (v === undefined) return null;
      s += v;
    }
    return Math.round(s * 10) / 10;
  };
  const ways: Array<[string, number | null]> = [];
  if (n % 3 === 0)
    ways.push([`in the ${["first", "second", "third", "fourth"][n / 3 - 1]} quarter of ${y}`, sum(3)]);
  if (n % 3 === 0) ways.push([`in Q${n / 3} ${y}`, sum(3)]);
  if (n === 12) ways.push([`in the second half of ${y}`, sum(6)]);
  ways.push([`over the 12 months to ${monthName(f.period)} ${y}`, sum(12)]);
  ways.push([`in the three months to ${monthName(f.period)}`, sum(3)]);
  const ok = ways.filter(([, v]) => v !== null);
  if (ok.length === 0) return null;
  const [span, v] = pick(r, ok);
  const pub = published(r, f.period);
  const to = f.partner === "WLD" ? "" : ` to ${place(r, f.partner)}`;
  return {
    published: pub,
    pieces: [T(`${cap(span)}, ${noun(r, f.series)} exports${to} totalled ${t(r, v as number)}.`)],
  };
};

/** "Since the deal": the month's figure told after a policy step that set a period long ago. */
const sinceDeal: Writer = (r, f) => {
  const may = f.months.get("2025-05");
  if (f.period < "2025-07" || may === undefined || f.level <= may) return null;
  const pub = published(r, f.period);
  const to = f.partner === "WLD" ? "" : ` to ${place(r, f.partner)}`;
  const deal = pick(r, ["the Geneva deal in May", "the truce agreed in May", "June's London talks"]);
  const text = pick(r, [
    `Since ${deal}, ${noun(r, f.series)} shipments${to} have recovered; in ${monthName(f.period)} they were ${t(r, f.level)}.`,
    `Shipments${to} have picked up since ${deal}, reaching ${t(r, f.level)} in ${monthName(f.period)}.`,
  ]);
  return { published: pub, pieces: [T(text)] };
};

/** A month's level, then "the previous record" told with its own month and figure. */
const previousRecord: Writer = (r, f) => {
  const earlier = [...f.months.entries()].filter(([p]) => p < f.period);
  if (earlier.length < 3) return null;
  const [recPeriod, recValue] = earlier.reduce((a, b) => (b[1] > a[1] ? b : a));
  if (recValue <= f.level || recValue < 20) return null;
  const pub = published(r, f.period);
  const first = `${cap(subjectOf(r, f))} ${pick(r, ["came to", "were"])} ${t(r, f.level)} in ${monthName(f.period)}.`;
  const second = pick(r, [
    `The record remains ${monthName(recPeriod)} ${yearNo(recPeriod)}'s ${exact(r, recValue)}.`,
    `That is still short of the record, ${exact(r, recValue)} in ${monthName(recPeriod)} ${yearNo(recPeriod)}.`,
    `The previous high, ${exact(r, recValue)}, was set in ${monthName(recPeriod)} ${yearNo(recPeriod)}.`,
  ]);
  return { published: pub, pieces: [T(first), T(second)] };
};

/** A destination's figure, then "the total that month" in the next clause. */
const totalThatMonth: Writer = (r, f, all) => {
  if (f.partner === "WLD") return null;
  const w = world(f, all);
  if (!w) return null;
  const pub = published(r, f.period);
  const text = pick(r, [
    `${cap(bare(place(r, f.partner)))} took ${t(r, f.level)} of Chinese ${plural(r, f.series)} in ${monthName(f.period)}; the total that month was ${t(r, w.level)}.`,
    `Shipments to ${place(r, f.partner)} came to ${t(r, f.level)} in ${monthName(f.period)}, out of ${t(r, w.level)} in all that month.`,
    `In ${monthName(f.period)}, ${place(r, f.partner)} received ${t(r, f.level)}. Overall exports in the same month were ${t(r, w.level)}.`,
  ]);
  return { published: pub, pieces: [T(text)] };
};

/** Year to date and a year-on-year change of the month in one sentence. */
const ytdAndYoy: Writer = (r, f) => {
  const ytd = f.stats.ytd;
  const yoy = f.stats.yoy_pct;
  if (ytd === null || yoy === null || Math.abs(yoy) < 1 || Number(f.period.slice(5, 7)) < 3) return null;
  const pub = published(r, f.period);
  const text = pick(r, [
    `Year-to-date ${subjectOf(r, f).replace(/^China's /, "")} reached ${t(r, ytd)} by ${monthName(f.period)}, and the month itself was ${yoy > 0 ? "up" : "down"} ${percent(r, yoy).text} year-on-year.`,
    `${cap(subjectOf(r, f))} ${moved(r, yoy)} year-on-year in ${monthName(f.period)}, taking the year-to-date total to ${t(r, ytd)}.`,
  ]);
  return { published: pub, pieces: [T(text)] };
};

// ---------------------------------------------------------------------------------------------
// Numbers of other units that coincide with real figures, and other countries' fiscal years

const otherUnits: Writer = (r, f, all) => {
  const pub = published(r, f.period);
  const v = decoy(r, f, all);
  const p = f.stats.mom_pct;
  const same = pick(r, [
    `${grouped(v)} containers`,
    `${grouped(v)} export licences`,
    `${grouped(v)} consignments`,
  ]);
  const lines = [
    `Ningbo handled ${same} of ${plural(r, f.series)} in ${monthName(f.period)}, port officials said.`,
    `The commerce ministry said it had granted ${grouped(v)} licences by the end of ${monthName(f.period)}.`,
    `Approvals took ${Math.max(2, Math.round(v) % 60)} days on average in ${monthName(f.period)}.`,
    `Magnet plants ran at ${p === null ? "71" : Math.abs(p).toFixed(1)}% of capacity in ${monthName(f.period)}.`,
    `${grouped(v)} workers were laid off at magnet plants in ${monthName(f.period)}, local media said.`,
    `${grouped(v)} companies held export licences for ${plural(r, f.series)} at the end of ${monthName(f.period)}.`,
  ];
  return { published: pub, pieces: [N(pick(r, lines))] };
};

/** Another country's fiscal year, and its own statistics, with a real figure's number. */
const fiscalYear: Writer = (r, f, all) => {
  const pub = published(r, f.period);
  const v = decoy(r, f, all);
  const y = yearNo(f.period);
  const lines = [
    `In the fiscal year to March ${y}, Japan imported ${exact(r, v)} of magnets from China, its finance ministry said.`,
    `India's imports of magnets from China reached ${exact(r, v)} in fiscal ${y - 1}-${String(y).slice(2)}.`,
    `In FY${String(y).slice(2)}, ${pick(r, COMPANIES)} sold ${exact(r, v)} of magnets abroad.`,
    `For the fiscal year ending in March, Japanese buyers took in ${exact(r, v)} of Chinese magnets.`,
  ];
  return { published: pub, pieces: [N(pick(r, lines))] };
};

/** A dateline and a lead that report a buyer's own statistics, a real figure's number in them. */
const datelineBuyer: Writer = (r, f, all) => {
  const iso = f.partner === "WLD" ? pick(r, ["JPN", "KOR", "DEU"]) : f.partner;
  const city: Record<string, string> = {
    JPN: "TOKYO",
    KOR: "SEOUL",
    DEU: "BERLIN",
    USA: "WASHINGTON",
    IND: "NEW DELHI",
    VNM: "HANOI",
  };
  const pub = published(r, f.period);
  const day = `${abbr(pub.slice(0, 7))} ${Number(pub.slice(8, 10))}`;
  const v = decoy(r, f, all);
  const head = `${city[iso] ?? "TOKYO"}, ${day} -`;
  const lead = pick(r, [
    `Imports of ${plural(r, f.series)} from China rose ${percent(r, r() * 30 + 2).text} in ${monthName(f.period)} to ${exact(r, v)}, government data showed on ${pick(r, ["Thursday", "Monday"])}.`,
    `The country's purchases of Chinese ${plural(r, f.series)} came to ${exact(r, v)} in ${monthName(f.period)}, its customs agency said.`,
  ]);
  return { published: pub, pieces: [N(`${head} ${lead}`)] };
};

/** A company named once, then its figures by pronoun: "Its shipments to Japan ...". */
const companyPronoun: Writer = (r, f, all) => {
  const pub = published(r, f.period);
  const co = pick(r, COMPANIES);
  const v = decoy(r, f, all);
  const to = place(r, f.partner === "WLD" ? pick(r, ["JPN", "USA", "DEU"]) : f.partner);
  return {
    published: pub,
    pieces: [
      N(`${co} published its monthly operating report on ${pick(r, ["Friday", "Tuesday"])}.`),
      N(
        pick(r, [
          `Its magnet shipments to ${to} came to ${exact(r, v)} in ${monthName(f.period)}.`,
          `Its exports rose to ${exact(r, v)} in ${monthName(f.period)}.`,
          `The group's sales abroad were ${exact(r, v)} in ${monthName(f.period)}, ${percent(r, r() * 30 + 2).text} more than a month earlier.`,
        ]),
      ),
    ],
  };
};

/** Show notes led by clock times, each item a topic, some with a real figure. */
const showNotes: Writer = (r, f) => {
  const pub = published(r, f.period);
  const c = mom(f);
  const lines = [
    `00:00 Intro`,
    `0${Math.floor(r() * 9) + 1}:${pick(r, ["12", "40", "05"])} ${cap(subjectOf(r, f))}: ${exact(r, f.level)} in ${monthName(f.period)}${c ? `, ${c.pct > 0 ? "up" : "down"} ${percent(r, c.pct).text} m/m` : ""}`,
    `1${Math.floor(r() * 9)}:${pick(r, ["30", "18"])} What the licences mean for carmakers`,
  ];
  return {
    published: pub,
    pieces: [N(lines[0] as string), T(lines[1] as string, "\n"), N(lines[2] as string, "\n")],
  };
};

const WRITERS: ReadonlyArray<[string, Writer, number]> = [
  ["same-month", sameMonth, 3],
  ["the-figure", theFigure, 3],
  ["year-earlier", yearEarlier, 2],
  ["question-lead", questionLead, 2],
  ["heading-month", headingMonth, 2],
  ["switch-to-buyer", switchToBuyer, 3],
  ["company-then-total", companyThenTotal, 2],
  ["correction-restated", correctionRestated, 3],
  ["official-rounds", officialRounds, 2],
  ["two-then-third", twoThenThird, 3],
  ["list-own-months", listOwnMonths, 2],
  ["when-aside", whenAside, 3],
  ["ytd-and-month", ytdAndMonth, 2],
  ["span-total", spanTotal, 3],
  ["since-deal", sinceDeal, 3],
  ["other-units", otherUnits, 3],
  ["fiscal-year", fiscalYear, 2],
  ["dateline-buyer", datelineBuyer, 2],
  ["company-pronoun", companyPronoun, 2],
  ["show-notes", showNotes, 2],
  ["previous-record", previousRecord, 2],
  ["total-that-month", totalThatMonth, 2],
  ["ytd-and-yoy", ytdAndYoy, 5],
];

/**
 * `count` articles, each of two or three passages of the kinds above, deterministic for a seed.
 * @example wholeArticles(facts, 3, 200)[0].parts.map((p) => p.form)
 */
export function wholeArticles(facts: readonly MonthFact[], seed: number, count: number): Article[] {
  const r = rng(seed);
  const usable = facts.filter((f) => f.level >= 1);
  const weights = WRITERS.reduce((n, [, , w]) => n + w, 0);
  const out: Article[] = [];
  for (let tries = 0; out.length < count && tries < count * 30; tries++) {
    let x = r() * weights;
    const [kind, write] = WRITERS.find(([, , w]) => (x -= w) < 0) ?? (WRITERS[0] as (typeof WRITERS)[number]);
    const got = write(r, pick(r, usable), facts);
    if (!got) continue;
    let text = "";
    const parts: ArticlePart[] = got.pieces.map((p, i) => {
      const sep = i === 0 ? "" : (p.sep ?? " ");
      const start = text.length + sep.length;
      text += sep + p.text;
      return { text: p.text, form: p.truth ? `true/${kind}` : kind, start, end: text.length };
    });
    out.push({ text, published: got.published, kind, parts });
  }
  return out;
}
