// China customs' published monthly tables ("exports of major commodities", 出口主要商品量值表): a
// title naming the flow and the month, a line stating the money unit (单位：千美元, Unit: US$1,000),
// a header of two rows (a month group and a cumulative group over quantity and value, then
// percentage changes on the year), one row per commodity with its unit (in a column, or in brackets
// after the name where the table has no unit column: 稀土(吨)), and note lines. Their
// commodities carry no codes, so a row is read when its name is one that
// data/codes/commodity-names.csv gives a series; other rows are passed over and counted. Figures
// keep the rounding they are printed with: the precision of a value is the unit it is printed in.
import type { FormatProblem } from "../../errors.js";
import { fromDecimalComma, isDecimal, shiftDecimal } from "../../domain/decimal.js";
import { officialQuantityUnit } from "../../domain/units.js";
import type { Flow } from "../../store/types.js";
import { splitCsvLine, type FileHead } from "../file-head.js";
import { arabicDates } from "./chinese-dates.js";
import { isNoteLine } from "./note-lines.js";
import { regionNamed } from "./region-named.js";
import { moneyStated, type StatedMoney } from "./stated-scale.js";

/** A title or header of a published table, in Chinese or English. */
const TABLE =
  /量值表|\d{1,2}\s*至\s*\d{1,2}\s*月|主要(?:出口|进口|进出口)?商品|当月|累计|比去年同期|同比±|(?:exports?|imports?) of (?:major|selected) commodities|percentage change|january\s*(?:to|-)\s*\w+|\bjan\.?\s*-\s*\w{3}\b/i;

/** True when the first lines of a file read as a published customs table. */
export function isPublishedTable(head: FileHead): boolean {
  const lines = head.text.split(/\r?\n/, 8).map(arabicDates);
  return lines.filter((l) => TABLE.test(l)).length >= 2;
}

/** One figure of a tracked commodity, ready to store. */
export interface TableFigure {
  series: string;
  measure: "qty" | "value";
  /** `YYYY-MM`, or `YYYY-MM..YYYY-MM` for a cumulative column. */
  period: string;
  /** Exact decimal in `unit`. */
  value: string;
  unit: "t" | "USD" | "CNY";
  precision_unit: string;
  original_value: string;
  original_unit: string;
  /** The change on the same period a year before that the table prints beside the figure. */
  stated_yoy_pct: string | null;
}

export interface ReadTable {
  flow: Flow | null;
  /** The table says its figures are preliminary (初步, preliminary). */
  preliminary: boolean;
  figures: TableFigure[];
  /** Names of the commodities that are not series Lodestone tracks, in the table's order. */
  passedOver: string[];
  problems: FormatProblem[];
}

type Delimiter = "," | "\t" | ";";
/** Records a problem at a line and field of the file. */
type Fail = (line: number, field: string, reason: string) => void;
type Scope = "month" | "cumulative";

interface Column {
  index: number;
  /** The group and sub-heading, as the file spells them. */
  name: string;
  kind: "level" | "change";
  measure: "qty" | "value" | null;
  scope: Scope | null;
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
/** A month's name or its abbreviation, not the start of another word ("Market", "Decimal"). */
const MONTH_WORD =
  "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?(?![a-z])";
const COMMODITY = /^(?:商品名称|商品|品名|commodity|commodities|description|products?)$/i;
const UNIT = /^(?:计量单位|单位|unit|units|unit of quantity|measure)$/i;
const CHANGE = /±|%|比去年同期|同比|增减|change|growth|y\/y|yoy/i;
const QTY = /数量|quantity|qty|volume/i;
const VALUE = /金额|value|amount/i;
const CUMULATIVE = new RegExp(
  `累计|1\\s*[至\\-–~]\\s*\\d{1,2}\\s*月|(?<![\\d.,])1\\s*(?:-|–|~|to)\\s*\\d{1,2}(?!\\d)|\\b${MONTH_WORD}\\s*(?:to|-|–|through)\\s*${MONTH_WORD}|cumulative|year[- ]to[- ]date|\\bytd\\b`,
  "i",
);
/** A month's column: `10月`, `October`, `Oct.`, or the English edition's bare month number (`11`). */
const MONTHLY = new RegExp(`\\d{1,2}\\s*月|当月|\\bmonth\\b|\\b${MONTH_WORD}|^\\d{1,2}(?![\\d.,])`, "i");
/** Cells that hold no figure: the table prints a dash where a commodity had none. */
const NO_FIGURE = /^(?:|-|—|–|…|\.\.\.|\.\.|n\/?a|—+)$/i;
const GROUPED = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;

/** Mass units beyond those of the query platform: tables print bulk goods in ten thousands of tonnes. */
const TABLE_MASS: Record<string, number> = {
  万吨: 4,
  "10,000 tons": 4,
  "10 thousand tons": 4,
  "10,000 tonnes": 4,
};

/**
 * Read a published table's text: the figures of the commodities `names` gives a series.
 * @example readPublishedTable("t.csv", text, new Map([["稀土", "rare-earths"]]), null)
 */
export function readPublishedTable(
  file: string,
  text: string,
  names: ReadonlyMap<string, string>,
  flowGiven: Flow | null,
): ReadTable {
  const problems: FormatProblem[] = [];
  const out: ReadTable = { flow: null, preliminary: false, figures: [], passedOver: [], problems };
  const fail: Fail = (line, field, reason) => problems.push({ file, line, field, reason });
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
  const header = findHeader(lines);
  if (!header) {
    fail(1, "(header)", "a published customs table without a header row naming the commodity and its unit");
    return out;
  }
  const { index, delimiter, columns, bodyFrom, unitInName } = header;
  const titles = lines.slice(0, index);
  const region = regionNamed(titles, lines);
  if (region) {
    fail(
      region.line,
      "(title)",
      `a table of one region's trade (${region.name}), not China's: Lodestone stores the national tables only`,
    );
    return out;
  }
  out.preliminary = /初步|preliminary/i.test(text);
  out.flow = flowOf(titles.join(" ")) ?? flowGiven;
  if (!out.flow)
    fail(1, "(title)", "the title does not say exports or imports (出口, 进口): say which with --flow");
  // the English edition may name the month in the figure columns' headings only ("Nov. 2025")
  const when = monthOf(titles) ?? monthOf(columns.filter((c) => c.kind === "level").map((c) => c.name));
  if (!when) {
    fail(
      1,
      "(title)",
      "no year and month in the title lines or the column headings (expected e.g. 2025年10月, October 2025 or 10.2025)",
    );
    return out;
  }
  const periods = periodsOf(columns, when, fail, index + 1);
  const money = moneyOf(titles, columns);
  if (!money && columns.some((c) => c.kind === "level" && c.measure === "value")) {
    const c = columns.find((c) => c.kind === "level" && c.measure === "value")!;
    fail(index + 1, c.name, "the table does not state its money unit (单位：千美元, Unit: US$1,000)");
  }
  if (problems.length > 0) return out;
  for (let i = bodyFrom; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() === "" || isNoteLine(line, delimiter)) continue;
    const split = splitCsvLine(line, delimiter).map((c) => c.trim());
    if (split.every((c) => c === "")) continue;
    const cells = delimiter === ";" ? decimalCommas(i + 1, split, columns, fail) : split;
    const bracketed = unitInName ? NAME_AND_UNIT.exec(cells[0] ?? "") : null;
    const name = commodityName(bracketed ? bracketed[1]! : (cells[0] ?? ""));
    if (name === "") continue;
    const series = names.get(nameKey(name));
    if (!series) {
      out.passedOver.push(name);
      continue;
    }
    const unitCell = unitInName ? (bracketed?.[2]?.trim() ?? "") : (cells[1] ?? "");
    readRow(i + 1, cells, unitCell, series, columns, periods, money!, out, fail);
  }
  if (out.figures.length === 0 && problems.length === 0)
    fail(
      index + 1,
      columns[0]?.name ?? "(header)",
      `no commodity of this table is one Lodestone tracks (${[...new Set(names.keys())].slice(0, 4).join(", ")}, ...): ${out.passedOver.length} passed over`,
    );
  return out;
}

interface Header {
  index: number;
  delimiter: Delimiter;
  columns: Column[];
  bodyFrom: number;
  /** No unit column: each commodity's unit is in brackets after its name (`稀土(吨)`). */
  unitInName: boolean;
}

/** A commodity's name with its unit in brackets after it (`稀土(吨)`, `Rare earths (ton)`). */
const NAME_AND_UNIT = /^(.*?)\s*[(（]([^()（）]+)[)）]$/;

/** The header row (commodity and unit columns) among the first lines, with its sub-heading row. */
function findHeader(lines: string[]): Header | null {
  for (let index = 0; index < Math.min(lines.length, 12); index++)
    for (const delimiter of [",", "\t", ";"] as Delimiter[]) {
      const top = splitCsvLine(lines[index]!, delimiter).map((c) => c.trim());
      if (top.length < 3 || !COMMODITY.test(top[0]!)) continue;
      // without a unit column, the figures start in the second
      const unitInName = !UNIT.test(top[1]!);
      if (unitInName && !(QTY.test(top[1]!) || VALUE.test(top[1]!))) continue;
      const next = splitCsvLine(lines[index + 1] ?? "", delimiter).map((c) => c.trim());
      const sub = next[0] === "" && next.some((c) => QTY.test(c) || VALUE.test(c)) ? next : null;
      const columns = columnsOf(top, sub, unitInName ? 1 : 2);
      return { index, delimiter, columns, bodyFrom: index + (sub ? 2 : 1), unitInName };
    }
  return null;
}

/** Each figure column: the group heading over it (merged cells leave it on the first) and its own. */
function columnsOf(top: string[], sub: string[] | null, first: number): Column[] {
  const columns: Column[] = [];
  let group = "";
  const width = Math.max(top.length, sub?.length ?? 0);
  for (let index = first; index < width; index++) {
    if ((top[index] ?? "") !== "") group = top[index]!;
    const own = sub?.[index] ?? "";
    const name = [group, own].filter((s) => s !== "").join(" ");
    if (name === "") continue;
    const kind = CHANGE.test(name) ? "change" : "level";
    const measure = QTY.test(own || name) ? "qty" : VALUE.test(own || name) ? "value" : null;
    const dated = arabicDates(name);
    const scope = CUMULATIVE.test(dated) ? "cumulative" : MONTHLY.test(dated) ? "month" : null;
    columns.push({ index, name, kind, measure, scope });
  }
  return columns;
}

function flowOf(title: string): Flow | null {
  if (/进出口|exports? and imports?|imports? and exports?/i.test(title)) return null;
  if (/出口|\bexports?\b/i.test(title)) return "export";
  if (/进口|\bimports?\b/i.test(title)) return "import";
  return null;
}

interface Month {
  year: number;
  month: number;
  /** The release covers January and February together (1-2月). */
  janFeb: boolean;
}

/** The month the table is for, from its title lines. */
function monthOf(titles: string[]): Month | null {
  const t = titles.map(arabicDates).join(" ");
  const zh = /(\d{4})\s*年\s*(?:(1)\s*[至\-–~]\s*)?(\d{1,2})\s*月/.exec(t);
  if (zh) return month(Number(zh[1]), Number(zh[3]), zh[2] !== undefined);
  const word = new RegExp(`\\b(?:${MONTH_WORD}\\s*(?:-|–|to)\\s*)?${MONTH_WORD},?\\s+(\\d{4})\\b`, "i").exec(
    t,
  );
  if (word) {
    const m = MONTHS.indexOf(word[2]!.toLowerCase().slice(0, 3)) + 1;
    return month(Number(word[3]), m, word[1] !== undefined && m === 2);
  }
  const dotted = /\b(\d{1,2})[./](\d{4})\b/.exec(t) ?? /\b(\d{4})[./-](\d{1,2})\b/.exec(t);
  if (!dotted) return null;
  const [a, b] = [Number(dotted[1]), Number(dotted[2])];
  return a > 12 ? month(a, b, false) : month(b, a, false);
}

function month(year: number, m: number, janFeb: boolean): Month | null {
  if (m < 1 || m > 12 || year < 1990 || year > 2100) return null;
  return { year, month: m, janFeb: janFeb && m === 2 };
}

const ym = (year: number, m: number) => `${year}-${String(m).padStart(2, "0")}`;

/** The period of each scope, checked against the months the headings name. */
function periodsOf(columns: Column[], when: Month, fail: Fail, line: number): Record<Scope, string> {
  const month = when.janFeb ? `${ym(when.year, 1)}..${ym(when.year, 2)}` : ym(when.year, when.month);
  const cumulative =
    when.month === 1 ? ym(when.year, 1) : `${ym(when.year, 1)}..${ym(when.year, when.month)}`;
  for (const c of columns) {
    if (c.kind !== "level") continue;
    if (!c.scope) {
      fail(line, c.name, "a figure column that is neither the month nor the cumulative months");
      continue;
    }
    const named = monthNamed(arabicDates(c.name), c.scope);
    if (named !== null && named !== when.month && !(when.janFeb && c.scope === "month" && named === 2))
      fail(line, c.name, `the heading names month ${named}, the title ${ym(when.year, when.month)}`);
  }
  return { month, cumulative };
}

/** The (last) month a heading names: `10月`, `1至10月`, `October`, `Jan-Oct`; null when it names none. */
function monthNamed(heading: string, scope: Scope): number | null {
  const zh =
    scope === "cumulative"
      ? (/[至\-–~]\s*(\d{1,2})\s*月/.exec(heading) ??
        /(?<![\d.,])1\s*(?:-|–|~|to)\s*(\d{1,2})(?!\d)/.exec(heading))
      : (/(\d{1,2})\s*月/.exec(heading) ?? /^(\d{1,2})(?![\d.,])/.exec(heading));
  if (zh) return Number(zh[1]);
  const words = [...heading.matchAll(new RegExp(`\\b${MONTH_WORD}`, "gi"))];
  const last = words.at(-1);
  return last ? MONTHS.indexOf(last[1]!.toLowerCase().slice(0, 3)) + 1 : null;
}

/**
 * The money unit the title lines or the value columns' headings state; a scale anywhere wins over a
 * bare currency (a title "(美元值)" above a line "单位：千美元" is in thousands of dollars).
 */
function moneyOf(titles: string[], columns: Column[]): StatedMoney | null {
  const places = [...titles, ...columns.filter((c) => c.measure === "value").map((c) => c.name)];
  for (const wholeToo of [false, true])
    for (const place of places) {
      const money = moneyStated(place, wholeToo);
      if (money) return money;
    }
  return null;
}

/** A commodity's name without indentation, "of which" and footnote marks. */
function commodityName(cell: string): string {
  return cell
    .replace(/^(?:其中[:：]?|of which[:：]?)\s*/i, "")
    .replace(/\s*(?:[*＊†]+|\(\d\)|（\d）|[①-⑩])$/u, "")
    .trim();
}

/** Names compared without case, spaces or hyphens: `Rare-earths`, `rare earths`. */
export function nameKey(name: string): string {
  return name.toLowerCase().replace(/[\s\-‐–_]+/g, "");
}

function readRow(
  line: number,
  cells: string[],
  unitCell: string,
  series: string,
  columns: Column[],
  periods: Record<Scope, string>,
  money: StatedMoney,
  out: ReadTable,
  fail: Fail,
): void {
  const mass = massUnit(unitCell);
  const seen = new Set<string>();
  for (const c of columns) {
    if (c.kind !== "level" || !c.measure || !c.scope) continue;
    const printed = cells[c.index] ?? "";
    if (NO_FIGURE.test(printed)) continue;
    const number = plainNumber(printed);
    if (number === null || number.startsWith("-")) {
      fail(line, c.name, `not a figure: ${printed.slice(0, 40)}`);
      continue;
    }
    if (c.measure === "qty" && mass === null) {
      fail(
        line,
        "unit",
        `a quantity in ${unitCell || "no unit"}, not a mass Lodestone reads (吨, 千克, 万吨, Ton, Kilogram)`,
      );
      return;
    }
    const period = periods[c.scope];
    if (seen.has(`${c.measure} ${period}`)) continue;
    seen.add(`${c.measure} ${period}`);
    const shift = c.measure === "qty" ? mass! : money.shift;
    const decimals = number.split(".")[1]?.length ?? 0;
    out.figures.push({
      series,
      measure: c.measure,
      period,
      value: shiftDecimal(number, shift),
      unit: c.measure === "qty" ? "t" : money.unit,
      precision_unit: shiftDecimal("1", shift - decimals),
      original_value: printed,
      original_unit: c.measure === "qty" ? unitCell : money.shown,
      stated_yoy_pct: statedChange(line, cells, columns, c, fail),
    });
  }
}

/**
 * The figures of a table a spreadsheet set to decimal commas saved with semicolons (`5493,9`,
 * `5.493,9`, `-3,1`), with decimal points. A comma that may group thousands (`5,493`) cannot be
 * told from a decimal one there: a problem naming the cell.
 */
function decimalCommas(line: number, cells: string[], columns: Column[], fail: Fail): string[] {
  const out = [...cells];
  for (const c of columns) {
    const printed = cells[c.index] ?? "";
    const sign = /^[+-]/.test(printed) ? printed[0]! : "";
    const read = fromDecimalComma(printed.slice(sign.length));
    if (read === "ambiguous") {
      fail(
        line,
        c.name,
        `ambiguous in a file saved with semicolons: ${printed} may be ${printed.replace(",", ".")} with a decimal comma, or ${printed.replace(",", "")} with a thousands comma; write it without the comma`,
      );
    } else if (read !== null) out[c.index] = sign + read;
  }
  return out;
}

/** The power of ten from a printed mass unit to tonnes (any case), or null for a unit that is not a mass. */
function massUnit(unit: string): number | null {
  const table = TABLE_MASS[unit.trim().toLowerCase()];
  if (table !== undefined) return table;
  const u = officialQuantityUnit(unit);
  return u?.mass ? u.shift : null;
}

/** `4,912` or `4912.5` as a plain decimal; null when the cell is not a number. */
function plainNumber(cell: string): string | null {
  const text = cell.replace(/^\+/, "");
  if (GROUPED.test(text.replace(/^-/, ""))) return text.replace(/,/g, "");
  return isDecimal(text) ? text : null;
}

/** The change column for the same measure and scope, when the table has one. */
function statedChange(
  line: number,
  cells: string[],
  columns: Column[],
  level: Column,
  fail: Fail,
): string | null {
  const c = columns.find(
    (c) => c.kind === "change" && c.measure === level.measure && c.scope === level.scope,
  );
  const printed = (c && cells[c.index]) ?? "";
  if (!c || NO_FIGURE.test(printed)) return null;
  const text = printed.replace(/^\+/, "").replace(/%$/, "");
  if (isDecimal(text)) return text;
  fail(line, c.name, `not a percentage change: ${printed.slice(0, 40)}`);
  return null;
}
