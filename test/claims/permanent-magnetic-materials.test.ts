// "China exported 3,188 tonnes of rare earth permanent magnetic materials last month": the name
// customs give the magnets' line is magnets, not rare earths, so it is checked against magnets and
// never contradicted by the rare-earths total.
import { describe, expect, it } from "vitest";
import { verifyClaims } from "../../src/claims/index.js";
import { useReferenceStore } from "../helpers/reference-hooks.js";

const store = useReferenceStore();

const levelAt = async (text: string, words: string) =>
  (await verifyClaims(store, text, { published: "2025-07-20" })).claims.find((c) =>
    text.slice(c.start, c.end).includes(words),
  );

describe("rare earth permanent magnetic materials", () => {
  it("are magnets", async () => {
    const c = await levelAt(
      "China exported 3,188 tonnes of rare earth permanent magnetic materials in June.",
      "3,188",
    );
    expect(c).toMatchObject({ series: "rare-earth-magnets", period: "2025-06", verdict: "supported" });
  });

  it("are told apart from the rare-earths total in the same sentence", async () => {
    const text =
      "China exported 7,742.2 tonnes of rare earths in June, and 3,188 tonnes of permanent magnetic materials.";
    expect(await levelAt(text, "7,742.2")).toMatchObject({ series: "rare-earths", verdict: "supported" });
    expect(await levelAt(text, "3,188")).toMatchObject({
      series: "rare-earth-magnets",
      verdict: "supported",
    });
  });
});
