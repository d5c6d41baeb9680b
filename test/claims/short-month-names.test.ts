// Months cut to three letters without a stop ("Jul", "Nov 2025"), as live blogs, posts and tables
// write them, read as the month written out wherever the reader looks for a month; "Nov. 2025"
// and "Jul's" too, and a stop that also ends the sentence still ends it. A first name before a
// surname ("Jan Novak") is no month.
import { describe, expect, it } from "vitest";
import { readingCopy } from "../../src/claims/extract/reading-copy.js";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { readingAt, verdictsOf } from "../helpers/verdicts.js";

const store = useReferenceStore();

describe("short month names", () => {
  it("reads a correction's month written short: a figure said to be another month's is set right, not checked", async () => {
    const text =
      "Minutes, item 2. A delegate said China's Nov magnet exports to the EU were 2,060.3 t; the chair pointed out that this was the Oct figure.";
    const full = text.replace("Nov", "November").replace("Oct", "October");
    const said = await verdictsOf(store, full, "2025-12-20");
    expect(said.some(([, v]) => v === "contradicted")).toBe(false);
    expect(await verdictsOf(store, text, "2025-12-20")).toEqual(
      said.map(([t, v]) => [t.replace("November", "Nov").replace("October", "Oct"), v]),
    );
  });

  it("gives a month written short its figure, possessive or not", async () => {
    const text =
      "Live: Jul's magnet exports came to 5,577 t. 09:40 US shipments 619 t in Jul, the most since Mar.";
    expect(await readingAt(store, text, "5,577 t", "2025-08-20")).toMatchObject({
      verdict: "supported",
      period: "2025-07",
    });
    expect(await readingAt(store, text, "619 t", "2025-08-20")).toMatchObject({
      verdict: "supported",
      partner: "USA",
      period: "2025-07",
    });
  });
});

describe("readingCopy of short month names", () => {
  it("writes months out, keeps a sentence's stop, and leaves names and other words alone", () => {
    const read = (t: string) => readingCopy(t).read;
    expect(read("Jan-Jul exports, Nov. 2025, Sept. data")).toBe(
      "January-July exports, November 2025, September data",
    );
    expect(read('rose in Jul. Exports fell. "Up in Jun." Then')).toBe(
      'rose in July. Exports fell. "Up in June." Then',
    );
    expect(read("Jan Novak at Mar-a-Lago, a Marvel film")).toBe("Jan Novak at Mar-a-Lago, a Marvel film");
    const written = "619 t in Jul, the most since Mar.";
    const copy = readingCopy(written);
    const at = copy.read.indexOf("July");
    expect(written.slice(copy.toWritten(at), copy.toWritten(at + 4))).toBe("Jul");
  });
});
