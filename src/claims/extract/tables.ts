// Reads a text table the way a reader does: the header names each column's period, unit or kind of
// figure ("Nov 2025 (t)", "y/y %", "share"), the first column names each row's destination (or
// period, in a table turned the other way), and the caption above it names the product and unit.
// Each cell with a number is one claim, its span the cell's own text.

import type { ExtractedClaim, Grounding, Mode, Reading, Stated } from "../types.js";
import { isPartialSpan } from "./bases.js";
import { carried, type Discourse } from "./discourse.js";
import { modeOf, sentenceMarks } from "./modes.js";
import { hedgeOf, parseDecimal, toleranceFor, roundTol } from "./numbers.js";
import { findPeriods, fromIndex, mainPeriod, parseMonth, resolveMonthName } from "./periods.js";
import { FIGURE_CELL, KEYED_FIGURE_CELL, csvRow, splitBlocks, tableCells, type Block } from "./segment.js";
import { findPartner, findPartners, findSeries } from "./subjects.js";
import { findRanks } from "./find-ranks.js";
import { rankStated } from "./bases.js";
import { ENGLISH_MONTH_NAME, MONTHS } from "./lexicon.js";
import { allMatches } from "./all-matches.js";
import { stubRows } from "./stub-rows.js";
import { mendHeader } from "./broken-headers.js";
import { indexOf, yearOf } from "../../domain/period.js";

/** What a header cell, a row label or the caption says about the figures under or beside it. */
interface Label {
  period: string | null;
  partner: string | null;
  series: string | null;
  unit: "t" | "kt" | "kg" | "%" | null;
  /** The label names money ("Value, US$m", "price"): its figures are not tonnages. */
  money: boolean;
  kind: "share" | "change" | null;
  basis: "mom" | "yoy" | null;
  /** The column holds labels (a year, a month, a code), not figures. */
  label: boolean;
  /** The label is a year alone ("2024", "2025 (t)"): the year of the months its rows name. */
  year: number | null;
  /** The label's own words name a year ("Oct 2025", "Nov-25", "Jan-Oct 2024"). */
  namesYear: boolean;
  /** The period a column of changes is compared with ("vs Oct (t)", "change on Sep"): its base. */
  base: string | null;
  /** The label speaks of the running total ("累计比去年同期±%", "누계 증감률"), not of one month. */
  cumulative: boolean;
  /**
   * A caption's: it names two products or two destinations or more ("Magnet exports to Japan and
   * Korea"), so the one read for a figure may be another's: it may support, never contradict.
   */
  several?: { series: boolean; partner: boolean };
}

/**
 * A cell of two or more figures set apart by spaces alone ("5952 1106"), not one figure grouped by
 * spaces ("55 431", "5 577" with a no-break space).
 */
const RUN_TOGETHER = /^(?!\d{1,3}(?: \d{3})+(?:[.,]\d+)?$)[+\-−–]?\d[\d,.]*(?:[ \t]+[+\-−–]?\d[\d,.]*)+$/;

/**
 * A row whose figures ran together when a column's padding was lost ("Dec-25   5952 1106   564"
 * under "Month  World  Germany  US"): each run is split into its figures when the row then has as
 * many cells as the header has columns, and no two neighbours could be one figure grouped by a space
 * ("1 106"). Otherwise the row is left as it is, and read up to the run only.
 */
function splitRunTogether(row: Row, width: number): Row {
  if (row.cells.length >= width) return row;
  const cells: Cell[] = [];
  for (const [k, c] of row.cells.entries()) {
    if (k === 0 || !RUN_TOGETHER.test(c.text)) {
      cells.push(c);
      continue;
    }
    const parts = allMatches(/\S+/g, c.text).map((m) => ({ start: c.start + m.index, text: m[0] }));
    const grouped = parts.some(
      (p, i) => i > 0 && /^\d{3}$/.test(p.text) && /^\d{1,3}$/.test(parts[i - 1]?.text ?? ""),
    );
    if (grouped || !parts.every((p) => FIGURE_CELL.test(p.text))) return row;
    cells.push(...parts);
  }
  return cells.length === width ? { cells } : row;
}

/** A change's label that names its month, then the month it is set against: "chg Dec/Nov %", "Dec vs Nov". */
const MONTH_ON_MONTH = new RegExp(
  `\\b(${ENGLISH_MONTH_NAME})\\.?\\s?(?:/|vs\\.?\\s|versus\\s|on\\s|over\\s)\\s?(${ENGLISH_MONTH_NAME})\\b`,
  "i",
);

/** The latest month named `name` before `period` ("Nov" before 2025-12 is 2025-11; "Dec" before 2025-01 is 2024-12). */
function monthBefore(period: string, name: string): string | null {
  const own = parseMonth(period);
  const m = MONTHS[name.toLowerCase()];
  const index = own === null || m === undefined ? null : resolveMonthName(m, null, own - 1);
  return index === null ? null : fromIndex(index);
}

/** A line under a table that says where its figures come from or how they are counted. */
const SOURCE_LINE = /^\s*(?:sources?|notes?|units?|all figures|figures|data|quantities|volumes)\b/i;

const TOTAL_LABEL =
  /^(?:(?:total|world|all(?: destinations| countries)?|overall|global|china total|sum)\b|(?:合计|合計|总计|總計|全球|世界計?|全体|総計|전체|합계|총계|계)$)/i;

/**
 * The claims stated in a table block. `caption` is the text right above it (a title such as
 * "Magnet exports by destination, tonnes").
 */
export function readTable(
  input: string,
  block: Block,
  caption: string,
  d: Discourse,
  latest: number | null,
  footer = "",
): ExtractedClaim[] {
  const mended = mendHeader(input, stubRows(input, withUnitsRow(tableRows(input, block))), (t) =>
    FIGURE_CELL.test(t),
  );
  const all = mended.rows;
  if (mended.caption !== "") caption = `${caption} (${mended.caption})`;
  // a title or a line of "Key: value" notes set above the header row in the same block ("CHINA RARE
  // EARTH EXPORTS <GACC> 12/08/25", "Category: magnets | Source: customs | Refreshed ...") is part
  // of the caption: the header is the last row without figures before the first row with them
  const firstFigures = firstFiguresRow(all);
  const top = firstFigures > 1 && firstFigures <= 3 ? firstFigures - 1 : 0;
  if (top > 0)
    caption = [caption, ...all.slice(0, top).map((r) => r.cells.map((c) => c.text).join(" "))].join(" ");
  const rows = all.slice(top);
  // a chart's data labels under its caption are one row, each cell naming its own month
  if (rows.length < 2 && !(rows.length === 1 && rows[0]?.cells.some((c) => c.head !== undefined))) return [];
  // "US share of China's magnet exports, 2025": a year the caption names dates the months of the rows
  const named =
    /^((?:19|20)\d{2})-01\.\.\1-12$/.exec(readLabel(caption, { latest, year: null }).period ?? "") ??
    /(?:,\s?|\()((?:19|20)\d{2})\)?\s*$/.exec(caption.trim());
  const anchor = { latest, year: named ? Number(named[1]) : null };
  const label = (text: string): Label => readLabel(text, anchor);
  // a column headed "World" or "Total" holds the totals, as a row so labelled does
  const header = isHeaderRow((rows[0] as Row).cells)
    ? (rows[0] as Row).cells.map((c, k) => {
        const l = label(c.text);
        return k > 0 && l.partner === null && TOTAL_LABEL.test(c.text.trim()) ? { ...l, partner: "WLD" } : l;
      })
    : [];
  // "           WLD    USA   JPN" over "2025-10   5473    656   226": a printed data frame leaves its
  // index column's header blank, so the header row starts indented with one cell fewer than the rows
  if (header.length > 0 && (blankIndexHeader(input, rows) || periodsOverRows(rows, header)))
    header.unshift(blank());
  // a source or note line under the table may give the unit or the product its caption leaves out
  // ("Source: customs; tonnes.", "Source: China customs, rare-earth permanent magnets")
  const foot = SOURCE_LINE.test(footer) ? label(footer) : blank();
  // "Top destinations, August 2025, tonnes (change on July)" over "Germany 1,346 (+20.6%)": the
  // caption's last bracket heads the figures the rows set in brackets, the rest of it the others
  const bracketed = /\(([^()]{2,40})\)\s*$/.exec(caption);
  const bracketColumn =
    bracketed !== null && rows.some((r) => r.cells.some((c) => input.charCodeAt(c.start - 1) === 40))
      ? label(bracketed[1] as string)
      : null;
  const cap = { ...label(bracketColumn !== null ? caption.slice(0, bracketed?.index) : caption) };
  if (cap.series !== null && columnWords(caption) !== caption && namesSeveral(columnWords(caption)))
    cap.series = null;
  if (cap.unit === null && !foot.money) cap.unit = foot.unit;
  // "Proposed rows (tonnes):" over "| partner | value |": a column headed only "value", under a caption
  // that gives tonnes and no money, holds the tonnages (the word names the cell's number, not its worth)
  if (cap.unit !== null && cap.unit !== "%" && !cap.money)
    header.forEach((h, k) => {
      if (h.money && BARE_VALUE.test((rows[0] as Row).cells[k]?.text ?? ""))
        header[k] = { ...h, money: false };
    });
  // "Source: China customs, rare-earth permanent magnets": the product, where the caption names none
  if (cap.series === null && !namesSeveral(footer)) cap.series = foot.series;
  // a title that names two products or destinations ("Magnet exports to Japan and India"); a caption
  // that is another table naming two products leaves its first to the rows below, as before
  const title = !/[|\t\n]/.test(caption.trim());
  cap.several = {
    series: title && namesSeveral(caption),
    partner: title && new Set(findPartners(caption).map((p) => p.value)).size > 1,
  };
  // a change or share column beside month columns speaks of the latest of them ("Sep | Oct | Change")
  const months = header
    .filter((h) => h.period !== null && h.kind === null && h.year === null)
    .map((h) => h.period as string);
  const mainColumn = months.reduce<string | null>(
    (a, b) => (a === null || (parseMonth(b) ?? -1) > (parseMonth(a) ?? -1) ? b : a),
    null,
  );
  // "Nov 2025 | YTD 2025": a year-to-date column runs to the latest month column of its year
  header.forEach((h, k) => {
    const ytd = h.period === null ? YTD_LABEL.exec((rows[0] as Row).cells[k]?.text ?? "") : null;
    if (ytd === null || latest === null) return;
    const y = Number(ytd[1] ?? ytd[2] ?? mainColumn?.slice(0, 4) ?? yearOf(latest));
    const end =
      mainColumn?.startsWith(`${y}-`) === true ? mainColumn : fromIndex(Math.min(latest, indexOf(y, 12)));
    if (end >= `${y}-01`) header[k] = { ...h, period: `${y}-01..${end}` };
  });
  // "1至11月累计数量 | 累计比去年同期±%": a change of the running total speaks of the span's column
  const spanColumn = header.find((h) => h.kind === null && h.period?.includes(".."))?.period ?? null;
  // "Month | 2024 | 2025 | change": a change column beside year columns speaks of the latest year
  const years = header.filter((h) => h.year !== null && h.kind === null).map((h) => h.year as number);
  const mainYear = years.length > 0 ? Math.max(...years) : null;
  const columnsBasis = basisFromColumns(header);
  // a caption's words ("Forecast, tonnes") say what all the table's figures are, once for them all
  const mode = captionMode(caption);
  const out: ExtractedClaim[] = [];
  let above: string | null = null;
  for (const written of header.length > 0 ? rows.slice(1) : rows) {
    const row = splitRunTogether(written, header.length);
    // the words of a row (its first column, or every column that holds no number, as in
    // "magnets,DEU,2025-09,1288") name its destination, product and period
    // a callout's row leads with its figure and dates it in a cell of its own ("6,150 t | Nov 2025 |
    // +12% m/m"): a first cell with a unit is a figure, as no label column carries one
    const figureFirst =
      UNIT_FIGURE.test(row.cells[0]?.text ?? "") &&
      row.cells.some((c, k) => k > 0 && c.text !== "" && !FIGURE_CELL.test(c.text));
    const words = row.cells
      .filter((c, k) => (k === 0 && !figureFirst) || (k > 0 && !FIGURE_CELL.test(c.text)))
      .map((c) => c.text);
    if (words.length === 0) continue;
    const total = words.some((w) => TOTAL_LABEL.test(w));
    // "2025-10\tWorld\t5,473" over "\tGermany\t1,118": a spreadsheet saved as text leaves a merged
    // cell blank in every row but its first, so a blank first cell holds the label above it
    const first = row.cells[0]?.text ?? "";
    if (first !== "" && !FIGURE_CELL.test(first)) above = first;
    else if (first === "" && above !== null && words.some((w) => w !== "")) words[0] = above;
    const leadText = words.join(" ");
    const lead = label(leadText);
    // "Dec-25   5952 1106  564": two figures run together in one cell leave the cells after it
    // under no column that can be told, so the row is read up to them only
    const merged = row.cells.findIndex((c, k) => k > 0 && RUN_TOGETHER.test(c.text));
    row.cells.forEach((cell, k) => {
      const col =
        cell.head !== undefined
          ? label(cell.head)
          : input.charCodeAt(cell.start - 1) === 40 && bracketColumn !== null
            ? bracketColumn
            : (header[k] ?? blank());
      if (k > 0 && !FIGURE_CELL.test(cell.text) && RANK_WORD.test(cell.text)) {
        const rank = readRankCell(cell, { col, lead, cap, total }, d, input, mode, anchor);
        if (rank) out.push(rank);
        return;
      }
      if (
        (k === 0 && !figureFirst) ||
        (merged > 0 && k >= merged) ||
        !FIGURE_CELL.test(cell.text) ||
        col.label
      )
        return;
      const claim = readCell(
        cell,
        {
          col,
          lead,
          cap,
          total,
          mainColumn,
          leftColumn: leftSpan(header, k),
          spanColumn,
          mainYear,
          columns: header,
          columnsBasis,
          leadText,
        },
        d,
        input,
        mode,
      );
      if (claim) out.push(claim);
    });
  }
  return out;
}

/** A figure with its unit ("6,150 t", "+12%"): never a row's label. */
const UNIT_FIGURE = /^[+\-−–]?\d[\d,.]*\s?(?:%|t|kt|tonnes|tons)$/i;

/** True when the header row is indented and has one cell fewer than every row under it. */
function blankIndexHeader(input: string, rows: readonly Row[]): boolean {
  const first = (rows[0] as Row).cells[0];
  if (first === undefined) return false;
  const lineStart = input.lastIndexOf("\n", first.start - 1) + 1;
  const width = (rows[0] as Row).cells.length;
  return (
    first.start - lineStart >= 2 &&
    /^\s+$/.test(input.slice(lineStart, first.start)) &&
    rows.length > 1 &&
    rows.slice(1).every((r) => r.cells.length === width + 1)
  );
}

/**
 * True when the header row has one cell fewer than every row under it, and its first cell heads a
 * period ("Jun-25 | Jul-25" over "Germany | 764 | 1,116"): the rows' labels have no head of their
 * own, as a table whose cells came out one to a line sets them (stacked-cells.ts).
 */
function periodsOverRows(rows: readonly Row[], header: readonly Label[]): boolean {
  const width = (rows[0] as Row).cells.length;
  return (
    rows.length > 1 &&
    header[0]?.period !== null &&
    header[0]?.period !== undefined &&
    rows.slice(1).every((r) => r.cells.length === width + 1 && !FIGURE_CELL.test(r.cells[0]?.text ?? ""))
  );
}

/** A column headed "YTD", "YTD 2025" or "2025 YTD", with the year when it names one. */
const YTD_LABEL = /^\W*(?:((?:19|20)\d{2})[\s-])?YTD(?![A-Za-z])(?:[\s-]\(?((?:19|20)\d{2})\b)?/i;

/** A header cell that says only "value" or "values". */
const BARE_VALUE = /^\W*values?\W*$/i;

/**
 * Words by which a sentence points to a table under it, or gives its unit in brackets; or a sentence
 * that ends in a colon ("Magnet exports from China, monthly:"), which leads what follows.
 */
const INTRODUCES_TABLE =
  /\b(?:table|tabulated|below|as follows|following (?:figures|numbers|table))\b|\((?:t|kt|tonnes|tons|metric tons|in tonnes)\)|:\s*$/i;

/**
 * A table's caption: a title right above it, or a heading a blank line above it; or the last
 * sentence of a paragraph a blank line above that introduces it ("The table shows monthly exports
 * (tonnes).").
 */
export function tableCaption(input: string, previous: Block | null, block: Block): string {
  if (previous === null) return "";
  const words = input.slice(previous.start, previous.end);
  if (!block.paragraphStart || previous.kind === "heading") return words;
  const tail = words.length > 600 ? words.slice(-600) : words;
  const sentences = tail.trim().split(/(?<=[.!?])\s+(?=[A-Z"“(])/);
  const last = sentences[sentences.length - 1] ?? "";
  return INTRODUCES_TABLE.test(last) ? last : "";
}

let lastInput: string | null = null;
let lastBlocks: Block[] = [];
/** The rows of each table block of the last input, read once however many of its rows are asked about. */
const lastRows = new Map<number, Row[]>();

/** Words a data file joins with underscores in a column's name: "rare_earths_t" is "rare earths t". */
const JOINED_WORDS = /(?<=[A-Za-z])_(?=[A-Za-z])/g;

/**
 * A table's words as a reader takes them: a CSV's column named "magnets_t" or "rare_earths_t" names
 * the series and the unit of its column, as "magnets (t)" would.
 */
const columnWords = (words: string) => (words.includes("_") ? words.replace(JOINED_WORDS, " ") : words);

/**
 * The words a table row is read with: the table's caption, its header (the lines above its first
 * row of figures) and the row itself. Null outside a table, and in a table whose lines do not all
 * have as many cells as the row (a blank cell may have moved figures under another column's header).
 */
export function tableHead(input: string, at: number): string | null {
  if (input !== lastInput) {
    lastBlocks = splitBlocks(input);
    lastInput = input;
    lastRows.clear();
  }
  const b = lastBlocks.findIndex((x) => x.start <= at && at < x.end);
  const block = lastBlocks[b];
  if (block === undefined || block.kind !== "table") return null;
  let rows = lastRows.get(b);
  if (rows === undefined) {
    // a header broken by a line of its own (a unit, its cells' wrapped words) is one header
    const written = mendHeader(input, tableRows(input, block), (t) => FIGURE_CELL.test(t)).rows;
    const width = written[0]?.cells.length ?? 0;
    rows = written.map((r) => splitRunTogether(r, width));
    lastRows.set(b, rows);
  }
  const rowStart = input.lastIndexOf("\n", at - 1) + 1;
  const own = rows.find((r) => (r.cells[0]?.start ?? -1) >= rowStart && (r.cells[0]?.start ?? -1) <= at);
  // a row whose cells name their own months ("Dec 5,952 | Nov 6,150") needs no column to line up with
  const keyed = own?.cells.some((c) => c.head !== undefined) === true;
  if (own === undefined || (!keyed && rows.some((r) => r.cells.length !== own.cells.length))) return null;
  const header = rows.slice(0, Math.max(0, firstFiguresRow(rows)));
  return columnWords(
    [tableCaption(input, lastBlocks[b - 1] ?? null, block), ...[...header, own].map(rowText)].join("\n"),
  );
}

const rowText = (r: Row) => r.cells.map((c) => c.text).join(" | ");

/**
 * The unit a table's caption or header row gives its figures in tonnes ("by month (tonnes)", "kt"):
 * a line set right under the table ("Full year: 62,585") is counted in it too.
 */
export function tableUnit(input: string, block: Block, caption: string): "t" | "kt" | null {
  const anchor = { latest: null, year: null };
  const first = tableRows(input, block)[0];
  const labels = [caption, ...(first?.cells.map((c) => c.text) ?? [])].map((t) => readLabel(t, anchor));
  const unit = labels.find((l) => l.unit !== null && !l.money)?.unit;
  return unit === "t" || unit === "kt" ? unit : null;
}

interface Cell {
  start: number;
  text: string;
  /** The month the cell names before its figure ("Dec" of "Dec 5,952"): the cell's own column header. */
  head?: string;
}

interface Row {
  cells: Cell[];
}

function tableRows(input: string, block: Block): Row[] {
  const rows: Row[] = [];
  let s = block.start;
  let width: number | null = null;
  for (let i = block.start; i <= block.end; i++) {
    if (i < block.end && input.charCodeAt(i) !== 10) continue;
    const line = input.slice(s, i).replace(/\r$/, "");
    // a comma-separated line as wide as the one above is divided at its commas ("South Korea,569,815")
    const csv = csvRow(line, width);
    width = csv?.length ?? null;
    if (csv !== null) rows.push({ cells: csv.map((c) => plainCell(s + c.start, c.text)) });
    else if (!/^[\s|:+-]*$/.test(line))
      rows.push(keyedRow({ cells: tableCells(line, true).map((c) => plainCell(s + c.start, c.text)) }));
    s = i + 1;
  }
  return rows;
}

/** A markdown cell set in bold or italics ("**6,146**", "_Total_"): its words without the marks. */
const EMPHASIS = /^(\*\*|__|\*|_)(?=\S)(.*\S)\1$/;

function plainCell(start: number, text: string): Cell {
  const m = EMPHASIS.exec(text);
  return m ? { start: start + (m[1] as string).length, text: m[2] as string } : { start, text };
}

/**
 * A row whose cells each name their month before the figure, the first led by the row's label
 * ("Magnets (t): Dec 5,952 | Nov 6,150 | Oct 5,473"): the label becomes the row's first cell and
 * each figure a cell headed by its own month. Any other row is returned as it is.
 */
function keyedRow(row: Row): Row {
  const filled = row.cells.filter((c) => c.text !== "");
  if (filled.length < 2) return row;
  const found = filled.map((c) => KEYED_FIGURE_CELL.exec(c.text));
  if (found.some((m, k) => m === null || (k > 0 && m[1] !== undefined))) return row;
  // "\tOct 2025\tNov 2025": a header whose stub is left blank names months and their years, no figures
  if (found.every((m) => /^(?:19|20)\d{2}$/.test((m as RegExpExecArray)[3] as string))) return row;
  const first = filled[0] as Cell;
  const cells: Cell[] = [{ start: first.start, text: (found[0]?.[1] ?? "").trim() }];
  filled.forEach((c, k) => {
    const m = found[k] as RegExpExecArray;
    const figure = m[3] as string;
    cells.push({ start: c.start + c.text.lastIndexOf(figure), text: figure, head: m[2] as string });
  });
  return { cells };
}

/** A cell that holds only a unit: "t", "(tonnes)", "kg", "%", "US$m". */
const UNIT_CELL =
  /^\(?(?:t|tonnes?|tons?|mt|kt|kg|%|pct|per\s?cent|percent|US\$\s?m(?:n|illion)?|\$\s?m)\)?$/i;

/**
 * A row of units right under the header ("| Destination | Oct | Nov |" over "| | t | t |"), as
 * markdown tables and spreadsheets set them: each unit joins the label above it, so the header keeps
 * its columns' months (taken as the header, the row of units left every figure the first column's month).
 */
function withUnitsRow(rows: Row[]): Row[] {
  const k = rows.findIndex((r) => !isHeaderRow(r.cells));
  const units = rows[k - 1];
  const over = rows[k - 2];
  if (units === undefined || over === undefined || units.cells.length !== over.cells.length) return rows;
  const texts = units.cells.map((c) => c.text.trim());
  if (!texts.some((t) => t !== "") || !texts.every((t) => t === "" || UNIT_CELL.test(t))) return rows;
  const header = {
    cells: over.cells.map((c, i) => (texts[i] ? { ...c, text: `${c.text} (${texts[i]})` } : c)),
  };
  return [...rows.slice(0, k - 2), header, ...rows.slice(k)];
}

/** The index of the first row with figures, the rows above it being labels (-1 when none has). */
const firstFiguresRow = (rows: Row[]) => rows.findIndex((r) => !isHeaderRow(r.cells));

/** A row of labels: none of its cells past the first is a figure (a year is a label). */
const isHeaderRow = (cells: Cell[]) =>
  cells.slice(1).every((c) => !FIGURE_CELL.test(c.text) || /^(?:19|20)\d{2}$/.test(c.text));

const blank = (): Label => ({
  period: null,
  partner: null,
  series: null,
  unit: null,
  money: false,
  kind: null,
  basis: null,
  label: false,
  year: null,
  namesYear: false,
  base: null,
  cumulative: false,
});
const SHORT_MONTH = /^(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*[-' ]?(\d{2})\b/i;
const MONTH_NUMBER: Record<string, string> = {
  jan: "01",
  feb: "02",
  mar: "03",
  apr: "04",
  may: "05",
  jun: "06",
  jul: "07",
  aug: "08",
  sep: "09",
  sept: "09",
  oct: "10",
  nov: "11",
  dec: "12",
};

/** A unit, a change or a share as the header of a table in Chinese, Japanese or Korean names it. */
const CJK_TONNES = /[吨噸톤]|トン/;
const CJK_KG = /公斤|千克|킬로그램|キロ/;
const CJK_CHANGE =
  /[环環]比|同比|增[减幅]|增長|增长|[전前][월년]\s?(?:비|比|대비)|前年同月比|전년\s?동월\s?(?:비|比|대비)|증감률?|伸び率|[比较較](?:去年|上年)同期/;
const CJK_SHARE = /占比|比重|份额|份額|비중|점유율|シェア|構成比/;
const CJK_YEAR_BASE = /同比|[전前]년|前年|去年|上年/;
const CJK_MONTH_BASE = /[环環]比|[전前]월|前月/;

/** A bracket that lists tonnes and percent, in either order: "(tonnes; share in %)", "(%, t)". */
const UNITS_LISTED =
  /\((?=[^()]*\b(?:t|tonnes|tons|metric tons|mt)\b)(?=[^()]*(?:%|\bper ?cent\b))[^()]*(?:[;,/&]|\sand\s)[^()]*\)/i;

/** A base said outright: year on year (first group) or month on month. */
const STATED_BASE =
  /\b(?:(y\/y|yoy|year[- ]on[- ]year|year[- ]over[- ]year|(?:same (?:period|month) (?:of|in) )?(?:the )?(?:previous|prior|last) year|a year earlier)|m\/m|mom|month[- ]on[- ]month|month[- ]over[- ]month|(?:the )?(?:previous|prior|last) month)\b/i;

/** A line that gives tonnes and percent to different figures: "Unit of quantity: tonne; change: %". */
const UNITS_SET_APART =
  /\b(?:t|tonnes?|tons?|metric tons)\b[^%;]{0,40};[^;]{0,60}%|%[^;]{0,60};[^%;]{0,40}\b(?:t|tonnes?|tons?|metric tons)\b/i;

function readLabel(cell: string, anchor: { latest: number | null; year: number | null }): Label {
  const text = columnWords(cell);
  // a column headed "Nov-25" is November 2025
  const short = SHORT_MONTH.exec(text.trim());
  const period = short
    ? `20${short[2]}-${MONTH_NUMBER[(short[1] as string).toLowerCase()]}`
    : (mainPeriod(findPeriods(text, anchor))?.period ?? null);
  // "(tonnes; share in %)", "(t, %)": a bracket listing both units gives the levels in tonnes, and
  // leaves the columns that name a share or a change to say so themselves
  const bothUnits = UNITS_LISTED.test(text) || UNITS_SET_APART.test(text);
  const kind = bothUnits
    ? null
    : /\bshare\b|% of (?:total|all)/i.test(text) || CJK_SHARE.test(text)
      ? "share"
      : /\bchange\b|\bchg\b|[yYmM]\/[yYmM]|\b(?:yoy|mom)\b|on[- ](?:year|month)|growth|^(?:vs\.?|versus|against|since)\s/i.test(
            text.trim(),
          ) || CJK_CHANGE.test(text)
        ? "change"
        : null;
  // "(단위: 톤, %)": a caption naming tonnes and percent gives the levels in tonnes, the changes in percent
  const tonnesToo = kind === null && (CJK_TONNES.test(text) || bothUnits);
  const unit =
    /%|per ?cent|\bpct\b/i.test(text) && !tonnesToo
      ? "%"
      : /\bkg\b|kilogram/i.test(text) || CJK_KG.test(text)
        ? "kg"
        : /\b(?:kt|k ?t|'000 ?t(?:onnes|ons)?|000s? (?:tonnes|tons)|thousand (?:metric )?(?:tonnes|tons))\b/i.test(
              text,
            )
          ? "kt"
          : /\b(?:t|tonnes?|tons|metric tons|metric tonnes|mt)\b/i.test(text) || CJK_TONNES.test(text)
            ? "t"
            : null;
  const money =
    /[$€¥]|\b(?:US\$|USD|CNY|RMB|yuan|EUR|euros?|dollars?|value|price|revenue)\b/i.test(text) && unit !== "t";
  // "Unit of quantity: tonne; change: % on the same period of the previous year": a line giving
  // the units of levels and changes names the changes' base when it says it outright
  const unitsBase =
    bothUnits && /\b(?:change|chg|growth)\b/i.test(text) ? (STATED_BASE.exec(text) ?? null) : null;
  const basis = unitsBase
    ? unitsBase[1] !== undefined
      ? "yoy"
      : "mom"
    : (/y\/y|\byoy\b|year|annual/i.test(text) || CJK_YEAR_BASE.test(text)) && kind === "change"
      ? "yoy"
      : (/m\/m|\bmom\b|month/i.test(text) || CJK_MONTH_BASE.test(text)) && kind === "change"
        ? "mom"
        : null;
  const label = /^(?:year|month|date|period|code|hs(?: code)?|rank|id|no\.?)$/i.test(text.trim());
  const bareYear = /^((?:19|20)\d{2})(?:\s?\([^()]{0,12}\))?$/.exec(text.trim());
  // "vs Oct (t)", "change on Sep", "since October": a column of changes against the period it names
  const against = /^(?:(?:change|chg|diff(?:erence)?)\s)?(?:vs\.?|versus|against|on|from|since)\s/i.test(
    text.trim(),
  )
    ? (findPeriods(text, anchor)[0]?.period ?? null)
    : null;
  // "chg Dec/Nov %": December's change on November (the latest November before it), not a span
  const pair = kind === "change" && against === null ? MONTH_ON_MONTH.exec(text) : null;
  const own = pair ? (findPeriods(pair[1] as string, anchor)[0]?.period ?? null) : null;
  return {
    cumulative: /累[计計積]|누계/.test(text),
    base: own !== null ? monthBefore(own, pair?.[2] as string) : against,
    period:
      own !== null
        ? own
        : against !== null
          ? null
          : bareYear
            ? `${bareYear[1]}-01..${bareYear[1]}-12`
            : period,
    year: bareYear ? Number(bareYear[1]) : null,
    namesYear: short !== null || /\b(?:19|20)\d{2}\b|['’]\d{2}\b/.test(text),
    partner: findPartner(text)?.value ?? null,
    series: findSeries(text)[0]?.value ?? null,
    unit,
    money,
    kind,
    basis,
    label,
  };
}

/**
 * Whether a caption names two products or more: a data frame's column names printed above its rows
 * ("dysprosium_kg  terbium_kg") give none of them to every figure.
 */
const namesSeveral = (caption: string) => new Set(findSeries(caption).map((m) => m.value)).size > 1;

interface Where {
  col: Label;
  lead: Label;
  cap: Label;
  total: boolean;
  mainColumn: string | null;
  /** The span of the column right before the cell's, when that column holds levels of a span. */
  leftColumn: string | null;
  spanColumn: string | null;
  mainYear: number | null;
  columns: Label[];
  /** The base the period columns imply (`basisFromColumns`), the same for every cell. */
  columnsBasis: string | null;
  /** The words of the row's label, as written. */
  leadText: string;
}

/** What a table's caption says its figures are: reported unless its words make them forecasts, targets... */
function captionMode(caption: string): Mode {
  if (caption === "") return "reported";
  return modeOf({
    clause: caption,
    sentence: sentenceMarks(caption),
    start: caption.length,
    end: caption.length,
    question: false,
    year: null,
  });
}

/** The first value a cell's table gives for a part, with how it was named; else what the text carries. */
function pickPart(
  d: Discourse,
  part: "series" | "partner" | "period",
  fromTable: Array<[string | null, Grounding]>,
): [string | null, Grounding] {
  for (const [v, how] of fromTable) if (v !== null) return [v, how];
  const from = carried(d, part);
  return from.value === null ? [null, "default"] : [from.value.value, "carried"];
}

/** A cell's product and destination: its row's, its column's, the caption's, else what the text carries. */
function cellSubject(
  w: Pick<Where, "col" | "lead" | "cap" | "total">,
  d: Discourse,
): { series: [string | null, Grounding]; partner: [string | null, Grounding] } {
  return {
    series: pickPart(d, "series", [
      [w.lead.series, "clause"],
      [w.col.series, "clause"],
      [w.cap.series, w.cap.several?.series === true ? "carried" : "sentence"],
    ]),
    partner: pickPart(d, "partner", [
      [w.total ? "WLD" : null, "clause"],
      [w.lead.partner, "clause"],
      [w.col.partner, "clause"],
      [w.cap.partner, w.cap.several?.partner === true ? "carried" : "sentence"],
    ]),
  };
}

/** A base a figure cell names after its figure: "+11.9% y/y", "-5.2% m/m". */
const CELL_BASIS = /\s(y\/y|yoy|m\/m|mom)$/i;

function readCell(cell: Cell, w: Where, d: Discourse, input: string, mode: Mode): ExtractedClaim | null {
  const m = FIGURE_CELL.exec(cell.text.replace(/,(?=\d{3}\b)/g, ","));
  if (!m) return null;
  // "5 577": thousands set apart by a no-break or thin space
  const parsed = parseDecimal((m[3] ?? "").replace(/[\u00a0\u2009\u202f]/g, ""));
  if (parsed === null) return null;
  const unitWord = (m[4] ?? "").toLowerCase();
  // a column of changes or shares holds percentages whatever unit the caption gives the table
  const percentColumn = w.col.kind !== null && w.col.unit === null ? "%" : null;
  const unit =
    unitWord === "%" || unitWord === "pc"
      ? "%"
      : unitWord === "kg"
        ? "kg"
        : unitWord === "kt"
          ? "kt"
          : unitWord
            ? "t"
            : w.col.money || (w.col.unit === null && w.lead.money)
              ? null
              : (w.col.unit ?? percentColumn ?? w.lead.unit ?? w.cap.unit);
  if (unit === null) return null;
  // a unit the cell, its column's header or its row's label writes is named; one only the caption
  // gives names the levels of the table, while a column of changes or shares that writes no unit is
  // only guessed to hold percentages: that may support, never contradict
  const unitHow: Grounding =
    unitWord || w.col.unit !== null || w.lead.unit !== null || (w.cap.unit === unit && w.col.kind === null)
      ? "clause"
      : "carried";
  const alternatives: Reading[] = [];
  const pick = (part: "series" | "partner" | "period", fromTable: Array<[string | null, Grounding]>) =>
    pickPart(d, part, fromTable);
  const changeKind =
    unit === "%" && (w.col.kind === "change" || (w.col.kind !== "share" && /^[+\-−–]/.test(cell.text)));
  // "chg Dec/Nov %" heading a row: the row's label names the base its columns do not
  const base = w.col.base ?? (w.col.kind === null ? w.lead.base : null);
  // the base the column, the columns together or the caption name; none named leaves it open
  // "+11.9% y/y" in a column of monthly changes: a cell that names its own base keeps it
  const cellBasis = CELL_BASIS.exec(cell.text)?.[1]?.toLowerCase().replace("/", "") ?? null;
  const tableBasis =
    (cellBasis === "yy" || cellBasis === "yoy" ? "yoy" : cellBasis === null ? null : "mom") ??
    w.col.basis ??
    w.columnsBasis ??
    w.cap.basis;
  const unnamedBase = base === null && tableBasis === null;
  // "Change (t)": a difference in tonnes, not a level
  const tonnesChange = unit !== "%" && w.col.kind === "change";
  const shareKind = unit === "%" && w.col.kind === "share";
  const beside = changeKind || tonnesChange || shareKind;
  // a row's month or span under a year's column is in that year ("Jul" under "2024" is July 2024)
  const columnYear = w.col.year ?? (beside ? w.mainYear : null);
  const leadPeriod =
    w.lead.period !== null && columnYear !== null && !w.lead.namesYear
      ? inYear(w.lead.period, columnYear)
      : w.lead.period;
  const [period, periodHow] = pick("period", [
    [leadPeriod, "clause"],
    [w.col.period, "clause"],
    [beside && w.col.cumulative ? w.spanColumn : null, "clause"],
    // a change or share column beside a month's column speaks of that month
    // "December | change | January-December | change": a change set right after a span's column
    // speaks of that span
    [beside ? w.leftColumn : null, "clause"],
    [beside ? w.mainColumn : null, "clause"],
    [beside && w.mainYear !== null ? `${w.mainYear}-01..${w.mainYear}-12` : null, "clause"],
    [w.cap.period, "sentence"],
  ]);
  const subject = cellSubject(w, d);
  const [series, seriesHow] = subject.series;
  let [partner, partnerHow] = subject.partner;
  if (partner === null) [partner, partnerHow] = ["WLD", worldTable(w, seriesHow, d) ? "sentence" : "default"];
  // a destination carried over from a line above a table that names none (a dek: "Vietnam is the
  // buyer to watch") may be what the table is about, or the table may give the totals
  if (partnerHow === "carried" && partner !== "WLD")
    alternatives.push({ partner: "WLD", why: "the table names no destination" });
  const hedge = hedgeOf(m[1] && /~|≈|c\./.test(m[1]) ? "about" : m[1]);
  const sign = /^[-−–]$/.test(m[2] ?? "") ? -1 : 1;
  let stated: Stated;
  let kind: ExtractedClaim["kind"];
  if (shareKind) {
    kind = "share";
    stated = {
      type: "share",
      pct: parsed.value,
      hedge,
      ...toleranceFor(parsed.value, parsed.halfUnit, hedge),
      raw: cell.text,
    };
  } else if (changeKind) {
    const pct = sign * parsed.value;
    const basis = baseOf(base, period) ?? tableBasis ?? "mom";
    if (unnamedBase) alternatives.push({ basis: "yoy", why: "the table does not name the comparison base" });
    kind = "change";
    stated = {
      type: "change",
      pct,
      unit: "%",
      basis,
      direction: pct < 0 ? "down" : "up",
      hedge,
      ...toleranceFor(pct, parsed.halfUnit, hedge),
      raw: cell.text,
    };
  } else if (tonnesChange) {
    const factor = unit === "kg" ? 1e-3 : unit === "kt" ? 1e3 : 1;
    const pct = roundTol(sign * parsed.value * factor);
    kind = "change";
    stated = {
      type: "change",
      pct,
      unit: "t",
      basis: baseOf(base, period) ?? tableBasis ?? "mom",
      direction: pct < 0 ? "down" : "up",
      hedge,
      ...toleranceFor(pct, parsed.halfUnit * factor, hedge),
      raw: cell.text,
    };
    if (unnamedBase) alternatives.push({ basis: "yoy", why: "the table does not name the comparison base" });
  } else if (unit !== "%" && sign > 0) {
    const factor = unit === "kg" ? 1e-3 : unit === "kt" ? 1e3 : 1;
    const value = roundTol(parsed.value * factor);
    kind = "level";
    stated = {
      type: "level",
      value,
      unit: "t",
      hedge,
      ...toleranceFor(value, parsed.halfUnit * factor, hedge),
      raw: cell.text,
    };
  } else {
    return null;
  }
  if (kind === "level" && isPartialSpan(period)) kind = "ytd";
  return {
    text: input.slice(cell.start, cell.start + cell.text.length),
    start: cell.start,
    end: cell.start + cell.text.length,
    kind,
    series,
    reporter: "CHN",
    flow: "export",
    partner,
    period,
    stated,
    grounds: { series: seriesHow, partner: partnerHow, period: periodHow, unit: unitHow },
    alternatives,
    mode,
  };
}

/** Words a note about a row's figure ranks it by ("highest since Jan", "second-highest on record", "7M low"). */
const RANK_WORD =
  /\b(?:highest|lowest|biggest|largest|smallest|weakest|strongest|best|worst|record|high|low|peak|trough)\b/i;

/**
 * A notes cell that ranks its row's figure ("2025-10,United States,656,56.0,highest since Jan"): a
 * rank of the row's destination and month, the product the row, its column or the caption names.
 */
function readRankCell(
  cell: Cell,
  w: Pick<Where, "col" | "lead" | "cap" | "total">,
  d: Discourse,
  input: string,
  mode: Mode,
  anchor: { latest: number | null; year: number | null },
): ExtractedClaim | null {
  const hit = findRanks(cell.text).find((r) => r.type === "rank");
  if (hit === undefined) return null;
  const [period, periodHow] = pickPart(d, "period", [
    [w.lead.period, "clause"],
    [w.col.period, "clause"],
    [w.cap.period, "sentence"],
  ]);
  const subject = cellSubject(w, d);
  const [series, seriesHow] = subject.series;
  const [named, namedHow] = subject.partner;
  const [partner, partnerHow]: [string, Grounding] = named === null ? ["WLD", "default"] : [named, namedHow];
  const stated = rankStated(cell.text, hit, findPeriods(cell.text, anchor), period);
  const start = cell.start + hit.start;
  return {
    text: input.slice(start, cell.start + hit.end),
    start,
    end: cell.start + hit.end,
    kind: "rank",
    series,
    reporter: "CHN",
    flow: "export",
    partner,
    period,
    stated,
    grounds: { series: seriesHow, partner: partnerHow, period: periodHow },
    alternatives: [],
    mode,
  };
}

/**
 * The span of a column of levels right before column `k` ("January-December" before its "change"):
 * a month's column beside a change says nothing of which month the change is of ("Nov | Oct |
 * change" holds November's change), the latest month does.
 */
function leftSpan(header: Label[], k: number): string | null {
  const left = header[k - 1];
  return left !== undefined && left.kind === null && !left.label && left.period?.includes("..") === true
    ? left.period
    : null;
}

/** A row label that is a period and nothing else: "Oct-25", "2024", "November 2025", "Q3", "Jan-Oct". */
const PERIOD_ONLY = new RegExp(
  `^(?:(?:${ENGLISH_MONTH_NAME})\\.?|q[1-4]|h[12]|ytd|fy|full[- ]year|(?:19|20)?\\d{2}|[\\s\\-–—/'’.,()])+$`,
  "i",
);

/**
 * A table of one product's figures by period that names no destination anywhere (its caption, its
 * columns, its rows), read before any destination was spoken of: its figures are the product's
 * exports as a whole, as "China's magnet exports" are in a sentence.
 */
function worldTable(w: Where, seriesHow: Grounding, d: Discourse): boolean {
  if (seriesHow !== "clause" && seriesHow !== "sentence") return false;
  if (w.columns.some((c) => c.partner !== null) || w.cap.partner !== null) return false;
  // by period in its rows ("Oct-25 | 5,473"), or by product in its rows and period in its
  // columns ("Rare earths | 4,392.0 | 62,585.2")
  const byPeriod = w.lead.period !== null && PERIOD_ONLY.test(w.leadText.trim());
  const byProduct = w.lead.period === null && w.lead.series !== null && w.col.period !== null;
  if (!byPeriod && !byProduct) return false;
  const before = carried(d, "partner");
  return before.value === null && before.other === null;
}

/** A change column's base month against the cell's period: "mom" a month before, "yoy" a year, else the month. */
function baseOf(base: string | null, period: string | null): string | null {
  const b = base === null ? null : parseMonth(base);
  const p = period === null ? null : parseMonth(period);
  if (base === null || b === null || p === null) return base;
  return p - b === 1 ? "mom" : p - b === 12 ? "yoy" : base;
}

/** A month or a span of one year moved into year `y` ("2025-07" into 2024 is "2024-07"). */
function inYear(period: string, y: number): string {
  const [a, b] = period.split("..");
  const shift = y - Number((b ?? (a as string)).slice(0, 4));
  const move = (m: string) => `${Number(m.slice(0, 4)) + shift}${m.slice(4)}`;
  return b === undefined ? move(a as string) : `${move(a as string)}..${move(b)}`;
}

/** Two period columns a month apart give a month-on-month change; twelve apart (or a year apart), year-on-year. */
function basisFromColumns(columns: Label[]): string | null {
  const years = columns.filter((c) => c.year !== null && c.kind === null).map((c) => c.year as number);
  if (years.length >= 2 && Math.abs((years[0] as number) - (years[1] as number)) === 1) return "yoy";
  const months = columns
    .map((c) => (c.period === null || c.kind !== null ? null : parseMonth(c.period)))
    .filter((x): x is number => x !== null);
  if (months.length < 2) return null;
  const gap = Math.abs((months[0] as number) - (months[1] as number));
  if (gap === 1) return "mom";
  if (gap === 12) return "yoy";
  // "Oct 2025 | Dec 2025 | Change": with just two months, the change runs from the earlier one
  return months.length === 2 && gap > 0 ? fromIndex(Math.min(...months)) : null;
}
