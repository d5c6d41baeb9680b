// "Since January, ..." said first in a sentence and set off by a comma dates the whole sentence as
// the year so far when the sentence states a total; when it states a move, January is the move's base.
import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract-claims.js";

const find = (text: string, published: string, words: string) =>
  extractClaims(text, { published }).find((c) => text.slice(c.start, c.end).includes(words));

describe("an opening 'since January' of a total", () => {
  it.each([
    [
      "Since January, 39,817 tonnes of magnets have been shipped abroad.",
      "2025-10-22",
      "39,817",
      "2025-01..2025-09",
    ],
    [
      "Customs data are out. Since the start of the year, rare-earth exports add up to 52,699.2 t.",
      "2025-11-20",
      "52,699.2",
      "2025-01..2025-10",
    ],
  ])("%s", (text, published, words, period) => {
    const c = find(text, published, words);
    expect(c?.period).toBe(period);
    expect(c?.kind).toBe("ytd");
  });

  it("leaves a move since January with January as its base", () => {
    const text = "Since January, German magnet deliveries have fallen by 12%, to 1,118 tonnes in October.";
    const c = find(text, "2025-11-22", "12%");
    expect(c?.kind).toBe("change");
    expect(c?.period).toBe("2025-10");
    expect(c?.stated.type === "change" && c.stated.basis).toBe("2025-01");
  });

  it("does not read a rank's window as the year so far", () => {
    const text = "Magnet exports reached 5,774 tonnes in September, the most since January.";
    const c = find(text, "2025-10-22", "5,774");
    expect(c?.period).toBe("2025-09");
  });
});
