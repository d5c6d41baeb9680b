// China customs' published monthly tables ("exports of major commodities", 主要出口商品量值表):
// month and cumulative columns (当月/累计), quantity and value side by side, percentage changes,
// title and note lines around a header of two rows. They are not read: their commodities have no
// codes to tell series apart, and their figures are rounded to thousands of dollars or tonnes of
// ten thousand. Recognised, they are refused with what to download instead.
import type { FileHead } from "./file-head.js";

/** A title or header of a published table, in Chinese or English. */
const TABLE =
  /量值表|主要(?:出口|进口|进出口)?商品|当月|累计|比去年同期|同比±|(?:exports?|imports?) of (?:major|selected) commodities|percentage change|january\s*(?:to|-)\s*\w+|\bjan\s*-\s*\w{3}\b/i;

/** True when the first lines of a file read as a published customs table. */
export function isPublishedTable(head: FileHead): boolean {
  const lines = head.text.split(/\r?\n/, 8);
  return lines.filter((l) => TABLE.test(l)).length >= 2;
}

/** Why such a file is refused, and what to do. */
export const PUBLISHED_TABLE_REASON =
  "a published customs table (month and cumulative columns, commodities without codes, figures rounded to thousands): " +
  "not read; download the figures by commodity code from the customs query platform (online query, 数据在线查询), or from UN Comtrade";
