// Differences in tonnes told by the words after a figure, and a figure that ends its clause, which
// has no such words (the pattern for them is then not run).
import { describe, expect, it } from "vitest";
import { findAmountChanges } from "./find-amount-changes.js";

const sizes = (clause: string) => findAmountChanges(clause).map((h) => h.pct);

describe("findAmountChanges", () => {
  it.each([
    ["Shipments to Japan were 120 t higher than in May.", [120]],
    ["Sales to Korea ended 95 tonnes below the previous month.", [-95]],
    ["Japan took 120 t more.", [120]],
    ["Korea got 50 t less", [-50]],
    ["Korea got 50 t.", []],
    ["Korea got 50 t", []],
    ["India's peak was 418 t in July, and October was 2 t short of it.", [-2]],
    ["Germany took 1,346 t in August; September came in 58 t below it.", [-58]],
  ])("reads what follows a figure, and nothing after one that ends its clause: %s", (clause, expected) => {
    expect(sizes(clause)).toEqual(expected);
  });
});
