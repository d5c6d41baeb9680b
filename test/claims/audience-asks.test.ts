// A sentence in which the text's readers ask about a destination sets no topic of its own: the
// figures of the next sentence are still the trade's ("Readers asked about the United States. Its
// 582 t ..."). People at a plant or site are different: the next sentence's "its" may be the plant's.
import { describe, expect, it } from "vitest";
import { verifyClaims } from "../../src/claims/index.js";
import { useReferenceStore } from "../helpers/reference-hooks.js";

const store = useReferenceStore();

const claimsOf = async (text: string) =>
  (await verifyClaims(store, text, { published: "2025-12-28" })).claims.map((c) => [
    c.kind,
    c.partner,
    c.period,
    c.verdict,
  ]);

describe("the text's readers asking", () => {
  it("leave the next sentence's figures to the trade and the destination asked about", async () => {
    const claims = await claimsOf(
      "Magnet shipments from China picked up in November. Several readers wrote in to ask about the United States. Its 582 t in November was the lowest since September.",
    );
    expect(claims).toContainEqual(["level", "USA", "2025-11", "supported"]);
    expect(claims).toContainEqual(["rank", "USA", "2025-11", "supported"]);
  });

  it("do the same for subscribers", async () => {
    const claims = await claimsOf(
      "China's magnet exports rose in November. Subscribers asked how Japan fared. Its 305 t was 35% up on October.",
    );
    expect(claims).toContainEqual(["level", "JPN", "2025-11", "supported"]);
  });

  it("but workers at a plant still make the next figure no trade figure", async () => {
    const claims = await claimsOf(
      "China's magnet exports rose in November. Workers at the Ningbo plant said the line was busy. Its 582 t in November was a record.",
    );
    expect(claims.filter((c) => c[0] === "level")).toEqual([]);
  });
});
