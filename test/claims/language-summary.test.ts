// A sentence the reading copy puts into English words (Russian read through its trade vocabulary)
// is still judged in its own language: a wrong figure there is unverifiable, and the result's
// summary counts it so, as the claims themselves say.
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { verifyClaims } from "../../src/claims/index.js";

const store = useReferenceStore();

describe("a wrong figure in a Russian sentence", () => {
  it("is unverifiable, and the summary counts it so", async () => {
    // magnets in November 2025: 6,150 t, up 12.4% on October
    const text =
      "В ноябре 2025 года Китай экспортировал 9 000 т редкоземельных магнитов, на 35% больше, чем в октябре.";
    const r = await verifyClaims(store, text, { published: "2025-12-20" });
    expect(r.claims.map((c) => [c.text, c.verdict])).toEqual([
      ["9 000 т", "unverifiable"],
      ["на 35% больше", "unverifiable"],
    ]);
    expect(r.summary).toEqual({ supported: 0, contradicted: 0, unverifiable: 2 });
  });
});
