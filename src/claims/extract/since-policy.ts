// A rank's window that starts with a policy named by its month: "the highest since the April export
// controls took effect", "the lowest since April's curbs", "since the October licensing rules". The
// window is taken as the months after the policy's month, which every reading of the words holds (a
// writer may count the policy's own month in or not): a rank that fails over it fails over the longer
// window too, so a contradiction never rests on which one the writer meant.

import { ENGLISH_MONTH_NAME, MONTHS } from "./lexicon.js";

const POLICY_AFTER_SINCE = new RegExp(
  `^\\s*(?:(?:the|Beijing's|China's)\\s)?(${ENGLISH_MONTH_NAME})\\.?(?:['’]s)?\\s(?:(?:\\d{1,2}(?:st|nd|rd|th)?|export|licen[cs]ing|new|trade|rare[- ]earths?|magnet)\\s){0,3}(?:licen[cs]ing|controls?|curbs?|restrictions?|rules?|regime|ban|measures?|requirements?)\\b`,
);

/**
 * The month (1-12) of the policy named right after "since", or null when none is named so.
 * @example sincePolicyMonth(" the April export controls took effect") // 4
 */
export function sincePolicyMonth(after: string): number | null {
  const m = POLICY_AFTER_SINCE.exec(after);
  return m ? (MONTHS[(m[1] ?? "").toLowerCase()] ?? null) : null;
}
