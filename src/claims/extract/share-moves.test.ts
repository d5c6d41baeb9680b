import { describe, expect, it } from "vitest";
import { shareMove } from "./share-moves.js";
import { extractClaims } from "./extract-claims.js";

describe("shareMove", () => {
  it("reads a rise or a fall the words give a share on its way to the figure", () => {
    expect(shareMove("Germany's portion edged up to 14.2%")).toEqual({ direction: "up", raw: "edged up" });
    expect(shareMove("the proportion bound for Korea narrowed to 8%")).toEqual({
      direction: "down",
      raw: "narrowed",
    });
    expect(shareMove("India's slice fell back to 3.1%")).toEqual({ direction: "down", raw: "fell" });
  });

  it("gives no move to a share that is only stated, or moved by a verb that is not followed by 'to'", () => {
    expect(shareMove("the Netherlands' share was 11.7%")).toBeNull();
    expect(shareMove("a share that rose sharply, at 11.7%")).toBeNull();
  });
});

describe("a share's move in what the reader extracts", () => {
  it("is recorded with the stated share", () => {
    const [claim] = extractClaims("In October 2025 the US share of China's magnet exports slipped to 12%.", {
      published: "2025-11-25",
    }).filter((c) => c.kind === "share");
    expect(claim?.stated).toMatchObject({
      type: "share",
      pct: 12,
      moved: { direction: "down", raw: "slipped" },
    });
  });
});
