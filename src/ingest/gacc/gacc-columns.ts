// The columns of China customs' online query platform downloads, in English and in Chinese mode.
// The platform's own spellings are kept as aliases (`Supplimentary` beside `Supplementary`); the
// header ends with a comma, so its last cell is empty. Partner, regime and location columns are
// optional: a file without partner columns holds world totals. A name may carry its unit in
// brackets (`人民币(元)`); one that states a scale of money (`US dollar (thousand)`) is noted. A
// quantity or money column marked cumulative (`US dollar (Jan-Nov)`, `累计美元`, `Cumulative first
// quantity`) holds the figures from January to the date of data: noted apart, never the month's.
import { bracketScale } from "./stated-scale.js";

export type GaccField =
  | "period"
  | "partner_code"
  | "partner"
  | "code"
  | "commodity"
  | "regime_code"
  | "regime"
  | "location_code"
  | "location"
  | "qty1"
  | "unit1"
  | "qty2"
  | "unit2"
  | "usd"
  | "cny"
  | "flow";

const ALIASES: Record<GaccField, string[]> = {
  period: ["date of data", "数据年月"],
  partner_code: ["trading partner code", "贸易伙伴编码"],
  partner: ["trading partner", "贸易伙伴名称", "贸易伙伴"],
  code: ["commodity code", "商品编码"],
  commodity: ["commodity", "商品名称"],
  regime_code: ["customs regime code", "贸易方式编码"],
  regime: ["customs regime", "贸易方式名称", "贸易方式"],
  location_code: [
    "locations of importers and exporters code",
    "location of importers and exporters code",
    "收发货人注册地编码",
    "注册地编码",
  ],
  location: [
    "locations of importers and exporters",
    "location of importers and exporters",
    "收发货人注册地名称",
    "注册地名称",
    "收发货人注册地",
  ],
  qty1: ["quantity", "first quantity", "第一数量"],
  unit1: ["unit", "first unit", "first unit of measurement", "第一计量单位"],
  qty2: ["supplimentary quantity", "supplementary quantity", "second quantity", "第二数量"],
  unit2: [
    "supplimentary unit",
    "supplementary unit",
    "second unit",
    "second unit of measurement",
    "第二计量单位",
  ],
  usd: ["us dollar", "us dollars", "usd", "美元"],
  cny: ["renminbi yuan", "renminbi", "rmb", "人民币"],
  flow: ["trade flow", "import or export", "import/export", "flow", "进出口", "进出口标志"],
};

const BY_ALIAS = new Map<string, GaccField>(
  (Object.entries(ALIASES) as [GaccField, string[]][]).flatMap(([field, names]) =>
    names.map((n) => [n, field] as const),
  ),
);

export interface GaccHeader {
  /** Cell index of each column found. */
  fields: Partial<Record<GaccField, number>>;
  /** The header text of each field, as the file names it (problems quote it). */
  names: Partial<Record<GaccField, string>>;
  language: "English" | "Chinese";
  /** Cells, the trailing empty one included. */
  columns: number;
  unknown: string[];
  /** The power of ten each money column's name states (`US dollar (thousand)`: 3), when it states one. */
  scales: Partial<Record<"usd" | "cny", number>>;
  /** Cell index of each column of figures from January to the date of data. */
  cumulative: Partial<Record<CumulativeField, number>>;
  /** Their header texts. */
  cumulativeNames: Partial<Record<CumulativeField, string>>;
  /** The month (1-12) a cumulative column's name says its span ends in (`Jan-Nov`: 11), when it says one. */
  cumulativeTo: number | null;
}

/** The figures a column may hold cumulated from January. */
export type CumulativeField = "qty1" | "qty2" | "usd" | "cny";
const CUMULABLE = new Set<GaccField>(["qty1", "qty2", "usd", "cny"]);

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
/**
 * A cumulative marker before a column's name (`累计美元`, `Cumulative US dollar`, `1至11月累计美元`),
 * with the month a span from January ends in captured.
 */
const CUMULATIVE_BEFORE =
  /^(?:累计|cumulative|year[- ]to[- ]date|ytd|(?:1|一)\s*[-–~至到]\s*(\d{1,2})\s*月\s*累计)\s*/i;
/** A marker of the month's own figures before a column's name (`当月美元`, `本月第一数量`). */
const MONTH_BEFORE = /^(?:当月|本月)\s*/;
/**
 * A cumulative marker in brackets after it: the words, or a span from January (`Jan-Nov`,
 * `Jan.-Nov. 2025`, `1-11月`, `1至11月累计`), whose last month is captured.
 */
const CUMULATIVE_BRACKET =
  /^(?:累计|cumulative|year[- ]to[- ]date|ytd|(?:1|一)\s*[-–~至到]\s*(\d{1,2})?[一二三四五六七八九十]*\s*月(?:累计)?|jan(?:uary)?\.?\s*[-–~]\s*([a-z]{3})[a-z]*\.?(?:\s*\d{4})?)$/i;

/**
 * A title line above the header saying the figures run from January (`Cumulative January-November
 * 2025`, `Jan.-Nov. 2025`, `2025年1-11月累计`, `year to date`), with the month its span ends in when
 * it names one; null for a title of one month (`November 2025`).
 */
export function cumulativeTitle(line: string): { to: number | null } | null {
  const digits = /(?:^|[^0-9])(?:1|一)\s*[-–~至到]\s*(\d{1,2})\s*月/.exec(line);
  if (digits) return { to: Number(digits[1]) };
  const named = /\bjan(?:uary)?\.?\s*(?:[-–~]|to|through)\s*([a-z]{3})[a-z]*\b/i.exec(line);
  const to = named ? spanEnd(undefined, named[1]) : null;
  if (to !== null) return { to };
  return /累计|\bcumulative\b|\byear[- ]to[- ]date\b|\bytd\b/i.test(line) ? { to: null } : null;
}

/** A month a cumulative marker's span ends in, from its captures, or null. */
function spanEnd(digits: string | undefined, month: string | undefined): number | null {
  if (digits) return Number(digits);
  const i = month ? MONTHS.indexOf(month.toLowerCase()) : -1;
  return i >= 0 ? i + 1 : null;
}

/** A name with a bracketed part at its end (`人民币(元)`, `US dollar (thousand)`): the two parts. */
const BRACKETED = /^(.*?)\s*[(（]([^()（）]*)[)）]$/;

interface FoundField {
  field: GaccField;
  /** The scale of money the name states, or null. */
  scale: number | null;
  /** Marked as figures from January: with the month its span ends in, if it names one. */
  cumulative: { to: number | null } | null;
}

/** The field a header cell names, the scale of money it states, and whether it is cumulative. */
function fieldOf(cell: string): FoundField | null {
  const text = cell.trim();
  const before = CUMULATIVE_BEFORE.exec(text);
  if (before && text.length > before[0].length) {
    const found = fieldOf(text.slice(before[0].length));
    if (found && !found.cumulative && CUMULABLE.has(found.field))
      return { ...found, cumulative: { to: before[1] ? Number(before[1]) : null } };
    return null;
  }
  const month = MONTH_BEFORE.exec(text);
  if (month && text.length > month[0].length) {
    const found = fieldOf(text.slice(month[0].length));
    return found && !found.cumulative && CUMULABLE.has(found.field) ? found : null;
  }
  const field = BY_ALIAS.get(normalise(text));
  if (field) return { field, scale: null, cumulative: null };
  const m = BRACKETED.exec(text);
  const base = m ? BY_ALIAS.get(normalise(m[1]!)) : undefined;
  if (!m || !base) return null;
  const span = CUMULATIVE_BRACKET.exec(m[2]!.trim());
  if (span)
    return CUMULABLE.has(base)
      ? { field: base, scale: null, cumulative: { to: spanEnd(span[1], span[2]) } }
      : null;
  return {
    field: base,
    scale: base === "usd" || base === "cny" ? bracketScale(m[2]!) : null,
    cumulative: null,
  };
}

function normalise(cell: string): string {
  return cell.trim().toLowerCase().replace(/\s+/g, " ");
}

/** Map header cells to fields; null when this is not a customs query-platform header. */
export function readGaccHeader(cells: string[]): GaccHeader | null {
  const fields: GaccHeader["fields"] = {};
  const names: GaccHeader["names"] = {};
  const unknown: string[] = [];
  const scales: GaccHeader["scales"] = {};
  const cumulative: GaccHeader["cumulative"] = {};
  const cumulativeNames: GaccHeader["cumulativeNames"] = {};
  let cumulativeTo: number | null = null;
  cells.forEach((cell, i) => {
    const found = fieldOf(cell);
    if (found?.cumulative) {
      const field = found.field as CumulativeField;
      if (cumulative[field] === undefined) {
        cumulative[field] = i;
        cumulativeNames[field] = cell.trim();
        cumulativeTo ??= found.cumulative.to;
      } else unknown.push(cell);
    } else if (found && fields[found.field] === undefined) {
      fields[found.field] = i;
      names[found.field] = cell.trim();
      if (found.scale !== null && (found.field === "usd" || found.field === "cny"))
        scales[found.field] = found.scale;
    } else if (normalise(cell) !== "") unknown.push(cell);
  });
  if (fields.code === undefined) return null;
  // without its date column, a download is still one when it has its quantity, unit and money
  // columns: refused for the missing column, rather than as a file of no known format
  const money = fields.usd ?? fields.cny ?? cumulative.usd ?? cumulative.cny;
  if (fields.period === undefined && [fields.qty1, fields.unit1, money].includes(undefined)) return null;
  const language = /[\u4e00-\u9fff]/.test(names.period ?? names.code ?? "") ? "Chinese" : "English";
  return {
    fields,
    names,
    language,
    columns: cells.length,
    unknown,
    scales,
    cumulative,
    cumulativeNames,
    cumulativeTo,
  };
}

/** Required columns missing from a recognised header. */
export function missingGaccColumns(h: GaccHeader): string[] {
  const missing: string[] = [];
  const want = (field: GaccField, english: string, chinese: string) => {
    if (h.fields[field] === undefined) missing.push(h.language === "Chinese" ? chinese : english);
  };
  want("period", "Date of data", "数据年月");
  if (h.cumulative.qty1 === undefined) want("qty1", "Quantity", "第一数量");
  want("unit1", "Unit", "第一计量单位");
  const money = [h.fields.usd, h.fields.cny, h.cumulative.usd, h.cumulative.cny];
  if (money.every((i) => i === undefined))
    missing.push(h.language === "Chinese" ? "美元 or 人民币" : "US dollar or Renminbi Yuan");
  return missing;
}

/** Export or import from a flow cell's words, in either language. */
export const FLOW_WORDS: Record<string, "export" | "import"> = {
  export: "export",
  exports: "export",
  x: "export",
  e: "export",
  出口: "export",
  import: "import",
  imports: "import",
  m: "import",
  i: "import",
  进口: "import",
};

/** A flow read off a file name (`...export...`, `...出口...`), or null. */
export function flowFromName(path: string): "export" | "import" | null {
  const name = path.split(/[\\/]/).pop()!.toLowerCase();
  const exp = /export|出口/.test(name);
  const imp = /import|进口/.test(name);
  return exp === imp ? null : exp ? "export" : "import";
}
