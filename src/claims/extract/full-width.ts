// Figures in full-width forms, as Japanese newspapers and some Chinese pages set them: "５５７７トン",
// "前年同月比５．７％増", "＋１２．４％", "５，５７７トン". They are the ASCII digits and signs in another
// face, so they are read as such. Each is one character for one, so offsets stay where they were.
// A full-width comma is also the Chinese clause comma ("582吨，环比"), so it is read as a thousands
// separator only between full-width digits, as a page that sets its digits in full width writes it.
// A decimal point may be set as a full-width stop ("5．7％"), a small stop ("５﹒７％") or, in Japanese
// papers, a middle dot ("７５・５％増", "約2・6倍"); the dot also joins two months ("4・5月"), so it is
// a decimal point only before the digits of a percentage, a multiple or a quantity.

/** Full-width digits, percent and Latin letters: always their ASCII twins. */
const ALWAYS = /[０-９％Ａ-Ｚａ-ｚ]/g;
/** A sign before a digit, a comma between full-width digits, a stop between any digits. */
const BETWEEN = /[＋－](?=[0-9０-９])|(?<=[０-９])，(?=[０-９])|(?<=[0-9０-９])[．﹒](?=[0-9０-９])/g;
/** A middle dot as the decimal point of a percentage, multiple or quantity: "７５・５％", "2・6倍". */
const MIDDLE_DOT =
  /(?<=[0-9０-９])・(?=[0-9０-９]{1,3}\s?(?:[%％倍万萬億亿]|ポイント|トン|キロ|t(?![A-Za-z])))/g;

const ascii = (c: string) => (c === "﹒" ? "." : String.fromCharCode((c.codePointAt(0) as number) - 0xfee0));

/**
 * `text` with its full-width figures in ASCII, of the same length.
 * @example halfWidthFigures("５．７％増") // "5.7%増"
 */
export function halfWidthFigures(text: string): string {
  if (!/[\uff01-\uff5e﹒・]/.test(text)) return text;
  return text.replace(BETWEEN, ascii).replace(MIDDLE_DOT, ".").replace(ALWAYS, ascii);
}
