// A Korean trade body often compiles China's own customs data ("according to Chinese customs data
// compiled by the Korea International Trade Association"): it passes China's figures on rather than
// giving Korea's own statistics.
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { claimsOf } from "../helpers/verdicts.js";

const store = useReferenceStore();

const read = (text: string, published: string) => claimsOf(store, text, published);

describe("China's customs data compiled by another country's body", () => {
  it("checks the figures as China's exports", async () => {
    const text =
      "China's magnet exports to Korea reached 815 tons in December, up 246 tons from October, according to Chinese customs data compiled by the Korea International Trade Association.";
    expect(await read(text, "2026-01-21")).toEqual([
      { text: "815 tons", kind: "level", partner: "KOR", period: "2025-12", verdict: "supported" },
      { text: "up 246 tons", kind: "change", partner: "KOR", period: "2025-12", verdict: "supported" },
    ]);
  });

  it("still leaves the body's own import statistics unchecked", async () => {
    const text =
      "Korea imported 1,020 tons of magnets from China in December, according to data compiled by the Korea International Trade Association.";
    const [c] = await read(text, "2026-01-21");
    expect(c).toMatchObject({ text: "1,020 tons", verdict: "unverifiable" });
    expect(c?.partner).not.toBe("KOR");
  });
});
