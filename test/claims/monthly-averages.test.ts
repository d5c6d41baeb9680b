// A level told as a rate a month over a span ("averaged 5,799 t a month in the three months to
// November") is checked against the span's total spread over its months, which analytics computes
// with the interval the total's rounding allows. The average can bear the figure out; a figure it
// does not bear out is left open (the words may mean another average), never contradicted, and one
// month's figure never bears a rate out by chance.
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { claimAt } from "../helpers/verdicts.js";

const store = useReferenceStore();

describe("a rate a month over a span", () => {
  it("is borne out by the span's monthly average (17,397 t over September-November is 5,799 t a month)", async () => {
    const text = "Magnet exports in the three months to November averaged 5,799 t.";
    const got = await claimAt(store, text, "5,799 t", "2025-12-20");
    expect(got).toMatchObject({ verdict: "supported", period: "2025-09..2025-11" });
    expect(got?.explanation).toMatch(/average of 5,799 t a month \(17,397 t over the 3 months/);
    expect(got?.actual?.value).toBeCloseTo(5799, 0);
  });

  it("reads 'a month on average' after the product, and a year's total spread over twelve months", async () => {
    const text = "In 2024 China shipped about 4,850 tonnes of magnets a month on average.";
    expect(await claimAt(store, text, "about 4,850 tonnes", "2025-01-22")).toMatchObject({
      verdict: "supported",
      period: "2024-01..2024-12",
    });
  });

  it("leaves open an average the data does not bear out, and a rate a day", async () => {
    const wrong = "Magnet exports in the three months to November averaged 5,900 t.";
    const got = await claimAt(store, wrong, "5,900 t", "2025-12-20");
    expect(got?.verdict).toBe("unverifiable");
    expect(got?.explanation).toMatch(/average of 5,799 t a month/);
    const daily = "In 2024 China shipped about 4,850 tonnes of magnets a day on average.";
    expect((await claimAt(store, daily, "about 4,850 tonnes", "2025-01-22"))?.verdict).toBe("unverifiable");
  });

  it("keeps a month's level 'a month earlier' a level of that month", async () => {
    const text = "Magnet exports reached 6,150 t in November, against 5,473 t a month earlier.";
    expect(await claimAt(store, text, "5,473 t", "2025-12-20")).toMatchObject({
      verdict: "supported",
      period: "2025-10",
      explanation: "stated 5,473 t, data gives 5,473 t for October 2025",
    });
  });
});
