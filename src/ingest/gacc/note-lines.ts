// Note lines below (or above) a customs table: "注：本表数据为初步统计数", "数据来源：...",
// "Note: ...", "Source: ...". A download copied from the platform's page, or saved again from a
// spreadsheet, keeps them; they hold no figure and are passed over rather than refused. So are the
// footnotes that explain marks on figures, a line to themselves: "* provisional", "r revised", "(1) ...".

/** A note's first word, in English or Chinese, followed by a colon or a space. */
const NOTE =
  /^(?:注|备注|附注|说明|数据来源|资料来源|来源|notes?|sources?|remarks?)\s*(?:\d\s*[.、]?\s*)?[:：.\s]/i;

/** A footnote's mark, then its words: `*`, `†`, `(1)`, `(p)`, `1)`, `①`, or a letter a figure carries (`r revised`). */
const FOOTNOTE =
  /^(?:[*＊†‡]+|[(（](?:\d{1,2}|[a-z])[)）]|\d{1,2}\)|\[\d{1,2}\]|[①-⑩]|[a-z]\)|[a-z](?=\s+[a-z]{3,}))\s*[^\s\d,.;]/i;

/** The cells of a line that are not empty (quotes dropped). */
function filledCells(line: string, delimiter: string): string[] {
  return line
    .split(delimiter)
    .map((c) => c.trim().replace(/^"|"$/g, "").trim())
    .filter((c) => c !== "");
}

/**
 * True when a line is a note: one cell filled (a note may hold the delimiter, so the first cell
 * is what counts when the rest of the line reads as prose), starting with a note word.
 */
export function isNoteLine(line: string | null | undefined, delimiter: string): boolean {
  if (!line) return false;
  const text = line.trim().replace(/^"/, "");
  if (FOOTNOTE.test(text)) return filledCells(line, delimiter).length <= 1;
  return NOTE.test(text) && (filledCells(line, delimiter).length <= 1 || !/\d{6}/.test(text));
}

/** The note words and footnote marks, for SQL that passes over padded note rows (`注：...,,,,`). */
export const NOTE_PATTERN = `${NOTE.source}|${FOOTNOTE.source.replace("(?=\\s+[a-z]{3,})", "\\s+[a-z]{3,}")}`;
