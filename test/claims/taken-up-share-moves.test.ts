// "Figure 1 plots the US share of China's monthly magnet exports. It collapsed from 13.8% in
// January to 3.7% in May": a share spoken of in one sentence is taken up by "it" in the next with
// any verb of a move, a steep one too ("collapsed", "plunged", "surged"), and its values are that
// share's. Checked on the reference data (US share 2025: January 13.8%, May 3.7%, November 9.5%).
import { describe, expect, it } from "vitest";
import { verifyClaims } from "../../src/claims/index.js";
import { useReferenceStore } from "../helpers/reference-hooks.js";

const store = useReferenceStore();

const shares = async (text: string) =>
  (await verifyClaims(store, text, { published: "2025-12-23" })).claims
    .filter((c) => c.kind === "share")
    .map((c) => [c.text, c.partner, c.period, c.verdict]);

describe("a share taken up by 'it' with a steep move", () => {
  it("reads each value as the share's", async () => {
    const text =
      "Our chart tracks the US share of China's monthly magnet exports. It collapsed from 13.8% in January to 3.7% in May.";
    expect(await shares(text)).toEqual([
      ["13.8%", "USA", "2025-01", "supported"],
      ["3.7%", "USA", "2025-05", "supported"],
    ]);
  });

  it("leaves a wrong value open: the share is carried from the sentence before", async () => {
    const text =
      "Our chart tracks the US share of China's monthly magnet exports. It plunged from 13.8% in January to 6.2% in May.";
    expect(await shares(text)).toEqual([
      ["13.8%", "USA", "2025-01", "supported"],
      ["6.2%", "USA", "2025-05", "unverifiable"],
    ]);
  });
});
