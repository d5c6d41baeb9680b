// Every match of a global pattern in a text, as `text.matchAll(re)` gives them, found by running the
// pattern itself. `matchAll` makes a copy of the pattern for each call and steps the copy through an
// iterator: for the claim reader's large patterns, run once per clause and per figure, that costs
// more than the matching (about 30 µs a clause for the alternation of series names, against 3 µs).

/**
 * The matches of `re` (which must be global) in `text`, left to right, as `[...text.matchAll(re)]`:
 * from `re.lastIndex`, stepping past empty matches, leaving `re.lastIndex` as it was.
 * @example allMatches(/\d+/g, "5 t in May, 7 t in June").map((m) => m[0]) // ["5", "7"]
 */
export function allMatches(re: RegExp, text: string): RegExpExecArray[] {
  if (!re.global) throw new TypeError(`allMatches needs a global pattern: /${re.source}/${re.flags}`);
  const from = re.lastIndex;
  const out: RegExpExecArray[] = [];
  try {
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      out.push(m);
      if (m[0] === "") re.lastIndex = advance(text, re.lastIndex, re.unicode || re.flags.includes("v"));
    }
  } finally {
    re.lastIndex = from;
  }
  return out;
}

/** The index after `i`, stepping over a whole surrogate pair when the pattern reads code points. */
function advance(text: string, i: number, codePoints: boolean): number {
  return codePoints && (text.codePointAt(i) ?? 0) > 0xffff ? i + 2 : i + 1;
}

/**
 * The same matches one at a time, for a reader that may stop early (a long text need not be read to
 * its end). Each step runs from where the last left off, so the pattern may be used in between.
 * @example eachMatch(/\d+/g, "5 t in May, 7 t in June").next().value?.[0] // "5"
 */
export function eachMatch(re: RegExp, text: string): Generator<RegExpExecArray> {
  if (!re.global) throw new TypeError(`eachMatch needs a global pattern: /${re.source}/${re.flags}`);
  return matchesFrom(re, text, re.lastIndex);
}

function* matchesFrom(re: RegExp, text: string, from: number): Generator<RegExpExecArray> {
  let at = from;
  for (;;) {
    const kept = re.lastIndex;
    re.lastIndex = at;
    const m = re.exec(text);
    at = re.lastIndex;
    re.lastIndex = kept;
    if (m === null) return;
    if (m[0] === "") at = advance(text, at, re.unicode || re.flags.includes("v"));
    yield m;
  }
}

/**
 * Whether `s` is empty or one character of Latin-1 (a stop, a bracket, a space). The engine keeps
 * such a string one byte to a character even when it is cut from a text that needs two (one with a
 * dash or a curly quote anywhere), and compiles a pattern once for each width the first time it runs
 * on one: a pattern that needs two characters or more is better not run on it.
 * @example latin1Stub(")") // true
 * @example latin1Stub("—") // false
 */
export function latin1Stub(s: string): boolean {
  return s.length === 0 || (s.length === 1 && s.charCodeAt(0) <= 0xff);
}
