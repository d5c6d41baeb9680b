// "the fall on a year earlier narrowed to 15% from 18.9% in the first half": a move whose base is said
// after its noun ("on a year earlier", "from the year before") and that has come to a size, read as
// "the annual fall narrowing to 15%" is: a change of -15% on the year over the span the clause is on.
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { claimAt } from "../helpers/verdicts.js";

const store = useReferenceStore();

async function read(text: string, quote: string, published: string) {
  const c = await claimAt(store, text, quote, published);
  const s = c?.stated;
  return c === undefined
    ? null
    : [
        c.kind,
        c.period,
        s?.type === "change" ? s.pct : null,
        s?.type === "change" ? s.basis : null,
        c.verdict,
      ];
}

describe("a fall on a year earlier that narrowed to a size", () => {
  it("is the span's change on the year", async () => {
    const text =
      "In the first seven months of the year, magnet exports came to 27,897 tons, and the fall on a year earlier narrowed to 15% from 18.9% in the first half.";
    expect(await read(text, "fall on a year earlier narrowed to 15%", "2025-08-20")).toEqual([
      "change",
      "2025-01..2025-07",
      -15,
      "yoy",
      "supported",
    ]);
  });

  it("contradicts a wrong size", async () => {
    const text =
      "In the first seven months of the year, magnet exports came to 27,897 tons, and the fall from the year before narrowed to 9%.";
    expect(await read(text, "fall from the year before narrowed to 9%", "2025-08-20")).toEqual([
      "change",
      "2025-01..2025-07",
      -9,
      "yoy",
      "contradicted",
    ]);
  });
});
