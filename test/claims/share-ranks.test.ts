// A rank said of a destination's share of the total ("the smallest US share since May") is counted
// over the shares the data computes, not over the tonnage, which ranks otherwise: September's 420.5 t
// to the US was the lowest since June, its 7.3% share the lowest since May.
import { describe, expect, it } from "vitest";
import { verifyClaims } from "../../src/claims/index.js";
import { useReferenceStore } from "../helpers/reference-hooks.js";

const store = useReferenceStore();

const rankOf = async (text: string, published: string) => {
  const c = (await verifyClaims(store, text, { published })).claims.find((x) => x.kind === "rank");
  return [c?.partner, c?.period, c?.verdict, /share of the total/.test(c?.explanation ?? "")];
};

describe("a rank of a destination's share", () => {
  it.each([
    [
      "China's magnet exports dip in September; US share smallest since May",
      "2025-10-20",
      ["USA", "2025-09", "supported", true],
    ],
    [
      "Magnet shipments to the United States fell to 420.5 tonnes in September, the smallest US share since May.",
      "2025-10-20",
      ["USA", "2025-09", "supported", true],
    ],
    [
      "The US share of China's magnet exports in October was the highest this year.",
      "2025-11-22",
      ["USA", "2025-10", "contradicted", true],
    ],
    [
      "The European Union took 2,060.3 tonnes of the magnets in October, the lowest EU share in the available data.",
      "2025-11-22",
      ["EU27", "2025-10", "unverifiable", true],
    ],
    [
      "The US share of China's magnet exports was the smallest since June in September.",
      "2025-10-20",
      ["USA", "2025-09", "unverifiable", true],
    ],
  ])("is checked on the shares: %s", async (text, published, expected) => {
    expect(await rankOf(text, published)).toEqual(expected);
  });

  it("leaves a rank of the tonnage on the tonnage", async () => {
    expect(
      await rankOf(
        "China's magnet exports to the US were the smallest since May in September.",
        "2025-10-20",
      ),
    ).toEqual(["USA", "2025-09", "contradicted", false]);
  });
});
