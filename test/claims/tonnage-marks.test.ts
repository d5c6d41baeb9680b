// "held above the 5,000-tonne level", "fell short of the 6,000-tonne mark", "south of 6,000 tonnes":
// a round tonnage the level is set against, whose bound lies in the words before it. Read as a level
// exactly at the mark, each was a false contradiction of a true sentence.
import { describe, expect, it } from "vitest";
import { verifyClaims } from "../../src/claims/index.js";
import { useReferenceStore } from "../helpers/reference-hooks.js";

const store = useReferenceStore();

const read = async (text: string, published: string) =>
  (await verifyClaims(store, text, { published })).claims.map((c) => [
    c.kind,
    c.period,
    c.stated.type === "level" ? c.stated.hedge : null,
    c.verdict,
  ]);

describe("a tonnage named as a mark", () => {
  it("takes the side the words before its article put the level on", async () => {
    expect(
      await read(
        "Shipments of magnets stayed comfortably above the 5,000-tonne line in November.",
        "2025-12-22",
      ),
    ).toEqual([["level", "2025-11", "more_than", "supported"]]);
    expect(await read("Magnet shipments in October fell short of the 6,000 t mark.", "2025-11-25")).toEqual([
      ["level", "2025-10", "less_than", "supported"],
    ]);
    expect(
      await read("Chinese magnet sales abroad cleared the 6,000-tonne threshold in November.", "2025-12-22"),
    ).toEqual([["level", "2025-11", "more_than", "supported"]]);
  });

  it("is still checked, so a mark on the wrong side is contradicted", async () => {
    expect(await read("Magnet exports stayed under the 6,000-tonne mark in November.", "2025-12-22")).toEqual(
      [["level", "2025-11", "less_than", "contradicted"]],
    );
  });

  it("is no figure of the level when no word says on which side it lies", async () => {
    expect(await read("Magnet exports edged toward the 6,000-tonne mark in November.", "2025-12-22")).toEqual(
      [],
    );
  });
});

describe("north of, south of and short of a tonnage", () => {
  it("bound the level from below or above", async () => {
    expect(
      await read("China's magnet exports came in south of 6,000 tonnes in October.", "2025-11-25"),
    ).toEqual([["level", "2025-10", "less_than", "supported"]]);
    expect(
      await read("China's magnet exports came in north of 6,000 tonnes in November.", "2025-12-22"),
    ).toEqual([["level", "2025-11", "more_than", "supported"]]);
    expect(
      await read("China's magnet exports came in north of 6,000 tonnes in October.", "2025-11-25"),
    ).toEqual([["level", "2025-10", "more_than", "contradicted"]]);
  });

  it("after 'fell', say where the level stayed, not that it fell from the month before", async () => {
    expect(await read("November's magnet exports fell short of 6,400 t.", "2025-12-22")).toEqual([
      ["level", "2025-11", "less_than", "supported"],
    ]);
  });
});
