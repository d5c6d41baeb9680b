// Published pages are typeset: "China’s" and "the year’s low" with a typeset apostrophe, a unit or
// "cent" glued to its number by a no-break space, thousands grouped by a thin space ("6 150 t") and
// words broken at no-break hyphens ("year‑on‑year"). The reader reads them as the typed forms, so a
// typeset page gets the verdicts the same words typed get, and the claims are quoted as written.
// (Read as they were, typeset apostrophes and no-break spaces made the reader call right figures wrong.)
import { describe, expect, it } from "vitest";
import { readingCopy } from "../../src/claims/extract/reading-copy.js";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { verdictsOf } from "../helpers/verdicts.js";

const store = useReferenceStore();

const NBSP = "\u00a0";
const THIN = "\u202f";

describe("typeset forms", () => {
  it("reads typeset apostrophes, spaces and hyphens as typed ones, one character for one", () => {
    const written = `China’s exports rose 12.4${NBSP}per${NBSP}cent month‑on‑month to 6${THIN}150${NBSP}t, ‘a rebound’`;
    const read = readingCopy(written).read;
    expect(read).toBe("China's exports rose 12.4 per cent month-on-month to 6,150 t, 'a rebound'");
    expect(read.length).toBe(written.length);
  });

  it("groups thousands before a decimal comma with a dot, as the continental readers expect", () => {
    expect(readingCopy(`Les exportations ont atteint 4${NBSP}343,5 tonnes`).read).toBe(
      "Les exportations ont atteint 4.343,5 tonnes",
    );
    // a year then a figure is not one number
    expect(readingCopy(`in 2025${NBSP}150 t`).read).toBe("in 2025 150 t");
  });

  it("reads two spaces between sentences as one, and leaves a table's spaced columns alone", () => {
    expect(readingCopy("Exports rose to 5,577 t in July.  That is up 75% on June.").read).toBe(
      "Exports rose to 5,577 t in July. That is up 75% on June.",
    );
    const table = "Dest.    Tonnes\nJapan    305\nIndia    416";
    expect(readingCopy(table).read).toBe(table);
  });

  it("reads a word a soft hyphen or a zero-width space splits as the word, and maps offsets back", () => {
    const written = "Exports in Sept\u00adember were 5,774\u200b t; in Octo\u00adber, 5,473 t.";
    const copy = readingCopy(written);
    expect(copy.read).toBe("Exports in September were 5,774 t; in October, 5,473 t.");
    const at = copy.read.indexOf("5,473 t");
    expect(written.slice(copy.toWritten(at, "start"), copy.toWritten(at + "5,473 t".length))).toBe("5,473 t");
  });

  it("gives a typeset page the verdicts of the same words typed, quoting them as written", async () => {
    const typed =
      "China's magnet exports climbed to 6,150 t in November, the year's second-highest, up 12.4 per cent on October. Japan's intake rose to 305 t, while the figure for the US was 582 t, not the 628 t some reported.";
    const typeset = typed
      .replace(/'/g, "’")
      .replace(/ (t|per)\b/g, `${NBSP}$1`)
      .replace(/(\d),(\d{3})/g, `$1${THIN}$2`);
    const said = await verdictsOf(store, typed);
    expect(said.map(([, v]) => v)).toContain("supported");
    const got = await verdictsOf(store, typeset);
    expect(got.map(([, v]) => v)).toEqual(said.map(([, v]) => v));
    expect(got.map(([t]) => t)).toEqual(
      said.map(([t]) =>
        t
          .replace(/'/g, "’")
          .replace(/ (t|per)\b/g, `${NBSP}$1`)
          .replace(/(\d),(\d{3})/g, `$1${THIN}$2`),
      ),
    );
  });
});
