// Shares, ranks over a window, multiples and differences as reporters write them, built from the
// figures analytics computes on the reference data. Each statement carries its class (the wording)
// and what it should get: a true figure is never contradicted and should be supported; a mistake
// whose reading is certain should be contradicted and is never supported; words with no figure
// ("the lion's share") or about money the data does not hold get no verdict either way.

import { rankIn, type Monthly } from "../../src/analytics/month-figures.js";
import { getSeries } from "../../src/analytics/series.js";
import { computeStats } from "../../src/analytics/stats.js";
import { addMonths, MONTH_NAMES } from "../../src/domain/period.js";
import { ordinal } from "../../src/report/format-figures.js";
import { verifyClaims } from "../../src/claims/index.js";
import type { ClaimKind } from "../../src/claims/types.js";
import type { Store } from "../../src/store/open-store.js";
import { ONES } from "./true-statements.js";

export type Expect = "true" | "false" | "none";

export interface RatioStatement {
  text: string;
  published: string;
  /** The family (shares, ranks, multiples, differences) and the wording class. */
  family: "shares" | "ranks" | "multiples" | "differences";
  form: string;
  expect: Expect;
}

/** One month's destination share of a series, as analytics gives it. */
export interface ShareFact {
  series: string;
  period: string;
  partner: string;
  value: number;
  total: number;
  share: number;
  prevShare: number | null;
}

/** The months held of the series and destinations the statements are about. */
export interface RatioFacts {
  months: ReadonlyMap<string, Monthly>;
  shares: ShareFact[];
}

const RUNS: ReadonlyArray<[string, string]> = [
  ["rare-earth-magnets", "WLD"],
  ["rare-earth-magnets", "USA"],
  ["rare-earth-magnets", "DEU"],
  ["rare-earths", "WLD"],
];

/** The months a series holds for a destination, as resolved (no derived months). */
export async function heldMonths(store: Store, series: string, partner: string): Promise<Monthly> {
  const s = await getSeries(store, { series, partner });
  const held = s.points.filter((p) => !p.derived && /^\d{4}-\d{2}$/.test(p.period));
  return new Map(held.map((p) => [p.period, Number(p.value)]));
}

/**
 * Every month held of the runs above, and every destination share of the magnets' months.
 * @example const facts = await loadRatioFacts(store); facts.shares.length
 */
export async function loadRatioFacts(store: Store): Promise<RatioFacts> {
  const months = new Map<string, Monthly>();
  for (const [series, partner] of RUNS)
    months.set(`${series}/${partner}`, await heldMonths(store, series, partner));
  const shares: ShareFact[] = [];
  for (const period of months.get("rare-earth-magnets/WLD")?.keys() ?? []) {
    const st = await computeStats(store, { series: "rare-earth-magnets", partner: "WLD", period });
    if (st.level === null) continue;
    for (const s of st.shares ?? []) {
      const partner = s.partner;
      if (!NAMES[partner]) continue;
      const share = s.share_pct / 100;
      const prevShare = s.prev_share_pct === null ? null : s.prev_share_pct / 100;
      shares.push({
        series: "rare-earth-magnets",
        period,
        partner,
        value: s.value,
        total: st.level,
        share,
        prevShare,
      });
    }
  }
  return { months, shares };
}

export const NAMES: Record<string, string> = {
  USA: "the United States",
  DEU: "Germany",
  JPN: "Japan",
  KOR: "South Korea",
  IND: "India",
  VNM: "Vietnam",
};
export const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
export const monthName = (p: string) => MONTH_NAMES[Number(p.slice(5, 7)) - 1] as string;
export const year = (p: string) => Number(p.slice(0, 4));
export const inMonth = (p: string) => `in ${monthName(p)} ${year(p)}`;
export const publishedAfter = (p: string) => `${addMonths(p, 1)}-20`;
export const t = (n: number) => Math.round(n).toLocaleString("en-US");
export const pct1 = (x: number) => (x * 100).toFixed(1);

/** Numbers in words up to twelve (larger ones stay in digits). */
export const WORDS = ONES.slice(0, 13);
const ORD_NOUN: Record<number, [string, string]> = {
  2: ["half", "halves"],
  3: ["third", "thirds"],
  4: ["quarter", "quarters"],
  5: ["fifth", "fifths"],
  6: ["sixth", "sixths"],
  7: ["seventh", "sevenths"],
  8: ["eighth", "eighths"],
  9: ["ninth", "ninths"],
  10: ["tenth", "tenths"],
};

/** A fraction in words: "a fifth", "two-fifths". */
function fractionWords(num: number, den: number): string {
  const [one, many] = ORD_NOUN[den] as [string, string];
  return num === 1 ? `a ${one}` : `${WORDS[num]}-${many}`;
}
const FRACTIONS: ReadonlyArray<[number, number]> = [
  [1, 2],
  [1, 3],
  [1, 4],
  [1, 5],
  [1, 6],
  [1, 8],
  [1, 10],
  [2, 5],
  [3, 10],
  [2, 3],
  [3, 4],
  [1, 7],
  [1, 9],
];

const MAGNETS = [
  "China's rare-earth magnet exports",
  "Chinese shipments of rare-earth magnets",
  "China's exports of permanent magnets",
];
const RARE_EARTHS = ["China's rare earth exports", "China's exports of rare earths"];
export const subjectOf = (series: string, i: number) =>
  series === "rare-earths"
    ? (RARE_EARTHS[i % RARE_EARTHS.length] as string)
    : (MAGNETS[i % MAGNETS.length] as string);

/** The subject with a destination: "China's rare-earth magnet exports to Germany". */
export function subjectTo(series: string, partner: string, i: number): string {
  const s = subjectOf(series, i);
  return partner === "WLD" ? s : `${s} to ${NAMES[partner]}`;
}

// ---------------------------------------------------------------------------------------------
// Shares

function shareStatements(facts: RatioFacts): RatioStatement[] {
  const out: RatioStatement[] = [];
  const add = (form: string, f: ShareFact, text: string, expect: Expect = "true") =>
    out.push({ text, published: publishedAfter(f.period), family: "shares", form, expect });
  facts.shares.forEach((f, i) => {
    const p = cap(NAMES[f.partner] as string);
    const subj = subjectOf(f.series, i);
    const when = inMonth(f.period);
    const x = pct1(f.share);
    const n = Math.round(1 / f.share);
    if (n >= 2 && n <= 12 && Math.abs(1 / n - f.share) / f.share < 0.12) {
      add("one-in-n", f, `${p} accounted for roughly one tonne in every ${WORDS[n]} of ${subj} ${when}.`);
      add(
        "one-in-n",
        f,
        `About one in every ${WORDS[n]} tonnes of ${subj} ${when} went to ${NAMES[f.partner]}.`,
      );
      const wrong = n >= 6 ? Math.max(2, Math.round(n / 3)) : n * 3;
      if (wrong <= 12)
        add(
          "one-in-n-wrong",
          f,
          `${p} accounted for one tonne in every ${WORDS[wrong]} of ${subj} ${when}.`,
          "false",
        );
    }
    for (const [num, den] of FRACTIONS) {
      const v = num / den;
      const gap = f.share - v;
      if (Math.abs(gap) > 0.025 || Math.abs(gap) < 0.003) continue;
      const fw = fractionWords(num, den);
      const hedge =
        gap < 0 ? (i % 2 ? "a bit under" : "slightly less than") : i % 2 ? "just over" : "a little more than";
      add("hedged-fraction", f, `${p} took ${hedge} ${fw} of ${subj} ${when}.`);
      add("about-fraction", f, `About ${fw} of ${subj} ${when} went to ${NAMES[f.partner]}.`);
      add("fraction-subject", f, `${cap(fw)} of ${subj} ${when} were bound for ${NAMES[f.partner]}.`);
    }
    const far = FRACTIONS.find(([a, b]) => a / b > f.share * 2.2 && a / b <= 0.5);
    if (far)
      add(
        "fraction-wrong",
        f,
        `${cap(fractionWords(...far))} of ${subj} ${when} went to ${NAMES[f.partner]}.`,
        "false",
      );
    add("slice", f, `${p}'s slice of ${subj} ${when} was ${x}%.`);
    add("at-pct-of-total", f, `${p}, at ${x}% of the total, remained a major buyer of ${subj} ${when}.`);
    add(
      "out-of-100",
      f,
      `${WORDS[Math.round(f.share * 100)] ?? Math.round(f.share * 100)} out of every 100 tonnes of ${subj} ${when} went to ${NAMES[f.partner]}.`,
    );
    add(
      "pct-ended-up",
      f,
      `${x} per cent of the magnets China shipped abroad ${when} ended up in ${NAMES[f.partner]}.`,
    );
    add("portion", f, `${p}'s portion of ${subj} came to ${x} percent ${when}.`);
    add("absorbed-or", f, `${p} absorbed ${t(f.value)} t, or ${x}% of ${subj} ${when}.`);
    add("held-a-share", f, `${p} held a ${x}% share of ${subj} ${when}.`);
    add("represented", f, `Shipments to ${NAMES[f.partner]} represented ${x}% of ${subj} ${when}.`);
    if (f.prevShare !== null) {
      add(
        "share-rose-from",
        f,
        `${p}'s share of ${subj} ${f.share >= f.prevShare ? "rose" : "slipped"} to ${x}% ${when} from ${pct1(f.prevShare)}% the month before.`,
      );
    }
    add("pct-wrong", f, `${p} took ${pct1(f.share * 2 + 0.05)}% of ${subj} ${when}.`, "false");
    if (i % 4 === 0) add("lions-share", f, `${p} took the lion's share of ${subj} ${when}.`, "none");
    if (i % 4 === 1)
      add(
        "cents-of-dollar",
        f,
        `${p} took ${Math.round(f.share * 100)} cents of every dollar China earned from magnet sales abroad ${when}.`,
        "none",
      );
  });
  return out;
}

// ---------------------------------------------------------------------------------------------
// Ranks over a window

const CONTROLS = "2025-04"; // the April 2025 licensing of seven rare earths

function rankStatements(facts: RatioFacts): RatioStatement[] {
  const out: RatioStatement[] = [];
  let i = 0;
  for (const key of [
    "rare-earth-magnets/WLD",
    "rare-earth-magnets/USA",
    "rare-earths/WLD",
    "rare-earth-magnets/DEU",
  ]) {
    const months = facts.months.get(key) as Monthly;
    const [series, partner] = key.split("/") as [string, string];
    for (const [period, level] of months) {
      i++;
      const subj = subjectTo(series, partner, i);
      const when = inMonth(period);
      const published = publishedAfter(period);
      const add = (form: string, text: string, expect: Expect = "true") =>
        out.push({ text, published, family: "ranks", form, expect });
      const jan = `${year(period)}-01`;
      for (const dir of ["high", "low"] as const) {
        const y = rankIn(months, period, dir, { type: "from", month: jan });
        if (y && y.gaps.length === 0 && y.of >= 3) {
          const word = dir === "high" ? "strongest" : "weakest";
          if (y.rank === 1)
            add(
              `year-extreme`,
              `${subj} ${when} were the ${dir === "high" ? "highest" : "lowest"} so far this year at ${t(level)} t.`,
            );
          else if (y.rank <= 5)
            add(
              `ordinal-of-year`,
              `At ${t(level)} t, ${subj} ${when} made it the ${ordinal(y.rank)}-${word} month of the year.`,
            );
          if (y.rank >= 2 && y.rank <= 4)
            add(
              "ordinal-so-far",
              `${subj} ${when} were the ${ordinal(y.rank)}-${dir === "high" ? "busiest" : "quietest"} month of ${year(period)} so far.`,
            );
          if (y.rank <= 4)
            add(
              "among-the-n",
              `${subj} ${when} were among the four ${dir === "high" ? "highest" : "lowest"} months of ${year(period)}.`,
            );
          else if (y.better.length >= 5)
            add(
              "among-the-n-wrong",
              `${subj} ${when} were among the four ${dir === "high" ? "highest" : "lowest"} months of ${year(period)}.`,
              "false",
            );
          if (y.rank <= 3 && dir === "high")
            add(
              "top-three",
              `${subj} ${when} came to ${t(level)} t, a top-three month for ${year(period)} so far.`,
            );
          if (y.rank >= 3 && y.better.length >= 2)
            add(
              "ordinal-of-year-wrong",
              `At ${t(level)} t, ${subj} ${when} were the ${dir === "high" ? "strongest" : "weakest"} month of the year.`,
              "false",
            );
        }
        // same calendar month across years: a record for any October
        const same = [...months].filter(([p]) => p.slice(5) === period.slice(5) && p <= period);
        if (same.length >= 3) {
          const best = same.every(([, v]) => (dir === "high" ? v <= level : v >= level));
          const word = dir === "high" ? "strongest" : "softest";
          if (best)
            add(
              "same-month-record",
              `${subj} ${when} reached ${t(level)} t, the ${word} ${monthName(period)} on record.`,
            );
          else
            add(
              "same-month-record-wrong",
              `${subj} ${when} reached ${t(level)} t, the ${word} ${monthName(period)} on record.`,
              "false",
            );
        }
        // since the controls took effect
        if (period > CONTROLS) {
          const since = rankIn(months, period, dir, { type: "from", month: CONTROLS });
          if (since && since.gaps.length === 0 && since.rank === 1 && since.of >= 3)
            add(
              "since-event",
              `${subj} ${when} were the ${dir === "high" ? "highest" : "lowest"} since the April export controls took effect.`,
            );
        }
        // highest in N months
        const rec = rankIn(months, period, dir, { type: "record" });
        if (rec && rec.rank === 1 && rec.gaps.length === 0 && rec.of >= 6)
          add(
            "since-records-began",
            `${subj} ${when} marked the ${dir === "high" ? "best" : "weakest"} showing since records began.`,
          );
        for (const n of [6, 9, 12]) {
          const w = rankIn(months, period, dir, { type: "months", months: n });
          if (!w || w.gaps.length > 0 || w.startsBeforeData) continue;
          if (w.rank === 1)
            add(
              "n-month-extreme",
              `${subj} hit a ${WORDS[n] ?? n}-month ${dir === "high" ? "high" : "low"} ${when}.`,
            );
          if (w.rank === 1)
            add(
              "in-n-months",
              `${subj} ${when} were the ${dir === "high" ? "highest" : "lowest"} in ${WORDS[n] ?? n} months.`,
            );
          else if (w.rank === 2)
            add(
              "ordinal-in-n-months",
              `${subj} ${when} were the second-${dir === "high" ? "highest" : "lowest"} monthly total in ${n} months.`,
            );
          else if (w.better.length >= 2)
            add(
              "in-n-months-wrong",
              `${subj} ${when} were the ${dir === "high" ? "highest" : "lowest"} in ${WORDS[n] ?? n} months.`,
              "false",
            );
          break;
        }
      }
      // lowest since a month: the last lower month is the one named
      const lower = [...months]
        .filter(([p, v]) => p < period && v < level)
        .map(([p]) => p)
        .sort()
        .pop();
      if (lower) {
        const between = [...months].filter(([p]) => p > lower && p < period);
        if (between.length === monthSpan(lower, period) - 1 && between.length >= 2)
          add(
            "lowest-since-month",
            `${subj} ${when} sank to their lowest since ${monthName(lower)} ${year(lower)}.`,
          );
      }
      // highest since a month: the last higher month is the one named
      const higher = [...months]
        .filter(([p, v]) => p < period && v > level)
        .map(([p]) => p)
        .sort()
        .pop();
      if (higher) {
        const between = [...months].filter(([p]) => p > higher && p < period);
        const gapFree = between.length === monthSpan(higher, period) - 1;
        if (gapFree && between.length >= 2) {
          add(
            "best-since-month",
            `${subj} ${when} were the best month since ${monthName(higher)} ${year(higher)}.`,
          );
          add(
            "highest-level-since",
            `At ${t(level)} t, ${subj} ${when} hit their highest level since ${monthName(higher)} ${year(higher)}.`,
          );
        }
      }
    }
  }
  return out;
}

export function monthSpan(a: string, b: string): number {
  return (year(b) - year(a)) * 12 + Number(b.slice(5)) - Number(a.slice(5));
}

// ---------------------------------------------------------------------------------------------
// Multiples, halvings, fold changes and signs

export interface Pair {
  series: string;
  partner: string;
  from: string;
  to: string;
  a: number;
  b: number;
}

export function pairs(facts: RatioFacts): Pair[] {
  const out: Pair[] = [];
  for (const [key, months] of facts.months) {
    const [series, partner] = key.split("/") as [string, string];
    for (const [to, b] of months) {
      for (const lag of [1, 12]) {
        const from = addMonths(to, -lag);
        const a = months.get(from);
        if (a !== undefined && a > 0 && b > 0) out.push({ series, partner, from, to, a, b });
      }
    }
  }
  return out;
}

/** A multiple in words when the ratio sits near one reporters name. */
const MULTIPLE_WORDS: ReadonlyArray<{ lo: number; hi: number; up: string[] }> = [
  { lo: 1.9, hi: 2.1, up: ["doubled from", "roughly doubled from"] },
  { lo: 2.85, hi: 2.99, up: ["nearly tripled from"] },
  { lo: 2.85, hi: 3.15, up: ["roughly tripled from"] },
  { lo: 3.8, hi: 4.2, up: ["roughly quadrupled from"] },
];

function multipleStatements(facts: RatioFacts): RatioStatement[] {
  const out: RatioStatement[] = [];
  pairs(facts).forEach((p, i) => {
    const r = p.b / p.a;
    const subj = subjectTo(p.series, p.partner, i);
    const when = inMonth(p.to);
    const base = `${monthName(p.from)} ${year(p.from)}`;
    const pc = Math.round(Math.abs(r - 1) * 100);
    const published = publishedAfter(p.to);
    const add = (form: string, text: string, expect: Expect = "true") =>
      out.push({ text, published, family: "multiples", form, expect });
    for (const m of MULTIPLE_WORDS) {
      if (r >= m.lo && r <= m.hi)
        add("multiple-verb", `${subj} ${m.up[i % m.up.length]} ${base} to ${t(p.b)} t ${when}.`);
    }
    if (r >= 1.9) {
      add(
        "times-as-much",
        `${subj} ${when}, at ${t(p.b)} t, were ${r.toFixed(1)} times as much as in ${base}.`,
      );
      add("times-the-level", `${subj} ${when} were about ${r.toFixed(1)} times the ${base} level.`);
      const wrong = Math.round(r) + 2;
      add(
        "times-wrong",
        `${subj} ${when} were ${WORDS[wrong] ?? wrong} times as much as in ${base}.`,
        "false",
      );
      if (Math.abs(r - Math.round(r)) < 0.12)
        add("n-fold", `${subj} rose ${WORDS[Math.round(r)]}fold from ${base} ${when}.`);
    }
    if (r > 1.3 && r < 1.9 && Math.abs(r * 10 - Math.round(r * 10)) < 0.3) {
      add(
        "decimal-fold",
        `${subj} ${when} showed a ${(Math.round(r * 10) / 10).toFixed(1)}-fold increase on ${base}.`,
      );
    }
    if (r >= 0.45 && r <= 0.55) {
      add("halved", `${subj} ${when} were down by half from ${base}.`);
      add("halved", `${subj} roughly halved ${when} from ${base}.`);
    }
    if (r >= 0.62 && r <= 0.71) add("by-a-third", `${subj} shrank by a third ${when} from ${base}.`);
    if (r >= 0.85 && r < 1.3) add("half-wrong", `${subj} halved ${when} from ${base}.`, "false");
    if (r < 1) {
      add("slide", `${subj} ${when} suffered a ${pc} percent slide from ${base}.`);
      add("negative-growth", `${subj} ${when} posted negative growth of ${pc}% against ${base}.`);
      add("contraction", `${subj} ${when} contracted ${pc}% compared with ${base}.`);
      add("minus-sign", `${subj} ${when}: ${t(p.b)} t (−${pc}% vs ${base}).`);
      add("slide-wrong", `${subj} ${when} suffered a ${pc * 2 + 15} percent slide from ${base}.`, "false");
      if (r < 0.45) {
        const k = Math.round(1 / r);
        if (k <= 10 && Math.abs(1 / r - k) < 0.15 * k)
          add(
            "fell-to-fraction",
            `${subj} ${when} fell to about a ${ORD_NOUN[k]?.[0]} of their ${base} level.`,
          );
      }
    } else {
      add("plus-sign", `${subj} ${when}: ${t(p.b)} t (+${pc}% vs ${base}).`);
      add("growth-of", `${subj} ${when} recorded growth of ${pc} per cent over ${base}.`);
      add("jump", `${subj} ${when} logged a ${pc}% jump from ${base}.`);
      add("plus-wrong", `${subj} ${when} logged a ${pc * 2 + 20}% jump from ${base}.`, "false");
    }
  });
  return out;
}

// ---------------------------------------------------------------------------------------------
// Differences and ratios

function differenceStatements(facts: RatioFacts): RatioStatement[] {
  const out: RatioStatement[] = [];
  pairs(facts).forEach((p, i) => {
    const d = p.b - p.a;
    if (Math.abs(d) < 20) return;
    const subj = subjectTo(p.series, p.partner, i);
    const when = inMonth(p.to);
    const base = `${monthName(p.from)} ${year(p.from)}`;
    const published = publishedAfter(p.to);
    const add = (form: string, text: string, expect: Expect = "true") =>
      out.push({ text, published, family: "differences", form, expect });
    const abs = t(Math.abs(d));
    if (d > 0) {
      add("more-than", `${subj} ${when} were ${abs} t more than in ${base}.`);
      add("outpaced-by", `${subj} ${when} outpaced ${base} by ${abs} tonnes.`);
      add("exceeded-by", `${subj} ${when} exceeded the ${base} total by ${abs} t.`);
      add(
        "more-than-wrong",
        `${subj} ${when} were ${t(Math.abs(d) * 2 + 150)} t more than in ${base}.`,
        "false",
      );
    } else {
      add("fewer-than", `${subj} ${when} were ${abs} tonnes fewer than in ${base}.`);
      add("trailed-by", `${subj} ${when} trailed ${base} by ${abs} t.`);
      add("shortfall", `${subj} ${when} showed a shortfall of ${abs} t against ${base}.`);
      add(
        "fewer-than-wrong",
        `${subj} ${when} were ${t(Math.abs(d) * 2 + 150)} tonnes fewer than in ${base}.`,
        "false",
      );
    }
    add("gap-of", `For ${subj}, a gap of ${abs} t separated ${monthName(p.to)} ${year(p.to)} from ${base}.`);
  });
  // short of the record
  let i = 0;
  for (const [key, months] of facts.months) {
    const [series, partner] = key.split("/") as [string, string];
    for (const [period, level] of months) {
      const rec = rankIn(months, period, "high", { type: "record" });
      if (!rec || rec.rank === 1 || rec.of < 6) continue;
      const top = rec.better[0];
      if (!top) continue;
      i++;
      out.push({
        text: `At ${t(level)} t, ${subjectTo(series, partner, i)} ${inMonth(period)} were ${t(top.value - level)} tonnes short of the record.`,
        published: publishedAfter(period),
        family: "differences",
        form: "short-of-record",
        expect: "true",
      });
    }
  }
  // destinations against each other in one month: a gap and a ratio
  const byMonth = new Map<string, ShareFact[]>();
  for (const s of facts.shares) byMonth.set(s.period, [...(byMonth.get(s.period) ?? []), s]);
  let j = 0;
  for (const [period, list] of byMonth) {
    for (const x of list) {
      for (const y of list) {
        if (x.value <= y.value || y.value <= 0) continue;
        j++;
        const when = inMonth(period);
        const published = publishedAfter(period);
        const add = (form: string, text: string, expect: Expect = "true") =>
          out.push({ text, published, family: "differences", form, expect });
        const subj = subjectOf(x.series, j);
        add(
          "partner-more-than",
          `${cap(NAMES[x.partner] as string)} took ${t(x.value - y.value)} t more of ${subj} than ${NAMES[y.partner]} ${when}.`,
        );
        const r = x.value / y.value;
        if (Math.abs(r - Math.round(r)) < 0.1 && Math.round(r) >= 2 && Math.round(r) <= 6)
          add(
            "ratio-to-one",
            `${cap(NAMES[x.partner] as string)} and ${NAMES[y.partner]} split ${subj} ${when} by a ratio of ${WORDS[Math.round(r)]} to one.`,
          );
      }
    }
  }
  return out;
}

/**
 * Every statement of the four families, in a fixed order.
 * @example ratioStatements(await loadRatioFacts(store)).filter((s) => s.family === "shares")
 */
export function ratioStatements(facts: RatioFacts): RatioStatement[] {
  return [
    ...shareStatements(facts),
    ...rankStatements(facts),
    ...multipleStatements(facts),
    ...differenceStatements(facts),
  ];
}

/** How one statement fared: contradicted when anything in it was, else by the claims of its own kind. */
export type StatementOutcome = "supported" | "unverifiable" | "contradicted" | "missed";

export interface JudgedStatement {
  s: RatioStatement;
  outcome: StatementOutcome;
  /** The statement, the claim that decided it and its explanation, for a failing assertion. */
  detail: string;
}

/** Each statement verified on its own, judged by the claims of the kind its family makes. */
export async function judgeStatements(
  store: Store,
  statements: readonly RatioStatement[],
  kindOf: (s: RatioStatement) => ClaimKind,
): Promise<JudgedStatement[]> {
  const out: JudgedStatement[] = [];
  for (const s of statements) {
    const r = await verifyClaims(store, s.text, { published: s.published });
    const own = r.claims.filter((c) => c.kind === kindOf(s));
    const outcome: StatementOutcome =
      r.summary.contradicted > 0
        ? "contradicted"
        : own.some((c) => c.verdict === "supported")
          ? "supported"
          : own.length > 0
            ? "unverifiable"
            : "missed";
    const c = r.claims.find((x) => x.verdict === outcome) ?? own[0];
    out.push({ s, outcome, detail: `[${s.form}] ${s.text} -> ${c?.text}: ${c?.explanation}` });
  }
  return out;
}
