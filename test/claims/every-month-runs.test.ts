// A move said of every month of a span ("rose in every month from May to August") claims a run of
// monthly moves, not only that the last month is above the first: it was read as one change from the
// first month to the last and supported when a month in between went the other way. Magnets 2025:
// May 1,238 t, June 3,188 t, July 5,577 t, August 6,146 t, September 5,774 t; to the US: June 353 t,
// July 619 t, August 590 t, September 420.5 t.
import { describe, expect, it } from "vitest";
import { findRanks } from "../../src/claims/extract/find-ranks.js";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { claimAt } from "../helpers/verdicts.js";

const store = useReferenceStore();

describe("a move in every month of a span", () => {
  it.each([
    ["Shipments fell in each month from March to June", 3, "down"],
    ["exports rose every single month between January and May", 4, "up"],
    ["sales climbed during every month from November to February", 3, "up"],
  ])("is a run of at least the span's steps: %s", (text, n, direction) => {
    expect(findRanks(text)).toMatchObject([{ type: "streak", n, direction, atLeast: true }]);
  });

  it.each([
    [
      "China's magnet shipments grew in every month from May to August.",
      "grew in every month",
      "supported",
      "WLD",
    ],
    [
      "China's magnet shipments grew in every month from June to September.",
      "grew in every month",
      "contradicted",
      "WLD",
    ],
    [
      "Magnet shipments to the US declined each month between July and September.",
      "declined each month",
      "supported",
      "USA",
    ],
    [
      "Magnet shipments to the US declined each month between June and September.",
      "declined each month",
      "contradicted",
      "USA",
    ],
  ])("is checked month by month: %s", async (text, quote, verdict, partner) => {
    const c = await claimAt(store, text, quote, "2025-10-25");
    expect(c).toMatchObject({ verdict, partner, period: text.includes("August") ? "2025-08" : "2025-09" });
  });

  it("no longer reads the span as a single move from its first month", async () => {
    const c = await claimAt(
      store,
      "China's magnet shipments grew in every month from June to September.",
      "grew",
      "2025-10-25",
    );
    expect(c).toBeUndefined();
  });
});
