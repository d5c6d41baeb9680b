// Product names that do not say what a figure is of: the goods a policy covers ("amid the rare
// earth export curbs", "controls on seven rare earths", "added magnets to its control list") and a
// group's name used for one of its members ("exports of this rare earth element"). A figure beside
// them is of the product the text was speaking of, not of the policy's goods or the whole group.

import { latin1Stub } from "./all-matches.js";
import type { Mention } from "./subjects.js";

/** A policy noun right after the product: "rare earth export controls", "the magnet licensing regime". */
const POLICY_AFTER =
  /^(?:\s(?:export|exports|trade|mining|smelting|production|supply))?\s(?:controls?|curbs?|restrictions?|licen[cs]ing|licen[cs]es|permits|bans?|embargo|quotas?|rules|regime|measures|crackdown|policy|policies|caps?)\b/i;

/**
 * The same after a product named in Chinese, Japanese or Korean: "レアアースの輸出規制", "稀土出口管制",
 * "稀土出口限制", "희토류 수출통제", "희토류 수출 규제", and the goods "related to" it ("レアアース関連の
 * 輸出規制", "稀土相关出口管制", "희토류 관련 수출 규제").
 */
const CJK_POLICY_AFTER =
  /^(?:\s?[(（][^)）]{1,8}[)）])?\s?(?:関連|相关|相關|관련)?\s?(?:の|的)?\s?(?:輸出|出口|输出|수출)?\s?(?:規制|管制|管控|限制|制限|禁令|통제|규제|제한)/;

/** A policy noun that the product is the object of: "curbs on rare earth exports", "licences for magnets". */
const POLICY_BEFORE =
  /\b(?:controls?|curbs?|restrictions?|bans?|limits?|caps?|quotas?|licen[cs]es?|licen[cs]ing(?:\s(?:requirements?|rules|regime))?|permits?|embargo|crackdown)\s(?:on|over|for|of)\s(?:the\s)?(?:(?:exports?|shipments?|sales|outflows?)\sof\s)?(?:(?:some|several|certain|seven|five|\d{1,2}|key|critical|strategic|heavy|medium(?:-to-|\s(?:and|to)\s)heavy|light|more|other)\s){0,3}$/i;

/** Put on a list of controlled goods: "added rare earths and magnets to its export control list", "magnets were put on the list". */
const LISTED_AFTER =
  /^(?:\s(?:and|or|&)\s[\w -]{1,40}?)?(?:\s(?:were|was|are|is|have been|had been)\s(?:added|put|placed))?\s(?:to|on)\s(?:its|the|a|an|Beijing['’]s|China['’]s)\s(?:[\w-]+\s){0,2}?(?:control|restriction|licen[cs]ing)\slist\b/i;

/** "this rare earth element", "the rare earth metal": one member of the group, named before. */
const ONE_MEMBER_BEFORE =
  /\b(?:this|that|the|each|one|which)\s(?:(?:heavy|light|critical|strategic|key)\s)?$/i;
const ONE_MEMBER_AFTER =
  /^\s(?:element|metal|mineral)\b(?!\s(?:exports?|shipments?|sales|trade|market|output))/i;

/**
 * Whether a product named in a clause is not the subject of its figures, but the goods a policy
 * covers or one member of a group.
 * @example policyObject("Shipments fell 53% amid the rare earth export curbs", { value: "rare-earths", start: 24, end: 34 }) // true
 */
export function policyObject(clause: string, m: Mention<string>): boolean {
  const after = clause.slice(m.end, m.end + 80);
  const before = clause.slice(Math.max(0, m.start - 90), m.start);
  // a product named at the clause's start or end has no words on that side
  const wordsAfter = !latin1Stub(after);
  const wordsBefore = !latin1Stub(before);
  if (
    (wordsAfter && (POLICY_AFTER.test(after) || CJK_POLICY_AFTER.test(after))) ||
    (wordsBefore && POLICY_BEFORE.test(before)) ||
    (wordsAfter && LISTED_AFTER.test(after))
  )
    return true;
  return (
    m.value === "rare-earths" &&
    wordsBefore &&
    wordsAfter &&
    ONE_MEMBER_BEFORE.test(before) &&
    ONE_MEMBER_AFTER.test(after)
  );
}
