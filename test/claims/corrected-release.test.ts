// Customs "correcting" a month's figure, or a figure "initially reported", is a revision told in other
// words: the data may hold the release from before or after it, so the figure is never called wrong.
// "Revised up to" is a revision upward, not a ceiling. A publication's correction of its own story
// says nothing of customs' releases and keeps its verdicts.
import { describe, expect, it } from "vitest";
import { verifyClaims } from "../../src/claims/index.js";
import { useReferenceStore } from "../helpers/reference-hooks.js";

const store = useReferenceStore();

async function levelOf(text: string) {
  const r = await verifyClaims(store, text, { published: "2025-12-27" });
  const c = r.claims.find((x) => x.kind === "level");
  const low = c?.stated.type === "level" ? c.stated.low : undefined;
  return { period: c?.period, verdict: c?.verdict, explanation: c?.explanation ?? "", low };
}

describe("a month's figure customs corrected", () => {
  it.each([
    "Customs subsequently corrected the November figure for Chinese magnet exports to 5,820 tonnes.",
    "The November figure for magnet exports was corrected down to about 5,820 tonnes in a later release.",
    "China's magnet exports for November were originally reported as 5,820 tonnes.",
  ])("is left open: %s", async (text) => {
    const got = await levelOf(text);
    expect(got).toMatchObject({ period: "2025-11", verdict: "unverifiable" });
    expect(got.explanation).toMatch(/revision/);
  });

  it("reads 'revised up to' as a revision upward, not a ceiling", async () => {
    const got = await levelOf(
      "Customs revised the November count for Chinese magnet exports up to 6,320 tonnes.",
    );
    expect(got).toMatchObject({ period: "2025-11", verdict: "unverifiable", low: 6315 });
  });

  it("keeps the verdict of a story the publication corrected", async () => {
    const got = await levelOf(
      "We have corrected an error in this story. Magnet exports were 5,820 tonnes in November.",
    );
    expect(got).toMatchObject({ period: "2025-11", verdict: "contradicted" });
  });
});
