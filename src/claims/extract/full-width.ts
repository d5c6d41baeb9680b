// Figures in full-width forms, as Japanese newspapers and some Chinese pages set them: "５５７７トン",
// "前年同月比５．７％増", "＋１２．４％", "５，５７７トン". They are the ASCII digits and signs in another
// face, so they are read as such. Each is one character for one, so offsets stay where they were.
// A full-width comma is also the Chinese clause comma ("582吨，环比"), so it is read as a thousands
// separator only between full-width digits, as a page that sets its digits in full width writes it;
// a full-width stop likewise only between digits.

/** Full-width digits, percent and Latin letters: always their ASCII twins. */
const ALWAYS = /[０-９％Ａ-Ｚａ-ｚ]/g;
/** A sign before a digit, or a comma or stop between full-width digits. */
const BETWEEN = /[＋－](?=[0-9０-９])|(?<=[０-９])[，．](?=[０-９])/g;

const ascii = (c: string) => String.fromCharCode((c.codePointAt(0) as number) - 0xfee0);

/**
 * `text` with its full-width figures in ASCII, of the same length.
 * @example halfWidthFigures("５．７％増") // "5.7%増"
 */
export function halfWidthFigures(text: string): string {
  if (!/[\uff01-\uff5e]/.test(text)) return text;
  return text.replace(BETWEEN, ascii).replace(ALWAYS, ascii);
}
