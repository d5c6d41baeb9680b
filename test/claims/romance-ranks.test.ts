// Ranks with their window in Spanish, Portuguese, Italian and French: "la cifra más alta desde
// enero", "le plus haut niveau depuis janvier", "o nível mais baixo do ano", "il valore più alto da
// gennaio". A rank without its window is not read, and a sentence in these languages may show a
// rank right, never wrong.
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { verifyClaims } from "../../src/claims/index.js";
import { findRanks } from "../../src/claims/extract/find-ranks.js";

const store = useReferenceStore();

/** `[words, period, stated rank, verdict]` of the ranks `verify` reads in `text`. */
async function ranksOf(text: string) {
  const { claims } = await verifyClaims(store, text, { published: "2025-12-20" });
  return claims
    .filter((c) => c.stated.type === "rank")
    .map((c) => [
      c.text,
      c.period,
      c.stated.type === "rank" ? [c.stated.n, c.stated.direction, c.stated.scope] : null,
      c.verdict,
    ]);
}

describe("ranks in Romance languages", () => {
  it("reads a Spanish rank since a month", async () => {
    expect(
      await ranksOf(
        "China envió 6.146 toneladas de imanes en agosto, su cifra mensual más alta desde enero.",
      ),
    ).toEqual([
      [
        "cifra mensual más alta desde",
        "2025-08",
        [1, "high", { type: "since", period: "2025-01" }],
        "supported",
      ],
    ]);
  });

  it("reads a Spanish ordinal rank", async () => {
    expect(
      await ranksOf(
        "Las exportaciones de imanes sumaron 5.774 toneladas en septiembre, la segunda cifra más alta desde enero.",
      ),
    ).toEqual([
      [
        "segunda cifra más alta desde",
        "2025-09",
        [2, "high", { type: "since", period: "2025-01" }],
        "supported",
      ],
    ]);
  });

  it("reads a French rank with the extreme before its noun", async () => {
    expect(
      await ranksOf(
        "Les exportations chinoises d'aimants ont atteint 6 150 tonnes en novembre, le plus haut niveau depuis janvier.",
      ),
    ).toEqual([
      ["plus haut niveau depuis", "2025-11", [1, "high", { type: "since", period: "2025-01" }], "supported"],
    ]);
  });

  it("reads a Portuguese year's low", async () => {
    expect(
      await ranksOf("Em maio, a China exportou apenas 1.238 toneladas de ímanes, o nível mais baixo do ano."),
    ).toEqual([
      ["nível mais baixo do ano", "2025-05", [1, "low", { type: "year", year: 2025 }], "supported"],
    ]);
  });

  it("reads an Italian rank since a month after 'da'", async () => {
    expect(
      await ranksOf(
        "La Cina ha esportato 6.150 tonnellate di magneti a novembre, il valore più alto da gennaio.",
      ),
    ).toEqual([
      ["valore più alto da", "2025-11", [1, "high", { type: "since", period: "2025-01" }], "supported"],
    ]);
  });

  it("leaves a wrong rank in Spanish unverifiable, never contradicted", async () => {
    const got = await ranksOf(
      "En septiembre las exportaciones de tierras raras fueron de 4.000,3 toneladas, la cifra más baja del año.",
    );
    expect(got.map((r) => [r[0], r[3]])).toEqual([["cifra más baja del año", "unverifiable"]]);
  });

  it("reads no rank without its window", () => {
    expect(findRanks("la cifra más alta, según la aduana")).toEqual([]);
    expect(findRanks("il livello più alto per i produttori")).toEqual([]);
  });

  it("reads French 'plus' as a rank only before a word of height or depth", () => {
    expect(findRanks("leur plus bas niveau depuis février").map((r) => [r.n, r.direction, r.scope])).toEqual([
      [1, "low", { type: "since", period: null }],
    ]);
    // English "plus" adds a figure: only the English rank is read
    const text = "Japan took 410 t plus 96 t via Hong Kong, the most since February";
    expect(findRanks(text).map((r) => [text.slice(r.start, r.end), r.n, r.direction])).toEqual([
      ["most since", 1, "high"],
    ]);
  });
});
