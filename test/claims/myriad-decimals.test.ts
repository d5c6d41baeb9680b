// Korean wire copy prints year-to-date tonnages in myriads with decimals ("3만8563.6t", "1만3,483.5톤").
// The number was cut after the multiplier, so only its tail ("8563.6t") was read, as a near miss of
// nothing; read whole, the figure can be checked.
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { verdictsOf } from "../helpers/verdicts.js";

const store = useReferenceStore();

describe("a number in myriads with decimals", () => {
  it.each([
    ["1~7월 누계 희토류 수출량은 3만8563.6t으로 늘었다.", "3만8563.6t", "2025-08-08"],
    ["1~3월 희토류 수출량은 1만3,483.5톤이었다.", "1만3,483.5톤", "2024-04-14"],
  ])("is read whole: %s", async (text, claim, published) => {
    expect(await verdictsOf(store, text, published)).toContainEqual([claim, "supported"]);
  });
});
