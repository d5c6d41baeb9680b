// Statements a reporter could write about China's exports, built from the figures analytics computes
// on the reference data: true ones, phrased in many ways (units, rounding, periods, where the
// destination sits, comparison bases, noun phrases, context carried from an earlier sentence), and
// false ones (a wrong month's figure, another destination's, a wrong base). The claim checker must
// never call a true one contradicted, and should still catch the false ones named in their own clause.

import { rankIn } from "../../src/analytics/month-figures.js";
import { computeStats } from "../../src/analytics/stats.js";
import { getSeries } from "../../src/analytics/series.js";
import type { Stats } from "../../src/analytics/types.js";
import { addMonths, MONTH_NAMES } from "../../src/domain/period.js";
import type { Store } from "../../src/store/open-store.js";

/** One month of one series and destination, as analytics gives it. */
export interface MonthFact {
  series: string;
  partner: string;
  period: string;
  level: number;
  stats: Stats;
  /** Every month held of the same series and destination: for ranks over windows. */
  months: ReadonlyMap<string, number>;
}

export interface Statement {
  text: string;
  published: string;
  /** The wording class that produced it: failures are reported by class. */
  form: string;
}

/** The series and destinations the generator writes about. */
const SUBJECTS: ReadonlyArray<[string, string]> = [
  ["rare-earth-magnets", "WLD"],
  ["rare-earth-magnets", "USA"],
  ["rare-earth-magnets", "JPN"],
  ["rare-earth-magnets", "DEU"],
  ["rare-earth-magnets", "KOR"],
  ["rare-earth-magnets", "IND"],
  ["rare-earth-magnets", "VNM"],
  ["rare-earths", "WLD"],
  ["gallium", "WLD"],
  ["germanium", "WLD"],
  // products named apart from the headline categories: their figures are not the magnets' or rare earths'
  ["rare-earth-products", "WLD"],
  ["rare-earth-magnets-incl-powder-alloy", "JPN"],
  ["graphite-flake", "WLD"],
  ["dysprosium", "WLD"],
  ["terbium", "WLD"],
  ["antimony", "WLD"],
];

/**
 * Every month of the subjects that the data holds, with its figures from `computeStats`.
 * @example const facts = await loadFacts(store); facts[0].level
 */
export async function loadFacts(store: Store): Promise<MonthFact[]> {
  const out: MonthFact[] = [];
  for (const [series, partner] of SUBJECTS) {
    const s = await getSeries(store, { series, partner });
    const held = s.points.filter((p) => !p.derived && /^\d{4}-\d{2}$/.test(p.period));
    const months = new Map(held.map((p) => [p.period, Number(p.value)]));
    for (const p of held) {
      const stats = await computeStats(store, { series, partner, period: p.period });
      if (stats.level === null) continue;
      out.push({ series, partner, period: p.period, level: stats.level, stats, months });
    }
  }
  return out;
}

/** A small deterministic generator, so every run writes the same statements. */
export function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

export type Rand = () => number;
export const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;

/** "Nov.", "Sept.", "May": the short forms wires print. */
export const MONTH_ABBR = [
  "Jan.",
  "Feb.",
  "March",
  "April",
  "May",
  "June",
  "July",
  "Aug.",
  "Sept.",
  "Oct.",
  "Nov.",
  "Dec.",
];
const monthNo = (p: string) => Number(p.slice(5, 7));
export const yearNo = (p: string) => Number(p.slice(0, 4));
export const monthName = (p: string) => MONTH_NAMES[monthNo(p) - 1] as string;

// ---------------------------------------------------------------------------------------------
// Numbers

const grouped = (n: number) => n.toLocaleString("en-US", { maximumFractionDigits: 6 });
const roundTo = (v: number, step: number) => Math.round(v / step) * step;
const trim = (n: number) => Number(n.toFixed(6));

export const ONES = [
  "",
  "one",
  "two",
  "three",
  "four",
  "five",
  "six",
  "seven",
  "eight",
  "nine",
  "ten",
  "eleven",
  "twelve",
  "thirteen",
  "fourteen",
  "fifteen",
  "sixteen",
  "seventeen",
  "eighteen",
  "nineteen",
];
const TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

/** 1..99 in words. */
function under100(n: number): string {
  if (n < 20) return ONES[n] as string;
  const t = TENS[Math.floor(n / 10)] as string;
  return n % 10 === 0 ? t : `${t}-${ONES[n % 10]}`;
}

/** A round number in words ("six thousand", "five hundred", "twenty-one thousand"), or null. */
export function inWords(n: number): string | null {
  if (!Number.isInteger(n) || n <= 0) return null;
  if (n < 100) return under100(n);
  if (n < 1000 && n % 100 === 0) return `${ONES[n / 100]} hundred`;
  if (n % 1000 === 0 && n < 100_000) return `${under100(n / 1000)} thousand`;
  if (n < 10_000 && n % 100 === 0)
    return `${under100(Math.floor(n / 1000))} thousand ${ONES[(n % 1000) / 100]} hundred`;
  return null;
}

const TONNES = ["tonnes", "tonnes", "tons", "metric tons", "t", "mt", "metric tonnes"];

/** The step a reporter rounds a tonnage to ("6,150" to tens or hundreds, "582" to tens). */
function roundingSteps(v: number): number[] {
  if (v >= 10_000) return [10, 100, 1000];
  if (v >= 1000) return [10, 100];
  if (v >= 100) return [10];
  return [];
}

/** A true wording of a tonnage: exact, rounded with a hedge, in other units, in words. */
export function tonnage(r: Rand, v: number): { text: string; kind: string } {
  const unit = pick(r, TONNES);
  const sp = unit === "t" && r() < 0.3 ? "" : " ";
  const digits = () => {
    const x = r();
    if (v < 1000 || x < 0.75) return grouped(v);
    // "6150", or thousands set apart by a space or a thin space as some wires print them
    return x < 0.88 ? String(v) : grouped(v).replace(/,/g, pick(r, [" ", "\u202f"]));
  };
  const exact = () => `${digits()}${sp}${unit}`;
  const steps = roundingSteps(v);
  const way = Math.floor(r() * 10);
  if (v < 1) return { text: `${grouped(trim(v * 1000))} kilograms`, kind: "kg" };
  if (v < 50) {
    return way < 5
      ? { text: `${grouped(trim(v * 1000))} ${pick(r, ["kg", "kilograms", "kilogrammes"])}`, kind: "kg" }
      : { text: `${grouped(v)} ${pick(r, ["tonnes", "metric tons", "t"])}`, kind: "exact" };
  }
  if (way <= 2 || steps.length === 0) return { text: exact(), kind: "exact" };
  const step = pick(r, steps);
  const round = roundTo(v, step);
  switch (way) {
    case 3:
      return {
        text: `${pick(r, ["about", "around", "roughly", "some", "approximately", "an estimated"])} ${grouped(round)} ${unit}`,
        kind: "about",
      };
    case 4: {
      // "nearly" only where the rounding goes up anyway: "nearly 1,200 t" is not said of 1,106 t
      const up = Math.ceil(v / step) * step;
      if (up === v || up - v > step / 2) return { text: exact(), kind: "exact" };
      return {
        text: `${pick(r, ["nearly", "almost", "just under", "close to"])} ${grouped(up)} ${unit}`,
        kind: "nearly",
      };
    }
    case 5: {
      const down = Math.floor(v / step) * step;
      if (down === v) return { text: exact(), kind: "exact" };
      // "just over" only where the figure is near the round number: "just over 1,200 t" is not said of 1,288 t
      const words =
        v - down <= step / 2 ? ["more than", "over", "just over", "above"] : ["more than", "over", "above"];
      return {
        text: `${pick(r, words)} ${grouped(down)} ${unit}`,
        kind: "more-than",
      };
    }
    case 6:
      if (v < 1000) return { text: `${grouped(trim(v * 1000))} ${pick(r, ["kg", "kilograms"])}`, kind: "kg" };
      return {
        text: `${pick(r, ["", "about "])}${trim(roundTo(v, 10) / 1000)} ${pick(r, ["thousand tonnes", "thousand tons", "kt", "kilotonnes"])}`,
        kind: "thousand",
      };
    case 7:
      if (v < 1000) return { text: exact(), kind: "exact" };
      return { text: `${trim(roundTo(v, 100) / 1000)}k ${pick(r, ["tonnes", "t"])}`, kind: "k" };
    case 8: {
      const words = inWords(round);
      if (words === null) return { text: exact(), kind: "exact" };
      return {
        text: `${pick(r, ["about", "some", "roughly"])} ${words} ${pick(r, ["tonnes", "tons"])}`,
        kind: "words",
      };
    }
    default:
      return { text: `${grouped(trim(v * 1000))} ${pick(r, ["kg", "kilograms"])}`, kind: "kg" };
  }
}

/** A true wording of a percentage's size ("12%", "12.4 per cent", "about 12%", "twelve percent"). */
export function percent(r: Rand, pct: number): { text: string; kind: string } {
  const a = Math.abs(pct);
  const unit = pick(r, ["%", "%", "%", " per cent", " percent", "pc", " pct"]);
  const way = Math.floor(r() * 6);
  const whole = Math.round(a);
  if (way === 0 || whole === 0) return { text: `${a.toFixed(1)}${unit}`, kind: "one-decimal" };
  if (way === 1)
    return { text: `${pick(r, ["about", "around", "roughly", "some"])} ${whole}${unit}`, kind: "about" };
  if (way === 2 && whole <= 99 && inWords(whole))
    return { text: `${inWords(whole)} ${pick(r, ["percent", "per cent"])}`, kind: "words" };
  if (way === 3 && Math.ceil(a) - a > 0 && Math.ceil(a) - a <= 0.5)
    return { text: `${pick(r, ["nearly", "almost", "close to"])} ${Math.ceil(a)}${unit}`, kind: "nearly" };
  if (way === 4 && Math.floor(a) !== a && Math.floor(a) > 0)
    return { text: `${pick(r, ["more than", "over"])} ${Math.floor(a)}${unit}`, kind: "more-than" };
  return { text: `${whole}${unit}`, kind: "whole" };
}

// ---------------------------------------------------------------------------------------------
// Words for series, destinations, periods and bases

const NOUNS: Record<string, string[]> = {
  "rare-earth-magnets": [
    "rare earth magnet",
    "rare-earth magnet",
    "RE magnet",
    "NdFeB magnet",
    "permanent magnet",
    "magnet",
    "rare earth permanent magnet",
  ],
  "rare-earths": ["rare earth", "rare-earth", "rare earths"],
  gallium: ["gallium"],
  germanium: ["germanium"],
  "rare-earth-products": ["rare earth product", "rare-earth product"],
  "rare-earth-magnets-incl-powder-alloy": ["magnet, magnet powder and alloy", "magnet powder and alloy"],
  "graphite-flake": ["flake graphite", "graphite flake"],
  dysprosium: ["dysprosium"],
  terbium: ["terbium"],
  antimony: ["antimony"],
};
const PLURAL: Record<string, string[]> = {
  "rare-earth-magnets": [
    "rare earth magnets",
    "rare-earth magnets",
    "NdFeB magnets",
    "permanent magnets",
    "magnets",
  ],
  "rare-earths": ["rare earths", "rare earth elements", "rare-earth elements"],
  gallium: ["gallium"],
  germanium: ["germanium"],
  "rare-earth-products": ["rare earth products", "rare-earth products"],
  "rare-earth-magnets-incl-powder-alloy": [
    "magnets including powders and alloys",
    "magnet powders and alloys",
  ],
  "graphite-flake": ["flake graphite"],
  dysprosium: ["dysprosium"],
  terbium: ["terbium"],
  antimony: ["antimony products", "antimony"],
};
const FLOW = ["exports", "shipments", "exports", "outbound shipments", "overseas sales"];

export const PARTNER_NAMES: Record<string, string[]> = {
  USA: ["the United States", "the US", "the U.S.", "America"],
  JPN: ["Japan"],
  DEU: ["Germany"],
  KOR: ["South Korea"],
  IND: ["India"],
  VNM: ["Vietnam"],
};
const ADJECTIVE: Record<string, string> = {
  USA: "US",
  JPN: "Japan",
  DEU: "Germany",
  KOR: "South Korea",
  IND: "India",
  VNM: "Vietnam",
};
const partnerName = (r: Rand, iso: string) => pick(r, PARTNER_NAMES[iso] ?? [iso]);
export const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** "China's rare earth magnet exports", "exports of NdFeB magnets", "magnet shipments". */
function subject(r: Rand, series: string): string {
  const noun = pick(r, NOUNS[series] ?? [series]);
  const flow = pick(r, FLOW);
  const china = pick(r, ["China's ", "Chinese ", "", ""]);
  return r() < 0.6
    ? `${china}${noun} ${flow}`
    : `${china ? "China's " : ""}${flow} of ${pick(r, PLURAL[series] ?? [series])}`;
}

/** The subject with its destination in one of the positions reporters use. */
function subjectTo(r: Rand, series: string, partner: string): { text: string; form: string } {
  if (partner === "WLD") {
    const s = subject(r, series);
    return r() < 0.2
      ? { text: `${pick(r, ["Total", "Overall"])} ${s.replace(/^China's |^Chinese /, "")}`, form: "total" }
      : { text: s, form: "world" };
  }
  const name = partnerName(r, partner);
  const noun = pick(r, NOUNS[series] ?? [series]);
  switch (Math.floor(r() * 4)) {
    case 0:
      return { text: `${subject(r, series)} to ${name}`, form: "to-partner" };
    case 1:
      return {
        text: `${ADJECTIVE[partner]}-bound ${noun} ${pick(r, ["shipments", "exports"])}`,
        form: "bound",
      };
    case 2:
      return {
        text: `China's ${noun} ${pick(r, ["shipments", "exports", "sales"])} to ${name}`,
        form: "to-partner",
      };
    default:
      return {
        text: `${cap(pick(r, ["shipments", "exports", "deliveries"]))} of ${pick(r, PLURAL[series] ?? [series])} to ${name}`,
        form: "to-partner",
      };
  }
}

/** A publication date some days or weeks after the month: the month after, or the one after that. */
function publishedAfter(r: Rand, period: string, later = 1): string {
  const m = addMonths(period, later);
  return `${m}-${String(7 + Math.floor(r() * 20)).padStart(2, "0")}`;
}

/** How a text names the month of a figure, given when it was published. */
function periodWords(r: Rand, period: string, published: string): { text: string; form: string } {
  const next = addMonths(period, 1) === published.slice(0, 7);
  const sameYear = yearNo(period) === yearNo(published);
  const name = monthName(period);
  const ways: Array<{ text: string; form: string }> = [
    { text: `in ${name}`, form: "month" },
    { text: `in ${MONTH_ABBR[monthNo(period) - 1]}`, form: "month-abbr" },
    { text: `in ${name} ${yearNo(period)}`, form: "month-year" },
    { text: `during ${name}`, form: "month" },
    { text: `for ${name}`, form: "month" },
  ];
  if (next) ways.push({ text: "last month", form: "last-month" }, { text: "last month", form: "last-month" });
  ways.push(
    { text: `in ${MONTH_ABBR[monthNo(period) - 1]?.replace(".", "")} ${yearNo(period)}`, form: "abbr-year" },
    { text: `in the month of ${name}`, form: "month-of" },
  );
  if (!sameYear) ways.push({ text: `in ${name} last year`, form: "month-last-year" });
  return pick(r, ways);
}

/** A comparison base for a monthly change. */
function baseWords(
  r: Rand,
  period: string,
  basis: "mom" | "yoy",
  from: number | null,
): { text: string; form: string } {
  const prev = addMonths(period, basis === "mom" ? -1 : -12);
  const prevName = basis === "mom" ? monthName(prev) : `${monthName(prev)} ${yearNo(prev)}`;
  const ways: Array<{ text: string; form: string }> =
    basis === "mom"
      ? [
          { text: `from ${prevName}`, form: "from-month" },
          { text: "month-on-month", form: "m/m" },
          { text: "m/m", form: "m/m" },
          { text: "from the previous month", form: "previous-month" },
          { text: "from a month earlier", form: "previous-month" },
          { text: "on the month", form: "m/m" },
          { text: `compared with ${prevName}`, form: "compared-with" },
        ]
      : [
          { text: "year-on-year", form: "y/y" },
          { text: "y/y", form: "y/y" },
          { text: "from a year earlier", form: "year-earlier" },
          { text: `from ${prevName}`, form: "from-month-year" },
          { text: "compared with the same month last year", form: "same-month" },
          { text: "on the year", form: "y/y" },
        ];
  if (from !== null) {
    const t = `${grouped(from)} ${pick(r, ["tonnes", "t", "tons"])}`;
    ways.push(
      { text: `from ${t} in ${prevName}`, form: "from-level" },
      { text: `compared with ${t} in ${prevName}`, form: "compared-level" },
    );
  }
  return pick(r, ways);
}

const RISE = ["rose", "climbed", "increased", "jumped", "grew", "were up", "gained"];
const FALL = ["fell", "dropped", "declined", "slipped", "slid", "decreased", "were down"];
const LEVEL_VERB = [
  "were",
  "totalled",
  "totaled",
  "came in at",
  "reached",
  "stood at",
  "amounted to",
  "came to",
];

// ---------------------------------------------------------------------------------------------
// True statements

interface Change {
  basis: "mom" | "yoy";
  pct: number;
  abs: number;
  from: { period: string; value: number };
}

function changesOf(f: MonthFact): Change[] {
  const out: Change[] = [];
  const s = f.stats;
  for (const basis of ["mom", "yoy"] as const) {
    const pct = basis === "mom" ? s.mom_pct : s.yoy_pct;
    const abs = basis === "mom" ? s.mom_abs : s.yoy_abs;
    const from = s.inputs[`${basis}_pct`]?.[0];
    // a change that rounds to nothing has no direction a reporter would write
    if (pct === null || abs === null || !from || Math.abs(pct) < 1) continue;
    out.push({ basis, pct, abs, from: { period: from.period, value: from.value } });
  }
  return out;
}

type Writer = (
  r: Rand,
  f: MonthFact,
  all: readonly MonthFact[],
) => (Omit<Statement, "form"> & { form: string }) | null;

const levelSentence: Writer = (r, f) => {
  const published = publishedAfter(r, f.period, r() < 0.8 ? 1 : 2);
  const when = periodWords(r, f.period, published);
  const amount = tonnage(r, f.level);
  const subj = subjectTo(r, f.series, f.partner);
  const way = Math.floor(r() * 4);
  let text: string;
  if (way === 0) text = `${cap(subj.text)} ${pick(r, LEVEL_VERB)} ${amount.text} ${when.text}.`;
  else if (way === 1) text = `${cap(when.text)}, ${subj.text} ${pick(r, LEVEL_VERB)} ${amount.text}.`;
  else if (way === 2 && f.partner !== "WLD")
    text = `China ${pick(r, ["shipped", "exported", "sent"])} ${amount.text} of ${pick(r, PLURAL[f.series] ?? [f.series])} to ${partnerName(r, f.partner)} ${when.text}.`;
  else if (way === 2)
    text = `China ${pick(r, ["shipped", "exported"])} ${amount.text} of ${pick(r, PLURAL[f.series] ?? [f.series])} ${when.text}, customs data showed.`;
  else
    text = `${cap(subj.text)} ${when.text} ${pick(r, LEVEL_VERB)} ${amount.text}, according to customs data.`;
  return { text, published, form: `level/${subj.form}/${when.form}/${amount.kind}` };
};

const changeSentence: Writer = (r, f) => {
  const changes = changesOf(f);
  if (changes.length === 0) return null;
  const c = pick(r, changes);
  const published = publishedAfter(r, f.period, r() < 0.8 ? 1 : 2);
  const when = periodWords(r, f.period, published);
  const subj = subjectTo(r, f.series, f.partner);
  const size = percent(r, c.pct);
  const verb = pick(r, c.pct > 0 ? RISE : FALL);
  const named = r() < 0.85;
  const base = named
    ? baseWords(r, f.period, c.basis, r() < 0.3 ? c.from.value : null)
    : { text: "", form: "no-base" };
  const withBase = base.text ? ` ${base.text}` : "";
  const to = r() < 0.5 ? ` to ${tonnage(r, f.level).text}` : "";
  const way = Math.floor(r() * 3);
  let text: string;
  if (way === 0) text = `${cap(subj.text)} ${verb} ${size.text}${withBase} ${when.text}${to}.`;
  else if (way === 1) text = `${cap(when.text)}, ${subj.text} ${verb} ${size.text}${withBase}${to}.`;
  else {
    const noun =
      c.pct > 0 ? pick(r, ["rise", "increase", "gain", "jump"]) : pick(r, ["fall", "drop", "decline"]);
    const b = base.form === "m/m" || base.form === "y/y" ? `${base.text} ` : "";
    const rest = base.form === "m/m" || base.form === "y/y" || !base.text ? "" : ` ${base.text}`;
    text = `${cap(subj.text)} ${when.text} showed a${/^[aeiou8]|^eleven|^eighteen/i.test(size.text) ? "n" : ""} ${size.text} ${b}${noun}${rest}.`;
  }
  return { text, published, form: `change-${c.basis}/${subj.form}/${when.form}/${base.form}/${size.kind}` };
};

const fromToSentence: Writer = (r, f) => {
  const changes = changesOf(f);
  if (changes.length === 0) return null;
  const c = pick(r, changes);
  const published = publishedAfter(r, f.period);
  const when = periodWords(r, f.period, published);
  const subj = subjectTo(r, f.series, f.partner);
  const verb = pick(r, c.pct > 0 ? ["rose", "climbed", "increased"] : ["fell", "dropped", "declined"]);
  const baseName =
    c.basis === "mom" ? monthName(c.from.period) : `${monthName(c.from.period)} ${yearNo(c.from.period)}`;
  const from = `${grouped(c.from.value)} ${pick(r, ["tonnes", "t"])}`;
  const way = Math.floor(r() * 3);
  if (way === 0)
    return {
      text: `${cap(subj.text)} ${verb} to ${tonnage(r, f.level).text} ${when.text} from ${from} in ${baseName}.`,
      published,
      form: `from-to-${c.basis}/${subj.form}/${when.form}`,
    };
  if (way === 1)
    return {
      text: `${cap(subj.text)} ${verb} by ${grouped(Math.abs(c.abs))} tonnes ${when.text} from ${baseName}, to ${grouped(f.level)} tonnes.`,
      published,
      form: `difference-${c.basis}/${subj.form}/${when.form}`,
    };
  return {
    text: `${cap(subj.text)} ${c.pct > 0 ? "rose" : "fell"} ${percent(r, c.pct).text} to ${grouped(f.level)} t ${when.text}, ${c.pct > 0 ? "up" : "down"} from ${from} ${c.basis === "mom" ? `in ${baseName}` : "a year earlier"}.`,
    published,
    form: `change-from-level-${c.basis}/${subj.form}/${when.form}`,
  };
};

const ytdSentence: Writer = (r, f) => {
  const s = f.stats;
  if (s.ytd === null || monthNo(f.period) < 2) return null;
  const published = publishedAfter(r, f.period);
  const n = monthNo(f.period);
  const year = yearNo(f.period);
  const sameYear = yearNo(published) === year;
  const spans = [
    { text: `in the first ${inWords(n)} months of ${year}`, form: "first-n-months" },
    { text: `in the first ${n} months`, form: "first-n-months" },
    { text: `in January-${monthName(f.period)}`, form: "jan-month" },
    { text: `from January to ${monthName(f.period)}`, form: "jan-to-month" },
    { text: `in Jan-${MONTH_ABBR[n - 1]?.replace(".", "")}`, form: "jan-month" },
    { text: `through ${monthName(f.period)}`, form: "through" },
    { text: `in the year through ${monthName(f.period)} ${year}`, form: "year-through" },
    { text: `for the year up to ${monthName(f.period)} ${year}`, form: "year-through" },
    { text: `through the end of ${monthName(f.period)} ${year}`, form: "through-end" },
    { text: `up until ${monthName(f.period)} ${year}`, form: "up-until" },
  ];
  if (sameYear)
    spans.push({ text: "so far this year", form: "so-far" }, { text: "year-to-date", form: "ytd" });
  if (n === 12)
    spans.push(
      { text: `in ${year}`, form: "full-year" },
      { text: `for the whole of ${year}`, form: "full-year" },
      { text: `in FY${year}`, form: "full-year-fy" },
    );
  if (n === 6)
    spans.push(
      { text: `in the first half of ${year}`, form: "first-half" },
      { text: `in H1 ${year}`, form: "first-half" },
    );
  if (n === 3) spans.push({ text: `in the first quarter of ${year}`, form: "first-quarter" });
  if (n === 9) spans.push({ text: `in the first three quarters of ${year}`, form: "three-quarters" });
  const span = pick(r, spans);
  const amount = tonnage(r, s.ytd);
  const subj = subjectTo(r, f.series, f.partner);
  const text =
    r() < 0.5
      ? `${cap(span.text)}, ${subj.text} ${pick(r, ["totalled", "reached", "came to", "were"])} ${amount.text}.`
      : `${cap(subj.text)} ${pick(r, ["totalled", "reached", "came to", "amounted to"])} ${amount.text} ${span.text}.`;
  return { text, published, form: `ytd/${span.form}/${amount.kind}` };
};

const SHARE_WORDS: Array<[number, string]> = [
  [50, "half"],
  [33.33, "a third"],
  [25, "a quarter"],
  [20, "a fifth"],
  [10, "a tenth"],
];

const shareSentence: Writer = (r, f, all) => {
  if (f.partner === "WLD") return null;
  const world = all.find((x) => x.series === f.series && x.partner === "WLD" && x.period === f.period);
  const share = world?.stats.shares?.find((x) => x.partner === f.partner);
  if (!share) return null;
  const published = publishedAfter(r, f.period);
  const when = periodWords(r, f.period, published);
  const name = partnerName(r, f.partner);
  let size = percent(r, share.share_pct);
  const fraction = SHARE_WORDS.find(([v]) => Math.abs(v - share.share_pct) / v < 0.08);
  if (fraction && r() < 0.4)
    size = {
      text: `${share.share_pct < fraction[0] ? "nearly" : "more than"} ${fraction[1]}`,
      kind: "fraction",
    };
  const noun = pick(r, NOUNS[f.series] ?? [f.series]);
  const way = Math.floor(r() * 3);
  const text =
    way === 0
      ? `${cap(name)} ${pick(r, ["took", "received", "accounted for", "bought"])} ${size.text} of China's ${noun} exports ${when.text}.`
      : way === 1
        ? `Shipments to ${name} made up ${size.text} of the total ${when.text}, at ${grouped(share.value)} tonnes.`
        : `${cap(when.text)}, ${name}'s share of China's ${noun} exports was ${size.text}.`;
  return { text, published, form: `share/${way}/${size.kind}` };
};

/** A destination's share of a month's total, from the world's facts. */
function shareOf(f: MonthFact, all: readonly MonthFact[], period = f.period): number | null {
  const world = all.find((x) => x.series === f.series && x.partner === "WLD" && x.period === period);
  return world?.stats.shares?.find((x) => x.partner === f.partner)?.share_pct ?? null;
}

/**
 * Shares said with a plain verb ("Japan gets 4.1%"), a fraction restated in brackets ("nearly a fifth
 * of the total (19.6%)"), and one taken up after a share sentence for a destination, its month set
 * against the month before ("For India, 7.6% in October versus 6.9% in September").
 */
const shareForms: Writer = (r, f, all) => {
  if (f.partner === "WLD" || !PARTNER_NAMES[f.partner]) return null;
  const pct = shareOf(f, all);
  if (pct === null) return null;
  const published = publishedAfter(r, f.period);
  const when = periodWords(r, f.period, published);
  const name = partnerName(r, f.partner);
  const exact = `${pct.toFixed(1)}${pick(r, ["%", " percent", " per cent"])}`;
  const way = Math.floor(r() * 3);
  if (way === 0)
    return {
      text: `${cap(when.text)} ${name} ${pick(r, ["gets", "got"])} ${percent(r, pct).text} of the ${pick(r, PLURAL[f.series] ?? [f.series])} China ships.`,
      published,
      form: "share-forms/gets",
    };
  const fraction = SHARE_WORDS.find(([v]) => Math.abs(v - pct) / v < 0.08);
  if (way === 1 && fraction)
    return {
      text: `${cap(name)} took ${tonnage(r, f.level).text} ${when.text}, ${pct < fraction[0] ? "nearly" : "more than"} ${fraction[1]} of the total (${exact}).`,
      published,
      form: "share-forms/restated",
    };
  const prev = addMonths(f.period, -1);
  const before = shareOf(f, all, prev);
  if (before === null) return null;
  const world = all.find((x) => x.series === f.series && x.partner === "WLD" && x.period === f.period);
  const other = world?.stats.shares?.find((x) => x.partner !== f.partner && PARTNER_NAMES[x.partner]);
  if (!other) return null;
  return {
    text: `${cap(partnerName(r, other.partner))}'s share was ${other.share_pct.toFixed(1)}% in ${monthName(f.period)} ${yearNo(f.period)}. For ${name}, ${exact} in ${monthName(f.period)} ${pick(r, ["versus", "vs", "against"])} ${before.toFixed(1)}% in ${monthName(prev)}.`,
    published,
    form: "share-forms/for-versus",
  };
};

const rankSentence: Writer = (r, f) => {
  const s = f.stats;
  const published = publishedAfter(r, f.period);
  const when = periodWords(r, f.period, published);
  const subj = subjectTo(r, f.series, f.partner);
  const options: Array<{ words: string; form: string }> = [];
  if (s.highest_since && s.highest_since !== addMonths(f.period, -1))
    options.push({
      words: `the highest since ${monthName(s.highest_since)} ${yearNo(s.highest_since)}`,
      form: "highest-since",
    });
  if (s.lowest_since && s.lowest_since !== addMonths(f.period, -1))
    options.push({
      words: `the lowest since ${monthName(s.lowest_since)} ${yearNo(s.lowest_since)}`,
      form: "lowest-since",
    });
  if (s.rank === 1 && s.record_months >= 6) options.push({ words: "a record high", form: "record" });
  if (s.rank === 2 && s.record_months >= 6)
    options.push({ words: "the second-highest on record", form: "second-record" });
  if (s.rank_low === 1 && s.record_months >= 6)
    options.push({ words: "the lowest on record", form: "record-low" });
  if ((s.streak ?? 0) >= 2)
    options.push({
      words: `a ${["", "", "second", "third", "fourth", "fifth", "sixth"][s.streak as number] ?? "sixth"} straight monthly rise`,
      form: "streak",
    });
  if ((s.streak ?? 0) <= -2)
    options.push({
      words: `a ${["", "", "second", "third", "fourth", "fifth", "sixth"][-(s.streak as number)] ?? "sixth"} straight monthly fall`,
      form: "streak",
    });
  const year = rankIn(f.months, f.period, "high", { type: "from", month: `${yearNo(f.period)}-01` });
  if (year && year.rank === 1 && year.of >= 3 && year.gaps.length === 0 && !year.startsBeforeData)
    options.push({ words: `the highest so far this year`, form: "year-high" });
  if (options.length === 0) return null;
  const o = pick(r, options);
  const amount = tonnage(r, f.level);
  const text =
    r() < 0.5
      ? `${cap(subj.text)} ${pick(r, LEVEL_VERB)} ${amount.text} ${when.text}, ${o.words}.`
      : `${monthName(f.period)}'s ${subj.text.replace(/^China's |^Chinese /, "").replace(/^Total |^Overall /, "")} of ${amount.text} were ${o.words}.`;
  return { text, published, form: `rank/${o.form}` };
};

/**
 * A peak or trough named by its month, over no window ("peaked in June at 7,742 t", "The low point
 * came in May"), said of a month above (or below) both its neighbours; and "<Month> was a record for
 * US-bound magnets" of the highest month held.
 */
const peakMonth: Writer = (r, f) => {
  const prev = f.months.get(addMonths(f.period, -1));
  const next = f.months.get(addMonths(f.period, 1));
  const published = publishedAfter(r, f.period, 2);
  const name = `${monthName(f.period)} ${yearNo(f.period)}`;
  const subj = subjectTo(r, f.series, f.partner);
  const amount = tonnage(r, f.level).text;
  const s = f.stats;
  if (s.rank === 1 && s.record_months >= 6 && f.partner !== "WLD" && ADJECTIVE[f.partner] && r() < 0.3)
    return {
      text: `${name} was a record for ${ADJECTIVE[f.partner]}-bound ${pick(r, ["magnets", "shipments", "exports"])}, at ${amount}.`,
      published,
      form: "peak-month/record-for",
    };
  if (prev === undefined || next === undefined || addMonths(f.period, 1) >= published.slice(0, 7))
    return null;
  const high = f.level > prev && f.level > next;
  const low = f.level < prev && f.level < next;
  if (!high && !low) return null;
  const way = r() < 0.5;
  const text = high
    ? way
      ? `${cap(subj.text)} peaked in ${name} at ${amount}.`
      : `${cap(subj.text)} rose through the spring. The peak came in ${name}, at ${amount}.`
    : way
      ? `${cap(subj.text)} bottomed out in ${name} at ${amount}.`
      : `${cap(subj.text)} shrank for a while. The low point came in ${name}, at ${amount}.`;
  return { text, published, form: `peak-month/${high ? "high" : "low"}/${way ? "verb" : "noun"}` };
};

// ---- structure: lists, tables, bullets, headings, Q&A, follow-ups, carried context

/** The destinations of one month of a series, with their facts. */
function destinationsOf(f: MonthFact, all: readonly MonthFact[]): MonthFact[] {
  return all.filter(
    (x) => x.series === f.series && x.period === f.period && x.partner !== "WLD" && PARTNER_NAMES[x.partner],
  );
}

const respectivelySentence: Writer = (r, f, all) => {
  const ds = destinationsOf(f, all);
  if (ds.length < 2 || f.partner !== ds[0]?.partner) return null;
  const two = ds.slice(0, 2 + Math.floor(r() * Math.min(2, ds.length - 1)));
  const published = publishedAfter(r, f.period);
  const when = periodWords(r, f.period, published);
  const names = two.map((d) => partnerName(r, d.partner));
  const list = (xs: string[]) => `${xs.slice(0, -1).join(", ")} and ${xs[xs.length - 1]}`;
  const way = Math.floor(r() * 4);
  if (way === 3) {
    const items = two.map((d, i) => `${names[i]}, with ${grouped(d.level)} ${pick(r, ["t", "tonnes"])}`);
    return {
      text: `${cap(when.text)}, the biggest buyers of Chinese ${pick(r, PLURAL[f.series] ?? [f.series])} were ${items.slice(0, -1).join(", ")}, and ${items[items.length - 1]}.`,
      published,
      form: "list/with",
    };
  }
  if (way === 0)
    return {
      text: `${cap(when.text)}, ${subject(r, f.series)} to ${list(names)} were ${list(two.map((d) => `${grouped(d.level)} t`))}, respectively.`,
      published,
      form: "list/respectively",
    };
  if (way === 1)
    return {
      text: `${cap(subject(r, f.series))} to ${list(two.map((d, i) => `${names[i]} (${grouped(d.level)} ${pick(r, ["t", "tonnes"])})`))} ${pick(r, ["led the way", "stood out", "were the main flows"])} ${when.text}.`,
      published,
      form: "list/parenthesis",
    };
  return {
    text: `${cap(when.text)}, China shipped ${list(two.map((d, i) => `${grouped(d.level)} tonnes of ${i === 0 ? pick(r, PLURAL[f.series] ?? [f.series]) : "them"} to ${names[i]}`))}.`,
    published,
    form: "list/inline",
  };
};

/** A whole tonnage under 10,000 spoken in full ("five hundred and sixty-nine", "eleven hundred and six"), else digits. */
function spoken(r: Rand, n: number): string {
  if (!Number.isInteger(n) || n < 20 || n >= 10_000) return grouped(n);
  const and = r() < 0.5 ? " and " : " ";
  const rest = n % 100;
  const tail = rest === 0 ? "" : `${n >= 100 ? and : ""}${under100(rest)}`;
  const hundreds = Math.floor(n / 100);
  if (hundreds === 0) return tail.trim();
  // "eleven hundred and six": how a speaker says 1,100-1,999
  if (hundreds >= 11 && hundreds <= 19 && r() < 0.5) return `${under100(hundreds)} hundred${tail}`;
  const th = Math.floor(n / 1000);
  const h = hundreds % 10;
  const parts = [th > 0 ? `${under100(th)} thousand` : "", h > 0 ? `${ONES[h]} hundred` : ""].filter(Boolean);
  return `${parts.join(" ")}${tail}`;
}

/**
 * Destinations' figures as a speaker or a list gives them after a first one with its unit: "The
 * United States, five hundred ninety.", "... and Japan 233.", "Germany eleven hundred and six.", and
 * a change's new level after "to": "..., to four hundred and twelve, after 380 tonnes in May".
 */
const spokenLevels: Writer = (r, f, all) => {
  const others = destinationsOf(f, all).filter((x) => x.partner !== f.partner);
  if (f.partner === "WLD" || !PARTNER_NAMES[f.partner] || others.length === 0) return null;
  const [a, b] = [f, pick(r, others)];
  const published = publishedAfter(r, f.period);
  const when = periodWords(r, f.period, published);
  const [na, nb] = [partnerName(r, a.partner), partnerName(r, b.partner)];
  const goods = pick(r, PLURAL[f.series] ?? [f.series]);
  const first = `${cap(na)} ${pick(r, ["got", "took", "received"])} ${grouped(a.level)} tonnes of ${goods} ${when.text}`;
  const way = Math.floor(r() * 4);
  if (way === 0)
    return { text: `${first}. ${cap(nb)}, ${spoken(r, b.level)}.`, published, form: "spoken/comma" };
  if (way === 1)
    return { text: `${first}. ${cap(nb)} ${spoken(r, b.level)}.`, published, form: "spoken/label" };
  if (way === 2)
    return {
      text: `${first} and ${nb} ${r() < 0.5 ? grouped(b.level) : spoken(r, b.level)}.`,
      published,
      form: "spoken/and",
    };
  const c = changesOf(b).find((x) => x.basis === "mom");
  if (!c) return null;
  return {
    text: `${cap(when.text)}, shipments of ${goods} to ${nb} ${c.pct > 0 ? "rose" : "fell"} ${percent(r, c.pct).text}, to ${spoken(r, b.level)}, after ${grouped(c.from.value)} tonnes in ${monthName(c.from.period)}.`,
    published,
    form: "spoken/to",
  };
};

const MONTHS_DE = [
  "Januar",
  "Februar",
  "März",
  "April",
  "Mai",
  "Juni",
  "Juli",
  "August",
  "September",
  "Oktober",
  "November",
  "Dezember",
];
const PARTNER_DE: Record<string, string> = {
  USA: "die USA",
  JPN: "Japan",
  DEU: "Deutschland",
  KOR: "Südkorea",
  IND: "Indien",
  VNM: "Vietnam",
};
const PARTNER_JA: Record<string, string> = {
  USA: "米国",
  JPN: "日本",
  DEU: "ドイツ",
  KOR: "韓国",
  IND: "インド",
  VNM: "ベトナム",
};
const PARTNER_KO: Record<string, string> = {
  USA: "미국",
  JPN: "일본",
  DEU: "독일",
  IND: "인도",
  VNM: "베트남",
};

/**
 * A destination's month in German, Japanese or Korean with the month before (or the same month a
 * year before) as a base figure named with its month: "nach 226 Tonnen im Oktober", "im Vormonat",
 * "10月の226トン", "前月の226トン", "전월 226톤", "전년 동월 212톤".
 */
const intlBaseLevel: Writer = (r, f) => {
  if (f.series !== "rare-earth-magnets" || f.partner === "WLD") return null;
  const c = pick(r, changesOf(f));
  if (!c || !Number.isInteger(f.level) || !Number.isInteger(c.from.value)) return null;
  const published = publishedAfter(r, f.period);
  const m = monthNo(f.period);
  const b = monthNo(c.from.period);
  const de = (n: number) => n.toLocaleString("de-DE");
  const way = Math.floor(r() * 3);
  if (way === 0 && PARTNER_DE[f.partner]) {
    const base = c.basis === "mom" ? pick(r, [`im ${MONTHS_DE[b - 1]}`, "im Vormonat"]) : "im Vorjahresmonat";
    return {
      text: `Nach ${PARTNER_DE[f.partner]} gingen im ${MONTHS_DE[m - 1]} ${de(f.level)} Tonnen Seltenerdmagnete, nach ${de(c.from.value)} Tonnen ${base}.`,
      published,
      form: `intl-base/de/${c.basis}`,
    };
  }
  if (way === 1 && PARTNER_JA[f.partner]) {
    const base = c.basis === "mom" ? pick(r, [`${b}月の`, "前月の", "前の月の"]) : "前年同月の";
    return {
      text: `${m}月の${PARTNER_JA[f.partner]}向けレアアース磁石の輸出は${f.level}トンで、${base}${c.from.value}トンから${c.pct > 0 ? "増加した" : "減少した"}。`,
      published,
      form: `intl-base/ja/${c.basis}`,
    };
  }
  if (PARTNER_KO[f.partner]) {
    const base = c.basis === "mom" ? "전월" : "전년 동월";
    return {
      text: `${m}월 ${PARTNER_KO[f.partner]} 희토류 자석 수출은 ${f.level}톤으로 ${base} ${c.from.value}톤보다 ${c.pct > 0 ? "늘었다" : "줄었다"}.`,
      published,
      form: `intl-base/ko/${c.basis}`,
    };
  }
  return null;
};

/** Japanese names a destination as a prefix before 輸出: 対米 (the US), 対日, 対独 (Germany), 対韓. */
const PREFIX_JA: Record<string, string> = { USA: "米", JPN: "日", DEU: "独", KOR: "韓" };
const intlPrefixPartner: Writer = (r, f) => {
  const p = PREFIX_JA[f.partner];
  if (f.series !== "rare-earth-magnets" || p === undefined || !Number.isInteger(f.level)) return null;
  const m = monthNo(f.period);
  const text = pick(r, [
    `${yearNo(f.period)}年${m}月のレアアース磁石の対${p}輸出は${f.level}トンだった。`,
    `レアアース磁石の対${p}輸出は${yearNo(f.period)}年${m}月に${f.level.toLocaleString("en-US")}トンとなった。`,
  ]);
  return { text, published: publishedAfter(r, f.period), form: "intl-prefix/ja" };
};

/**
 * A level the series moved to over a span of months, said with both ends: "slid to 5,473 t between
 * August and October 2025" (the last month's level, the move from the first month's).
 */
const spanLevel: Writer = (r, f) => {
  const k = 2 + Math.floor(r() * 4);
  const start = addMonths(f.period, -k);
  const was = f.months.get(start);
  if (was === undefined || was === f.level || f.level < 1) return null;
  const up = f.level > was;
  const verb = pick(r, up ? ["rose", "climbed", "recovered", "grew"] : ["fell", "slid", "dropped", "sank"]);
  const from = yearNo(start) === yearNo(f.period) ? monthName(start) : `${monthName(start)} ${yearNo(start)}`;
  const to = `${monthName(f.period)} ${yearNo(f.period)}`;
  const subj = subjectTo(r, f.series, f.partner);
  const amount = tonnage(r, f.level);
  const text =
    r() < 0.5
      ? `${cap(subj.text)} ${verb} to ${amount.text} between ${from} and ${to}.`
      : `From ${from} to ${to}, ${subj.text} ${verb} to ${amount.text}.`;
  return { text, published: publishedAfter(r, f.period), form: `span-level/${amount.kind}` };
};

/**
 * A month-on-month change whose size comes after its month and a comma, the verb graded when the
 * month before moved the same way: "fell further in May 2025, by 6.1%", "rose in June 2025, by 12%".
 */
const sizeAfterComma: Writer = (r, f) => {
  const c = changesOf(f).find((x) => x.basis === "mom");
  const before = f.months.get(addMonths(f.period, -2));
  if (!c || before === undefined) return null;
  const same = c.pct > 0 === c.from.value > before;
  const grade = same
    ? ` ${pick(r, c.pct > 0 ? ["faster still", "further", "higher"] : ["further", "harder", "lower"])}`
    : "";
  const verb = pick(r, c.pct > 0 ? ["rose", "climbed", "grew"] : ["fell", "dropped", "slid"]);
  const subj = subjectTo(r, f.series, f.partner);
  const text = `${cap(subj.text)} ${verb}${grade} in ${monthName(f.period)} ${yearNo(f.period)}, by ${percent(r, c.pct).text}.`;
  return {
    text,
    published: publishedAfter(r, f.period),
    form: `size-after-comma/${same ? "graded" : "plain"}`,
  };
};

/**
 * A year's top or bottom month said as a noun or as the subject, of a year the data holds whole:
 * "The peak month for magnet exports in 2024 was March", "May was the trough of 2025".
 */
const yearExtremeNoun: Writer = (r, f) => {
  const y = yearNo(f.period);
  const year = [...f.months].filter(([p]) => yearNo(p) === y);
  if (year.length < 12) return null;
  const high = year.every(([p, v]) => p === f.period || v < f.level);
  const low = year.every(([p, v]) => p === f.period || v > f.level);
  if (!high && !low) return null;
  const subj = subject(r, f.series);
  const month = monthName(f.period);
  const text = pick(r, [
    `The ${high ? pick(r, ["peak", "strongest", "busiest"]) : pick(r, ["weakest", "slowest", "lowest"])} month for ${subj} in ${y} was ${month}.`,
    `For ${subj} in ${y}, ${month} was the ${high ? "high point" : "low point"}.`,
  ]);
  return { text, published: `${y + 1}-02-15`, form: `year-extreme/${high ? "high" : "low"}` };
};

const tableText: Writer = (r, f, all) => {
  const ds = destinationsOf(f, all);
  if (ds.length < 2 || f.partner !== ds[0]?.partner) return null;
  const published = publishedAfter(r, f.period);
  const m = `${MONTH_ABBR[monthNo(f.period) - 1]?.replace(".", "")} ${yearNo(f.period)}`;
  const world = all.find((x) => x.series === f.series && x.partner === "WLD" && x.period === f.period);
  const rows = [...ds, ...(world ? [world] : [])];
  const name = (d: MonthFact) =>
    d.partner === "WLD" ? "Total" : partnerName(r, d.partner).replace(/^the /, "");
  const title = `${cap(pick(r, NOUNS[f.series] ?? [f.series]))} exports by destination`;
  if (r() < 0.5) {
    const lines = [
      `${title}, ${m}`,
      "",
      `| Destination | ${m} (t) | m/m |`,
      "|---|---:|---:|",
      ...rows.map((d) => {
        const pct = d.stats.mom_pct;
        return `| ${name(d)} | ${grouped(d.level)} | ${pct === null ? "n/a" : `${pct > 0 ? "+" : ""}${pct.toFixed(1)}%`} |`;
      }),
    ];
    return { text: lines.join("\n"), published, form: "table/markdown" };
  }
  const lines = [
    `${title} (tonnes), ${monthName(f.period)} ${yearNo(f.period)}:`,
    ...rows.map((d) => `- ${name(d)}: ${grouped(d.level)}`),
  ];
  return { text: lines.join("\n"), published, form: "bullets/heading-unit" };
};

const headingPartner: Writer = (r, f) => {
  if (f.partner === "WLD") return null;
  const c = changesOf(f).find((x) => x.basis === "mom");
  const published = publishedAfter(r, f.period);
  const when = periodWords(r, f.period, published);
  const name = partnerName(r, f.partner);
  const heading = pick(r, [
    `## ${cap(name.replace(/^the /, ""))}`,
    `${cap(name.replace(/^the /, ""))}:`,
    `### Exports to ${name}`,
  ]);
  const body = c
    ? `${cap(subject(r, f.series))} ${c.pct > 0 ? "rose" : "fell"} ${percent(r, c.pct).text} ${when.text} to ${tonnage(r, f.level).text}.`
    : `${cap(subject(r, f.series))} ${pick(r, LEVEL_VERB)} ${tonnage(r, f.level).text} ${when.text}.`;
  return { text: `${heading}\n${body}`, published, form: `heading-partner/${c ? "change" : "level"}` };
};

const questionAnswer: Writer = (r, f) => {
  const published = publishedAfter(r, f.period);
  const when = periodWords(r, f.period, published);
  const c = changesOf(f).find((x) => x.basis === "mom");
  const to = f.partner === "WLD" ? "" : ` to ${partnerName(r, f.partner)}`;
  const q = `Q: How ${pick(r, ["many", "much"])} ${pick(r, PLURAL[f.series] ?? [f.series])} did China ${pick(r, ["export", "ship"])}${to} ${when.text}?`;
  const a = `A: ${cap(tonnage(r, f.level).text)}${c ? `, ${c.pct > 0 ? "up" : "down"} ${percent(r, c.pct).text} from ${monthName(c.from.period)}` : ""}.`;
  return { text: `${q}\n${a}`, published, form: `q-and-a/${c ? "change" : "level"}` };
};

const followUp: Writer = (r, f) => {
  const published = publishedAfter(r, f.period);
  const when = periodWords(r, f.period, published);
  const subj = subjectTo(r, f.series, f.partner);
  const c = changesOf(f).find((x) => x.basis === "mom");
  const first = `${cap(subj.text)} ${c ? (c.pct > 0 ? "rose" : "fell") : pick(r, ["held up", "were steady"])} ${when.text}.`;
  const way = Math.floor(r() * 3);
  if (way === 0)
    return {
      text: `${first} That was ${tonnage(r, f.level).text}.`,
      published,
      form: "follow-up/that-was-level",
    };
  if (way === 1 && c)
    return {
      text: `${first} That was ${percent(r, c.pct).text} ${c.pct > 0 ? "more" : "less"} than in ${monthName(c.from.period)}.`,
      published,
      form: "follow-up/that-was-change",
    };
  return {
    text: `${first} They ${c ? (c.pct > 0 ? "climbed" : "dropped") : "came"} to ${tonnage(r, f.level).text}.`,
    published,
    form: "follow-up/they",
  };
};

/** A month's move as the carried-context writers word it: "rose 12.4% to 6,150 t", or "were 6,150 t". */
function monthMove(r: Rand, f: MonthFact) {
  const published = publishedAfter(r, f.period);
  const when = periodWords(r, f.period, published);
  const c = changesOf(f).find((x) => x.basis === "mom");
  const change = c
    ? `${c.pct > 0 ? pick(r, RISE) : pick(r, FALL)} ${percent(r, c.pct).text}`
    : pick(r, LEVEL_VERB);
  const amount = tonnage(r, f.level).text;
  return { published, when, c, change, amount, to: c ? ` to ${amount}` : ` ${amount}` };
}

/** Context in one sentence, the figure in the next: partner or period carried over. */
const carriedContext: Writer = (r, f) => {
  const { published, when, change, to } = monthMove(r, f);
  const way = Math.floor(r() * 4);
  if (way === 0 && f.partner !== "WLD")
    return {
      text: `${cap(partnerName(r, f.partner))} remained a key buyer of Chinese ${pick(r, PLURAL[f.series] ?? [f.series])} ${when.text}. Shipments there ${change}${to}.`,
      published,
      form: "carried/partner",
    };
  if (way === 1)
    return {
      text: `Customs data for ${monthName(f.period)} were released on ${pick(r, ["Saturday", "Monday", "Thursday"])}. ${cap(subjectTo(r, f.series, f.partner).text)} ${change}${to} in the month.`,
      published,
      form: "carried/period-in-the-month",
    };
  if (way === 2)
    return {
      text: `${cap(when.text)} was a busy month for ${pick(r, PLURAL[f.series] ?? [f.series])}. ${cap(subjectTo(r, f.series, f.partner).text)} ${change}${to}.`,
      published,
      form: "carried/period",
    };
  return {
    text: `China's ${pick(r, NOUNS[f.series] ?? [f.series])} trade ${pick(r, ["kept moving", "was in focus"])} ${when.text}. ${f.partner === "WLD" ? "Exports" : `Exports to ${partnerName(r, f.partner)}`} ${change}${to}.`,
    published,
    form: "carried/series",
  };
};

/**
 * The product named only in a heading or an earlier sentence, the figure's own sentence naming its
 * destination and month but no product; some texts also name another month, or another product,
 * so that a reader which trusts the carried product too far would misjudge a true figure.
 */
const carriedProduct: Writer = (r, f, all) => {
  const { published, when, c, change, amount, to } = monthMove(r, f);
  const where = f.partner === "WLD" ? "" : ` to ${partnerName(r, f.partner)}`;
  const flows = `${pick(r, ["Shipments", "Exports", "Deliveries"])}${where}`;
  const plural = pick(r, PLURAL[f.series] ?? [f.series]);
  const prev = addMonths(f.period, -1);
  const before = f.months.get(prev);
  const way = Math.floor(r() * 5);
  if (way === 0)
    return {
      text: `${pick(r, ["##", "###"])} ${cap(plural)}\n${flows} ${change}${to} ${when.text}.`,
      published,
      form: "carried-product/heading",
    };
  if (way === 1)
    return {
      text: `China's ${pick(r, NOUNS[f.series] ?? [f.series])} trade had a ${pick(r, ["quiet", "busy", "mixed"])} ${monthName(prev)}. ${flows} ${change}${to} ${when.text}.`,
      published,
      form: "carried-product/another-month-before",
    };
  if (way === 2 && before !== undefined && before >= 1)
    return {
      text: `${cap(when.text)}, China's ${pick(r, NOUNS[f.series] ?? [f.series])} exports${where} ${c ? (c.pct > 0 ? "rose" : "fell") : "were steady"}. ${flows} had come to ${tonnage(r, before).text} in ${monthName(prev)}, and ${amount} ${pick(r, ["followed", "went out this time"])}.`,
      published,
      form: "carried-product/another-month-after",
    };
  const others = all.filter((x) => x.series !== f.series && x.partner === "WLD" && x.period === f.period);
  const other = others.length > 0 ? pick(r, others) : null;
  if (way === 3 && other)
    return {
      text: `${cap(pick(r, PLURAL[other.series] ?? [other.series]))} drew less attention than ${plural} ${when.text}. ${flows} ${change}${to}.`,
      published,
      form: "carried-product/second-product",
    };
  return {
    text: `${cap(subjectTo(r, f.series, f.partner).text)} ${c ? (c.pct > 0 ? "rose" : "fell") : "held up"} ${when.text}. ${cap(f.partner === "WLD" ? "the total" : partnerName(r, f.partner))} ${f.partner === "WLD" ? "came to" : pick(r, ["took", "received"])} ${amount}${other ? `, while ${pick(r, PLURAL[other.series] ?? [other.series])} were another story` : ""}.`,
    published,
    form: other ? "carried-product/follow-up-second-product" : "carried-product/follow-up",
  };
};

/**
 * A story on one month, the month named once in its lead: the sentences after it give destinations'
 * figures without naming the month again (the month is the one the text opens on, the latest it
 * names), which the checker may read on that month to support them. Right after, a true figure of another
 * month ("a month earlier", "in October", "a year before") or of another destination; sometimes a
 * destination's figure for the lead's month follows that too, which only the reader's caution keeps
 * from being read as the other month's.
 */
const carriedMonthThread: Writer = (r, f, all) => {
  if (f.partner === "WLD") return null;
  const world = all.find((x) => x.series === f.series && x.partner === "WLD" && x.period === f.period);
  if (!world) return null;
  const { published, when, change, to } = monthMove(r, world);
  const peers = all.filter(
    (x) => x.series === f.series && x.period === f.period && x.partner !== "WLD" && x.partner !== f.partner,
  );
  const lead = `${cap(subject(r, f.series))} ${change}${to} ${when.text}.`;
  const name = partnerName(r, f.partner);
  const c = changesOf(f).find((x) => x.basis === "mom");
  const share = world.stats.shares?.find((x) => x.partner === f.partner);
  const way = Math.floor(r() * 4);
  const own =
    way === 0 && c
      ? `${pick(r, ["Shipments to", "Deliveries to"])} ${name} ${c.pct > 0 ? pick(r, RISE) : pick(r, FALL)} ${percent(r, c.pct).text} ${pick(r, ["m/m", "MoM", `from ${monthName(c.from.period)}`, `on ${monthName(c.from.period)}`])}.`
      : way === 1 && share
        ? `${cap(name)} ${pick(r, ["took", "accounted for", "received"])} ${percent(r, share.share_pct).text} of the total.`
        : `${cap(name)} ${pick(r, ["took", "received", "bought"])} ${tonnage(r, f.level).text}.`;
  // a true figure of another month or destination right after
  const prev = addMonths(f.period, -1);
  const yearAgo = addMonths(f.period, -12);
  const other = peers.length > 0 ? pick(r, peers) : null;
  const before = f.months.get(prev);
  const lastYear = f.months.get(yearAgo);
  const next = Math.floor(r() * 4);
  let aside: string;
  let form: string;
  if (next === 0 && before !== undefined && before >= 1) {
    const when2 = pick(r, [
      "a month earlier",
      "the month before",
      `in ${monthName(prev)}`,
      "in the previous month",
    ]);
    aside = `${pick(r, ["Shipments there", `Shipments to ${name}`, `${cap(name)}'s intake`])} ${pick(r, ["were", "had been", "came to"])} ${tonnage(r, before).text} ${when2}.`;
    form = "another-month";
  } else if (next === 1 && lastYear !== undefined && lastYear >= 1) {
    aside = `${pick(r, ["A year earlier", `In ${monthName(yearAgo)} ${yearNo(yearAgo)}`])}, ${name} had ${pick(r, ["taken", "received"])} ${tonnage(r, lastYear).text}.`;
    form = "year-earlier";
  } else if (next === 2 && other) {
    const otherBefore = other.months.get(prev);
    if (otherBefore === undefined || otherBefore < 1) return null;
    aside = `${cap(partnerName(r, other.partner))} had received ${tonnage(r, otherBefore).text} in ${monthName(prev)}.`;
    form = "another-partner-month";
  } else if (other) {
    aside = `${cap(partnerName(r, other.partner))} ${pick(r, ["took", "received"])} ${tonnage(r, other.level).text}.`;
    form = "another-partner";
  } else return null;
  const third = peers.find((x) => x !== other);
  const after =
    third && r() < 0.4
      ? ` ${cap(partnerName(r, third.partner))} ${pick(r, ["took", "received"])} ${tonnage(r, third.level).text}.`
      : "";
  return {
    text: `${lead} ${own} ${aside}${after}`,
    published,
    form: `carried-month/${form}${after ? "/then-back" : ""}`,
  };
};

/**
 * A month named only to compare with, then a destination's figure of the story's month: "For
 * comparison, in May shipments were 1,238 t.", "Still well under January's 6,357 t, ...", "That
 * compares with 5,774 t in September." The comparison month is not what the next sentence speaks of.
 */
const comparisonAside: Writer = (r, f, all) => {
  if (f.partner === "WLD") return null;
  const world = all.find((x) => x.series === f.series && x.partner === "WLD" && x.period === f.period);
  if (!world) return null;
  const back = addMonths(f.period, -pick(r, [2, 3, 4, 5]));
  const then = world.months.get(back);
  if (then === undefined || then < 1 || then === world.level) return null;
  const { published, when, change, to } = monthMove(r, world);
  const lead = `${cap(subject(r, f.series))} ${change}${to} ${when.text}.`;
  const m2 = monthName(back);
  const way = Math.floor(r() * 4);
  const aside = [
    `For comparison, in ${m2} shipments were ${tonnage(r, then).text}.`,
    `Still ${pick(r, ["", "well ", "far "])}${world.level < then ? "under" : "above"} ${m2}'s ${tonnage(r, then).text}, the total owed much to a few buyers.`,
    `By contrast, ${m2} had seen ${tonnage(r, then).text}.`,
    `That compares with ${tonnage(r, then).text} in ${m2}.`,
  ][way] as string;
  const own = `${cap(partnerName(r, f.partner))} ${pick(r, ["took", "received", "bought"])} ${tonnage(r, f.level).text}.`;
  return { text: `${lead} ${aside} ${own}`, published, form: `comparison-aside-${way}` };
};

/** A signed change as tables and briefs print it: "+12.4% m/m", "(-11% y/y)". */
function signedChange(r: Rand, c: Change): string {
  const digits = r() < 0.5 ? 1 : 0;
  const size = Math.abs(c.pct).toFixed(digits);
  const sign = c.pct > 0 ? "+" : pick(r, ["-", "−"]);
  const base =
    c.basis === "mom"
      ? pick(r, ["m/m", "MoM", "mom", "on the month"])
      : pick(r, ["y/y", "YoY", "yoy", "on the year"]);
  return `${sign}${size}% ${base}`;
}

/** "Magnet exports: 6,150 t (+12.4% m/m)", "6,150 tonnes, up 12% on October". */
const parentheticalChange: Writer = (r, f) => {
  const c = pick(r, changesOf(f));
  if (!c) return null;
  const published = publishedAfter(r, f.period);
  const when = periodWords(r, f.period, published);
  const subj = subjectTo(r, f.series, f.partner);
  const amount = tonnage(r, f.level).text;
  const way = Math.floor(r() * 3);
  if (way === 0)
    return {
      text: `${cap(subj.text)} ${pick(r, LEVEL_VERB)} ${amount} ${when.text} (${signedChange(r, c)}).`,
      published,
      form: `parenthetical/${c.basis}/${subj.form}`,
    };
  if (way === 1) {
    const on =
      c.basis === "mom"
        ? pick(r, [`on ${monthName(c.from.period)}`, "on the previous month"])
        : pick(r, ["on a year earlier", `on ${monthName(c.from.period)} ${yearNo(c.from.period)}`]);
    return {
      text: `${cap(subj.text)} ${pick(r, LEVEL_VERB)} ${amount} ${when.text}, ${c.pct > 0 ? "up" : "down"} ${percent(r, c.pct).text} ${on}.`,
      published,
      form: `up-on/${c.basis}/${subj.form}`,
    };
  }
  return {
    text: `${cap(amount)} of ${pick(r, PLURAL[f.series] ?? [f.series])} ${f.partner === "WLD" ? "left China" : `went to ${partnerName(r, f.partner)}`} ${when.text}, a ${Math.round(Math.abs(c.pct))}% ${c.pct > 0 ? "rise" : "fall"} ${c.basis === "mom" ? `from ${monthName(c.from.period)}` : "from a year earlier"}.`,
    published,
    form: `amount-first/${c.basis}`,
  };
};

/**
 * A change whose size stands apart from its verb or noun: "rose however by 5.5% on the year", "rose a
 * modest 4%", "6,150 t, month-on-month growth 12.4%", "6,150 t, minus 3.1 percent compared with October".
 */
const changeApart: Writer = (r, f) => {
  const c = pick(r, changesOf(f));
  if (!c) return null;
  const published = publishedAfter(r, f.period);
  const when = periodWords(r, f.period, published);
  const subj = subjectTo(r, f.series, f.partner);
  const amount = tonnage(r, f.level).text;
  const size = percent(r, c.pct).text;
  const on =
    c.basis === "mom"
      ? pick(r, [`compared with ${monthName(c.from.period)}`, "on the previous month", "month-on-month"])
      : pick(r, ["compared with the same month of the previous year", "year-on-year", "on a year earlier"]);
  const way = Math.floor(r() * 3);
  if (way === 0) {
    const verb = pick(r, c.pct > 0 ? ["rose", "grew", "climbed"] : ["fell", "sank", "declined"]);
    const between = pick(r, ["however by", "nevertheless by", "again by", "a modest", "a sharp"]);
    return {
      text: `${cap(when.text)} ${subj.text} ${verb} ${between} ${size} ${on}.`,
      published,
      form: `change-apart/verb/${c.basis}`,
    };
  }
  if (way === 1) {
    const adj = c.basis === "mom" ? "month-on-month" : "year-on-year";
    const noun = c.pct > 0 ? pick(r, ["growth", "increase", "rise"]) : pick(r, ["decline", "drop", "fall"]);
    return {
      text: `${cap(subj.text)} ${pick(r, LEVEL_VERB)} ${amount} ${when.text}, ${adj} ${noun} ${size}.`,
      published,
      form: `change-apart/noun/${c.basis}`,
    };
  }
  return {
    text: `${cap(subj.text)} ${pick(r, LEVEL_VERB)} ${amount} ${when.text}, ${c.pct > 0 ? "plus" : "minus"} ${size} ${on}.`,
    published,
    form: `change-apart/sign/${c.basis}`,
  };
};

/** A headline in the present tense over a first paragraph that repeats the figures. */
const headline: Writer = (r, f) => {
  const c = changesOf(f).find((x) => x.basis === "mom");
  if (!c) return null;
  const published = publishedAfter(r, f.period);
  const when = periodWords(r, f.period, published);
  const subj = subjectTo(r, f.series, f.partner);
  const verb = c.pct > 0 ? pick(r, ["rise", "climb", "jump"]) : pick(r, ["fall", "drop", "slip"]);
  const head = `${cap(subj.text)} ${verb} ${Math.round(Math.abs(c.pct))}% in ${monthName(f.period)}`;
  const body = `${cap(subject(r, f.series))}${f.partner === "WLD" ? "" : ` to ${partnerName(r, f.partner)}`} ${pick(r, LEVEL_VERB)} ${tonnage(r, f.level).text} ${when.text}, ${c.pct > 0 ? "up" : "down"} from ${grouped(c.from.value)} tonnes in ${monthName(c.from.period)}, customs data showed.`;
  return { text: `${head}\n\n${body}`, published, form: `headline/${subj.form}` };
};

/**
 * A headline that names a destination, then a line of that destination's figures that does not name
 * it again ("China magnets: Sep print in, Korea surprises" / "Sep magnet exports printed 854t, -33%
 * m/m"): the destination carried from the headline is the one the figures belong to, so it must stay
 * a reading of them even though the line reads like the total's.
 */
const headlineDestination: Writer = (r, f) => {
  if (f.partner === "WLD") return null;
  const c = pick(r, changesOf(f));
  if (!c) return null;
  const published = publishedAfter(r, f.period);
  const noun = pick(r, NOUNS[f.series] ?? [f.series]);
  const mon = monthName(f.period).slice(0, 3);
  const head = `China ${noun}: ${mon} ${pick(r, ["print in", "numbers out", "data landed"])}, ${partnerName(r, f.partner)} ${pick(r, ["surprises", "stands out", "in focus"])}`;
  const body = `${mon} ${noun} exports ${pick(r, ["printed", "came in at", "were"])} ${grouped(f.level)}t, ${signedChange(r, c)} by our count.`;
  return { text: `${head}\n\n${body}`, published, form: "headline-destination" };
};

/** A paragraph on one month: the total, then destinations, with pronouns and "while" clauses. */
const article: Writer = (r, f, all) => {
  const world = all.find((x) => x.series === f.series && x.partner === "WLD" && x.period === f.period);
  const ds = destinationsOf(f, all);
  if (!world || ds.length === 0) return null;
  const published = publishedAfter(r, f.period);
  const when = periodWords(r, f.period, published);
  const sentences: string[] = [];
  const wc = changesOf(world).find((x) => x.basis === "mom");
  sentences.push(
    wc
      ? `${cap(subject(r, f.series))} ${pick(r, wc.pct > 0 ? RISE : FALL)} ${percent(r, wc.pct).text} ${when.text} from ${monthName(wc.from.period)} to ${tonnage(r, world.level).text}, customs data showed.`
      : `${cap(subject(r, f.series))} ${pick(r, LEVEL_VERB)} ${tonnage(r, world.level).text} ${when.text}, customs data showed.`,
  );
  const parts = ds.map((d) => {
    const c = changesOf(d).find((x) => x.basis === "mom");
    const name = partnerName(r, d.partner);
    const amount = tonnage(r, d.level).text;
    return c
      ? pick(r, [
          `${cap(pick(r, ["shipments", "sales", "exports"]))} to ${name} ${pick(r, c.pct > 0 ? RISE : FALL)} ${percent(r, c.pct).text} to ${amount}`,
          `${cap(name)}'s ${pick(r, ["purchases", "share", "intake"]) === "share" ? "purchases" : "intake"} ${c.pct > 0 ? "rose" : "fell"} ${percent(r, c.pct).text} to ${amount}`,
        ])
      : `${cap(name)} ${pick(r, ["took", "received", "bought"])} ${amount}`;
  });
  for (let i = 0; i < parts.length; i += 2) {
    const a = parts[i] as string;
    const b = parts[i + 1];
    sentences.push(
      b
        ? `${a}, while ${b.charAt(0).toLowerCase() === b.charAt(0) ? b : b.replace(/^(Shipments|Sales|Exports)/, (w) => w.toLowerCase())}.`
        : `${a}.`,
    );
  }
  return { text: sentences.join(" "), published, form: "article/paragraph" };
};

/** Several months of one series in one sentence: each figure belongs to its own month. */
const monthRun: Writer = (r, f) => {
  // the month before and the one before that, both held: "a month earlier" must be the month before
  const prev = [addMonths(f.period, -1), addMonths(f.period, -2)];
  if (!prev.every((p) => f.months.has(p))) return null;
  const published = publishedAfter(r, f.period);
  const subj = subjectTo(r, f.series, f.partner);
  const t = (v: number) => `${grouped(v)} ${pick(r, ["t", "tonnes"])}`;
  const earlier = prev.map((p) => `${t(f.months.get(p) as number)} in ${monthName(p)}`);
  const way = Math.floor(r() * 4);
  if (way === 0)
    return {
      text: `${cap(subj.text)} were ${[...earlier].reverse().join(", ")} and ${t(f.level)} in ${monthName(f.period)}.`,
      published,
      form: "month-run/list",
    };
  if (way === 1)
    return {
      text: `${cap(subj.text)} ${f.level >= (f.months.get(prev[0] as string) as number) ? "rose" : "fell"} to ${t(f.level)} in ${monthName(f.period)}, after ${earlier.join(" and ")}.`,
      published,
      form: "month-run/after",
    };
  if (way === 2)
    return {
      text: `${cap(subj.text)} ${pick(r, LEVEL_VERB)} ${t(f.level)} in ${monthName(f.period)}. A month earlier they had been ${t(f.months.get(prev[0] as string) as number)}.`,
      published,
      form: "month-run/a-month-earlier",
    };
  return {
    text: `${cap(subj.text)} ${pick(r, LEVEL_VERB)} ${t(f.level)} in ${monthName(f.period)}, compared with the previous month's ${t(f.months.get(prev[0] as string) as number)}.`,
    published,
    form: "month-run/previous-months",
  };
};

/** A plain-text table with a column per month and a row per destination, as wire stories print them. */
const monthColumns: Writer = (r, f, all) => {
  const ds = [
    all.find((x) => x.series === f.series && x.partner === "WLD" && x.period === f.period),
    ...destinationsOf(f, all),
  ].filter((x): x is MonthFact => x !== undefined);
  if (ds.length < 2 || f.partner !== "WLD") return null;
  const months = [addMonths(f.period, -2), addMonths(f.period, -1), f.period];
  const published = publishedAfter(r, f.period);
  const label = (p: string) => `${MONTH_ABBR[monthNo(p) - 1]?.replace(".", "")} ${yearNo(p)}`;
  const cell = (d: MonthFact, p: string) => {
    const v = d.months.get(p);
    return v === undefined ? "n/a" : grouped(v);
  };
  const name = (d: MonthFact) =>
    d.partner === "WLD" ? "Total" : partnerName(r, d.partner).replace(/^the /, "");
  const head = `${cap(pick(r, NOUNS[f.series] ?? [f.series]))} exports (tonnes)`;
  const lines = [
    head,
    `${"Destination".padEnd(16)}${months.map((p) => label(p).padStart(11)).join("")}`,
    ...ds.map((d) => `${name(d).padEnd(16)}${months.map((p) => cell(d, p).padStart(11)).join("")}`),
  ];
  return { text: lines.join("\n"), published, form: "table/month-columns" };
};

/** Destinations with their tonnage and share, or tonnage and change, in one sentence. */
const partsOfTotal: Writer = (r, f, all) => {
  if (f.partner === "WLD") return null;
  const world = all.find((x) => x.series === f.series && x.partner === "WLD" && x.period === f.period);
  const share = world?.stats.shares?.find((x) => x.partner === f.partner);
  const published = publishedAfter(r, f.period);
  const when = periodWords(r, f.period, published);
  const name = partnerName(r, f.partner);
  const c = changesOf(f).find((x) => x.basis === "mom");
  if (share && r() < 0.5)
    return {
      text: `${cap(name)} ${pick(r, ["took", "bought", "received"])} ${grouped(f.level)} tonnes ${when.text}, or ${share.share_pct.toFixed(1)}% of the total.`,
      published,
      form: "parts/tonnage-or-share",
    };
  if (c)
    return {
      text: `${cap(name)} ${pick(r, ["took", "bought", "received"])} ${grouped(f.level)} t ${when.text}, ${c.pct > 0 ? "up" : "down"} ${Math.abs(c.pct).toFixed(1)}%.`,
      published,
      form: "parts/tonnage-change",
    };
  return null;
};

/** Bullets with a change in brackets: "- US: 582 t (-11.3% m/m)". */
const changeBullets: Writer = (r, f, all) => {
  const ds = destinationsOf(f, all);
  if (ds.length < 2 || f.partner !== ds[0]?.partner) return null;
  const published = publishedAfter(r, f.period);
  const lines = [
    `${cap(pick(r, NOUNS[f.series] ?? [f.series]))} exports in ${monthName(f.period)} ${yearNo(f.period)}:`,
  ];
  for (const d of ds) {
    const c = changesOf(d).find((x) => x.basis === "mom");
    lines.push(
      `- ${partnerName(r, d.partner).replace(/^the /, "")}: ${grouped(d.level)} t${c ? ` (${signedChange(r, c)})` : ""}`,
    );
  }
  return { text: lines.join("\n"), published, form: "bullets/change" };
};

/** List items led by their figure, then a dash and a change with its own amount: "- 854 t - a rise of 21% on August". */
const figureFirstItems: Writer = (r, f) => {
  const c = changesOf(f).find((x) => x.basis === "mom");
  if (!c) return null;
  const published = publishedAfter(r, f.period);
  const noun =
    c.pct > 0 ? pick(r, ["a rise", "an increase", "a gain"]) : pick(r, ["a fall", "a drop", "a decline"]);
  const dash = pick(r, [" - ", " – ", ": "]);
  const whose = f.partner === "WLD" ? "China's exports" : `shipments to ${partnerName(r, f.partner)}`;
  const line = `- ${tonnage(r, f.level).text}${dash}${noun} of ${percent(r, Math.abs(c.pct)).text.replace(/^[+-]/, "")} on ${monthName(addMonths(f.period, -1))}, ${whose} in ${monthName(f.period)}`;
  return {
    text: `${cap(pick(r, NOUNS[f.series] ?? [f.series]))}, the month in figures\n${line}`,
    published,
    form: "bullets/figure-first",
  };
};

/** A destination's figure and the total in one sentence, in either order. */
const partAndTotal: Writer = (r, f, all) => {
  if (f.partner === "WLD") return null;
  const world = all.find((x) => x.series === f.series && x.partner === "WLD" && x.period === f.period);
  if (!world) return null;
  const published = publishedAfter(r, f.period);
  const when = periodWords(r, f.period, published);
  const name = partnerName(r, f.partner);
  const wc = changesOf(world).find((x) => x.basis === "mom");
  const pc = changesOf(f).find((x) => x.basis === "mom");
  const total = wc
    ? `total ${pick(r, ["exports", "shipments"])} ${wc.pct > 0 ? "rose" : "fell"} ${percent(r, wc.pct).text} to ${tonnage(r, world.level).text}`
    : `total ${pick(r, ["exports", "shipments"])} came to ${tonnage(r, world.level).text}`;
  const part = pc
    ? `shipments to ${name} ${pc.pct > 0 ? "rose" : "fell"} ${percent(r, pc.pct).text} to ${tonnage(r, f.level).text}`
    : `shipments to ${name} came to ${tonnage(r, f.level).text}`;
  const noun = pick(r, PLURAL[f.series] ?? [f.series]);
  switch (Math.floor(r() * 4)) {
    case 0:
      return {
        text: `${cap(when.text)}, ${part}, while ${total}, customs data on ${noun} showed.`,
        published,
        form: "part-total/part-first",
      };
    case 1:
      return {
        text: `China's ${noun} ${total.replace(/^total /, "")} ${when.text}, but ${part}.`,
        published,
        form: "part-total/total-first",
      };
    case 2:
      return {
        text: `China shipped ${grouped(world.level)} tonnes of ${noun} ${when.text}, including ${grouped(f.level)} tonnes to ${name}.`,
        published,
        form: "part-total/including",
      };
    default:
      return {
        text: `Of the ${grouped(world.level)} tonnes of ${noun} China exported ${when.text}, ${grouped(f.level)} tonnes went to ${name}.`,
        published,
        form: "part-total/of-which",
      };
  }
};

/** Multiples and differences: "more than doubled", "2.6 times May's level", "677 tonnes more than in October". */
const multiples: Writer = (r, f) => {
  const c = pick(r, changesOf(f));
  if (!c) return null;
  const ratio = f.level / c.from.value;
  const published = publishedAfter(r, f.period);
  const when = periodWords(r, f.period, published);
  const subj = subjectTo(r, f.series, f.partner);
  const base =
    c.basis === "mom" ? monthName(c.from.period) : `${monthName(c.from.period)} ${yearNo(c.from.period)}`;
  const way = Math.floor(r() * 3);
  if (way === 0 && ratio >= 2.05 && ratio < 3)
    return {
      text: `${cap(subj.text)} more than doubled ${when.text} from ${base}.`,
      published,
      form: `multiple/more-than-doubled-${c.basis}`,
    };
  if (way === 0 && ratio >= 3.05 && ratio < 4)
    return {
      text: `${cap(subj.text)} more than tripled ${when.text} from ${base}.`,
      published,
      form: `multiple/more-than-tripled-${c.basis}`,
    };
  if (way === 0 && ratio < 0.48)
    return {
      text: `${cap(subj.text)} more than halved ${when.text} from ${base}.`,
      published,
      form: `multiple/more-than-halved-${c.basis}`,
    };
  if (way === 1 && ratio >= 1.5)
    return {
      text: `${cap(subj.text)} ${when.text} were ${ratio.toFixed(1)} times the level of ${base}.`,
      published,
      form: `multiple/times-${c.basis}`,
    };
  const diff = Math.abs(Math.round(c.abs));
  if (diff < 5) return null;
  return {
    text: `${cap(subj.text)} ${when.text} were ${grouped(diff)} tonnes ${c.abs > 0 ? "more" : "less"} than in ${base}, at ${grouped(f.level)} tonnes.`,
    published,
    form: `difference/tonnes-${c.basis}`,
  };
};

/** A rise as an "N-fold" multiple, rounded or cut to one decimal, as translated reports write it. */
const foldChange: Writer = (r, f) => {
  const c = pick(r, changesOf(f));
  if (!c) return null;
  const ratio = f.level / c.from.value;
  if (ratio < 1.06 || ratio >= 10) return null;
  const published = publishedAfter(r, f.period);
  const when = periodWords(r, f.period, published);
  const subj = subjectTo(r, f.series, f.partner);
  const base =
    c.basis === "mom" ? monthName(c.from.period) : `${monthName(c.from.period)} ${yearNo(c.from.period)}`;
  const rounded = ratio.toFixed(1);
  const cut = (Math.floor(ratio * 10) / 10).toFixed(1);
  const way = Math.floor(r() * 3);
  const text =
    way === 0
      ? `${cap(subj.text)} ${when.text} showed a ${rounded}-fold increase from ${base}.`
      : way === 1
        ? `${cap(subj.text)} grew ${cut}-fold ${when.text} compared with ${base}.`
        : `${cap(subj.text)} ${when.text} were ${ratio.toFixed(2)}-fold the ${base} level.`;
  return { text, published, form: `multiple/fold-${way}-${c.basis}` };
};

/** A destination's place among the destinations the data holds for the month. */
const destinationRank: Writer = (r, f, all) => {
  const ds = destinationsOf(f, all)
    .slice()
    .sort((a, b) => b.level - a.level);
  const i = ds.findIndex((d) => d.partner === f.partner);
  if (i < 0 || ds.length < 2) return null;
  const published = publishedAfter(r, f.period);
  const when = periodWords(r, f.period, published);
  const place = ["the largest", "the second-largest", "the third-largest", "the fourth-largest"][i];
  if (!place) return null;
  return {
    text: `${cap(partnerName(r, f.partner))} was ${place} ${pick(r, ["buyer", "destination", "market"])} for Chinese ${pick(r, PLURAL[f.series] ?? [f.series])} ${when.text}, taking ${grouped(f.level)} tonnes.`,
    published,
    form: "destination-rank",
  };
};

/**
 * A second place said by naming what beat it: "second only to March" (the one month of its year so
 * far above it; or the last month above it, in an earlier year), "surpassed only by Germany" (the one
 * destination held above it).
 */
const secondOnly: Writer = (r, f, all) => {
  const published = publishedAfter(r, f.period);
  const when = periodWords(r, f.period, published);
  const amount = tonnage(r, f.level).text;
  const words = pick(r, [
    "second only to",
    "behind only",
    "surpassed only by",
    "beaten only by",
    "trailing only",
  ]);
  // the one month above it: of its year so far, or the last above it when that is in an earlier year
  const higher = [...f.months].filter(
    ([p, v]) => p < f.period && yearNo(p) === yearNo(f.period) && v > f.level,
  );
  const since = f.stats.highest_since;
  const above =
    higher.length === 1
      ? higher[0]?.[0]
      : higher.length === 0 && since && /^\d{4}-\d{2}$/.test(since)
        ? since
        : undefined;
  if (r() < 0.5 && above !== undefined) {
    const same = yearNo(above) === yearNo(f.period);
    const name = same && r() < 0.5 ? monthName(above) : `${monthName(above)} ${yearNo(above)}`;
    const subj = subjectTo(r, f.series, f.partner);
    return {
      text: `${cap(subj.text)} ${pick(r, LEVEL_VERB)} ${amount} ${when.text}, ${words} ${name}${r() < 0.5 ? "'s" : ""}.`,
      published,
      form: `second-only/month/${same ? "same-year" : "earlier-year"}`,
    };
  }
  const ds = destinationsOf(f, all)
    .slice()
    .sort((a, b) => b.level - a.level);
  const top = ds[0];
  if (ds[1]?.partner !== f.partner || top === undefined || top.level === f.level) return null;
  return {
    text: `${cap(partnerName(r, f.partner))} took ${amount} of Chinese ${pick(r, PLURAL[f.series] ?? [f.series])} ${when.text}, ${words} ${partnerName(r, top.partner)}.`,
    published,
    form: "second-only/destination",
  };
};

/** Other ways to name the month: "data for November showed", "the November figure", "in the month to November". */
const monthForms: Writer = (r, f) => {
  const published = publishedAfter(r, f.period, r() < 0.7 ? 1 : 3);
  const name = monthName(f.period);
  const subj = subjectTo(r, f.series, f.partner);
  const amount = tonnage(r, f.level).text;
  switch (Math.floor(r() * 4)) {
    case 0:
      return {
        text: `Data for ${name} showed ${subj.text} of ${amount}.`,
        published,
        form: "month-forms/data-for",
      };
    case 1:
      return {
        text: `The ${name} figure for ${subj.text} was ${amount}.`,
        published,
        form: "month-forms/the-figure",
      };
    case 2:
      return {
        text: `${cap(subj.text)} were ${amount} in the month of ${name} ${yearNo(f.period)}.`,
        published,
        form: "month-forms/month-of",
      };
    default:
      return {
        text: `${cap(name)} ${yearNo(f.period)} ${subj.text}: ${amount}.`,
        published,
        form: "month-forms/label",
      };
  }
};

/** The month a rank reaches back to, with its figure: "the highest since January, when they hit 6,357 t". */
const rankWithWhen: Writer = (r, f) => {
  const since = r() < 0.5 ? f.stats.highest_since : f.stats.lowest_since;
  const then = since === null ? undefined : f.months.get(since);
  if (since === null || then === undefined || since === addMonths(f.period, -1)) return null;
  const word = since === f.stats.highest_since ? "highest" : "lowest";
  const published = publishedAfter(r, f.period);
  const when = periodWords(r, f.period, published);
  const subj = subjectTo(r, f.series, f.partner);
  const verb = pick(r, ["hit", "reached", "were", "stood at", "came to"]);
  return {
    text: `${cap(subj.text)} ${pick(r, LEVEL_VERB)} ${tonnage(r, f.level).text} ${when.text}, the ${word} since ${monthName(since)}${yearNo(since) === yearNo(f.period) ? "" : ` ${yearNo(since)}`}, when they ${verb} ${grouped(then)} tonnes.`,
    published,
    form: `rank-when/${word}`,
  };
};

/** The month against an average of the months so far this year (year-to-date over the months counted). */
const againstAverage: Writer = (r, f) => {
  const s = f.stats;
  const n = monthNo(f.period);
  if (s.ytd === null || n < 3) return null;
  const average = Math.round(s.ytd / n);
  const published = publishedAfter(r, f.period);
  const when = periodWords(r, f.period, published);
  const subj = subjectTo(r, f.series, f.partner);
  const way = Math.floor(r() * 3);
  const text =
    way === 0
      ? `${cap(subj.text)} ${pick(r, LEVEL_VERB)} ${tonnage(r, f.level).text} ${when.text}, against a monthly average of ${grouped(average)} tonnes so far this year.`
      : way === 1
        ? `${cap(subj.text)} averaged ${grouped(average)} tonnes a month in the first ${n} months of ${yearNo(f.period)}, and ${pick(r, LEVEL_VERB)} ${grouped(f.level)} tonnes ${when.text}.`
        : `${cap(subj.text)} ${when.text} ${pick(r, LEVEL_VERB)} ${tonnage(r, f.level).text}; on average, ${grouped(average)} tonnes were shipped each month this year.`;
  return { text, published, form: `average/${way}` };
};

/**
 * A month's move told in the sentence after the one naming its month, with a clause dating a policy
 * step in another month: "The November figures are in. Magnet exports rose 12.4% on the month, after
 * Beijing eased licence rules in early October." The policy's month dates no figure.
 */
const policyStepMonth: Writer = (r, f) => {
  const changes = changesOf(f);
  if (changes.length === 0) return null;
  const c = pick(r, changes);
  const published = publishedAfter(r, f.period);
  const step = monthName(addMonths(f.period, -pick(r, [1, 2, 3, 5, 7])));
  const size = percent(r, c.pct);
  const verb = pick(r, c.pct > 0 ? RISE : FALL);
  const base =
    c.basis === "mom"
      ? pick(r, ["on the month", "from the month before"])
      : pick(r, ["on the year", "from a year earlier"]);
  const actor = pick(r, ["Beijing", "China", "the Chinese government", "Chinese authorities"]);
  const act = pick(r, [
    "tightened export controls",
    "imposed new licence rules",
    "eased some curbs",
    "introduced a licensing regime",
  ]);
  const rule = pick(r, [
    "the restrictions imposed",
    "the export controls introduced",
    "licence rules announced",
  ]);
  const when = `${pick(r, ["", "early ", "mid-", "late "])}${step}`;
  const opening = pick(r, [
    `The ${monthName(f.period)} figures are in.`,
    `Customs has published ${monthName(f.period)}'s data.`,
    `${monthName(f.period)} was another busy month.`,
  ]);
  const lead = `${opening} ${cap(subjectTo(r, f.series, f.partner).text)} ${verb} ${size.text} ${base}`;
  const way = Math.floor(r() * 3);
  const text =
    way === 0
      ? `${lead}, after ${actor} ${act} in ${when}.`
      : way === 1
        ? `${lead}, well short of the level before ${actor} ${act} in ${when}.`
        : `${lead}, even though ${rule} in ${when} still apply.`;
  return { text, published, form: `policy-step/${c.basis}/${way}` };
};

/**
 * Both changes of a month in a row, each with its own base words, the second naming the year-ago
 * month: "..., up 10.2% from the previous month and 15.4% higher than in August 2024."
 */
const twoBases: Writer = (r, f) => {
  const [mom, yoy] = [
    changesOf(f).find((c) => c.basis === "mom"),
    changesOf(f).find((c) => c.basis === "yoy"),
  ];
  if (mom === undefined || yoy === undefined) return null;
  const published = publishedAfter(r, f.period);
  const when = periodWords(r, f.period, published);
  const ago = `${monthName(yoy.from.period)} ${yearNo(yoy.from.period)}`;
  const first = `${mom.pct > 0 ? "up" : "down"} ${percent(r, Math.abs(mom.pct)).text} ${pick(r, ["from the previous month", "from the month before", "on the month"])}`;
  const second = `${percent(r, Math.abs(yoy.pct)).text} ${yoy.pct > 0 ? pick(r, ["higher than in", "above"]) : pick(r, ["lower than in", "below"])} ${ago}`;
  const text = `${cap(subjectTo(r, f.series, f.partner).text)} ${pick(r, LEVEL_VERB)} ${tonnage(r, f.level).text} ${when.text}, ${first} and ${second}.`;
  return { text, published, form: `two-bases/${when.form}` };
};

/** Two series in one sentence: each figure belongs to its own product. */
const twoSeries: Writer = (r, f, all) => {
  if (f.partner !== "WLD") return null;
  const other = all.find(
    (x) => x.series !== f.series && x.partner === "WLD" && x.period === f.period && x.level >= 50,
  );
  if (!other || f.level < 50) return null;
  const published = publishedAfter(r, f.period);
  const when = periodWords(r, f.period, published);
  const a = `${pick(r, NOUNS[f.series] ?? [f.series])} exports ${pick(r, LEVEL_VERB)} ${tonnage(r, f.level).text}`;
  const b = `${pick(r, ["those of", "exports of", "shipments of"])} ${pick(r, PLURAL[other.series] ?? [other.series])} ${pick(r, ["reached", "came to", "were"])} ${tonnage(r, other.level).text}`;
  return { text: `${cap(when.text)}, China's ${a}, while ${b}.`, published, form: "two-series" };
};

/** Possessive months on both sides: "November's 6,150 t was up from October's 5,473 t". */
const possessiveMonths: Writer = (r, f) => {
  const c = changesOf(f).find((x) => x.basis === "mom");
  if (!c) return null;
  const published = publishedAfter(r, f.period);
  const noun = pick(r, NOUNS[f.series] ?? [f.series]);
  const to = f.partner === "WLD" ? "" : ` to ${partnerName(r, f.partner)}`;
  const way = Math.floor(r() * 2);
  if (way === 0)
    return {
      text: `${monthName(f.period)}'s ${grouped(f.level)} tonnes of ${noun} exports${to} ${c.pct > 0 ? "were up" : "were down"} ${percent(r, c.pct).text} from ${monthName(c.from.period)}'s ${grouped(c.from.value)} tonnes.`,
      published,
      form: "possessive/both",
    };
  return {
    text: `${cap(noun)} exports${to} ${c.pct > 0 ? "rose" : "fell"} ${percent(r, c.pct).text} in ${monthName(f.period)} from ${monthName(c.from.period)}'s ${grouped(c.from.value)} t.`,
    published,
    form: "possessive/base",
  };
};

/** A streak in words: "a third consecutive monthly increase". */
const streakWords: Writer = (r, f) => {
  const n = f.stats.streak ?? 0;
  if (Math.abs(n) < 2 || Math.abs(n) > 6) return null;
  const published = publishedAfter(r, f.period);
  const when = periodWords(r, f.period, published);
  const subj = subjectTo(r, f.series, f.partner);
  const ordinal = ["", "", "second", "third", "fourth", "fifth", "sixth"][Math.abs(n)];
  const move = n > 0 ? pick(r, ["rise", "increase", "gain"]) : pick(r, ["fall", "decline", "drop"]);
  const way = Math.floor(r() * 3);
  const text =
    way === 0
      ? `${cap(subj.text)} ${n > 0 ? "rose" : "fell"} for a ${ordinal} ${pick(r, ["straight", "consecutive"])} month ${when.text}.`
      : way === 1
        ? `${cap(subj.text)} ${n > 0 ? "rose" : "fell"} ${when.text}, the ${ordinal} ${pick(r, ["consecutive", "straight", "successive"])} monthly ${move}.`
        : `${cap(when.text)} marked the ${ordinal} ${move} in a row for ${subj.text}.`;
  return { text, published, form: `streak/${way}` };
};

/** Year to date against the same months a year earlier. */
const ytdChange: Writer = (r, f) => {
  const s = f.stats;
  if (s.ytd === null || s.ytd_yoy_pct === null || Math.abs(s.ytd_yoy_pct) < 1) return null;
  const published = publishedAfter(r, f.period);
  const n = monthNo(f.period);
  const subj = subjectTo(r, f.series, f.partner);
  const span = pick(r, [`in the first ${n} months`, `in January-${monthName(f.period)}`, "so far this year"]);
  if (span === "so far this year" && yearNo(published) !== yearNo(f.period)) return null;
  return {
    text: `${cap(subj.text)} ${span} ${s.ytd_yoy_pct > 0 ? "rose" : "fell"} ${percent(r, s.ytd_yoy_pct).text} from a year earlier to ${tonnage(r, s.ytd).text}.`,
    published,
    form: "ytd-change",
  };
};

/** China's figure told from the buyer's side: "US imports of Chinese magnets fell 11% to 582 t". */
const buyerSide: Writer = (r, f) => {
  if (f.partner === "WLD") return null;
  const c = changesOf(f).find((x) => x.basis === "mom");
  const published = publishedAfter(r, f.period);
  const when = periodWords(r, f.period, published);
  const name = partnerName(r, f.partner);
  const plural = pick(r, PLURAL[f.series] ?? [f.series]);
  const move = c
    ? `${c.pct > 0 ? "rose" : "fell"} ${percent(r, c.pct).text} to`
    : pick(r, ["were", "came to"]);
  switch (Math.floor(r() * 4)) {
    case 0:
      return {
        text: `${ADJECTIVE[f.partner]} imports of Chinese ${plural} ${move} ${tonnage(r, f.level).text} ${when.text}.`,
        published,
        form: "buyer/imports-of",
      };
    case 1:
      return {
        text: `${cap(name)}'s purchases of Chinese ${plural} ${move} ${tonnage(r, f.level).text} ${when.text}.`,
        published,
        form: "buyer/purchases",
      };
    case 2:
      return {
        text: `${cap(name)} imported ${tonnage(r, f.level).text} of ${plural} from China ${when.text}.`,
        published,
        form: "buyer/imported-from",
      };
    default:
      return {
        text: `Imports of Chinese ${plural} into ${name} ${move} ${tonnage(r, f.level).text} ${when.text}.`,
        published,
        form: "buyer/into",
      };
  }
};

/** A rank among the same month of each year: "the highest November figure on record". */
const seasonalRank: Writer = (r, f) => {
  const same = [...f.months].filter(([p]) => p.slice(5) === f.period.slice(5) && p < f.period);
  const high = same.length > 0 && same.every(([, v]) => v < f.level);
  const low = same.length > 0 && same.every(([, v]) => v > f.level);
  if (!high && !low) return null;
  const published = publishedAfter(r, f.period);
  const subj = subjectTo(r, f.series, f.partner);
  const name = monthName(f.period);
  const words = high
    ? pick(r, [
        `the highest ${name} figure on record`,
        `the highest on record for the month`,
        `the highest ${name} total on record`,
        `the strongest ${name} on record`,
        `a record for any ${name}`,
        `the busiest ${name} in the data`,
      ])
    : pick(r, [
        `the weakest ${name} on record`,
        `the lowest ${name} in the series`,
        `the worst ${name} on record`,
      ]);
  return {
    text: `${cap(subj.text)} ${pick(r, LEVEL_VERB)} ${tonnage(r, f.level).text} in ${name}, ${words}.`,
    published,
    form: `seasonal-rank-${high ? "high" : "low"}`,
  };
};

/** A month as a percentage of the one before: "46 t, about 19% of April's 246 t". */
const ratioToBase: Writer = (r, f) => {
  const c = changesOf(f).find((x) => x.basis === "mom");
  if (!c) return null;
  const ratio = (f.level / c.from.value) * 100;
  const published = publishedAfter(r, f.period);
  const subj = subjectTo(r, f.series, f.partner);
  const base = monthName(c.from.period);
  const of = pick(r, [
    `of ${base}'s ${grouped(c.from.value)} t`,
    `of the ${base} figure`,
    "of the previous month's",
  ]);
  return {
    text: `${cap(subj.text)} in ${monthName(f.period)} ${pick(r, LEVEL_VERB)} ${grouped(f.level)} t, about ${Math.round(ratio)}% ${of}.`,
    published,
    form: "ratio-to-base",
  };
};

/** A level given as a range around it: "between 6,100 and 6,200 tonnes", "in the 6,000-6,500 t range". */
const levelRange: Writer = (r, f) => {
  if (f.level < 100) return null;
  const step = f.level >= 1000 ? pick(r, [100, 500]) : pick(r, [10, 50]);
  const low = Math.floor(f.level / step) * step;
  const high = low + step;
  if (low === f.level) return null;
  const published = publishedAfter(r, f.period);
  const when = periodWords(r, f.period, published);
  const subj = subjectTo(r, f.series, f.partner);
  const [lo, hi] = [grouped(low), grouped(high)];
  const way = Math.floor(r() * 5);
  const text = [
    `${cap(subj.text)} ${when.text} were between ${lo} and ${hi} tonnes.`,
    `${cap(subj.text)} ${when.text} were in the ${lo}-${hi} t range.`,
    `${cap(subj.text)} ${when.text} came to somewhere from ${lo} to ${hi} t.`,
    `${cap(when.text)}, ${subj.text} ran at ${lo}–${hi} tonnes.`,
    `${cap(subj.text)} ${when.text} landed in the ${lo} to ${hi} tonne range.`,
  ][way] as string;
  return { text, published, form: `level-range-${way}` };
};

/** A change given as a range of percentages around it: "rose 11-13% from October", "down 20 to 25 percent". */
const changeRange: Writer = (r, f) => {
  const c = changesOf(f).find((x) => Math.abs(x.pct) >= 3);
  if (!c) return null;
  const size = Math.abs(c.pct);
  const step = size >= 40 ? 10 : size >= 10 ? 2 : 1;
  const low = Math.floor(size / step) * step - (r() < 0.5 ? step : 0);
  if (low <= 0) return null;
  const high = low + 2 * step;
  const published = publishedAfter(r, f.period);
  const when = periodWords(r, f.period, published);
  const subj = subjectTo(r, f.series, f.partner);
  const base = baseWords(r, f.period, c.basis, null);
  const verb = pick(r, c.pct > 0 ? ["rose", "climbed", "were up"] : ["fell", "slid", "were down"]);
  const range = pick(r, [`${low}-${high}%`, `${low} to ${high} percent`, `${low}–${high} per cent`]);
  return {
    text: `${cap(subj.text)} ${verb} ${range} ${base.text} ${when.text}.`,
    published,
    form: `change-range/${base.form}`,
  };
};

/**
 * A level likened to an earlier one by the year it was seen ("a level last seen in 2023", "as in
 * 2024", "matching a pace first reached in 2023"), or a range told with "to" around it ("roughly
 * 5,500 to 6,200 t"): the year is the earlier figure's, the range holds the month's figure.
 */
const likenedYear: Writer = (r, f) => {
  if (f.level < 20) return null;
  const published = publishedAfter(r, f.period);
  const when = periodWords(r, f.period, published);
  const subj = subjectTo(r, f.series, f.partner);
  const y = yearNo(f.period) - pick(r, [1, 2]);
  const like = pick(r, [
    `a level last seen in ${y}`,
    `a volume not reached since ${y}`,
    `matching a pace first recorded in ${y}`,
    `much as in ${y}`,
    `a level previously hit in ${y}`,
  ]);
  const low = Math.floor((f.level * 0.9) / 10) * 10;
  const high = Math.ceil((f.level * 1.1) / 10) * 10;
  const text =
    r() < 0.6
      ? `${cap(subj.text)} ${when.text} ${pick(r, LEVEL_VERB)} ${grouped(f.level)} ${pick(r, ["tonnes", "t"])}, ${like}.`
      : `${cap(subj.text)} ${when.text} were roughly ${grouped(low)} to ${grouped(high)} tonnes, or ${grouped(f.level)} t exactly.`;
  return { text, published, form: "likened-year" };
};

/** The month before as an aside, then the move: "which stood at 3,326 t in December, rose to 5,294 t in January". */
const asideThenMove: Writer = (r, f) => {
  const c = changesOf(f).find((x) => x.basis === "mom");
  if (!c) return null;
  const published = publishedAfter(r, f.period);
  const subj = subjectTo(r, f.series, f.partner);
  const before = `${grouped(c.from.value)} t in ${monthName(c.from.period)}`;
  const verb = c.pct > 0 ? pick(r, ["rose", "climbed", "jumped"]) : pick(r, ["fell", "dropped", "slid"]);
  const after = `${verb} ${r() < 0.5 ? `${percent(r, c.pct).text} ` : ""}to ${grouped(f.level)} t in ${monthName(f.period)}`;
  const text =
    r() < 0.5
      ? `${cap(subj.text)}, which stood at ${before}, ${after}.`
      : `After ${pick(r, ["coming in at", "standing at", "reaching"])} ${before}, ${subj.text} ${after}.`;
  return { text, published, form: "aside-then-move" };
};

/**
 * Ranks over the past N months ("the weakest of the past five months", "the high point of the last
 * four months") and over N months the text lists ("the low point of the five months" after them), a
 * bare difference after the tonnage ("22 more than in May"), and a multiple of what was shipped in
 * another month ("about 2.6 times what China shipped in May"). Windows with a missing month are left
 * out: whether the rank holds there depends on a figure the data lacks.
 */
const scopedRanks: Writer = (r, f) => {
  const published = publishedAfter(r, f.period);
  const when = periodWords(r, f.period, published);
  const subj = subjectTo(r, f.series, f.partner);
  const amount = tonnage(r, f.level);
  const way = Math.floor(r() * 4);
  if (way <= 1) {
    const n = 3 + Math.floor(r() * 4);
    const high = r() < 0.5;
    const w = rankIn(f.months, f.period, high ? "high" : "low", { type: "months", months: n });
    if (!w || w.rank !== 1 || w.gaps.length > 0 || w.startsBeforeData || w.of < n) return null;
    const count = ["", "", "two", "three", "four", "five", "six"][n] ?? String(n);
    const words = pick(
      r,
      high ? ["the highest", "the high point", "the peak"] : ["the lowest", "the low point", "the weakest"],
    );
    if (way === 0)
      return {
        text: `${cap(subj.text)} ${pick(r, LEVEL_VERB)} ${amount.text} ${when.text}, ${words} of the ${pick(r, ["past", "last"])} ${count} months.`,
        published,
        form: `scoped-rank/past-${high ? "high" : "low"}`,
      };
    // the months listed, then "the low point of the N months"
    const listed = [...f.months.keys()]
      .filter((m) => m >= addMonths(f.period, 1 - n) && m <= f.period)
      .sort()
      .map((m) => `${monthName(m).slice(0, 3)} ${grouped(f.months.get(m) as number)}`);
    return {
      text: `${cap(subj.text)}, tonnes: ${listed.join(", ")}. ${monthName(f.period)} was ${words} of the ${count} months.`,
      published,
      form: `scoped-rank/open-${high ? "high" : "low"}`,
    };
  }
  const c = changesOf(f).find((x) => x.basis === "mom");
  if (!c) return null;
  if (way === 2) {
    const diff = Math.abs(Math.round(c.abs));
    if (diff < 5 || Math.abs(c.abs - Math.round(c.abs)) > 0.01) return null;
    return {
      text: `${cap(subj.text)} ${pick(r, LEVEL_VERB)} ${grouped(f.level)} tonnes ${when.text}, ${grouped(diff)} ${c.abs > 0 ? "more" : pick(r, ["less", "fewer"])} than in ${monthName(c.from.period)}.`,
      published,
      form: "scoped-rank/bare-difference",
    };
  }
  const ratio = f.level / c.from.value;
  if (ratio < 1.5 || ratio > 20) return null;
  return {
    text: `${cap(subj.text)} ${when.text} were about ${ratio.toFixed(1)} times ${pick(r, ["what China shipped", "the volume exported", "the amount sent"])} in ${monthName(c.from.period)}.`,
    published,
    form: "scoped-rank/times-what",
  };
};

/**
 * The unit said once, the figures bare after it: a caption "in thousand tonnes" then "5.77 in
 * September", a heading "(tonnes)" then "Jul 5,577, Aug 6,146", a tonnage then "after May's 1,238",
 * or an answer in tonnes then "And August?" "6,146.".
 */
const unitOnce: Writer = (r, f) => {
  const year = f.period.slice(0, 4);
  const held = [...f.months.entries()]
    .filter(([p]) => p.startsWith(year) && p <= f.period)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .slice(-3);
  if (held.length < 2) return null;
  const published = publishedAfter(r, f.period);
  const noun = pick(r, NOUNS[f.series] ?? [f.series]);
  const to = f.partner === "WLD" ? "" : ` to ${partnerName(r, f.partner)}`;
  const kt = held.every(([, v]) => v >= 1000);
  const way = Math.floor(r() * 4);
  if (way === 0 && kt) {
    const items = held.map(([p, v]) => `${(v / 1000).toFixed(2)} in ${monthName(p)}`);
    return {
      text: `Chart: China's monthly ${noun} exports${to} in ${year}, in thousand tonnes. The line reads ${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}.`,
      published,
      form: "unit-once/caption-kt",
    };
  }
  if (way <= 1) {
    const items = held.map(([p, v]) => `${MONTH_ABBR[monthNo(p) - 1]?.replace(".", "")} ${grouped(v)}`);
    return {
      text: `${cap(noun)} exports${to}, ${year} (tonnes)\n\n${items.join(", ")}.`,
      published,
      form: "unit-once/heading",
    };
  }
  const [[p0, v0], [p1, v1]] = held.slice(-2) as [[string, number], [string, number]];
  if (way === 2)
    return {
      text: `${cap(noun)} exports${to} came to ${grouped(v1)} tonnes in ${monthName(p1)}, after ${monthName(p0)}'s ${grouped(v0)}.`,
      published,
      form: "unit-once/possessive",
    };
  return {
    text: `Q: How much did China ship${to} in ${monthName(p0)}?\nA: ${grouped(v0)} tonnes of ${noun}.\nQ: And ${monthName(p1)}?\nA: ${grouped(v1)}.`,
    published,
    form: "unit-once/answer",
  };
};

/**
 * A level bounded by a hedge with its month after it, reached by a move or stated alone: "climbed 12%
 * to more than 6,100 t in November", "slipped to under 1,300 tonnes during September": the month is
 * the level's and the move's, not a base.
 */
const hedgedLevelMonth: Writer = (r, f) => {
  if (f.level < 100) return null;
  const step = f.level >= 1000 ? 100 : 10;
  const down = Math.floor(f.level / step) * step;
  const up = Math.ceil(f.level / step) * step;
  if (down === f.level) return null;
  const bound =
    r() < 0.5
      ? `${pick(r, ["more than", "over", "above"])} ${grouped(down)}`
      : `${pick(r, ["less than", "under", "below"])} ${grouped(up)}`;
  const unit = pick(r, ["t", "tonnes", "tons", "metric tons"]);
  const published = publishedAfter(r, f.period);
  const name = monthName(f.period);
  const when = pick(r, [`in ${name}`, `during ${name}`, `in ${name} ${yearNo(f.period)}`]);
  const subj = subjectTo(r, f.series, f.partner);
  const c = changesOf(f).find((x) => x.basis === "mom");
  if (c === undefined || r() < 0.3) {
    const verb = pick(r, ["came to", "stood at", "amounted to", "were"]);
    return {
      text: `${cap(subj.text)} ${verb} ${bound} ${unit} ${when}.`,
      published,
      form: `hedged-level-month/level/${subj.form}`,
    };
  }
  const verb = pick(
    r,
    c.pct > 0 ? ["rose", "climbed", "jumped", "grew"] : ["fell", "dropped", "slipped", "slid"],
  );
  const size = r() < 0.5 ? ` ${percent(r, c.pct).text}` : "";
  return {
    text: `${cap(subj.text)} ${verb}${size} to ${bound} ${unit} ${when}.`,
    published,
    form: `hedged-level-month/move/${subj.form}/${size ? "size" : "direction"}`,
  };
};

/**
 * The month between an owner's possessive and the subject: "China's May magnet exports came to
 * 1,238 t", "Beijing's October rare earth shipments fell 21% from September": the month is the
 * figure's (and "May" there is never the modal verb).
 */
const ownerMonthSubject: Writer = (r, f) => {
  const published = publishedAfter(r, f.period);
  const owner = pick(r, ["China's", "Beijing's", "the country's", "the nation's", "China’s"]);
  const noun = pick(r, NOUNS[f.series] ?? [f.series]);
  const flow = pick(r, ["exports", "shipments", "outbound shipments"]);
  const to = f.partner === "WLD" ? "" : ` to ${partnerName(r, f.partner)}`;
  const head = `${cap(owner)} ${monthName(f.period)} ${noun} ${flow}${to}`;
  const c = changesOf(f).find((x) => x.basis === "mom");
  if (c === undefined || r() < 0.5)
    return {
      text: `${head} ${pick(r, ["came to", "were", "totalled", "stood at"])} ${tonnage(r, f.level).text}.`,
      published,
      form: "owner-month/level",
    };
  return {
    text: `${head} ${c.pct > 0 ? "rose" : "fell"} ${percent(r, c.pct).text} from ${monthName(c.from.period)}.`,
    published,
    form: "owner-month/change",
  };
};

/**
 * A newsletter's edition heading, dated when it came out, over items that name their own month:
 * "Metals Letter, December 2025 edition" then "- Magnet exports in November: 6,150 t". The edition's
 * date is not the items' period.
 */
const editionHeading: Writer = (r, f) => {
  const published = publishedAfter(r, f.period);
  const out = published.slice(0, 7);
  const name = monthName(out);
  const year = yearNo(out);
  const day = Number(published.slice(8, 10));
  const heading = pick(r, [
    `Critical Metals Letter, ${name} ${year} edition`,
    `Weekly brief, ${day} ${name} ${year}`,
    `Supply Chain Monitor | ${name} ${year}`,
    `Welcome to our ${name} issue.`,
    `${name} ${year} Newsletter`,
  ]);
  const subj = subjectTo(r, f.series, f.partner);
  const item = `- ${cap(subj.text)} in ${monthName(f.period)}: ${tonnage(r, f.level).text}`;
  return { text: `${heading}\n${item}`, published, form: `edition-heading/${subj.form}` };
};

const WRITERS: ReadonlyArray<[string, Writer, number]> = [
  ["level", levelSentence, 6],
  ["change", changeSentence, 8],
  ["from-to", fromToSentence, 4],
  ["ytd", ytdSentence, 3],
  ["share", shareSentence, 3],
  ["share-forms", shareForms, 2],
  ["rank", rankSentence, 4],
  ["peak-month", peakMonth, 2],
  ["list", respectivelySentence, 2],
  ["spoken-levels", spokenLevels, 2],
  ["intl-base", intlBaseLevel, 2],
  ["table", tableText, 1],
  ["heading", headingPartner, 2],
  ["q-and-a", questionAnswer, 2],
  ["follow-up", followUp, 3],
  ["carried", carriedContext, 4],
  ["carried-product", carriedProduct, 4],
  ["carried-month", carriedMonthThread, 4],
  ["parenthetical", parentheticalChange, 4],
  ["change-apart", changeApart, 2],
  ["headline", headline, 2],
  ["headline-destination", headlineDestination, 2],
  ["article", article, 3],
  ["month-run", monthRun, 3],
  ["month-columns", monthColumns, 1],
  ["parts", partsOfTotal, 2],
  ["change-bullets", changeBullets, 1],
  ["figure-first", figureFirstItems, 2],
  ["part-total", partAndTotal, 3],
  ["multiples", multiples, 3],
  ["fold", foldChange, 2],
  ["destination-rank", destinationRank, 1],
  ["second-only", secondOnly, 2],
  ["month-forms", monthForms, 2],
  ["rank-when", rankWithWhen, 2],
  ["average", againstAverage, 2],
  ["two-series", twoSeries, 2],
  ["possessive", possessiveMonths, 2],
  ["streak", streakWords, 2],
  ["ytd-change", ytdChange, 1],
  ["buyer", buyerSide, 2],
  ["seasonal-rank", seasonalRank, 1],
  ["ratio-to-base", ratioToBase, 1],
  ["level-range", levelRange, 1],
  ["change-range", changeRange, 1],
  ["comparison-aside", comparisonAside, 2],
  ["aside-then-move", asideThenMove, 2],
  ["scoped-rank", scopedRanks, 2],
  ["unit-once", unitOnce, 2],
  ["policy-step", policyStepMonth, 2],
  ["two-bases", twoBases, 2],
  ["intl-prefix", intlPrefixPartner, 2],
  ["span-level", spanLevel, 2],
  ["size-after-comma", sizeAfterComma, 2],
  ["year-extreme", yearExtremeNoun, 2],
  ["hedged-level-month", hedgedLevelMonth, 2],
  ["owner-month", ownerMonthSubject, 2],
  ["edition-heading", editionHeading, 2],
  ["likened-year", likenedYear, 2],
];

/**
 * Sentences a story puts around its figures that state no figure of China's exports: policy dates,
 * tariffs, prices, a company's plans, another country's own data, forecasts, shares of production.
 * Whatever a checker reads in them, it must not call them contradicted.
 */
const SURROUNDINGS = [
  "Beijing added seven medium and heavy rare earths to its export control list on April 4.",
  "Washington had raised tariffs on Chinese goods to 145% before a 90-day truce agreed in Geneva on May 12 cut them to 30%.",
  "Prices of NdPr oxide rose 4% to 560,000 yuan a tonne over the week.",
  "MP Materials plans to make 1,000 tonnes of magnets a year by 2028.",
  "China accounts for about 90% of the world's magnet production and 70% of rare earth mining.",
  "Analysts expect exports to rise 5% next month.",
  "Japan's own customs data showed imports of 421 tonnes from China.",
  "The figures were published by the General Administration of Customs on the 20th.",
  "Shares of Lynas Rare Earths rose 6.5% in Sydney.",
  "The company's revenue rose 23% to $1.2 billion in the third quarter.",
  "A Ford plant in Chicago halted production for a week in May.",
  "Licences are valid for six months, and about 1,000 applications have been filed.",
  "The curbs cover 17 rare earth elements and their compounds.",
  "Rare earths make up less than 0.1% of China's total exports by value.",
  "European carmakers warned in June that 30 production lines could stop.",
  "Announcement No. 61 of October 9 extended the controls to foreign-made products.",
  "A forecast by one bank sees magnet exports reaching 7,000 tonnes in December.",
  "Vehicle production in Germany fell 8% in the quarter.",
  "Neodymium prices in Shanghai climbed 2.3% to 1,000 yuan per kilogram.",
  "Trump and Xi met in Busan, South Korea, on October 30.",
  "Japan's trade minister visited Beijing last week.",
  "India's carmakers have asked New Delhi for help after Maruti cut output of its Swift by 8,000 units.",
  "The US Geological Survey says China mined 270,000 tonnes of rare earths in 2024.",
  "Germany's BMW said its plants had enough magnets for now.",
  "In October, Beijing widened the controls; in November it suspended part of them for a year.",
];

/** A wire dateline on the day of publication: "BEIJING, Dec. 18 (Wire) -", "Dec. 18 -", "Correction, Dec. 18:". */
function datelined(r: Rand, s: Statement): Statement {
  if (s.text.includes("\n") || r() < 0.85) return s;
  const day = `${MONTH_ABBR[Number(s.published.slice(5, 7)) - 1]} ${Number(s.published.slice(8, 10))}`;
  const line = pick(r, [`BEIJING, ${day} (Wire) -`, `${day} -`, `Updated ${day}:`, `SHANGHAI, ${day} -`]);
  return { ...s, text: `${line} ${s.text}`, form: `${s.form}+dateline` };
}

/** The statement with a sentence of its surroundings before or after it (prose only). */
function surrounded(r: Rand, s: Statement): Statement {
  if (s.text.includes("\n") || r() < 0.55) return datelined(r, s);
  const other = pick(r, SURROUNDINGS);
  return {
    ...s,
    text: r() < 0.5 ? `${other} ${s.text}` : `${s.text} ${other}`,
    form: `${s.form}+surroundings`,
  };
}

/**
 * `count` true statements about the facts, each a short text with its publication date.
 * @example trueStatements(facts, 1, 3000).length // 3000
 */
export function trueStatements(facts: readonly MonthFact[], seed: number, count: number): Statement[] {
  const r = rng(seed + 1);
  return generate(facts, seed, count, WRITERS).map((s) => surrounded(r, s));
}

function generate(
  facts: readonly MonthFact[],
  seed: number,
  count: number,
  writers: ReadonlyArray<[string, Writer, number]>,
): Statement[] {
  const r = rng(seed);
  const weights = writers.reduce((n, [, , w]) => n + w, 0);
  const out: Statement[] = [];
  for (let tries = 0; out.length < count && tries < count * 20; tries++) {
    let x = r() * weights;
    const [, write] = writers.find(([, , w]) => (x -= w) < 0) ?? (writers[0] as [string, Writer, number]);
    const s = write(r, pick(r, facts), facts);
    if (s) out.push(s);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// False statements: every part named in the figure's own clause, one of them wrong

/** Far enough apart that no rounding or hedge could join them. */
const differs = (a: number, b: number) => Math.abs(a - b) > 0.1 * Math.max(Math.abs(a), Math.abs(b)) + 1;

/** Another month's level stated for this month. */
const wrongMonth: Writer = (r, f, all) => {
  const other = all.filter(
    (x) =>
      x.series === f.series &&
      x.partner === f.partner &&
      x.period !== f.period &&
      x.level >= 1 &&
      differs(x.level, f.level),
  );
  if (other.length === 0) return null;
  const o = pick(r, other);
  const published = publishedAfter(r, f.period);
  const subj = subjectTo(r, f.series, f.partner);
  return {
    text: `${cap(subj.text)} ${pick(r, LEVEL_VERB)} ${grouped(o.level)} ${pick(r, ["tonnes", "t"])} in ${monthName(f.period)} ${yearNo(f.period)}.`,
    published,
    form: "false/wrong-month",
  };
};

/** Another destination's level stated for this one. */
const wrongPartner: Writer = (r, f, all) => {
  if (f.partner === "WLD") return null;
  const other = all.filter(
    (x) =>
      x.series === f.series &&
      x.period === f.period &&
      x.partner !== f.partner &&
      x.partner !== "WLD" &&
      differs(x.level, f.level),
  );
  if (other.length === 0) return null;
  const o = pick(r, other);
  const published = publishedAfter(r, f.period);
  return {
    text: `China's ${pick(r, NOUNS[f.series] ?? [f.series])} exports to ${partnerName(r, f.partner)} ${pick(r, LEVEL_VERB)} ${grouped(o.level)} tonnes in ${monthName(f.period)} ${yearNo(f.period)}.`,
    published,
    form: "false/wrong-partner",
  };
};

/** A change stated on the other base than the one it is. */
const wrongBase: Writer = (r, f) => {
  const s = f.stats;
  if (s.mom_pct === null || s.yoy_pct === null || Math.abs(s.mom_pct - s.yoy_pct) < 5) return null;
  const [stated, named] = r() < 0.5 ? [s.mom_pct, "year-on-year"] : [s.yoy_pct, "from the previous month"];
  if (Math.abs(stated) < 1) return null;
  const published = publishedAfter(r, f.period);
  const subj = subjectTo(r, f.series, f.partner);
  return {
    text: `${cap(subj.text)} ${stated > 0 ? "rose" : "fell"} ${Math.abs(stated).toFixed(1)}% ${named} in ${monthName(f.period)} ${yearNo(f.period)}.`,
    published,
    form: "false/wrong-base",
  };
};

/** A level a quarter or more off the figure. */
const wrongLevel: Writer = (r, f) => {
  const published = publishedAfter(r, f.period);
  const subj = subjectTo(r, f.series, f.partner);
  const factor = pick(r, [0.6, 0.75, 1.3, 1.5]);
  const v = f.level >= 100 ? Math.round(f.level * factor) : trim(f.level * factor);
  return {
    text: `${cap(subj.text)} ${pick(r, LEVEL_VERB)} ${grouped(v)} ${pick(r, ["tonnes", "t"])} in ${monthName(f.period)} ${yearNo(f.period)}.`,
    published,
    form: "false/wrong-level",
  };
};

/** The change's direction turned around. */
const wrongDirection: Writer = (r, f) => {
  const c = changesOf(f).find((x) => x.basis === "mom" && Math.abs(x.pct) >= 3 && Math.abs(x.pct) < 100);
  if (!c) return null;
  const published = publishedAfter(r, f.period);
  const subj = subjectTo(r, f.series, f.partner);
  return {
    text: `${cap(subj.text)} ${c.pct > 0 ? "fell" : "rose"} ${Math.abs(c.pct).toFixed(0)}% in ${monthName(f.period)} ${yearNo(f.period)} from ${monthName(c.from.period)}.`,
    published,
    form: "false/wrong-direction",
  };
};

const FALSE_WRITERS: ReadonlyArray<[string, Writer, number]> = [
  ["wrong-month", wrongMonth, 3],
  ["wrong-partner", wrongPartner, 3],
  ["wrong-base", wrongBase, 2],
  ["wrong-level", wrongLevel, 2],
  ["wrong-direction", wrongDirection, 2],
];

/**
 * `count` false statements, each naming series, destination and month in the figure's own clause.
 * @example falseStatements(facts, 2, 500)
 */
export function falseStatements(facts: readonly MonthFact[], seed: number, count: number): Statement[] {
  // a figure under a tonne (gallium, germanium) has no wrong value far enough off to be plainly wrong
  const sizable = facts.filter((f) => f.level >= 1);
  return generate(sizable, seed, count, FALSE_WRITERS);
}
