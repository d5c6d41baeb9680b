// Japanese ranks worded as a broadcaster says them: "減少は2か月連続です" (the fall is the second in a
// row, the count after its noun), "ことし1月以来の多さ" (the most since January, a noun of "many"),
// "今年に入って最も多く" (the most since the year began).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findCjkRanks } from "../../src/claims/extract/find-ranks-cjk.js";
import type { Store } from "../../src/store/open-store.js";
import { referenceStore } from "../helpers/stores.js";
import { readingAt } from "../helpers/verdicts.js";

let store: Store;
beforeAll(async () => {
  store = await referenceStore();
});
afterAll(() => store.close());

describe("Japanese ranks", () => {
  it("reads the three wordings as ranks and a run", () => {
    expect(findCjkRanks("減少は2か月連続です")).toMatchObject([{ type: "streak", n: 2, direction: "down" }]);
    expect(findCjkRanks("ことし1月以来の多さとなりました")).toMatchObject([
      { type: "rank", n: 1, direction: "high", scope: { type: "since" } },
    ]);
    expect(findCjkRanks("今年に入って最も多く")).toMatchObject([
      { type: "rank", n: 1, direction: "high", scope: { type: "year" } },
    ]);
  });

  it("checks them on the data", async () => {
    // magnets: September 2025 5,774 t, October 5,473 t (a second fall); the US 420.5 t then 656 t,
    // the most since January's 877 t
    const text =
      "10月に輸出されたレアアース磁石は5473トンで、前の月より5.2%減りました。減少は2か月連続です。アメリカ向けは656トンで、ことし1月以来の多さとなりました。";
    expect(await readingAt(store, text, "減少は2か月連続", "2025-11-20")).toMatchObject({
      verdict: "supported",
      period: "2025-10",
    });
    expect(await readingAt(store, text, "1月以来の多さ", "2025-11-20")).toMatchObject({
      verdict: "supported",
      partner: "USA",
      period: "2025-10",
    });
  });
});
