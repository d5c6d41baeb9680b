// A rank's window that starts with a policy named by its month: "the highest since the April export
// controls took effect", "the lowest since April's curbs", "since the October licensing rules". The
// window is taken as the months after the policy's month, which every reading of the words holds (a
// writer may count the policy's own month in or not): a rank that fails over it fails over the longer
// window too, so a contradiction never rests on which one the writer meant.

import { ENGLISH_MONTH_NAME, MONTHS } from "./lexicon.js";

const YEAR_AFTER = "(?:,?\\s((?:19|20)\\d{2}))?";
/** "the April export controls", "April's curbs", "the October 2025 restrictions". */
const POLICY_AFTER_SINCE = new RegExp(
  `^\\s*(?:(?:the|Beijing's|China's)\\s)?(${ENGLISH_MONTH_NAME})\\.?${YEAR_AFTER}(?:['’]s)?\\s(?:(?:\\d{1,2}(?:st|nd|rd|th)?|export|licen[cs]ing|new|trade|rare[- ]earths?|magnet)\\s){0,3}(?:licen[cs]ing|controls?|curbs?|restrictions?|rules?|regime|ban|measures?|requirements?)\\b`,
);
/** "Beijing imposed curbs in April 2025": who set the policy, the policy, then its month. */
const POLICY_THEN_MONTH = new RegExp(
  `^\\s*(?:Beijing|China|the\\sgovernment|the\\scommerce\\sministry|the\\sauthorities)\\s(?:imposed|introduced|announced|tightened|unveiled)\\s(?:[\\w-]+\\s){0,3}?(?:licen[cs]ing|controls?|curbs?|restrictions?|rules?|regime|ban|measures?|requirements?)\\s(?:in|on)\\s(?:(?:early|mid|late)[ -])?(${ENGLISH_MONTH_NAME})\\.?${YEAR_AFTER}\\b`,
);

/**
 * The month (1-12) of the policy named right after "since", with its year when the words give one,
 * or null when none is named so.
 * @example sincePolicyMonth(" the April export controls took effect") // { month: 4, year: null }
 * @example sincePolicyMonth(" Beijing imposed curbs in April") // { month: 4, year: null }
 */
export function sincePolicyMonth(after: string): { month: number; year: number | null } | null {
  const m = POLICY_AFTER_SINCE.exec(after) ?? POLICY_THEN_MONTH.exec(after);
  const month = m ? MONTHS[(m[1] ?? "").toLowerCase()] : undefined;
  return m && month !== undefined ? { month, year: m[2] ? Number(m[2]) : null } : null;
}

/** "the export controls", "Beijing's curbs", "the licensing regime", "the new restrictions", named without a month. */
const UNDATED_CONTROLS =
  /^\s*(?:the|Beijing['’]s|China['’]s)\s(?:(?:export|licen[cs]ing|new|rare[- ]earths?|magnet)\s){0,3}(?:controls?|curbs?|restrictions?|licen[cs]ing(?:\s(?:regime|rules|requirements?))?|regime)\b(?!\s(?:of|in|from|on)\s)/i;

/**
 * True when the words right after "since" name export controls without dating them ("since the
 * controls took effect", "since the export curbs began"): the window starts after an export control
 * the data's events know, which the checker looks up.
 * @example sinceUndatedControls(" the controls took effect") // true
 */
export function sinceUndatedControls(after: string): boolean {
  return UNDATED_CONTROLS.test(after);
}

/**
 * "since the Geneva deal in", "since the truce agreed in", "since Beijing's curbs of", "since the export
 * controls began in", "since Beijing imposed curbs in": an event dated after "since".
 */
const EVENT_SINCE_BEFORE =
  /\b[Ss]ince (?:(?:(?:the|Beijing['’]s|China['’]s|Washington['’]s) )?(?:[\w-]+ ){0,3}?(?:deal|truce|agreement|talks|summit|controls?|curbs?|ban|rules?|meeting|call|pact|accord|framework|announcement|suspension|restrictions?|licen[cs]ing(?: regime| rules)?) (?:(?:was|were) )?(?:(?:agreed|signed|struck|reached|imposed|announced|introduced|began|begun|started|took effect|came into (?:force|effect)|went into effect|entered into force|kicked in) )?|(?:Beijing|China|Washington|the government|the commerce ministry|the authorities|officials) (?:imposed|introduced|announced|tightened|expanded|eased|lifted|agreed|signed|struck|unveiled) (?:[\w-]+ ){0,4}?)(?:in|on|of) (?:(?:early|mid|late)[ -])?$/;

/**
 * True when the words before a month date an event that "since" counts from, whatever counts from
 * it ("the highest since the export controls began in April": the month dates the window).
 * @example datesSinceEvent("the highest since the controls began in ") // true
 */
export function datesSinceEvent(before: string): boolean {
  return EVENT_SINCE_BEFORE.test(before) || RECORDS_SINCE_BEFORE.test(before);
}

/**
 * "the most since Reuters' records begin in", "the highest since customs data began in", "since
 * records started in", "since the country data began in": the month or year a record's window opens,
 * which dates no figure of the sentence.
 */
const RECORDS_SINCE_BEFORE =
  /\b[Ss]ince (?:(?:the|its|their|[A-Z][\w.&-]*['’]s?) )?(?:(?:own|official|customs|comparable|monthly|available|country|destination|partner|detailed|country-level|destination-level) )?(?:records?|data|statistics|figures|series) (?:(?:kept|held|published) )?(?:began|begin|begins|started|start|starts|go back|went back|were first kept) (?:(?:in|to) )?$/;

/**
 * True when the words before a month date an event that "since" counts from, for a change: "exports
 * have recovered since the Geneva deal in May" speaks of the months after May, not of May. After a
 * rank the month dates the rank's window instead (see `sincePolicyMonth`).
 * @example eventSinceBefore("shipments have picked up since the truce agreed in ") // true
 */
export function eventSinceBefore(before: string): boolean {
  // "the strongest month since the licensing rules of April": a rank's window, which the policy's
  // own reading (the months after it) dates, not a change's base
  return (
    EVENT_SINCE_BEFORE.test(before) && !RANK_BEFORE_SINCE.test(before.replace(/\b[Ss]ince\b[^,;]*$/, ""))
  );
}

/** A rank or an extreme right before "since": the window is the rank's, not a change's base. */
const RANK_BEFORE_SINCE =
  /\b(?:highest|lowest|biggest|largest|smallest|maximum|minimum|most|least|first|strongest|weakest|best|worst|fastest|sharpest|steepest|top|record|high|low|peak|range|average|since)\b[^,;]*$/i;

/**
 * The month a clause counts a change from with "since": one that opens the clause ("Since the truce
 * in May, shipments have recovered"), leads right up to the figure ("Change since October: -14%"), or follows the figure's verb with no comma between ("have picked
 * up since the Geneva deal in May"); not a rank's window ("the highest since May") nor a range's.
 * @example sinceMonth("Since May, exports have recovered", mentions, figure) // "2025-05"
 */
export function sinceMonth(
  clause: string,
  mentions: ReadonlyArray<{ start: number; end: number; role: string; shape: string; period: string }>,
  f: { start: number; end: number },
): string | null {
  const m = mentions.find((x) => x.role === "since" && x.shape === "month");
  if (m === undefined) return null;
  const between = clause.slice(m.end, f.start);
  const opening =
    m.start < f.start &&
    !/[;]/.test(clause.slice(0, f.start)) &&
    (/^\W*since\b/i.test(clause.slice(0, m.start).trimStart().slice(0, 6)) ||
      (between.length <= 30 && !/[,;]/.test(between)));
  const gap = clause.slice(f.end, m.start);
  const following = m.start >= f.end && gap.length <= 50 && !/[,;]/.test(gap);
  if (!opening && !following) return null;
  const before = clause.slice(Math.max(0, m.start - 60), m.start);
  return RANK_BEFORE_SINCE.test(before.replace(/\bsince\b[^,;]*$/i, "")) ? null : m.period;
}
