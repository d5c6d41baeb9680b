// Hearsay: a figure the text passes on as a rumour ("Rumour has it that ...", "One rumour in
// Ganzhou: "..."", "exports were, according to market gossip, ...", "supposedly 420 t") is what others
// whisper, which the writer does not stand by, whether or not the text goes on to deny it; it is never
// checked as China's customs figure. A claim the text names as a post's or a person's ("a widely
// shared post says ...") is the claim a fact-check reviews, and is checked as before; so are the
// writer's own words after a rumour ("Despite rumours of a slump, exports rose ...", "..., but
// customs data showed ...").

import { allMatches } from "./all-matches.js";

/** Words that pass a figure on as a rumour: the writer names no one who stands by it. */
const RUMOUR =
  /\b(?:rumou?r(?:s|ed|-mill)?|rumou?r\smill|gossip|hearsay|whispers?|whispered|grapevine|online\schatter|unverified\s(?:[\w-]+\s){0,2}?(?:posts?|claims?|reports?|accounts?|figures?|numbers?)|anonymous\s(?:posts?|accounts?|sources? online)|allegedly|purportedly|supposedly)\b/i;
/** The same words, for finding every one of them. */
const RUMOURS = new RegExp(RUMOUR.source, "gi");
/** After the rumour, the writer's own report or the setting right: "but customs data showed ...". */
const OWN_WORDS_AFTER =
  /[,;:]\s*(?:but|yet|while|whereas|though|although|however|instead|in fact|actually)\b|\b(?:customs|official|data|figures|statistics)\s(?:[\w'’-]+\s){0,3}?(?:show(?:s|ed)?|said|says|put|gave|confirm(?:s|ed)?|reveal(?:s|ed)?)\b/i;
/** A rumour the words before set aside: "Despite rumours of a slump, exports rose ...". */
const SET_ASIDE_BEFORE =
  /\b(?:despite|amid|after|contrary to|notwithstanding|in spite of|against|dispell?(?:ing|ed|s)?|quash(?:ing|ed|es)?|den(?:ying|ied|ies)|end(?:ing|ed|s)|ignor(?:ing|ed|es))\s(?:[\w'’-]+\s){0,3}$/i;

/**
 * The opening of the clause before a figure passes it on as a rumour.
 * @example hearsayBefore("Rumour has it that magnet exports to the US were ") // true
 */
export function hearsayBefore(opening: string): boolean {
  let at = -1;
  for (const m of allMatches(RUMOURS, opening))
    if (!SET_ASIDE_BEFORE.test(opening.slice(Math.max(0, m.index - 40), m.index))) at = m.index + m[0].length;
  return at >= 0 && !OWN_WORDS_AFTER.test(opening.slice(at));
}
