// Long patterns behind short ones: a pattern lists as `needs` short patterns that each match wherever
// it can (a word it cannot match without), so a text that lacks one is not scanned with it. What is
// read does not depend on the hints, only how fast: most clauses lack most patterns' words.

/** A pattern with the hints it cannot match without. */
export interface Hinted {
  needs: readonly RegExp[];
}

/**
 * The patterns whose every hint `text` holds, in their order; each hint is tried once.
 * @example withHints([{ needs: [/%/] }, { needs: [/%/, /\bof\b/] }], "up 5%").length // 1
 */
export function withHints<T extends Hinted>(patterns: readonly T[], text: string): T[] {
  const found = new Map<RegExp, boolean>();
  const has = (hint: RegExp) => {
    let hit = found.get(hint);
    if (hit === undefined) found.set(hint, (hit = hint.test(text)));
    return hit;
  };
  return patterns.filter(({ needs }) => needs.every(has));
}

/** One long pattern with the hints it cannot match without. */
export interface HintedPattern extends Hinted {
  re: RegExp;
}

/**
 * `re` behind the short patterns `needs` that each match wherever it can. The engine compiles a
 * pattern the first time it runs it, and a long case-insensitive one costs milliseconds: a pattern
 * run only where its hints are (`mayMatch`) is never compiled for a text that cannot hold it.
 * @example const GAP = hinted(/\bthe\sgap\sof\s\d+\st\b/gi, /\bgap\b/i);
 */
export function hinted(re: RegExp, ...needs: RegExp[]): HintedPattern {
  if (needs.some((h) => h.global || h.sticky))
    throw new TypeError("a hint is tested, never stepped: no g or y flag");
  return { re, needs };
}

/**
 * Whether `text` holds every hint of `p`; when it does not, `p.re` cannot match `text`.
 * @example mayMatch(hinted(/\d+ t\b/, /\d/), "no figure here") // false
 */
export function mayMatch(p: Hinted, text: string): boolean {
  return p.needs.every((hint) => hint.test(text));
}

/**
 * `p.re.test(text)`, the pattern run only where its hints are.
 * @example testHinted(hinted(/\btypo\b/i, /typo/i), "a typo") // true
 */
export function testHinted(p: HintedPattern, text: string): boolean {
  return mayMatch(p, text) && p.re.test(text);
}
