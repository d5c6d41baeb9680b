// The columns of China customs' online query platform downloads, in English and in Chinese mode.
// The platform's own spellings are kept as aliases (`Supplimentary` beside `Supplementary`); the
// header ends with a comma, so its last cell is empty. Partner, regime and location columns are
// optional: a file without partner columns holds world totals. A name may carry its unit in
// brackets (`人民币(元)`); one that states a scale of money (`US dollar (thousand)`) is noted.
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
  unit1: ["unit", "first unit", "第一计量单位"],
  qty2: ["supplimentary quantity", "supplementary quantity", "second quantity", "第二数量"],
  unit2: ["supplimentary unit", "supplementary unit", "second unit", "第二计量单位"],
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
}

/** A name with a bracketed part at its end (`人民币(元)`, `US dollar (thousand)`): the two parts. */
const BRACKETED = /^(.*?)\s*[(（]([^()（）]*)[)）]$/;

/** The field a header cell names, and the scale of money it states (null for none). */
function fieldOf(cell: string): { field: GaccField; scale: number | null } | null {
  const field = BY_ALIAS.get(normalise(cell));
  if (field) return { field, scale: null };
  const m = BRACKETED.exec(cell.trim());
  const base = m ? BY_ALIAS.get(normalise(m[1]!)) : undefined;
  if (!m || !base) return null;
  return { field: base, scale: base === "usd" || base === "cny" ? bracketScale(m[2]!) : null };
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
  cells.forEach((cell, i) => {
    const found = fieldOf(cell);
    if (found && fields[found.field] === undefined) {
      fields[found.field] = i;
      names[found.field] = cell.trim();
      if (found.scale !== null && (found.field === "usd" || found.field === "cny"))
        scales[found.field] = found.scale;
    } else if (normalise(cell) !== "") unknown.push(cell);
  });
  if (fields.period === undefined || fields.code === undefined) return null;
  const language = /[\u4e00-\u9fff]/.test(names.period ?? "") ? "Chinese" : "English";
  return { fields, names, language, columns: cells.length, unknown, scales };
}

/** Required columns missing from a recognised header. */
export function missingGaccColumns(h: GaccHeader): string[] {
  const missing: string[] = [];
  const want = (field: GaccField, english: string, chinese: string) => {
    if (h.fields[field] === undefined) missing.push(h.language === "Chinese" ? chinese : english);
  };
  want("qty1", "Quantity", "第一数量");
  want("unit1", "Unit", "第一计量单位");
  if (h.fields.usd === undefined && h.fields.cny === undefined)
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
