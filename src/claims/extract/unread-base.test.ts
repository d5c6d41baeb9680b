import { describe, expect, it } from "vitest";
import { findPeriods, toIndex } from "./periods.js";
import { unreadBaseAfter } from "./unread-base.js";

const anchor = { latest: toIndex(2026, 1) - 1, year: null, carried: null };

/** Whether the change at `words` has a month after it behind words of comparison. */
const unread = (clause: string, words: string, period: string) => {
  const start = clause.indexOf(words);
  return unreadBaseAfter(clause, findPeriods(clause, anchor), { start, end: start + words.length }, period);
};

describe("unreadBaseAfter", () => {
  it("finds a month behind words of comparison the base reader does not take", () => {
    expect(unread("exports were 24.5% above that unusual stretch of May 2024", "24.5%", "2025-06")).toBe(
      true,
    );
    expect(unread("exports were 24.5% above what customs had logged in May 2024", "24.5%", "2025-06")).toBe(
      true,
    );
  });

  it("passes over the claim's own month, a month not set against, and one read as a base already", () => {
    expect(
      unread("exports rose 12.4% from the month before to 6,150 t in November", "12.4%", "2025-11"),
    ).toBe(false);
    expect(unread("exports rose 12.4%, and Japan's purchases rose in October", "12.4%", "2025-11")).toBe(
      false,
    );
  });
});
