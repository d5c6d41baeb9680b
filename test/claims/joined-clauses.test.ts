// Wordings found by saying a corpus text's figures another way that keeps its meaning: two sentences
// joined into one (", while", "; "). Each once read a right figure as another period's and called it
// wrong.
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { claimAt } from "../helpers/verdicts.js";

const store = useReferenceStore();

describe("a span named in the subject of the clause before", () => {
  it("does not date a destination's figure joined with ', while' for certain", async () => {
    const got = await claimAt(
      store,
      "Magnet exports came to 6.15 thousand tonnes in November. Jan-Nov cumulative shipments stood at 51.44 thousand tonnes, while shipments to the US were 0.58 thousand tonnes.",
      "0.58 thousand tonnes",
      "2025-12-21",
    );
    expect(got?.verdict).not.toBe("contradicted");
    expect(got?.verdict).toBe("supported");
  });

  it("does the same after a semicolon", async () => {
    const got = await claimAt(
      store,
      "November magnet exports were 6,150 t. Cumulative January-November exports reached 51,440 t; exports to Japan were 305 t.",
      "305 t",
      "2025-12-21",
    );
    expect(got?.verdict).toBe("supported");
  });

  it("still lets a wrong figure for the span's own destination stand unverifiable, not supported", async () => {
    const got = await claimAt(
      store,
      "Magnet exports came to 6,150 t in November. Jan-Nov shipments came to 51,440 t; exports to the US were 3,000 t.",
      "3,000 t",
      "2025-12-21",
    );
    expect(got?.verdict).toBe("unverifiable");
  });

  it("keeps a span said before the verb of the whole sentence ('In January-November, ...') certain", async () => {
    const got = await claimAt(
      store,
      "In January-November, magnet exports came to 51,440 t and shipments to the US to 3,000 t.",
      "3,000 t",
      "2025-12-21",
    );
    expect(got?.period).toBe("2025-01..2025-11");
    expect(got?.verdict).toBe("contradicted");
  });
});
