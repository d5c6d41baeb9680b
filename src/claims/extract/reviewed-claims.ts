// A fact-check lays out the claim it reviews under a label ("Claim: ...", "CLAIM 2: ...") and rules
// on it under another ("Verdict: False.", "RATING: Mostly true"). The reviewed claim is still
// checked against the data, like any figure the text passes on: the piece exists to rule on it, and
// a reader wants to see whether the data agrees with the ruling. It is marked with the text's own
// rating (`reviewedAs`) so that the verdict is shown beside it and never read as the text's own
// statement. A claim the text credits to someone and disputes in running prose is another matter
// (disputed-figures.ts): that one is unverifiable.

import type { ExtractedClaim } from "../types.js";
import { allMatches } from "./all-matches.js";

/** A claim's label at the start of a line: "Claim:", "CLAIM 3:", "Claim two -", "The claim:", "Claim under review:". */
const CLAIM_LABELS =
  /^[ \t]*(?:[-*•>][ \t]*)?(?:\*\*)?(?:The\s)?(?:[Cc]laim|CLAIM)(?:\s(?:#?\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|under\sreview|being\schecked|checked))?(?:\*\*)?[ \t]*[:—–-][ \t]*/gm;

/** A ruling's label and what separates it from the ruling: "Verdict:", "RATING -", "Our ruling:", "**Conclusion**:". */
const RULING_LABEL = String.raw`(?:\*\*)?(?:(?:Our|The)\s)?(?:[Vv]erdict|VERDICT|[Rr]ating|RATING|[Rr]uling|RULING|[Cc]onclusion|CONCLUSION|[Aa]ssessment|ASSESSMENT)(?:\*\*)?[ \t]*[:—–-]`;

/**
 * A ruling's label and what it rules, up to the end of its words: "Verdict: Mostly false.", "RATING:
 * False", "Our ruling: Half true". Anchored where it is sought: the start of a line, or the start of
 * a sentence in the claim's own line.
 */
const RULING = new RegExp(
  String.raw`^${RULING_LABEL}[ \t]*(?:\*\*)?([A-Za-z][A-Za-z '’-]{0,38}?)(?:\*\*)?[ \t]*(?=[.!;,\n]|$)`,
);

/** A ruling inside the claim's own line, after a sentence's end: "Claim: ... 7,150 t. Rating: False". */
const RULING_IN_LINE = new RegExp(String.raw`[.!?"”][ \t]+(?=${RULING_LABEL})`);

/** A reviewed claim's place in the text and the text's ruling on it. */
interface Reviewed {
  start: number;
  end: number;
  rating: string;
}

/**
 * The claims a fact-check lays out under a label, each with the ruling the text gives right after it:
 * the claim runs from its label to the ruling's label, in its own line or in the next lines of its
 * paragraph; a blank line, another claim's label or no ruling at all ends it without a ruling.
 * @example reviewedClaims("Claim: Exports hit 7,150 t.\nVerdict: False. They were 6,150 t.") // [{ start: 7, end: 28, rating: "False" }]
 */
export function reviewedClaims(text: string): Reviewed[] {
  const out: Reviewed[] = [];
  for (const label of allMatches(CLAIM_LABELS, text)) {
    const start = label.index + label[0].length;
    const lineEnd = text.indexOf("\n", start);
    const line = text.slice(start, lineEnd < 0 ? text.length : lineEnd);
    const inLine = RULING_IN_LINE.exec(line);
    if (inLine !== null) {
      const at = inLine.index + inLine[0].length;
      const ruling = RULING.exec(line.slice(at));
      if (ruling?.[1] !== undefined) out.push({ start, end: start + at, rating: ruling[1].trim() });
      continue;
    }
    // the ruling opens one of the next lines: at most one blank line between, and no other claim's label
    let from = lineEnd;
    for (let lines = 0; from >= 0 && lines < 4; lines++) {
      const next = /^\n[ \t]*(?:\n[ \t]*)?/.exec(text.slice(from));
      if (next === null) break;
      const head = text.slice(from + next[0].length, from + next[0].length + 80);
      const ruling = RULING.exec(head);
      if (ruling?.[1] !== undefined) {
        out.push({ start, end: from, rating: ruling[1].trim() });
        break;
      }
      // a blank line or another claim ends the claim's paragraph
      if (next[0].split("\n").length > 2 || /^(?:The\s)?(?:[Cc]laim|CLAIM)\b/.test(head)) break;
      from = text.indexOf("\n", from + next[0].length);
    }
  }
  return out;
}

/**
 * The claims, each one a fact-check lays out for review marked with the ruling the text gives it
 * (`reviewedAs`); the others as they were.
 */
export function reviewedMarked(claims: ExtractedClaim[], text: string): ExtractedClaim[] {
  if (!/claim/i.test(text)) return claims;
  const reviewed = reviewedClaims(text);
  if (reviewed.length === 0) return claims;
  return claims.map((c) => {
    const under = reviewed.find((r) => c.start >= r.start && c.end <= r.end);
    return under === undefined ? c : { ...c, reviewedAs: under.rating };
  });
}
