// A document's running heads and feet, as text taken from a PDF, a deck or a printed page keeps them:
// "Q3 2025 Results | Investor Presentation      7", "GLOBAL OUTLOOK  Q1 2026      31", "CONFIDENTIAL
// – For client use only      Page 2 of 6". They name the document (its issue's quarter or year, its
// subject), not the figures on the page: read as a heading, "Q3 2025" would date every bullet under
// it. The reader leaves such a line out, blanked, one character for one: a line set apart from a
// page mark by a wide gap, a page mark alone, or a line the text repeats beside a page mark.
// A slide's title ("Slide 4 | Japan") names its bullets' topic and stays.

/**
 * A page mark: "7", "Page 9 of 41", "p. 6", "5 / 22", "3–4", "— 86 —", "- 4 -", "1/2". A bare number
 * has one to three digits.
 */
const PAGE_MARK = String.raw`(?:(?:page|p\.|pp\.)[ \t]?\d{1,4}(?:[ \t]?(?:of|/)[ \t]?\d{1,4})?|\d{1,3}(?:[ \t]?(?:/|of|[–-])[ \t]?\d{1,3})?|[—–-][ \t]?\d{1,4}[ \t]?[—–-])`;

/**
 * A page mark alone on its line; a bare number only set well in from the margin, as a page's centred
 * number is ("1" at the margin numbers a subtitle's cue or a list's item).
 */
const MARK_ALONE = new RegExp(
  String.raw`^(?:[ \t]{8,}\d{1,3}|[ \t]*(?!\d{1,3}[ \t]*$)${PAGE_MARK})[ \t]*$`,
  "i",
);
/** Words, a wide gap, then a page mark at the line's end ("Q3 2025 Results | Investor Presentation      7"). */
const MARK_AFTER = new RegExp(String.raw`^[ \t]*(\S.*?\S)[ \t]{6,}${PAGE_MARK}[ \t]*$`, "i");
/** A page mark, a wide gap, then words ("18          Stock code: 600XXX"). */
const MARK_BEFORE = new RegExp(String.raw`^[ \t]*${PAGE_MARK}[ \t]{6,}(\S.*?)[ \t]*$`, "i");

/** A figure a running head never states: a tonnage or a percentage. */
const STATED_FIGURE = /\d[\d,.]*[ \t]?(?:%|t\b|kt\b|tonnes?\b|tons?\b|kg\b)/i;

/**
 * `text` with its running heads and feet blanked, one space for each character, so that offsets
 * stay where they were.
 * @example runningHeads("Q3 2025 Results | Deck        7\n\n• Exports: 5,473 t") // the first line blanked
 */
export function runningHeads(text: string): string {
  if (!/[ \t]{6}|\n[ \t]*\S{0,6}[ \t]?\d/.test(text)) return text;
  const lines = text.split("\n");
  const words = (l: string) => l.replace(/\d+/g, "#").replace(/\s+/g, " ").trim();
  // where a line comes first: a title the text repeats as its running head is read where it stands
  // first (found once, and only when a line could be a head)
  let first: Map<string, number> | null = null;
  const repeated = (i: number) => {
    if (first === null) {
      const seen = new Map<string, number>();
      lines.forEach((l, k) => {
        const w = l.length >= 12 && l.length <= 160 ? words(l) : "";
        if (w.length >= 12 && !seen.has(w)) seen.set(w, k);
      });
      first = seen;
    }
    return (first.get(words(lines[i] as string)) ?? i) < i;
  };
  let changed = false;
  const out = lines.map((line, i) => {
    if (!furniture(line, lines[i - 1], lines[i + 1], () => repeated(i))) return line;
    changed = true;
    return line.replace(/[^\r]/g, " ");
  });
  return changed ? out.join("\n") : text;
}

function furniture(
  line: string,
  before: string | undefined,
  after: string | undefined,
  repeated: () => boolean,
): boolean {
  if (line.length > 160 || STATED_FIGURE.test(line)) return false;
  const near = (l: string | undefined) => l !== undefined && l.length <= 80 && MARK_ALONE.test(l);
  if (MARK_ALONE.test(line)) return !rowLike(before) && !rowLike(after);
  // "Press Conference on Foreign Trade in 2025" over "Page 12 of 19", again on every page
  if ((near(before) || near(after)) && repeated()) return true;
  if (!/[ \t]{6}/.test(line)) return false;
  const words = (MARK_AFTER.exec(line) ?? MARK_BEFORE.exec(line))?.[1];
  if (words === undefined) return false;
  // "South Korea          569" among rows like it is a table's row, not a page's foot
  if (rowLike(before) || rowLike(after)) return false;
  return /[|·]/.test(words) || words.split(/\s+/).length >= 3 || repeated();
}

/** A line that could be a table's row or a figure of a column: words or a gap, then a figure. */
function rowLike(line: string | undefined): boolean {
  return line !== undefined && /(?:^|[ \t]{2,}|\t)[+\-−–]?\d[\d,.]*[ \t]*$/.test(line);
}
