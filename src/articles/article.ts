// An article to verify, whatever it came from: a text file, a saved web page, or a line of a
// JSON Lines feed. Fields the input does not give are null.

export interface Article {
  /** Where it was read from: a path, `path:line` for a feed line, or `-` for standard input. */
  input: string;
  url: string | null;
  /** Publication date `YYYY-MM-DD`, as the page or feed states it. */
  published: string | null;
  publisher: string | null;
  title: string | null;
  /** The article's text: the headline and body of a page, without navigation and sidebars. */
  text: string;
}

/**
 * The calendar date of a timestamp as the page wrote it (its own time zone), or null.
 * @example dateOf("2026-01-21T06:30:00+09:00") // "2026-01-21"
 */
export function dateOf(stamp: string | null | undefined): string | null {
  const m = /^\s*(\d{4})-(\d{2})-(\d{2})/.exec(stamp ?? "");
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1 || d > new Date(Date.UTC(y, mo, 0)).getUTCDate()) return null;
  return `${m[1]}-${m[2]}-${m[3]}`;
}
