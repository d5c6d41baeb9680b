// Years and months written in Chinese numerals in customs tables' titles and headings
// (二〇二五年十一月, 2025年十一月份, 一至十一月), rewritten in Arabic numerals so that one reading
// serves both.

const ZH_DIGITS = "〇一二三四五六七八九";
/** A month in Chinese numerals (`十一`), as a number. */
const zhNumber = (n: string): number =>
  n.startsWith("十") ? 10 + (n.length > 1 ? ZH_DIGITS.indexOf(n[1]!) : 0) : ZH_DIGITS.indexOf(n);

/**
 * A line with the years and months written in Chinese numerals in Arabic ones (`二〇二五年十一月`,
 * `2025年十一月份`, `一至十一月`: `2025年11月`, `2025年11月份`, `1至11月`), so that titles and
 * headings are read one way.
 */
export function arabicDates(line: string): string {
  if (!/[〇零一二三四五六七八九十]/.test(line)) return line;
  return line
    .replace(/[〇零一二三四五六七八九]{4}(?=\s*年)/g, (y) =>
      [...y].map((c) => String(c === "零" ? 0 : ZH_DIGITS.indexOf(c))).join(""),
    )
    .replace(
      /(?:十[一二]?|[一二三四五六七八九])(?=\s*(?:月|[至\-–~]\s*(?:\d{1,2}|十[一二]?|[一二三四五六七八九])\s*月))/g,
      (m) => String(zhNumber(m)),
    );
}
