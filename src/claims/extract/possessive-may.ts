// "China's May rare-earth exports", "Beijing's May magnet shipments", "the country's May tally":
// after an owner's possessive, a capitalised "May" is the month the owner's figure is of, never the
// modal verb, which cannot follow a possessive. A title-case headline ("Japan's Imports May Fall",
// "What China's May Be Hiding") keeps a verb after it, so a verb there leaves "May" the modal.

/** An owner's possessive right before: "China's ", "the country's ", "Beijing’s "; not "it's", "let's". */
const OWNER_BEFORE =
  /(?<!\b(?:it|that|there|what|who|he|she|let|here|where|how)['’]s\s)\b[A-Za-z][\w.-]*['’]s\s$/i;
/** A verb or adverb after "May" that only the modal takes. */
const MODAL_AFTER =
  /^\s(?:Be|Not|Have|Also|Well|Yet|Soon|Still|Never|Now|Rise|Fall|Drop|Climb|Slow|Ease|Recover|Increase|Decrease|Decline|Grow|Shrink|Surge|Jump|Top|Reach|Hit|Face|See|Need|Get|Take|Stay|Remain|Continue|Come|Struggle|Rebound|Slip|Halve|Double)\b/;

/** Whether the "May" at `at` follows an owner's possessive and so names the month. */
export function possessiveMay(clause: string, at: number): boolean {
  return (
    OWNER_BEFORE.test(clause.slice(Math.max(0, at - 40), at)) &&
    !MODAL_AFTER.test(clause.slice(at + 3, at + 16))
  );
}
