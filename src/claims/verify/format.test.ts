// Explanations write money in its currency and scale, never with the tonnes' "t".
import { describe, expect, it } from "vitest";
import { money, tonnes } from "./format.js";

describe("money in explanations", () => {
  it.each([
    [763_150_000, "USD", "763.15 million USD"],
    [2_100_000_000, "CNY", "2.1 billion CNY"],
    [850_000, "EUR", "850,000 EUR"],
  ])("writes %d %s as %s", (n, currency, words) => {
    expect(money(n, currency)).toBe(words);
    expect(money(n, currency)).not.toMatch(/\bt$/);
  });

  it("keeps tonnes for tonnages", () => {
    expect(tonnes(6150)).toBe("6,150 t");
  });
});

describe("figures written once and reused", () => {
  it("writes a figure the same each time, and keeps -0 apart from 0", () => {
    expect([tonnes(420.5), tonnes(420.5)]).toEqual(["420.5 t", "420.5 t"]);
    expect([tonnes(0), tonnes(-0), tonnes(0)]).toEqual(["0 t", "-0 t", "0 t"]);
    // the precision is part of what is remembered: money has two decimals, tonnes three
    expect([money(1.2345, "USD"), tonnes(1.2345)]).toEqual(["1.23 USD", "1.235 t"]);
  });
});
