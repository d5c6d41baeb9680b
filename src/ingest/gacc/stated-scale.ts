// Values stated in thousands or ten-thousands of dollars or yuan. The query platform's downloads
// give whole US dollars or yuan; a table copied from a published release states a scale in a line
// above its header ("Unit: US$1,000", 单位：千美元) or in a column's name ("US dollar (thousand)",
// 人民币(万元)). Read as they are, such values would be stored a thousand times too small, so a
// file that states a scale is refused, naming the line or column that states it.

/** A scale of money: thousand or more of dollars or yuan, in English or Chinese. */
const SCALE =
  /[千万亿]\s*(?:美元|元|人民币)|(?:us\s?\$|usd|\$|dollars?|yuan|rmb|cny)\s*(?:1,?000|10,?000|'000|thousands?|millions?|bn|mn)|(?:thousands?|millions?|billions?|'000|1,000|10,000)\s*(?:of\s+)?(?:us\s?\$|usd|us\s+dollars?|dollars?|yuan|rmb|cny)/i;
/** A column's name that is only a scale in brackets after a money column: `(thousand)`, `（千）`. */
const BARE_SCALE = /^(?:thousands?|millions?|'000|1,000|千|万|亿)$/i;

/** True when a line above the header states that values are in thousands (or more) of money. */
export function statesScale(line: string): boolean {
  return SCALE.test(line);
}

/** True when the bracketed part of a money column's name states a scale (`千美元`, `thousand`). */
export function bracketStatesScale(inBrackets: string): boolean {
  const t = inBrackets.trim();
  return BARE_SCALE.test(t) || SCALE.test(t);
}
