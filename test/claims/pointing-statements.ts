// Two-sentence texts whose second sentence points back at the figure of the first ("That was up
// 12.4% from October", "The figure was 9.5% of the month's total", "On the month it was down 3%"),
// built from the figures analytics computes on the reference data, over every month the data holds
// of magnets to the world, the US and Germany and of rare earths to the world, and every share of a
// destination. The first sentence names the product, destination and month; the second names none
// of them. A true second figure is never contradicted; a wrong one (another month's change or
// share, as when a writer takes the figure from the wrong row) is contradicted.

import { addMonths } from "../../src/domain/period.js";
import {
  monthName,
  NAMES,
  publishedAfter,
  subjectTo,
  t,
  year,
  type RatioFacts,
  type RatioStatement,
} from "./ratio-statements.js";

/** One pointing-back text: what the second sentence states is `expect` (true, or another month's figure). */
export interface PointingStatement extends Omit<RatioStatement, "family" | "expect"> {
  kind: "change" | "share";
  expect: "true" | "false";
}

const RUNS: ReadonlyArray<[string, string]> = [
  ["rare-earth-magnets", "WLD"],
  ["rare-earth-magnets", "USA"],
  ["rare-earth-magnets", "DEU"],
  ["rare-earths", "WLD"],
];

const VERBS = ["came to", "reached", "totalled", "were"];
const pct = (now: number, before: number) => (now / before - 1) * 100;
const one = (x: number) => Math.abs(x).toFixed(1);
const upDown = (x: number) => (x >= 0 ? "up" : "down");
/** Far enough apart that no rounding or near miss joins them: another month's figure, plainly. */
const apart = (a: number, b: number) => Math.abs(a - b) > Math.max(2, 0.15 * Math.abs(a));

/** The first sentence: a level that names its product, destination and month. */
function lead(series: string, partner: string, period: string, value: number, i: number): string {
  return `${subjectTo(series, partner, i)} ${VERBS[i % VERBS.length]} ${t(value)} tonnes in ${monthName(period)} ${year(period)}.`;
}

/** Second sentences stating the change on the month before (`x`, signed percent) of the figure before. */
function monthChanges(x: number, before: string, total: boolean): string[] {
  const out = [
    `That was ${upDown(x)} ${one(x)}% from ${monthName(before)}.`,
    `The figure was ${one(x)}% ${x >= 0 ? "above" : "below"} the month before.`,
    `It was ${upDown(x)} ${one(x)}% on the previous month.`,
    `On the month it was ${upDown(x)} ${one(x)}%.`,
    `That amount was ${one(x)}% ${x >= 0 ? "higher" : "lower"} than in ${monthName(before)}.`,
    `This was a ${one(x)}% ${x >= 0 ? "rise" : "fall"} from ${monthName(before)}.`,
    `But the volume was ${upDown(x)} ${one(x)}% month on month.`,
  ];
  // "the total" points back only at a total
  if (total) out.push(`The total was ${upDown(x)} ${one(x)}% from ${monthName(before)}.`);
  return out;
}

/** Second sentences stating the change on the same month a year before. */
const yearChanges = (x: number): string[] => [
  `The figure was ${upDown(x)} ${one(x)}% from a year earlier.`,
  `That was ${one(x)}% ${x >= 0 ? "more" : "less"} than a year ago.`,
  `Year on year, it was ${upDown(x)} ${one(x)}%.`,
];

/** Second sentences stating the destination's share of the month's total. */
const shares = (x: number): string[] => [
  `That was ${x.toFixed(1)}% of the month's total.`,
  `It accounted for ${x.toFixed(1)}% of all Chinese magnet exports.`,
  `The figure made up ${x.toFixed(1)}% of China's magnet exports that month.`,
  `This amounted to ${x.toFixed(1)}% of the total.`,
];

function changeStatements(facts: RatioFacts, out: PointingStatement[]): void {
  let i = 0;
  for (const [series, partner] of RUNS) {
    const months = facts.months.get(`${series}/${partner}`);
    if (!months) continue;
    for (const [period, value] of months) {
      const before = addMonths(period, -1);
      const prev = months.get(before);
      const first = lead(series, partner, period, value, i);
      const add = (text: string, expect: PointingStatement["expect"]) =>
        out.push({
          text: `${first} ${text}`,
          published: publishedAfter(period),
          form: text.split(" ").slice(0, 2).join(" "),
          kind: "change",
          expect,
        });
      if (prev !== undefined && prev > 0) {
        const x = pct(value, prev);
        const forms = monthChanges(x, before, partner === "WLD");
        for (let k = 0; k < 3; k++) add(forms[(i + k) % forms.length] as string, "true");
        // the change of the month before, as if read from the row above
        const earlier = months.get(addMonths(period, -2));
        if (earlier !== undefined && earlier > 0) {
          const y = pct(prev, earlier);
          const wrong = monthChanges(y, before, partner === "WLD");
          if (apart(x, y)) for (let k = 0; k < 2; k++) add(wrong[(i + k) % wrong.length] as string, "false");
        }
      }
      const yearAgo = months.get(addMonths(period, -12));
      if (yearAgo !== undefined && yearAgo > 0) {
        const x = pct(value, yearAgo);
        const forms = yearChanges(x);
        add(forms[i % forms.length] as string, "true");
      }
      i++;
    }
  }
}

function shareStatements(facts: RatioFacts, out: PointingStatement[]): void {
  facts.shares.forEach((f, i) => {
    if (!NAMES[f.partner]) return;
    const first = lead(f.series, f.partner, f.period, f.value, i);
    const add = (x: number, k: number, expect: PointingStatement["expect"]) => {
      const text = shares(x)[(i + k) % 4] as string;
      out.push({
        text: `${first} ${text}`,
        published: publishedAfter(f.period),
        form: text.split(" ").slice(0, 2).join(" "),
        kind: "share",
        expect,
      });
    };
    for (let k = 0; k < 2; k++) add(f.share * 100, k, "true");
    // the share of the month before, as if read from the column beside
    // (a share of all but nothing is a month whose total the data lacks, not a figure to state)
    if (f.prevShare !== null && f.prevShare < 0.9 && apart(f.share * 100, f.prevShare * 100))
      add(f.prevShare * 100, 0, "false");
  });
}

/**
 * Every pointing-back text, in a fixed order: changes of each run's months, then shares.
 * @example pointingStatements(await loadRatioFacts(store)).filter((s) => s.expect === "false")
 */
export function pointingStatements(facts: RatioFacts): PointingStatement[] {
  const out: PointingStatement[] = [];
  changeStatements(facts, out);
  shareStatements(facts, out);
  return out;
}
