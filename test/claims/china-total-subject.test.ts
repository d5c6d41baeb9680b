// A rank said of China's own total after a sentence on a destination ("Germany received 1,346 t ...
// China's August magnet volume was the highest monthly figure of the year") ranks the total: the
// destination spoken of before is no other reading. And "monthly" in such a sentence is no
// newsletter's name ("Minerals Monthly, November 2025"), so the month it names dates its figure.
import { describe, expect, it } from "vitest";
import { extractClaims } from "../../src/claims/index.js";
import { editionDate } from "../../src/claims/extract/edition-dates.js";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { claimAt } from "../helpers/verdicts.js";

const store = useReferenceStore();

const before =
  "In August China exported 6,146 tonnes of rare-earth magnets. Germany received 1,346 tonnes, and German purchases rose by around 230 tonnes on July.";

describe("a rank of China's own total after a destination's figures", () => {
  it("is the total's rank, contradicted when another month was higher", async () => {
    const text = `${before} China's August magnet volume was the highest monthly figure of the year.`;
    const got = await claimAt(store, text, "highest monthly figure of the year", "2025-09-22");
    expect(got).toMatchObject({ kind: "rank", partner: "WLD", period: "2025-08", verdict: "contradicted" });
    expect(got?.explanation).toMatch(/January 2025's 6,357 t was higher/);
  });

  it("keeps the destination spoken of before as a reading when the subject does not name China's total", async () => {
    const text = `${before} The volume was the highest monthly figure of the year.`;
    const got = await claimAt(store, text, "highest monthly figure of the year", "2025-09-22");
    expect(got?.verdict).toBe("unverifiable");
  });
});

describe("'monthly' in a sentence with a measure of the trade", () => {
  it.each([
    "The August volume was the highest monthly figure of the year.",
    "China's August magnet tonnage was the highest monthly figure of the year.",
  ])("leaves the month to date the figure: %s", (text) => {
    expect(extractClaims(text, { published: "2025-09-22" }).map((c) => c.period)).toEqual(["2025-08"]);
  });

  it("still takes a newsletter's title for an edition's date", () => {
    const title = "Minerals Monthly, November 2025";
    expect(editionDate(title, title.indexOf("November"), title.indexOf(" 2025"))).toBe(true);
  });
});
