// "Volumes eased 6.1% on the month, after climbing in August": the month of an earlier move told
// after the figure ("after climbing in August", "following a 10% gain in August") dates that move,
// not the figure, which keeps the month the text was speaking of.
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { readingAt } from "../helpers/verdicts.js";

const store = useReferenceStore();

async function claimOf(text: string, quote: string) {
  const { verdict, period } = await readingAt(store, text, quote, "2025-10-22");
  return { verdict, period };
}

const OPENING = "Chinese magnet sales abroad lost steam in September.";

describe("an earlier move told after the figure", () => {
  it.each([
    `${OPENING} Outbound volumes eased 6.1% on the month, after climbing in August.`,
    `${OPENING} Outbound volumes eased 6.1% on the month after a robust rebound in July.`,
    `${OPENING} Outbound volumes eased 6.1% on the month, after shipments had risen sharply in August.`,
    `${OPENING} Outbound volumes eased 6.1% on the month, following a 10% gain in August.`,
    `${OPENING} Outbound volumes eased 6.1% on the month, after a 10% gain in August.`,
  ])("keeps the figure on the text's month: %s", async (text) => {
    expect(await claimOf(text, "eased 6.1%")).toEqual({ verdict: "supported", period: "2025-09" });
  });

  it("still dates the earlier move's own figure", async () => {
    const v = await claimOf(
      `${OPENING} Outbound volumes eased 6.1% on the month, after a 10% gain in August.`,
      "a 10% gain",
    );
    expect(v).toEqual({ verdict: "supported", period: "2025-08" });
  });

  it("still reads a month named with the figure", async () => {
    const v = await claimOf(
      "Outbound magnet volumes eased 6.1% in September, after climbing in August.",
      "eased 6.1%",
    );
    expect(v).toEqual({ verdict: "supported", period: "2025-09" });
  });
});
