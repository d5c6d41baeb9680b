// The engine behind the reader's glossaries of other languages (russian-words.ts, bulgarian-words.ts,
// arabic-words.ts): a list of rules, each a pattern and the English words read in its place, tried
// in order at each place a rule can start. The reading copy (reading-copy.ts) puts the words in
// place of the written ones, so every later stage reads one language; claims are still quoted as
// written.

/** One stretch of another language and the English words read in its place. */
export interface Gloss {
  index: number;
  length: number;
  word: string;
}

/** A pattern and what to read in its place, from its capturing groups and the whole match. */
export type Rule = [string, (g: string[], whole: string) => string];

/** What comes before a sentence's first word: nothing, or a stop and spaces. */
const SENTENCE_START = /(?:^|[.!?\n]\s*)$/;
/** A rule that starts at a comma or says what comes before it bounds itself. */
const boundsItself = (s: string) => /^(?:,|\(\?<)/.test(s);

/**
 * The rules in order, each in a group of its own, those that do not bound themselves behind one
 * "not inside a word" for each run of them: `(?<![\p{L}])(?:(a)|(b))` matches where
 * `((?<![\p{L}])(?:a))|((?<![\p{L}])(?:b))` does, with the same groups. Each letter class under the
 * "i" and "u" flags has the engine work out the letters' other cases when it compiles the pattern:
 * one for each rule took most of a quarter of a second, paid by each command that reads Russian.
 */
function alternation(rules: readonly Rule[], bounded: boolean): string {
  const parts: string[] = [];
  let run: string[] = [];
  const close = () => {
    if (run.length > 0) parts.push(bounded ? `(?<![\\p{L}])(?:${run.join("|")})` : run.join("|"));
    run = [];
  };
  for (const [s] of rules) {
    if (boundsItself(s)) {
      close();
      parts.push(`(${s})`);
    } else run.push(`((?:${s}))`);
  }
  close();
  return parts.join("|");
}

/**
 * A glossary over `rules`, tried only where `ruleStart` (a global pattern) finds a place a rule can
 * start, and only in a text `applies` accepts: the glosses of a text, left to right. `bounded`: a
 * rule matches only a whole word; a script that sets no space between words (Thai) turns it off,
 * and its rules are tried wherever `ruleStart` points.
 * @example glossary([["тонн", () => "tonnes"]], /\p{Script=Cyrillic}/gu, /\p{Script=Cyrillic}/u)("656 тонн")
 */
export function glossary(
  rules: readonly Rule[],
  ruleStart: RegExp,
  applies: RegExp,
  bounded = true,
): (text: string) => Gloss[] {
  // built the first time a text in the language is read: an English text never pays for the patterns
  let built: ReturnType<typeof build> | null = null;
  return (text: string): Gloss[] => {
    if (!applies.test(text)) return [];
    built ??= build(rules, ruleStart, bounded);
    const { groups, offsets, matches } = built;
    const out: Gloss[] = [];
    for (const m of matches(text)) {
      const r = offsets.findIndex((at) => m[at] !== undefined);
      if (r < 0) continue;
      const at = offsets[r] as number;
      const rule = rules[r] as Rule;
      const inner = m.slice(at + 1, at + 1 + (groups[r] as number)).map((x) => x ?? "");
      const read = rule[1](inner, m[0]);
      // a sentence's first word keeps its capital ("РЗМ" elsewhere is an abbreviation, not a sentence's start)
      const first =
        /^\p{Lu}/u.test(m[0]) && SENTENCE_START.test(text.slice(Math.max(0, m.index - 4), m.index));
      const word = first && /^\p{Ll}/u.test(read) ? read[0]!.toUpperCase() + read.slice(1) : read;
      if (word !== m[0]) out.push({ index: m.index, length: m[0].length, word });
    }
    return out;
  };
}

/** A glossary's patterns over `rules`: its matcher and where each rule's groups stand in a match. */
function build(rules: readonly Rule[], ruleStart: RegExp, bounded: boolean) {
  /** How many capturing groups each rule holds, and where its own group stands in the glossary's. */
  const groups = rules.map(([source]) => (new RegExp(`${source}|`, "u").exec("")?.length ?? 1) - 1);
  const offsets = groups.reduce<number[]>(
    (at, n, i) => [...at, i === 0 ? 1 : (at[i - 1] as number) + 1 + (groups[i - 1] as number)],
    [],
  );
  /** Every rule at once, not inside a word; tried at one place at a time (sticky). */
  const all = new RegExp(`(?:${alternation(rules, bounded)})${bounded ? "(?![\\p{L}])" : ""}`, "iuy");

  /** The glossary's matches in `text`, left to right: those a global scan of the whole text finds. */
  function matches(text: string): RegExpExecArray[] {
    const out: RegExpExecArray[] = [];
    ruleStart.lastIndex = 0;
    for (let start = ruleStart.exec(text); start !== null; start = ruleStart.exec(text)) {
      all.lastIndex = start.index;
      const m = all.exec(text);
      if (m === null) continue;
      out.push(m);
      ruleStart.lastIndex = all.lastIndex;
    }
    return out;
  }

  return { groups, offsets, matches };
}
