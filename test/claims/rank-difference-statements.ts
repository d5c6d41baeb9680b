// Scoped ranks and differences in the words reporters use that ratio-statements.ts does not write:
// a month as the subject of its rank ("June was the third-strongest month of the year"), a window
// said as a span of the year ("the highest of any month in the first half"), a policy or a month
// without its year as the window's start, "second only to", "a level not seen since", "topped every
// month but one"; differences said with "added", "shed", "an extra", "fell ... short of", "the
// difference between the two months", one destination against another ("a gap of 277 t between
// the US and Japan"); a destination's place
// said after its figure ("Germany 1,118 t (#1)", "the most of any destination"). Each statement is built
// from the figures analytics computes (`rankIn`, `lastBeyond` over the months held), is true unless
// marked as a mistake, and a mistake is written only where its reading is certain.

import { lastBeyond, rankIn, type Monthly } from "../../src/analytics/month-figures.js";
import { addMonths } from "../../src/domain/period.js";
import { ordinal } from "../../src/report/format-figures.js";
import {
  NAMES,
  WORDS,
  cap,
  inMonth,
  monthName,
  monthSpan,
  pairs,
  publishedAfter,
  subjectTo,
  t,
  year,
  type Expect,
  type RatioFacts,
  type RatioStatement,
  type ShareFact,
} from "./ratio-statements.js";

/** A destination's own possessive, as a reporter writes it before "strongest month". */
const POSSESSIVE: Record<string, string> = {
  WLD: "its",
  USA: "America's",
  DEU: "Germany's",
};

/** What the series is, after "tonnes of". */
const GOODS: Record<string, string> = {
  "rare-earth-magnets": "Chinese rare-earth magnets",
  "rare-earths": "Chinese rare earths",
};

/** Policies by the month they took effect (data/events.csv), as a window's start. */
const POLICIES: ReadonlyArray<{ month: string; words: string[] }> = [
  {
    month: "2025-04",
    words: [
      "since the April 2025 export controls took effect",
      "since Beijing's April curbs",
      "since the licensing rules of April 2025",
    ],
  },
  {
    month: "2025-10",
    words: ["since the October 2025 restrictions were announced", "since the October curbs"],
  },
];

/** The halves and quarters of a year a rank can be counted over. */
const SPANS: ReadonlyArray<{ words: string; from: number; to: number }> = [
  { words: "the first half", from: 1, to: 6 },
  { words: "the second half", from: 7, to: 12 },
  { words: "the third quarter", from: 7, to: 9 },
  { words: "the fourth quarter", from: 10, to: 12 },
  { words: "the second quarter", from: 4, to: 6 },
];

const HIGH_WORDS = ["strongest", "highest", "biggest", "best"];
const LOW_WORDS = ["weakest", "lowest", "smallest", "poorest"];
const month2 = (y: number, m: number) => `${y}-${String(m).padStart(2, "0")}`;
const full = (p: string) => `${monthName(p)} ${year(p)}`;
/** Every month from `a` to `b` is held. */
const gapFree = (months: Monthly, a: string, b: string) => {
  for (let p = a; p <= b; p = addMonths(p, 1)) if (!months.has(p)) return false;
  return true;
};

function rankStatements(facts: RatioFacts): RatioStatement[] {
  const out: RatioStatement[] = [];
  let i = 0;
  for (const [key, months] of facts.months) {
    const [series, partner] = key.split("/") as [string, string];
    for (const [period, level] of months) {
      i++;
      const subj = subjectTo(series, partner, i);
      const when = inMonth(period);
      const published = publishedAfter(period);
      const add = (form: string, text: string, expect: Expect = "true", at = published) =>
        out.push({ text, published: at, family: "ranks", form, expect });
      const M = monthName(period);
      for (const dir of ["high", "low"] as const) {
        const words = dir === "high" ? HIGH_WORDS : LOW_WORDS;
        const w = words[i % words.length] as string;
        const jan = `${year(period)}-01`;
        const y = rankIn(months, period, dir, { type: "from", month: jan });
        if (y && y.gaps.length === 0 && y.of >= 3) {
          // the month as the subject of its rank
          if (y.rank >= 2 && y.rank <= 4)
            add(
              "month-is-ordinal-of-year",
              `${M} was the ${ordinal(y.rank)}-${w} month of the year for ${subj}, at ${t(level)} t.`,
            );
          if (y.rank >= 3)
            add(
              "month-is-ordinal-of-year-wrong",
              `${M} was the ${ordinal(y.rank - 1 === 1 ? 2 : y.rank - 1)}-${w} month of ${year(period)} for ${subj}, at ${t(level)} t.`,
              "false",
            );
          if (y.rank === 1) {
            add(
              "monthly-tally-this-year",
              `${subj} came to ${t(level)} t ${when}, the ${dir === "high" ? "highest" : "lowest"} monthly tally this year.`,
            );
            add(
              "its-poorest-of-year",
              `${cap(when)}, ${subj} had ${POSSESSIVE[partner] ?? "its"} ${dir === "high" ? "best" : "poorest"} month of ${year(period)} so far, at ${t(level)} t.`,
            );
          }
          // "second only to June", "trailing only March": the one month above it is named
          if (y.rank === 2 && y.better[0] && dir === "high") {
            const top = monthName(y.better[0].period);
            add("second-only-to", `At ${t(level)} t, ${subj} ${when} were second only to ${top} this year.`);
            add(
              "trailing-only",
              `${subj} reached ${t(level)} t ${when}, trailing only ${top} among the months of ${year(period)}.`,
            );
            add("topped-all-but-one", `${subj} ${when} topped every other month of ${year(period)} but one.`);
          }
          if (y.rank >= 3 && y.better[0] && dir === "high")
            add(
              "second-only-to-wrong",
              `At ${t(level)} t, ${subj} ${when} were second only to ${monthName(y.better[0].period)} this year.`,
              "false",
            );
        }
        // a month without its year as the window's edge: the latest month beyond it
        const beyond = lastBeyond(months, period, dir);
        if (beyond && monthSpan(beyond.period, period) < 12 && monthSpan(beyond.period, period) >= 3) {
          if (gapFree(months, beyond.period, period)) {
            add(
              "reading-since-month",
              `${subj} came to ${t(level)} t ${when}, the ${dir === "high" ? "highest" : "lowest"} reading since ${monthName(beyond.period)}.`,
            );
            // a month after the edge that was not beyond it: the window is named wrongly
            const inside = addMonths(beyond.period, 1);
            add(
              "reading-since-month-wrong",
              `${subj} came to ${t(level)} t ${when}, the ${dir === "high" ? "highest" : "lowest"} reading since ${monthName(inside)}.`,
              "false",
            );
          }
        }
        if (beyond && monthSpan(beyond.period, period) >= 3 && gapFree(months, beyond.period, period)) {
          if (dir === "high") {
            add(
              "level-not-seen-since",
              `${subj} climbed to ${t(level)} t ${when}, a level not seen since ${full(beyond.period)}.`,
            );
            if (partner !== "WLD")
              add(
                "possessive-since",
                `${subj} came to ${t(level)} t ${when}, ${POSSESSIVE[partner]} strongest month since ${full(beyond.period)}.`,
              );
          } else {
            add(
              "level-not-seen-since",
              `${subj} sank to ${t(level)} t ${when}, a low not seen since ${full(beyond.period)}.`,
            );
            if (partner !== "WLD")
              add(
                "possessive-since",
                `${subj} came to ${t(level)} t ${when}, ${POSSESSIVE[partner]} weakest month since ${full(beyond.period)}.`,
              );
          }
          // a month after the edge that was not beyond it, and not near the level either
          const inside = addMonths(beyond.period, 1);
          const insideValue = months.get(inside) as number;
          if (inside < period && Math.abs(insideValue - level) > level * 0.03)
            add(
              "level-not-seen-since-wrong",
              `${subj} ${dir === "high" ? "climbed" : "sank"} to ${t(level)} t ${when}, a ${dir === "high" ? "level" : "low"} not seen since ${full(inside)}.`,
              "false",
            );
          // "its best showing in 14 months": the months since the last one beyond it
          const n = monthSpan(beyond.period, period);
          add(
            "best-showing-in-n",
            `${subj} ${when} posted their ${dir === "high" ? "best" : "weakest"} showing in ${n > 12 ? n : WORDS[n]} months.`,
          );
          if (n % 12 === 0 || n >= 24) {
            const years = Math.floor(n / 12);
            if (years >= 1)
              add(
                "n-year-extreme",
                `${subj} hit a ${years === 1 ? "one" : WORDS[years]}-year ${dir} ${when}.`,
              );
          }
        }
        // the window from a policy's month
        for (const p of POLICIES) {
          if (period <= p.month) continue;
          const r = rankIn(months, period, dir, { type: "from", month: p.month });
          if (!r || r.gaps.length > 0 || r.of < 3 || r.startsBeforeData) continue;
          // the same rank whether the policy's own month is counted or not
          const after = rankIn(months, period, dir, { type: "from", month: addMonths(p.month, 1) });
          if (after?.rank !== r.rank && (r.rank === 2 || after?.rank === 1)) continue;
          const words = p.words[i % p.words.length] as string;
          if (r.rank === 1)
            add(
              "since-policy",
              `${subj} ${when}, at ${t(level)} t, were the ${dir === "high" ? "strongest" : "weakest"} month ${words}.`,
            );
          else if (r.rank === 2)
            add(
              "since-policy-ordinal",
              `${subj} ${when} were the second-${dir === "high" ? "strongest" : "weakest"} month ${words}.`,
            );
          else
            add(
              "since-policy-wrong",
              `${subj} ${when}, at ${t(level)} t, were the ${dir === "high" ? "strongest" : "weakest"} month ${words}.`,
              "false",
            );
          if (r.rank === 1 && p.month === "2025-04")
            add(
              "since-the-controls-carried",
              `China put seven rare earths under export licensing in April 2025. ${subj} ${when} were the ${dir === "high" ? "strongest" : "weakest"} since the controls took effect.`,
            );
        }
        // the whole record, said without the word "record"
        const rec = rankIn(months, period, dir, { type: "record" });
        if (rec && rec.rank === 1 && rec.gaps.length === 0 && monthSpan(rec.from, period) >= 11) {
          add(
            "never-higher",
            `At ${t(level)} t ${when}, ${subj} had never been ${dir === "high" ? "higher" : "lower"}.`,
          );
          add(
            "biggest-since-records-began",
            `${cap(when)}, ${subj} had their ${dir === "high" ? "biggest" : "smallest"} month since records began.`,
          );
        }
        // a half or a quarter of the year
        for (const s of SPANS) {
          const m = Number(period.slice(5, 7));
          if (m < s.from || m > s.to) continue;
          const from = month2(year(period), s.from);
          const to = month2(year(period), s.to);
          if (!gapFree(months, from, to)) continue;
          const r = rankIn(months, period, dir, { type: "span", from, to });
          if (!r) continue;
          const after = publishedAfter(to);
          const hl = dir === "high" ? "highest" : "lowest";
          const span = `${s.words} of ${year(period)}`;
          if (r.rank === 1)
            add(
              "of-any-month-in-span",
              `${M}'s ${t(level)} t was the ${hl} of any month in ${span} for ${subj}.`,
              "true",
              after,
            );
          else if (r.rank <= 3)
            add(
              "of-any-month-in-span",
              `${M}'s ${t(level)} t was the ${ordinal(r.rank)}-${hl} of any month in ${span} for ${subj}.`,
              "true",
              after,
            );
          else
            add(
              "of-any-month-in-span-wrong",
              `${M}'s ${t(level)} t was the ${hl} of any month in ${span} for ${subj}.`,
              "false",
              after,
            );
        }
      }
    }
  }
  return out;
}

function differenceStatements(facts: RatioFacts): RatioStatement[] {
  const out: RatioStatement[] = [];
  pairs(facts).forEach((p, i) => {
    const d = p.b - p.a;
    if (Math.abs(d) < 20) return;
    const subj = subjectTo(p.series, p.partner, i);
    const when = inMonth(p.to);
    const base = full(p.from);
    const published = publishedAfter(p.to);
    const add = (form: string, text: string, expect: Expect = "true") =>
      out.push({ text, published, family: "differences", form, expect });
    const abs = t(Math.abs(d));
    const wrong = t(Math.abs(d) * 2 + 150);
    const mom = addMonths(p.from, 1) === p.to;
    const goods = GOODS[p.series] as string;
    const buyer = p.partner === "WLD" ? "Buyers abroad" : cap(NAMES[p.partner] as string);
    if (d > 0) {
      add("added", `${subj} added ${abs} t ${when} compared with ${base}.`);
      add("added-wrong", `${subj} added ${wrong} t ${when} compared with ${base}.`, "false");
      add("an-extra", `${buyer} took an extra ${abs} tonnes of ${goods} ${when} compared with ${base}.`);
      add("came-in-above", `${subj} ${when} came in ${abs} t above the ${base} level.`);
      if (mom) add("added-on-the-month", `${subj} added ${abs} t on the month ${when}.`);
      add("shed-wrong-way", `${subj} shed ${abs} t ${when} from ${base}.`, "false");
    } else {
      add("shed", `${subj} shed ${abs} t ${when} from ${base}.`);
      add("shed-wrong", `${subj} shed ${wrong} t ${when} from ${base}.`, "false");
      add("fell-short-of", `At ${t(p.b)} t, ${subj} ${when} fell ${abs} tonnes short of ${base}.`);
      add("came-in-below", `${subj} ${when} came in ${abs} t below the ${base} level.`);
      if (mom) add("shed-on-the-month", `${subj} shed ${abs} t month on month ${when}.`);
    }
    if (!mom)
      add(
        "than-a-year-earlier",
        `${subj} ${when} were ${abs} t ${d > 0 ? "higher" : "lower"} than a year earlier.`,
      );
    add(
      "difference-between",
      `${subj} came to ${t(p.a)} t in ${base} and ${t(p.b)} t ${when}; the difference between the two months was ${abs} t.`,
    );
  });
  // one destination against another in the same month
  const byMonth = new Map<string, ShareFact[]>();
  for (const s of facts.shares) byMonth.set(s.period, [...(byMonth.get(s.period) ?? []), s]);
  let j = 0;
  for (const [period, list] of byMonth) {
    for (const x of list) {
      for (const y of list) {
        if (x.value - y.value < 20) continue;
        j++;
        const when = inMonth(period);
        const published = publishedAfter(period);
        const add = (form: string, text: string, expect: Expect = "true") =>
          out.push({ text, published, family: "differences", form, expect });
        const X = NAMES[x.partner] as string;
        const Y = NAMES[y.partner] as string;
        const d = t(x.value - y.value);
        const goods = GOODS[x.series] as string;
        if (j % 2)
          add(
            "partner-higher-than",
            `Shipments of ${goods} to ${X} were ${d} t higher than those to ${Y} ${when}.`,
          );
        else add("partner-took-more", `${cap(X)} took ${d} t more ${goods} than ${Y} ${when}.`);
        add("partner-received-less", `${cap(Y)} received ${d} tonnes less of ${goods} than ${X} ${when}.`);
        add(
          "partner-took-more-wrong",
          `${cap(X)} took ${t((x.value - y.value) * 2 + 150)} t more ${goods} than ${Y} ${when}.`,
          "false",
        );
        // the gap said between the two, either way round
        const [first, second] = j % 2 ? [X, Y] : [Y, X];
        add(
          "gap-between-partners",
          `${cap(inMonth(period))}, shipments of ${goods} showed a gap of ${d} t between ${first} and ${second}.`,
        );
        add(
          "gap-between-partners-wrong",
          `${cap(inMonth(period))}, shipments of ${goods} showed a gap of ${t((x.value - y.value) * 2 + 150)} t between ${first} and ${second}.`,
          "false",
        );
      }
    }
  }
  return out;
}

/**
 * A destination's place among the destinations held for its month, said after its figure: in
 * brackets ("Germany 1,118 t (#1)"), as an aside ("standing in second place", "the most of any
 * destination") or as what the figure made it. A place better than the held destinations give is a
 * mistake; one worse than they give is not written (destinations the data lacks may stand between).
 */
function destinationPlaceStatements(facts: RatioFacts): RatioStatement[] {
  const out: RatioStatement[] = [];
  const byMonth = new Map<string, ShareFact[]>();
  for (const s of facts.shares) byMonth.set(s.period, [...(byMonth.get(s.period) ?? []), s]);
  let i = 0;
  for (const [period, list] of byMonth) {
    const ranked = [...list].sort((a, b) => b.value - a.value);
    // places only where every neighbour is clear of rounding
    if (ranked.some((x, k) => k > 0 && (ranked[k - 1] as ShareFact).value - x.value < 5)) continue;
    const when = inMonth(period);
    const published = publishedAfter(period);
    ranked.forEach((x, k) => {
      i++;
      const place = k + 1;
      const X = NAMES[x.partner] as string;
      const goods = GOODS[x.series] as string;
      const add = (form: string, text: string, expect: Expect = "true") =>
        out.push({ text, published, family: "ranks", form, expect });
      add("place-in-brackets", `${cap(goods)} ${when}: ${X} ${t(x.value)} t (#${place}).`);
      if (place <= 4)
        add(
          "standing-in-place",
          `${cap(X)} received ${t(x.value)} tonnes of ${goods} ${when}, standing in ${ordinal(place)} place among destinations.`,
        );
      if (place >= 2 && place <= 4)
        add(
          "making-it-place",
          `${cap(goods)} shipped to ${X} ${when} came to ${t(x.value)} tonnes, making ${X} the ${ordinal(place)}-largest destination.`,
        );
      if (place >= 3)
        add(
          "making-it-place-wrong",
          `${cap(goods)} shipped to ${X} ${when} came to ${t(x.value)} tonnes, making ${X} the ${ordinal(place - 1)}-largest destination.`,
          "false",
        );
      if (place === 1) {
        add(
          "most-of-any",
          `${cap(X)} took ${t(x.value)} t of ${goods} ${when}, the most of any destination.`,
        );
        add(
          "made-it-top",
          `${cap(when)}, ${X}'s ${t(x.value)} tonnes made it the top destination for ${goods}.`,
        );
      } else {
        add(
          "most-of-any-wrong",
          `${cap(X)} took ${t(x.value)} t of ${goods} ${when}, the most of any destination.`,
          "false",
        );
        add(
          "place-in-brackets-wrong",
          `${cap(goods)} ${when}: ${X} ${t(x.value)} t (#${place - 1}).`,
          "false",
        );
        if (i % 2)
          add(
            "made-it-top-wrong",
            `${cap(when)}, ${X}'s ${t(x.value)} tonnes made it the top destination for ${goods}.`,
            "false",
          );
      }
    });
  }
  return out;
}

/**
 * Every statement of both families, in a fixed order.
 * @example rankDifferenceStatements(await loadRatioFacts(store)).filter((s) => s.family === "ranks")
 */
export function rankDifferenceStatements(facts: RatioFacts): RatioStatement[] {
  return [...rankStatements(facts), ...destinationPlaceStatements(facts), ...differenceStatements(facts)];
}
