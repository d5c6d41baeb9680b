// The dates of the messages in a pasted e-mail thread or digest. A reply quotes or forwards older
// messages, each under its own header ("From: ...", "Sent: Thursday, November 20, 2025 8:10 AM",
// "Subject: ..."), and what a message calls "last month" is the month before it was sent, not the
// month before the thread was pasted. Only a "Date:" or "Sent:" line with a full date, next to
// another header line ("From:", "To:", "Subject:"), or a reply's "On Nov 20, 2025, Ben wrote:" line
// counts; it dates the text after it up to the next such line.

import { allMatches } from "./all-matches.js";
import { MONTHS } from "./lexicon.js";

/**
 * A full date after an optional weekday: "Thursday, November 20, 2025" (groups 1-3), "Thu, 20 Nov
 * 2025" (4-6), "2025-11-20" (7-9), as `dateOf` reads them.
 */
const WEEKDAY_DATE = String.raw`(?:[A-Z][a-z]{2,8}\.?,?[ \t]+)?(?:([A-Z][a-z]{2,8})\.?[ \t]+(\d{1,2}),?[ \t]+((?:19|20)\d{2})|(\d{1,2})[ \t]+([A-Z][a-z]{2,8})\.?,?[ \t]+((?:19|20)\d{2})|((?:19|20)\d{2})-(\d{2})-(\d{2}))`;
/** A message's date line: "Sent: Thursday, November 20, 2025 8:10 AM", "Date: Thu, 20 Nov 2025 08:10:00 +0000". */
const DATE_LINE = new RegExp(
  String.raw`^[ \t>]*(?:\*\*)?(?:Date|Sent)(?:\*\*)?[ \t]*:[ \t]*(?:\*\*)?[ \t]*${WEEKDAY_DATE}\b[^\n]*$`,
  "gm",
);
/** A reply's line over the message it quotes: "On Thu, Nov 20, 2025 at 8:10 AM Ben <b@example.com> wrote:". */
const WROTE_LINE = new RegExp(String.raw`^[ \t>]*On[ \t]+${WEEKDAY_DATE}\b[^\n]{0,160}\bwrote:[ \t]*$`, "gm");
/** The quoted lines right under a reply's "wrote:" line. */
const QUOTED_LINES = /^(?:\n[ \t]*>[^\n]*)+/;
/** Another line of a message's header. */
const HEADER_LINE = /^[ \t>]*(?:\*\*)?(?:From|To|Cc|Subject)(?:\*\*)?[ \t]*:/m;

/**
 * Where a message's date takes effect in the text, and the date (`YYYY-MM-DD`); `end`, for a quoted
 * message, where its quoted lines end (a reply written under the quote is the newer message's).
 */
export interface MailDate {
  at: number;
  end?: number;
  date: string;
}

/**
 * The date lines of the messages in `text`, in order; none for a text without a message header.
 * @example mailDates("From: Ben\nSent: Thursday, November 20, 2025 8:10 AM\n\nExports ...")[0]?.date // "2025-11-20"
 */
export function mailDates(text: string): MailDate[] {
  const out: MailDate[] = [];
  if (/\bwrote:/.test(text))
    for (const m of allMatches(WROTE_LINE, text)) {
      const date = dateOf(m);
      const quoted = QUOTED_LINES.exec(text.slice(m.index + m[0].length));
      const end = quoted === null ? {} : { end: m.index + m[0].length + quoted[0].length };
      if (date !== null) out.push({ at: m.index, ...end, date });
    }
  if (!/(?:Date|Sent)(?:\*\*)?[ \t]*:/.test(text) || !HEADER_LINE.test(text)) return out;
  for (const m of allMatches(DATE_LINE, text)) {
    // the three lines before it and the three after
    const before = text
      .slice(Math.max(0, m.index - 400), m.index)
      .split("\n")
      .slice(-4);
    const after = text
      .slice(m.index + m[0].length, m.index + m[0].length + 400)
      .split("\n")
      .slice(1, 4);
    if (!HEADER_LINE.test([...before, ...after].join("\n"))) continue;
    const date = dateOf(m);
    if (date !== null) out.push({ at: m.index, date });
  }
  return out.sort((a, b) => a.at - b.at);
}

/**
 * The date of the message that `at` falls in: that of the last date line before it whose message
 * it is in, or null (the text's own date).
 */
export function mailDateAt(dates: readonly MailDate[], at: number): string | null {
  let out: string | null = null;
  for (const d of dates) {
    if (d.at > at) break;
    if (d.end === undefined || at < d.end) out = d.date;
  }
  return out;
}

function dateOf(m: RegExpExecArray): string | null {
  const [year, month, day] =
    m[3] !== undefined
      ? [Number(m[3]), MONTHS[(m[1] as string).toLowerCase()], Number(m[2])]
      : m[6] !== undefined
        ? [Number(m[6]), MONTHS[(m[5] as string).toLowerCase()], Number(m[4])]
        : [Number(m[7]), Number(m[8]), Number(m[9])];
  if (month === undefined || !(month >= 1 && month <= 12) || !(day >= 1 && day <= 31)) return null;
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}
