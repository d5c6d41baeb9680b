// A quiz states a figure and then asks the reader to judge it ("November's exports were 6,500 t. True
// or false?"). The prompt before the statement already made it a question; after it, the statement
// was checked as the text's own claim and called wrong, though the quiz may well mean it to be false.
import { describe, expect, it } from "vitest";
import { verifyClaims } from "../../src/claims/index.js";
import { useReferenceStore } from "../helpers/reference-hooks.js";

const store = useReferenceStore();

describe("a statement put to the reader to judge", () => {
  it.each([
    "Trivia: China's magnet exports in November were 6,500 t. True or false?",
    "Shipments of magnets to Japan reached 405 t in November. Fact or fiction?",
    "3. China sent 6,500 tonnes of rare-earth magnets abroad in November - right or wrong?",
  ])("is a question, not a claim: %s", async (text) => {
    const r = await verifyClaims(store, text, { published: "2025-12-20" });
    expect(r.claims).toHaveLength(1);
    expect(r.claims[0]).toMatchObject({ verdict: "unverifiable" });
    expect(r.claims[0]?.explanation).toContain("question");
  });

  it("still checks a statement followed by an ordinary question", async () => {
    const r = await verifyClaims(
      store,
      "China's magnet exports in November were 6,500 t. What does that mean for Japan?",
      { published: "2025-12-20" },
    );
    expect(r.claims[0]).toMatchObject({ verdict: "contradicted" });
  });
});
