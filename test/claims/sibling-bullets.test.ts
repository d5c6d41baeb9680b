// Each bullet is its own fact. A bullet that opens with a line naming a destination and goes on to
// give figures ("The US is not sharing in it. Shipments fell to 582 t.") spoke of that destination
// for itself; the next bullet does not inherit it. Read as the list's topic, it made the total's
// figures in the bullets after it the destination's, so a wrong change of the total was left
// unverifiable (the destination's figure is not held). A line that opens a chat or a list and
// names a product or month ("sep magnet #s out") still holds for the lines under it.
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { readingAt } from "../helpers/verdicts.js";

const store = useReferenceStore();

// rare earths: October 2025 4,343.5 t, November 5,493.9 t (+26.5%)
const list = (change: string) => `Three things the November data say

- The US is not sharing in it. Magnet shipments there fell to 582 t in November.

- Raw materials tell another story. Rare-earth exports were 5,494 t in November, ${change} more than in October.`;

describe("a destination a sibling bullet named before its own figures", () => {
  it("is not the next bullet's: its total's wrong change is contradicted", async () => {
    expect(await readingAt(store, list("20%"), "20% more", "2025-12-23")).toMatchObject({
      partner: "WLD",
      verdict: "contradicted",
    });
  });

  it("and its right change supported on the total", async () => {
    expect(await readingAt(store, list("26.5%"), "26.5% more", "2025-12-23")).toMatchObject({
      partner: "WLD",
      verdict: "supported",
    });
  });

  it("still holds within its own bullet", async () => {
    expect(await readingAt(store, list("26.5%"), "582 t", "2025-12-23")).toMatchObject({
      partner: "USA",
      verdict: "supported",
    });
  });

  it("while a chat's opening line keeps its month for the lines under it", async () => {
    const chat = `[09:02] mk: sep magnet #s out. 5774t total
[09:03] jl: US?
[09:04] mk: 420.5t. lowest since may
[09:04] jl: germany?
[09:05] mk: 1288t, still no.1`;
    expect(await readingAt(store, chat, "1288t", "2025-10-21")).toMatchObject({ period: "2025-09" });
  });
});
