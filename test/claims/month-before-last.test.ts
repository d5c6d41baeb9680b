// "The month before last", counted back from when the text came out: a level said of it is that
// month's (it had no period and was left unverifiable), and "up 12.4% from the month before last"
// after "last month" may be a change on the month, which had been contradicted by the change over
// two months.
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { claimAt, readingAt } from "../helpers/verdicts.js";

const store = useReferenceStore();

describe("the month before last", () => {
  it("dates a level two months before the text's", async () => {
    expect(
      await readingAt(
        store,
        "China exported 5,473 tonnes of magnets the month before last.",
        "5,473 tonnes",
        "2025-12-20",
      ),
    ).toEqual({ verdict: "supported", series: "rare-earth-magnets", partner: "WLD", period: "2025-10" });
  });

  it("contradicts another month's figure given for it", async () => {
    const c = await claimAt(
      store,
      "China exported 5,773 tonnes of magnets the month before last.",
      "5,773 tonnes",
      "2025-12-20",
    );
    expect([c?.period, c?.verdict]).toEqual(["2025-10", "contradicted"]);
  });

  it("is the base of a change on the month after last month", async () => {
    const c = await claimAt(
      store,
      "Magnet exports last month were 6,150 tonnes, up 12.4% from the month before last.",
      "up 12.4%",
      "2025-12-20",
    );
    expect(c?.verdict).toBe("supported");
    expect(c?.explanation).toMatch(/5,473 t in October 2025 to 6,150 t in November 2025/);
  });

  it("still reads a change over two months", async () => {
    const c = await claimAt(
      store,
      "Magnet exports last month were 6,150 tonnes, up 6.5% from the month before last.",
      "up 6.5%",
      "2025-12-20",
    );
    expect(c?.verdict).toBe("supported");
    expect(c?.explanation).toMatch(/September 2025 to 6,150 t in November 2025/);
  });
});
