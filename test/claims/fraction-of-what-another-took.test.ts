// "nearly three-quarters of what Germany took", "twice what the US took": a fraction or multiple of
// what another destination took, its name then its verb, compares the two destinations in the same
// month; it is no share of the total.
import { describe, expect, it } from "vitest";
import { verifyClaims } from "../../src/claims/index.js";
import { useReferenceStore } from "../helpers/reference-hooks.js";

const store = useReferenceStore();

const read = async (text: string, published: string) =>
  (await verifyClaims(store, text, { published })).claims
    .filter((c) => c.kind !== "level" && c.kind !== "direction")
    .map((c) => [c.kind, c.partner, c.stated.type === "change" ? c.stated.versus : undefined, c.verdict]);

describe("a fraction or multiple of what another destination took", () => {
  it.each([
    [
      "South Korea took 815 tons of magnets in December. Korea received nearly three-quarters of what Germany took.",
      "2026-01-22",
      [["change", "KOR", "DEU", "supported"]],
    ],
    [
      "The US took 46 tonnes of magnets in May, roughly a fifth of what Vietnam took.",
      "2025-06-21",
      [["change", "USA", "VNM", "supported"]],
    ],
    [
      "Germany took 1,118 t of magnets in October, so the US now gets more than half of what Germany gets.",
      "2025-11-22",
      [["change", "USA", "DEU", "supported"]],
    ],
    [
      "Korea took 569 tonnes of magnets in October, about 2.5 times what Japan took.",
      "2025-11-22",
      [["change", "KOR", "JPN", "supported"]],
    ],
  ])("compares the two destinations: %s", async (text, published, expected) => {
    expect(await read(text, published)).toEqual(expected);
  });
});
