// Changes listed with their bases listed after them, paired in order: "up 12% and 30% respectively
// on the month and the year", "down 6.1% and up 17.5% respectively from August and a year earlier",
// "up 15.4% and 10.2% on the year and the month respectively". The n-th change is taken on the n-th
// base, whatever base stands nearest to it.

import { basisIn } from "./change-bases.js";
import type { ChangeHit } from "./find-changes.js";
import { allMatches } from "./all-matches.js";

const RESPECTIVELY = /\brespectively\b/i;
/** Between two changes of the list: a comma or "and", and the second one's own direction word. */
const CHANGE_GAP = /^(?:,\s|,?\s(?:and|but|while)\s)$/i;
/** The list of bases after "respectively", up to the clause's end: words and years, no other figure. */
const BASE_LIST =
  /^,?\s((?:[^\d;.!?%]|(?:19|20)\d{2}\b)+?)(?=,?\s*(?:[;.!?]|$)|,\s(?:to|with|while|and|but|as|after)\s)/i;
/** Between two bases of the list. */
const BASE_SPLIT = /,\s(?:and\s)?|\s(?:and|&)\s/gi;
/** A base's own preposition, which the bases after the first may leave out ("on the month and year"). */
const PREPOSITION =
  /^(?:from|on|over|against|versus|vs\.?|compared (?:with|to)|relative to|in comparison (?:with|to))\s/i;
/** A month's name, a base named by its month ("from August"). */
const MONTH_NAMED =
  /\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b/;

/**
 * Gives each change of a list said "respectively" the base listed in its place: a `mom` or `yoy`
 * basis, or the words naming a month (`baseAt`) where the base is a month. Changes are left as they
 * are where the lists' lengths differ or a base is not understood.
 */
export function respectiveBases(clause: string, hits: ChangeHit[]): void {
  const word = RESPECTIVELY.exec(clause);
  if (word === null) return;
  const run = changeRun(clause, hits, word.index);
  if (run.length < 2) return;
  const last = run[run.length - 1] as ChangeHit;
  // "up 15.4% and 10.2% on the year and the month respectively", or "... respectively from August
  // and a year earlier"
  const before = clause.slice(last.end, word.index);
  const list = /\S/.test(before.replace(/,/g, ""))
    ? { at: last.end, text: before.replace(/,?\s*$/, "") }
    : listAfter(clause, word.index + word[0].length);
  if (list === null) return;
  const items = splitItems(list.text, list.at);
  if (items.length !== run.length) return;
  const prep = PREPOSITION.exec(items[0]?.text.trim() ?? "")?.[0] ?? "";
  const bases = items.map((item) => {
    const words = item.text.trim();
    const basis = basisIn(words) ?? (PREPOSITION.test(words) ? null : basisIn(prep + words));
    if (basis !== null) return { basis };
    return MONTH_NAMED.test(words) ? { basis: null, at: { start: item.start, end: item.end } } : null;
  });
  if (bases.some((b) => b === null)) return;
  run.forEach((h, i) => {
    const b = bases[i] as { basis: "mom" | "yoy" | null; at?: { start: number; end: number } };
    h.basis = b.basis;
    h.respective = b.at ?? true;
  });
}

/** The changes in a row that end last before `at`, joined by commas or "and". */
function changeRun(clause: string, hits: readonly ChangeHit[], at: number): ChangeHit[] {
  const before = hits.filter(
    (h) => h.end <= at && (h.unit === "%" || h.unit === "pp") && h.basis !== "record",
  );
  const run = before.slice(-1);
  for (let i = before.length - 1; i > 0; i--) {
    const [a, b] = [before[i - 1] as ChangeHit, before[i] as ChangeHit];
    // "down 6.1% and up 17.5%": the second's own direction word is inside its span
    if (!CHANGE_GAP.test(clause.slice(a.end, b.start))) break;
    run.unshift(a);
  }
  return run;
}

/** The bases listed right after "respectively", up to the clause's end or another part of it. */
function listAfter(clause: string, from: number): { at: number; text: string } | null {
  const m = BASE_LIST.exec(clause.slice(from));
  if (m === null) return null;
  const text = m[1] as string;
  return { at: from + m[0].length - text.length, text };
}

/** The bases of a list, each with its place in the clause. */
function splitItems(text: string, at: number): Array<{ text: string; start: number; end: number }> {
  const out: Array<{ text: string; start: number; end: number }> = [];
  let from = 0;
  for (const m of allMatches(BASE_SPLIT, text)) {
    out.push({ text: text.slice(from, m.index), start: at + from, end: at + m.index });
    from = m.index + m[0].length;
  }
  out.push({ text: text.slice(from), start: at + from, end: at + text.length });
  return out.filter((x) => /\S/.test(x.text));
}
