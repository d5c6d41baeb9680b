// The publication date a pasted article states at its head: a date line under the headline
// ("December 20, 2025", "Published: 20 Dec 2025 10:32 GMT", "By Jane Roe | Dec. 20, 2025"), or a
// wire dateline opening the first paragraph ("BEIJING, Dec 20, 2025 (Reuters) -"). A date inside a
// sentence ("On April 4, 2025, China imposed ...") is what the story is about, not when it was
// written, so only lines that are nothing but a date and its labels count. A social post's time
// stamp under the post ("4:12 PM · Dec 20, 2025 · 12.4K Views") dates it wherever it stands. A date
// without its year ("BEIJING, Dec 20 (Reuters)") does not say which year on its own: it is read only
// beside a date the user gives for the text, as that day in the year that puts it nearest the given
// date (a wire story pasted on 5 January under "Dec 20" was written on 20 December of the year before).

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"] as const;
const MONTH =
  "(?<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
const DAY = "(?<day>[0-3]?\\d)(?:st|nd|rd|th)?";
const YEAR = "(?<year>(?:19|20)\\d{2})";
/**
 * "December 20, 2025", "20 December 2025", "2025-12-20", "2025/12/20", "20.12.2025" (day first, as the
 * dotted form is written), "2025年12月20日", "2025년 12월 20일".
 */
const DATES = [
  `${MONTH}\\s${DAY},?\\s${YEAR}`,
  `${DAY}\\s${MONTH},?\\s${YEAR}`,
  `${YEAR}[-/](?<mm>[01]?\\d)[-/](?<dd>[0-3]?\\d)`,
  `(?<dd>[0-3]?\\d)\\.(?<mm>[01]?\\d)\\.${YEAR}`,
  `${YEAR}\\s?年\\s?(?<mm>[01]?\\d)\\s?月\\s?(?<dd>[0-3]?\\d)\\s?日`,
  `${YEAR}년\\s?(?<mm>[01]?\\d)월\\s?(?<dd>[0-3]?\\d)일`,
];
const WEEKDAY = "(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\\.?,?\\s)?";
/** A time after the date: "10:32 AM GMT", "at 6.30pm", "08:15 UTC+8". */
const TIME =
  "(?:,?\\s(?:at\\s)?\\d{1,2}[:.]\\d{2}(?:\\s?[AaPp]\\.?[Mm]\\.?)?(?:\\s?\\(?[A-Z]{2,4}(?:[+-]\\d{1,2})?\\)?)?)?";
const LABEL =
  "(?<label>(?:First\\s)?Published(?:\\son)?|Updated(?:\\son)?|Last\\supdated|Posted(?:\\son)?|Date|Dated|Released|Issued|Ver(?:ö|oe)ffentlicht(?:\\sam)?|Publi(?:é|e)(?:\\sle)?|Publicado(?:\\sel)?|Pubblicato(?:\\sil)?)";
/**
 * A line that is only a date, with a label, a byline or a reading time around it; one pattern per
 * way of writing the date (each names its parts).
 */
const DATE_LINES = DATES.map(
  (date) =>
    new RegExp(
      `^[\\s*_#>|•·]*(?:By\\s[^|,·•\\d]{2,60}?\\s*[|,·•–—-]\\s*)?(?:${LABEL}\\s?:?\\s)?${WEEKDAY}${date}${TIME}(?:\\s*[|,·•–—-]\\s*(?:\\d{1,2}\\s?min(?:ute)?s?\\sread|By\\s[^|\\d]{2,60}|Updated[^|]{0,40})|\\sby\\s[^|\\d]{2,60})?[\\s*_|.]*$`,
      "i",
    ),
);
/** A wire dateline opening a paragraph: "BEIJING, Dec 20, 2025 (Reuters) -", "TOKYO, 21 January 2026 –". */
const DATELINES = DATES.map(
  (date) =>
    new RegExp(`^\\s*[A-Z][A-Z .'’-]{1,30},\\s${WEEKDAY}${date}\\s*(?:\\([^)]{1,30}\\)\\s*)?[-–—:]\\s`),
);

/** A wire dateline without its year: "BEIJING, Dec 20 (Agency) -", "TOKYO, 21 January –". */
const YEARLESS_DATELINES = [`${MONTH}\\s${DAY}`, `${DAY}\\s${MONTH}`].map(
  (date) =>
    new RegExp(`^\\s*[A-Z][A-Z .'’-]{1,30},\\s${WEEKDAY}${date}\\s*(?:\\([^)]{1,30}\\)\\s*)?[-–—:]\\s`),
);

/**
 * A social post's time stamp, set on its own line under the post: "4:12 PM · Dec 20, 2025", "09:05 ·
 * 20 Dec 2025 · 12.4K Views". It dates the post wherever the paste puts it.
 */
const POST_STAMPS = DATES.slice(0, 2).map(
  (date) =>
    new RegExp(
      `^\\s*\\d{1,2}:\\d{2}(?:\\s?[AaPp]\\.?[Mm]\\.?)?\\s·\\s${date}(?:\\s·\\s[\\d.,]+[KkMm]?\\s(?:Views?|views?|Aufrufe|vues))?\\s*$`,
    ),
);

/** How many of the text's first lines are looked at: a headline, a dek, a byline, a date line. */
const HEAD_LINES = 8;

/**
 * The publication date (`YYYY-MM-DD`) a text states at its head, or null. A line labelled as the
 * publication date wins over one labelled as an update; otherwise the first date line counts. With
 * `near` (a date given for the text), a dateline without its year is read in the year nearest it.
 * @example statedDate("Magnet exports jump\nDecember 20, 2025\n\nChina's exports ...") // "2025-12-20"
 * @example statedDate("On April 4, 2025, China imposed controls.") // null
 * @example statedDate("BEIJING, Dec 20 (Agency) - China's ...", "2026-01-05") // "2025-12-20"
 */
export function statedDate(text: string, near?: string): string | null {
  const lines = text
    .split(/\r?\n/)
    .filter((l) => l.trim() !== "")
    .slice(0, HEAD_LINES);
  let plain: string | null = null;
  let updated: string | null = null;
  let yearless: string | null = null;
  for (const line of lines) {
    const m = line.length <= 120 ? firstMatch(DATE_LINES, line) : null;
    const hit = m ?? firstMatch(DATELINES, line);
    const date = hit === null ? null : dateFrom(hit.groups ?? {});
    if (date === null) {
      const day = near !== undefined && yearless === null ? firstMatch(YEARLESS_DATELINES, line) : null;
      if (day !== null) yearless = nearestDay(day.groups ?? {}, near as string);
      continue;
    }
    const label = m?.groups?.label?.toLowerCase() ?? "";
    if (/publi|posted|released|issued|ffentlicht/.test(label)) return date;
    if (/updated/.test(label)) updated ??= date;
    else plain ??= date;
  }
  return plain ?? updated ?? postStamp(text) ?? yearless;
}

/** The day a yearless date names, in the year (that of `near`, or one either side) nearest `near`. */
function nearestDay(g: Record<string, string | undefined>, near: string): string | null {
  const [y, m, d] = near.split("-").map(Number) as [number, number, number];
  const at = Date.UTC(y, m - 1, d);
  let best: string | null = null;
  let gap = Infinity;
  for (const year of [y - 1, y, y + 1]) {
    const date = dateFrom({ ...g, year: String(year) });
    if (date === null) continue;
    const [yy, mm, dd] = date.split("-").map(Number) as [number, number, number];
    const apart = Math.abs(Date.UTC(yy, mm - 1, dd) - at);
    if (apart < gap) [best, gap] = [date, apart];
  }
  return best;
}

/** The date of the first social post's time stamp in `text` (see POST_STAMPS), or null. */
function postStamp(text: string): string | null {
  if (!text.includes("·")) return null;
  for (const line of text.split(/\r?\n/)) {
    const m = line.length <= 80 && line.includes("·") ? firstMatch(POST_STAMPS, line) : null;
    const date = m === null ? null : dateFrom(m.groups ?? {});
    if (date !== null) return date;
  }
  return null;
}

function firstMatch(patterns: readonly RegExp[], line: string): RegExpExecArray | null {
  for (const re of patterns) {
    const m = re.exec(line);
    if (m !== null) return m;
  }
  return null;
}

function dateFrom(g: Record<string, string | undefined>): string | null {
  const year = Number(g.year);
  const month =
    g.month !== undefined ? MONTHS.indexOf(g.month.slice(0, 3).toLowerCase() as never) + 1 : Number(g.mm);
  const day = Number(g.day ?? g.dd);
  if (!(year > 0) || !(month >= 1 && month <= 12) || !(day >= 1)) return null;
  if (day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return null;
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}
