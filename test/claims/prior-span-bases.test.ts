// A quarter set against the quarter before it ("q/q", "QoQ", "quarter on quarter", "on the
// quarter", "from the previous quarter") and a half against the half before it ("half on half"):
// the base is the span of as many months right before, named in the clause, so it can contradict.
import { describe, expect, it } from "vitest";
import { verifyClaims } from "../../src/claims/index.js";
import { useReferenceStore } from "../helpers/reference-hooks.js";

const store = useReferenceStore();

const changes = async (text: string, published: string) =>
  (await verifyClaims(store, text, { published })).claims
    .filter((c) => c.kind === "change")
    .map((c) => [c.text, c.period, c.verdict]);

// magnets: April-June 2025 7,052 t, July-September 17,497 t (+148.1%), October-December 17,575 t (+0.4%)
describe("a span's change on the span before it", () => {
  it.each([
    ["Magnet exports rose to 17,497 t in the third quarter, up 148% quarter on quarter.", "up 148%"],
    ["Third-quarter magnet shipments were 17,497 tonnes, a rise of 148% q/q.", "rise of 148%"],
    ["Q3 magnet exports climbed 148% on the quarter to 17,497 t.", "climbed 148%"],
    ["Q3 magnet exports rose 148% from the previous quarter.", "rose 148%"],
  ])("reads the quarter before as the base: %s", async (text, quote) => {
    expect(await changes(text, "2025-10-20")).toEqual([[quote, "2025-07..2025-09", "supported"]]);
  });

  it("contradicts a wrong change on the quarter before, the base being named", async () => {
    expect(await changes("Q3 magnet exports rose 48% quarter on quarter.", "2025-10-20")).toEqual([
      ["rose 48%", "2025-07..2025-09", "contradicted"],
    ]);
  });

  it("reads QoQ of the fourth quarter against the third", async () => {
    expect(
      await changes("Fourth-quarter magnet exports came to 17,575 t, up 0.4% QoQ.", "2026-01-20"),
    ).toEqual([["up 0.4%", "2025-10..2025-12", "supported"]]);
  });

  it("gives a change joined by 'and' its own q/q base, and the first its y/y", async () => {
    expect(await changes("Q3 magnet exports rose 12.8% y/y and 148% q/q.", "2025-10-20")).toEqual([
      ["rose 12.8%", "2025-07..2025-09", "supported"],
      ["148%", "2025-07..2025-09", "supported"],
    ]);
  });

  // rare earths: January-June 2025 32,569.2 t, July-December 30,015.8 t (-7.8%)
  it("reads half on half against the first half", async () => {
    expect(
      await changes("Rare-earth exports in the second half of 2025 fell 7.8% half on half.", "2026-01-20"),
    ).toEqual([["fell 7.8%", "2025-07..2025-12", "supported"]]);
  });
});
