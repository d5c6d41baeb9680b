// A second place said by naming what beat it ("second only to January", "behind only Germany"),
// checked on the reference data: supported where only the months or destinations named are above
// it, contradicted where another month of the window is too, never over a window the words leave open.
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { verdictsOf } from "../helpers/verdicts.js";

const store = useReferenceStore();

const verdicts = (text: string, published: string) => verdictsOf(store, text, published);

describe("a month second only to the months named", () => {
  it.each([
    ["China's magnet exports came to 6,150 t in November, trailing only January.", "2025-12-20"],
    ["Magnet sales abroad of 5,774 t in September were beaten only by January and August.", "2025-10-20"],
    ["Magnet exports rose to 5,577 t in July, bettered only by January this year.", "2025-08-20"],
    // months joined in the rank's own words are what it ranks after, not a sum the figure may be
    [
      "At 5,952 tonnes, December's magnet exports were bettered only by January, August and November.",
      "2026-01-20",
    ],
  ])("is supported when no other month of the year beat it: %s", async (text, published) => {
    expect((await verdicts(text, published)).filter(([w]) => /only/.test(w))).toEqual([
      [expect.stringMatching(/only/), "supported"],
    ]);
  });

  it("is contradicted when the month named was below it", async () => {
    // November's 6,150 t was second in 2025, but behind January; September's 5,774 t was below it
    expect(
      await verdicts("November's 6,150 t of magnet exports trailed only September.", "2025-12-20"),
    ).toContainEqual(["trailed only September", "contradicted"]);
  });

  it("is contradicted when another month of the year beat it too", async () => {
    // October's 5,473 t: January, July, August and September were all higher
    expect(
      await verdicts(
        "China's magnet exports reached 5,473 t in October, surpassed only by September.",
        "2025-11-20",
      ),
    ).toContainEqual(["surpassed only by September", "contradicted"]);
  });
});

describe("a destination second only to the destinations named", () => {
  it("is supported, or contradicted, among the destinations of its month", async () => {
    const found = await verdicts(
      "In September Vietnam took 456 t of Chinese magnets, behind only Germany and South Korea. In October the US took 656 t, second only to South Korea.",
      "2025-11-20",
    );
    expect(found).toContainEqual(["behind only Germany and South Korea", "supported"]);
    // October: Germany 1,118 t led, the US was second, South Korea third
    expect(found).toContainEqual(["second only to South Korea", "contradicted"]);
  });
});

describe("the months above said as the subject ('only January was higher')", () => {
  it.each([
    [
      "China exported 6,150 t of magnets in November; only January was higher this year.",
      "2025-12-20",
      "supported",
    ],
    [
      "Magnet exports in November were 6,150 t, and only January's total was higher.",
      "2025-12-20",
      "supported",
    ],
    [
      "Magnet exports fell to 3,188 t in June 2025; only May was lower in 2025.",
      "2025-07-20",
      "contradicted",
    ],
    [
      "Magnet exports reached 5,774 t in September; only January was bigger this year.",
      "2025-10-20",
      "contradicted",
    ],
    [
      "Magnet exports in September slipped to 5,774 t; even so, only January and August saw more.",
      "2025-10-20",
      "supported",
    ],
    ["Magnet exports in September slipped to 5,774 t; only January saw more.", "2025-10-20", "contradicted"],
  ])("ranks the month after them: %s", async (text, published, verdict) => {
    expect((await verdicts(text, published)).filter(([w]) => /only/i.test(w))).toEqual([
      [expect.stringMatching(/only/i), verdict],
    ]);
  });
});
