// Two years joined as one span ("over 2024 and 2025 together", "in 2024-2025") give a figure that
// may be their sum: read as the first or the last year alone, a two-year total of 110,000 t was
// contradicted against one year's 58,152 t. Like two months joined, such a sentence can support a
// year's figure but not contradict it; two years each with its own figure are not joined.
import { describe, expect, it } from "vitest";
import { verifyClaims } from "../../src/claims/index.js";
import { useReferenceStore } from "../helpers/reference-hooks.js";

const store = useReferenceStore();

async function verdicts(text: string) {
  const r = await verifyClaims(store, text, { published: "2026-02-10" });
  return r.claims.map((c) => [c.text, c.verdict]);
}

describe("two years joined as one span", () => {
  it.each([
    "Over 2024 and 2025 together, China exported 110,000 t of rare-earth magnets.",
    "China shipped 110,000 t of rare-earth magnets across 2024 and 2025.",
    "In 2024 and 2025 combined, magnet exports came to 110,000 tonnes.",
    "Magnet exports in 2024-2025 totalled 110,000 tonnes.",
  ])("never contradicts the sum: %s", async (text) => {
    expect(await verdicts(text)).toEqual([[expect.stringContaining("110,000"), "unverifiable"]]);
  });

  it("still checks two years each with its own figure", async () => {
    expect(
      await verdicts("China's magnet exports were 58,152 t in 2024 and 59,392 t in 2025."),
    ).toContainEqual(["59,392 t", "contradicted"]);
  });

  it("still supports a year's own figure beside the joined span", async () => {
    expect(
      await verdicts(
        "China's magnet exports over 2024 and 2025 reached 115,000 tonnes, with 57,392 t in 2025.",
      ),
    ).toContainEqual(["57,392 t", "supported"]);
  });
});
