// "Magnet exports slump as US shipments plunge": a headline on the total that passes to a
// destination with a conjunction ("as", "while", "amid") is not a headline about that destination,
// so the total's figures under it keep no destination; a headline on a destination still heads them.
import { describe, expect, it } from "vitest";
import { verifyClaims } from "../../src/claims/index.js";
import { useReferenceStore } from "../helpers/reference-hooks.js";

const store = useReferenceStore();

const rankOf = async (text: string) => {
  const c = (await verifyClaims(store, text, { published: "2025-06-21" })).claims.find(
    (x) => x.kind === "rank",
  );
  return [c?.partner, c?.period, c?.verdict];
};

const body =
  "China's rare-earth magnet exports fell to 1,238 tonnes in May, the lowest monthly total in the available data.";

describe("a headline that passes to a destination with a conjunction", () => {
  it.each([
    "Magnet exports slump as US shipments plunge",
    "China's magnet exports sink to a low while US buyers go without",
    "Magnet exports collapse amid US curbs",
  ])("leaves the total's figures under it the total's: %s", async (headline) => {
    expect(await rankOf(`${headline}\n\n${body}`)).toEqual(["WLD", "2025-05", "supported"]);
  });

  it("still heads the figures under a headline on a destination", async () => {
    const c = (
      await verifyClaims(store, "Magnet exports to the US slump\n\nShipments fell to 46 tonnes in May.", {
        published: "2025-06-21",
      })
    ).claims.find((x) => x.kind === "level");
    expect([c?.partner, c?.verdict]).toEqual(["USA", "supported"]);
  });
});
