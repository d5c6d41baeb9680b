// "Magnet exports recovered to 3,188 t in June, still well below January's 6,357 t": the month after
// "still well below" is the base of that comparison, not of the move before it. With two words
// between the comma and "below", or with "but stayed below", the move took January as its base and
// a true rise was contradicted against it.
import { describe, expect, it } from "vitest";
import { verifyClaims } from "../../src/claims/index.js";
import { useReferenceStore } from "../helpers/reference-hooks.js";

const store = useReferenceStore();

const moves = async (text: string) =>
  (await verifyClaims(store, text, { published: "2025-12-20" })).claims
    .filter((c) => c.kind === "direction" || c.kind === "change")
    .map((c) => [c.text, c.verdict]);

describe("a comparison of its own after a move", () => {
  it.each([
    ["Magnet exports recovered to 3,188 t in June, still well below January's 6,357 t.", "recovered"],
    ["Magnet exports rose 157% to 3,188 t in June, still well below January's 6,357 t.", "rose 157%"],
    ["Magnet exports rose in June but stayed below January.", "rose"],
    ["Magnet exports rose in June, though they remained well below January.", "rose"],
  ])("leaves the later month to that comparison: %s", async (text, move) => {
    const got = await moves(text);
    expect(got[0]).toEqual([move, "supported"]);
    expect(got.map((g) => g[1])).not.toContain("contradicted");
  });
});
