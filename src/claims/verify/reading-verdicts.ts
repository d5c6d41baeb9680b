// The verdict on a change whose words allow more than one figure ("a 1.3-fold increase" is x1.3,
// i.e. +30%, though some writers mean +130%; "three times higher" is x3 or +300%). The words are
// read as a multiple first, and every reading is judged on its own: the claim is borne out when one
// reading is, and called wrong only when every reading is. Data that falls between the readings
// matches none of them but lies within what the words were stretched to cover, so it is left
// unverifiable rather than called wrong.

import type { Interval } from "../../analytics/figure-ranges.js";
import type { ChangeReading, Tolerance, Verdict } from "../types.js";

type Judge = (stated: Tolerance, data: Interval, margin: number) => { verdict: Verdict; note: string };

/** What a change read several ways comes to: the verdict, a note, and the reading it rests on. */
export interface ReadingVerdict {
  verdict: Verdict;
  note: string;
  reading: ChangeReading;
}

/**
 * Judges each reading (the multiplication first) against the data's interval; `span` is the
 * interval covering them all, `margin` a near miss for a stated percentage.
 */
export function judgeReadings(
  readings: readonly ChangeReading[],
  span: Tolerance,
  data: Interval,
  margin: (pct: number) => number,
  judge: Judge,
): ReadingVerdict {
  const judged = readings.map((reading) => ({ reading, ...judge(reading, data, margin(reading.pct)) }));
  const first = judged[0];
  if (first === undefined) throw new Error("a change read several ways needs a reading");
  const others = judged.slice(1).map((j) => j.reading.why);
  const fits = judged.find((j) => j.verdict === "supported");
  if (fits)
    return fits === first
      ? fits
      : { ...fits, note: `; the words' first reading, ${first.reading.why}, does not fit, this one does` };
  const near = judged.find((j) => j.verdict === "unverifiable");
  if (near) return near;
  if (judge(span, data, 0).verdict === "supported")
    return {
      verdict: "unverifiable",
      reading: first.reading,
      note: `; between the readings the words allow (${[first.reading.why, ...others].join(", or ")}), neither of which the data matches, so not called wrong`,
    };
  return {
    verdict: "contradicted",
    reading: first.reading,
    note: others.length > 0 ? `; nor on the other reading the words allow, ${others.join(", or ")}` : "",
  };
}
