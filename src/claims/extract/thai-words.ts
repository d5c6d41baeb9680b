// Thai trade news read through its English words: "ในปี 2568 จีนส่งออกแร่หายาก 62,585 ตัน เพิ่มขึ้น
// 12.9% เมื่อเทียบกับปีก่อนหน้า" says what "in 2025 China exported rare earths 62,585 tonnes, up 12.9%
// from a year earlier" says. The reading copy (reading-copy.ts) puts these words in place of the Thai
// ones, as it does for Turkish (turkish-words.ts); claims are still quoted as written. Thai sets no
// space between words, so its rules match inside a run of letters, and each English word is set apart
// by spaces where Thai letters touch it; a line that ends on such a word ends its sentence. Thai counts years in the Buddhist era (2568 is 2025; "ต.ค. 68"
// is October 2025), may write its own digits ("๖,๑๕๐"), and writes figures as English does ("62,585",
// "12.9%"). A word the glossary does not hold is left as it is, and no figure in a Thai sentence is
// checked against data with certainty (cautions.ts counts its letters as another script's).

import { glossary, type Gloss, type Rule } from "./glossary.js";

/** Thai letters, and the trade words a text about exports writes: only a text with both is read. */
const THAI_LETTER = /[\u0e01-\u0e4f]/u;
const THAI_TRADE = /ส่งออก|แร่หายาก|แร่ธาตุหายาก|แรร์เอิร์ธ|แม่เหล็ก/u;

/** A figure in Arabic or Thai digits: "62,585", "12.9", "๖,๑๕๐". */
const D = "[0-9\u0e50-\u0e59]";
const NUM = `${D}{1,3}(?:,${D}{3})+(?:\\.${D}{1,4})?|${D}+(?:\\.${D}{1,4})?`;
/** The figure in Arabic digits. */
const ascii = (s: string) => s.replace(/[\u0e50-\u0e59]/gu, (d) => String(d.charCodeAt(0) - 0x0e50));

const MONTHS: Array<[string, string, string]> = [
  ["มกราคม", "ม\\.ค\\.", "January"],
  ["กุมภาพันธ์", "ก\\.พ\\.", "February"],
  ["มีนาคม", "มี\\.ค\\.", "March"],
  ["เมษายน", "เม\\.ย\\.", "April"],
  ["พฤษภาคม", "พ\\.ค\\.", "May"],
  ["มิถุนายน", "มิ\\.ย\\.", "June"],
  ["กรกฎาคม", "ก\\.ค\\.", "July"],
  ["สิงหาคม", "ส\\.ค\\.", "August"],
  ["กันยายน", "ก\\.ย\\.", "September"],
  ["ตุลาคม", "ต\\.ค\\.", "October"],
  ["พฤศจิกายน", "พ\\.ย\\.", "November"],
  ["ธันวาคม", "ธ\\.ค\\.", "December"],
];
/** A month written in full or short ("ตุลาคม", "ต.ค."), the full names first. */
const MONTH = `(${MONTHS.map(([m]) => m).join("|")}|${MONTHS.map(([, s]) => s).join("|")})`;
function monthOf(word: string): string {
  return MONTHS.find(([m, s]) => m === word || new RegExp(`^${s}$`, "u").test(word))?.[2] ?? word;
}
/** A Buddhist-era year in the common era: "2568" -> "2025", "68" -> "2025". */
const commonEra = (be: string) => {
  const n = Number(ascii(be));
  return String(n < 100 ? n + 2500 - 543 : n - 543);
};
const BE_YEAR = `((?:25)?${D}{2})`;

const PLACES: Array<[string, string]> = [
  ["สหรัฐ(?:อเมริกา|ฯ)?", "the US"],
  ["เยอรมนี", "Germany"],
  ["ญี่ปุ่น", "Japan"],
  ["เกาหลีใต้", "South Korea"],
  ["เวียดนาม", "Vietnam"],
  ["อินเดีย", "India"],
  ["สหภาพยุโรป|อียู", "the EU"],
];

const UP = "เพิ่มขึ้น|สูงขึ้น|พุ่งขึ้น|พุ่ง|ขยายตัว";
const DOWN = "ลดลง|ร่วงลง|ลดต่ำลง|หดตัว|ดิ่งลง";

/** Phrases first, then words; where two rules match the same words, the first wins. */
const RULES: Rule[] = [
  // changes with their size: "เพิ่มขึ้น 12.9%" (up 12.9%), "ลดลง 20%" (down 20%)
  [`(?:${UP})\\s?(${NUM})\\s?(?:%|เปอร์เซ็นต์)`, (g) => `up ${ascii(g[0] ?? "")}%`],
  [`(?:${DOWN})\\s?(${NUM})\\s?(?:%|เปอร์เซ็นต์)`, (g) => `down ${ascii(g[0] ?? "")}%`],
  [`ร้อยละ\\s?(${NUM})`, (g) => `${ascii(g[0] ?? "")}%`],
  [`(${NUM})\\s?(?:%|เปอร์เซ็นต์)`, (g) => `${ascii(g[0] ?? "")}%`],
  // figures: "62,585 ตัน", "6,150 เมตริกตัน"
  [`(${NUM})\\s?(?:เมตริก)?ตัน`, (g) => `${ascii(g[0] ?? "")} tonnes`],
  // bases: "เมื่อเทียบกับปีก่อนหน้า" (from a year earlier), "จากเดือนพฤศจิกายน" (from November),
  // "ในเดือนธันวาคมปีก่อนหน้า" (in December a year earlier)
  [
    "(?:เมื่อเทียบกับ|เทียบกับ|จาก)(?:ช่วงเดียวกันของ)?(?:ปีก่อนหน้า|ปีก่อน|ปีที่แล้ว)|เมื่อเทียบเป็นรายปี|เมื่อเทียบรายปี",
    () => "from a year earlier",
  ],
  ["(?:เมื่อเทียบกับ|เทียบกับ|จาก)เดือน(?:ก่อนหน้า|ก่อน|ที่แล้ว)|เมื่อเทียบเป็นรายเดือน", () => "from the previous month"],
  [`(?:ใน)?เดือน${MONTH}(?:ของ)?ปี(?:ก่อนหน้า|ก่อน|ที่แล้ว)`, (g) => `in ${monthOf(g[0] ?? "")} a year earlier`],
  [`(?:เมื่อเทียบกับ|เทียบกับ|จาก)(?:เดือน)?${MONTH}`, (g) => `from ${monthOf(g[0] ?? "")}`],
  // periods: "ในปี 2568" (in 2025), "เดือนธันวาคม" (December), "ต.ค. 68" (October 2025)
  [`(?:ใน|ตลอด)?ปี\\s?(?:พ\\.ศ\\.\\s?)?(25${D}{2})`, (g) => `in ${commonEra(g[0] ?? "")}`],
  [`${MONTH}\\s?${BE_YEAR}(?!${D})`, (g) => `${monthOf(g[0] ?? "")} ${commonEra(g[1] ?? "")}`],
  [`(?:สำหรับ|ใน)?เดือน${MONTH}`, (g) => `in ${monthOf(g[0] ?? "")}`],
  [MONTH, (g) => monthOf(g[0] ?? "")],
  // products and flows: the magnets before the rare earths they are named after
  ["แม่เหล็ก(?:ถาวร)?(?:แรร์เอิร์ธ|จากแร่หายาก|แร่หายาก|แร่ธาตุหายาก)|แม่เหล็กถาวร", () => "rare-earth magnets"],
  ["แร่(?:ธาตุ)?หายาก|แรร์เอิร์ธ", () => "rare earths"],
  ["การส่งออก", () => "exports"],
  ["ส่งออก", () => "exported"],
  ["สำนักงานศุลกากร(?:แห่ง)?จีน|กรมศุลกากรจีน", () => "China's customs"],
  ["จีน", () => "China"],
  ...PLACES.map(([p, en]): Rule => [`(?:ไป(?:ยัง)?|สู่)${p}`, () => `to ${en}`]),
  ...PLACES.map(([p, en]): Rule => [p, () => en]),
  // the grammar words a sentence needs to be read
  ["ไตรมาสแรก", () => "the first quarter"],
  ["รวมทั้งสิ้น|รวม", () => "totalling"],
  ["อยู่ที่", () => "stood at"],
  ["รายงานว่า", () => "reported that"],
  ["นักวิเคราะห์คาดว่า", () => "analysts expect"],
  ["คาดว่า", () => "expected"],
  ["สูงสุด", () => "the highest"],
  ["ต่ำสุด", () => "the lowest"],
  ["แต่", () => "but"],
  ["และ", () => "and"],
  ["ส่วน", () => "meanwhile"],
];

const THAI = /[\u0e01-\u0e5b]/u;
/** Where a rule can start: a Thai letter or digit, or a figure that does not go on from one before it. */
const RULE_START = /(?<![\d\u0e50-\u0e59.,])[\u0e01-\u0e5b0-9]/gu;
const glosses = glossary(RULES, RULE_START, THAI_LETTER, false);

/** Whether a text is written in Thai: Thai letters and its words for exports or the goods. */
export const thaiText = (text: string): boolean => THAI_LETTER.test(text) && THAI_TRADE.test(text);

/**
 * The English words to read in place of a text's Thai ones, left to right, each set apart by spaces
 * from Thai letters it touches; none for a text not written in Thai (`whole`: the text is known to
 * be, and this is one of its sentences).
 * @example thaiGlosses("จีนส่งออกแร่หายาก 4,392 ตัน").map((g) => g.word) // [" China ", " exported ", " rare earths ", "4,392 tonnes"]
 */
export function thaiGlosses(text: string, whole = false): Gloss[] {
  if (!whole && !thaiText(text)) return [];
  return glosses(text).map((g) => {
    const next = text[g.index + g.length] ?? "";
    const before = THAI.test(text[g.index - 1] ?? "") ? " " : "";
    // Thai ends a sentence with a space or a line's end, not a stop: a line that ends on the words
    // ends its sentence there
    const after = THAI.test(next) ? " " : next === "\n" || next === "\r" ? "." : "";
    return { ...g, word: `${before}${g.word}${after}` };
  });
}
