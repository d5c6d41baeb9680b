// A feed of articles as JSON Lines: one `{"url", "published", "publisher", "text"}` object per
// line (only `text` is required). A bad line is reported with file, line and field, and the
// feed is refused whole, as an ingest refuses a bad file.

import { SourceFormatError, type FormatProblem } from "../errors.js";
import { dateOf, type Article } from "./article.js";

/**
 * Read every article of a feed.
 * @example readJsonLines('{"text":"Exports rose 12%.","published":"2025-12-20"}\n', "feed.jsonl")[0].published // "2025-12-20"
 */
export function readJsonLines(content: string, file: string): Article[] {
  const problems: FormatProblem[] = [];
  const out: Article[] = [];
  content.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === "") return;
    const fail = (field: string, reason: string) => problems.push({ file, line: i + 1, field, reason });
    let row: unknown;
    try {
      row = JSON.parse(line);
    } catch (err) {
      return fail("(line)", `not JSON: ${(err as Error).message}`);
    }
    if (row === null || typeof row !== "object" || Array.isArray(row))
      return fail("(line)", "expected an object with url, published, publisher and text");
    const r = row as Record<string, unknown>;
    const text = typeof r.text === "string" ? r.text : null;
    if (text === null || text.trim() === "") fail("text", "missing (the article's text is required)");
    const optional = (field: string): string | null => {
      const v = r[field];
      if (v === undefined || v === null || v === "") return null;
      if (typeof v !== "string") {
        fail(field, `expected a string, got ${JSON.stringify(v)}`);
        return null;
      }
      return v;
    };
    const [url, publisher, stamp] = [optional("url"), optional("publisher"), optional("published")];
    const published = dateOf(stamp);
    if (stamp !== null && published === null)
      fail("published", `invalid date: ${stamp} (expected YYYY-MM-DD)`);
    if (text) out.push({ input: `${file}:${i + 1}`, url, published, publisher, title: null, text });
  });
  if (problems.length > 0) throw new SourceFormatError(problems);
  return out;
}
