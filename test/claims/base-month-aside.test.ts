// "Exports fell 6.1% on the month. August was 6,146.": a sentence that only gives the level of the
// month a monthly change was measured from names that change's base; the text goes on about the
// change's own month, also when a question ("from what?") stands between them, as in a chat.
import { describe, expect, it } from "vitest";
import { verifyClaims } from "../../src/claims/index.js";
import { useReferenceStore } from "../helpers/reference-hooks.js";

const store = useReferenceStore();

const read = async (text: string) =>
  (await verifyClaims(store, text, { published: "2025-10-25" })).claims.map((c) => ({
    words: c.text,
    partner: c.partner,
    period: c.period,
    verdict: c.verdict,
    named: !c.explanation.startsWith("on the reading"),
  }));

describe("the level of a monthly change's base month", () => {
  it("dates that level by its own month, and what follows by the change's month", async () => {
    const got = await read(
      "Magnet exports slipped 6.1% on the month to 5,774 tonnes in September. August was 6,146. " +
        "Germany took 1,288 tonnes.",
    );
    expect(got).toEqual([
      { words: "slipped 6.1%", partner: "WLD", period: "2025-09", verdict: "supported", named: true },
      { words: "5,774 tonnes", partner: "WLD", period: "2025-09", verdict: "supported", named: true },
      { words: "6,146", partner: "WLD", period: "2025-08", verdict: "supported", named: true },
      { words: "1,288 tonnes", partner: "DEU", period: "2025-09", verdict: "supported", named: true },
    ]);
  });

  it("does so across a question asking for the base, in a chat", async () => {
    const got = await read(
      "ana: sept magnets 5,774t, -6.1% m/m\nben: from what?\nana: aug was 6,146. germany 1,288t this month",
    );
    expect(got.find((c) => c.words === "6,146")).toMatchObject({ period: "2025-08", verdict: "supported" });
    expect(got.find((c) => c.words === "1,288t")).toMatchObject({
      partner: "DEU",
      period: "2025-09",
      verdict: "supported",
      named: true,
    });
  });

  it("leaves another destination's figure of that month as a month of its own", async () => {
    const got = await read(
      "Magnet exports slipped 6.1% on the month to 5,774 tonnes in September. Germany's August was 1,346. " +
        "India took 200 tonnes.",
    );
    // India's tonnage is read for August, the month named last; 200 t fits neither month, and a
    // month carried from earlier text never refutes
    expect(got.find((c) => c.words === "200 tonnes")).toMatchObject({
      period: "2025-08",
      verdict: "unverifiable",
    });
  });
});
