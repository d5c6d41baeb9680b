// A month named only to compare with: "compared with 2,400 t in May", "Still well under January's
// 6,357 t", "For comparison, in June shipments were 3,188 t", "By contrast, May saw 1,238 t". It
// dates the figure set against, not what the text goes on to speak of: the month named before it (or
// none) carries on to the next sentence, and the comparison month is only another reading there.

import { latin1Stub } from "./all-matches.js";
import type { PeriodMention } from "./periods.js";

/**
 * A sentence that opens by stepping aside to compare: "For comparison,", "By contrast,", "Back in
 * May,", or one that names the only month ahead of the text's ("Only January (6,357 t) was bigger.",
 * "Only January's 6,356 tons was higher", "Just January 2025 came in higher", "Only January did better").
 */
const COMPARISON_LEAD =
  /^\W*(?:\d{1,2}\/\d{1,2}\s+)?(?:(?:for|by)\s(?:way\sof\s)?comparison|by\scontrast|in\scontrast|(?:that|this)\scompares\s(?:with|to)|compare\s(?:that|this)\s(?:with|to)|compared\s(?:with|to)|set\sagainst|against\sthat|back\sin|(?:only|just)\s(?:in\s)?[A-Z][a-z]+(?:\s(?:19|20)\d{2})?(?:['’]s)?(?:\s\([^()]{0,30}\))?\s(?:[^.;:!?]{0,40}?\s)?(?:(?:was|were|had\sbeen|came\sin|stood|ran)\s(?:any\s|even\s|still\s)?(?:bigger|higher|larger|stronger|greater|busier|lower|smaller|weaker)|did\s(?:any\s|even\s)?(?:better|more|worse)|fared\s(?:better|worse)|(?:beat|topped|exceeded|surpassed|bettered)\s(?:it|that|this|them))|(?:still|yet|even\sso)\s(?:(?:well|far|much|some\s(?:way|distance)|a\s(?:long\s)?way)\s)?(?:under|below|above|short\sof|behind|ahead\sof|less\sthan|more\sthan|down\son|up\son))\b/i;

/**
 * Whether a sentence only steps aside to another month to compare it with the text's month: its
 * period is that sentence's own and does not become what the next sentence speaks of.
 * @example comparesAside("For comparison, in May shipments were just 1,238 t.") // true
 */
export function comparesAside(sentence: string): boolean {
  return !latin1Stub(sentence) && COMPARISON_LEAD.test(sentence);
}

/**
 * Whether a period mention names what the sentence speaks of, not a month set against it ("from
 * October", "compared with 226 t in October", "since January"): only the former carries on.
 */
export function namesTopicMonth(m: PeriodMention): boolean {
  return m.role === "main";
}
