// A page's market strip or price board, as news sites, newsletters and terminals set one above or
// beside the story: "Gold 4,311.20 +0.4%   Brent 61.47 -0.8%   USD/CNY 7.0412", "NdPr oxide 562,500
// yuan/t ▲1.2%", "Rare earths close: NdPr oxide 562,500 (+1.2%) | Dy oxide 1,650 (-0.6%)". Its
// figures are prices and index levels, each with its day's move: none is a trade figure, and read as
// the story's they would be a product's change with no period. The reader leaves such a line out,
// blanked, one character for one: a line of two items or more, each a name and a level (a price per
// unit, "yuan/t", or none) with its move or without, one move at least; or one such item priced per
// unit with its move. An item with a tonnage ("Magnet exports (Nov) 6,150 t ▲12.4%") is a statement
// of the figures, and its line stays.

import { findPartner, findSeries } from "./subjects.js";

/** A name, a level with a price's unit or none, and a move: "Brent 61.47 -0.8%", "Dy oxide 1,650 yuan/kg ▼0.6%". */
const ITEM = new RegExp(
  String.raw`^(?:[^:\d]{1,30}:[ \t]*)?\p{L}[\p{L}\p{N}&/().'’ -]{0,30}?[ \t]+` +
    String.raw`(?:[A-Z]{0,3}[$€£¥₹])?\d[\d,.]*(?<per>[ \t]?[A-Za-z$€¥]{1,6}/[A-Za-z]{1,6})?` +
    String.raw`(?<move>[ \t]*(?:[▲▼△▽↑↓][ \t]?|[+\-−–])\d[\d.]*%|[ \t]*\([+\-−–]\d[\d.]*%\))?$`,
  "u",
);

/** Where one item of a strip ends and the next begins: a wide gap, a bar, a middle dot or a bullet. */
const BETWEEN = /[ \t]{3,}|[ \t]+[|·•][ \t]+/;

/**
 * `text` with each line of a market strip or price board blanked, one character for one.
 * @example blankMarketStrips("Gold 4,311.20 +0.4%   Brent 61.47 -0.8%\nExports rose.") // "                                       \nExports rose."
 */
export function blankMarketStrips(text: string): string {
  if (!text.includes("%") || !/[ \t]{3}|[|·•▲▼△▽↑↓]/.test(text)) return text;
  let out: string | null = null;
  let at = 0;
  for (const line of text.split("\n")) {
    if (line.length <= 300 && line.includes("%") && isStrip(line)) {
      out ??= text;
      out = out.slice(0, at) + " ".repeat(line.length) + out.slice(at + line.length);
    }
    at += line.length + 1;
  }
  return out ?? text;
}

/** Words that mark a line's figures as prices or quotes. */
const PRICED = /[$€£¥₹/]|\b(?:close[ds]?|prices?|spot|FOB|CIF|index)\b/i;

/** True for a line of a market strip or price board. */
function isStrip(line: string): boolean {
  const items = line.trim().split(BETWEEN);
  const read = items.map((i) => ITEM.exec(i));
  if (read.some((m) => m === null)) return false;
  const moves = read.filter((m) => m?.groups?.["move"] !== undefined).length;
  if (items.length === 1) return moves === 1 && read[0]?.groups?.["per"] !== undefined;
  // "Germany 1,118 +5%   Japan 305 +35%": items that name destinations or products, and no price,
  // are a strip of the trade figures themselves
  if (!PRICED.test(line) && (findPartner(line) !== null || findSeries(line).length > 0)) return false;
  return moves >= 1;
}
