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
