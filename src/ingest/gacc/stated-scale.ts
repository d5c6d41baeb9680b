// Money in thousands, ten thousands or more of dollars or yuan. The query platform's downloads give
// whole US dollars or yuan; a table copied from a published release, or a download someone rescaled
// in a spreadsheet, states its scale in a line above the header ("Unit: US$1,000", 单位：千美元) or
// in the money column's name ("US dollar (thousand)", 人民币(万元)). Read as they are, such values
// would be stored a thousand times too small, so the scale is read and the values shifted by it.

/** A money unit as a file states it: the currency, the power of ten its figures are in, and the words. */
export interface StatedMoney {
  unit: "USD" | "CNY";
  /** 3 for thousands, 4 for ten thousands, 0 for whole units. */
  shift: number;
  /** How the file names it (`千美元`, `US$1,000`). */
  shown: string;
}

/** Money units as titles and headers state them, most specific first; whole units last. */
const MONEY: [RegExp, "USD" | "CNY", number][] = [
  [/亿美元|(?:us\s?\$|usd)\s*(?:100\s*million|billion|bn)\b/i, "USD", 8],
  [/百万美元|(?:us\s?\$|usd)\s*(?:1,?000,?000|million|mn)\b|millions? (?:of )?(?:us )?dollars/i, "USD", 6],
  [/万美元|(?:us\s?\$|usd)\s*10,?000\b|ten thousand (?:us )?dollars/i, "USD", 4],
  [
    /千美元|(?:us\s?\$|usd)\s*(?:1,?000|'000|thousands?)\b|thousands? (?:of )?(?:us )?dollars|\(\s*thousand\s*\)/i,
    "USD",
    3,
  ],
  [/亿元|(?:rmb|cny|yuan)\s*100\s*million|100 million yuan/i, "CNY", 8],
  [/万元|(?:rmb|cny)\s*10,?000|10,?000\s*yuan|ten thousand yuan|(?:rmb|cny)\s*10\s*thousand/i, "CNY", 4],
  [/千元|(?:rmb|cny)\s*(?:1,?000|thousands?)\b|thousand yuan/i, "CNY", 3],
  [/美元|us\s?dollars?|\busd\b|us\s?\$/i, "USD", 0],
  [/人民币|元|yuan|\brmb\b|\bcny\b/i, "CNY", 0],
];

/** A scale alone, as a money column's bracket gives it after the currency (`US dollar (thousand)`, `美元（千）`). */
const BARE_SCALE: [RegExp, number][] = [
  [/^(?:亿|100 million|billions?|bn)$/i, 8],
  [/^(?:百万|millions?|mn|1,?000,?000)$/i, 6],
  [/^(?:万|ten thousands?|10,?000)$/i, 4],
  [/^(?:千|thousands?|'000|1,?000)$/i, 3],
];

/**
 * The money unit `text` states, scale and currency, or null. `wholeToo` also finds a currency named
 * without a scale (a title's "(美元值)"), which states whole units.
 * @example moneyStated("Unit: US$1,000") // { unit: "USD", shift: 3, shown: "US$1,000" }
 */
export function moneyStated(text: string, wholeToo = false): StatedMoney | null {
  for (const [re, unit, shift] of MONEY) {
    if (shift === 0 && !wholeToo) break;
    const m = re.exec(text);
    if (m) return { unit, shift, shown: m[0] };
  }
  return null;
}

/**
 * The power of ten the bracketed part of a money column's name states (`thousand`, `千美元`,
 * `万元`), or null when it states none (`元`, `USD`).
 * @example bracketScale("thousand") // 3
 */
export function bracketScale(inBrackets: string): number | null {
  const t = inBrackets.trim();
  for (const [re, shift] of BARE_SCALE) if (re.test(t)) return shift;
  return moneyStated(t)?.shift ?? null;
}
