// Two products, each with its own change in one sentence ("rare earths rose 26.5% and magnets
// 12.4%"): a change is never read as the other product's, which has a figure of its own.
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { verifyClaims } from "../../src/claims/index.js";

const store = useReferenceStore();

const changesOf = async (text: string) =>
  (await verifyClaims(store, text, { published: "2025-12-20" })).claims
    .filter((c) => c.kind === "change")
    .map((c) => [c.text, c.series, c.verdict]);

describe("a change beside another product's own figures", () => {
  it("is supported on its own product", async () => {
    expect(
      await changesOf("November shipments: rare earths 5,494 t (+26.5% m/m), magnets 6,150 t (+12.4% m/m)."),
    ).toEqual([
      ["+26.5%", "rare-earths", "supported"],
      ["+12.4%", "rare-earth-magnets", "supported"],
    ]);
  });

  it.each([
    "November shipments: rare earths 5,494 t (+12.4% m/m), magnets 6,150 t (+26.5% m/m).",
    "Rare earths rose 12.4% and magnets 26.5% in November.",
  ])("is not borne out by the other product's change when swapped: %s", async (text) => {
    // rare earths rose 26.5%: the 12.4% fits magnets, whose own change the sentence gives
    const [first] = await changesOf(text);
    expect(first?.[1]).toBe("rare-earths");
    expect(first?.[2]).toBe("contradicted");
  });
});
