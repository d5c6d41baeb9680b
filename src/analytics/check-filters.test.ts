import { describe, expect, it } from "vitest";
import { checkFilterValues } from "./check-filters.js";

describe("checkFilterValues", () => {
  it("rejects a range that ends before it starts, but not a coarser end that contains the start", () => {
    expect(() => checkFilterValues({ from: "2025-12", to: "2025-06" })).toThrow(
      "from 2025-12 is after to 2025-06",
    );
    expect(() => checkFilterValues({ from: "2025-06-15", to: "2025-06" })).not.toThrow();
    expect(() => checkFilterValues({ from: "2025-06", to: "2025-06" })).not.toThrow();
  });

  it("knows the four source kinds", () => {
    expect(() => checkFilterValues({ kind: "press" })).not.toThrow();
    expect(() => checkFilterValues({ kind: "blog" })).toThrow(
      "unknown kind: blog (known: official, wire, press, industry)",
    );
  });
});
