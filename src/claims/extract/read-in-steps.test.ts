// Reading a text one block at a time: each step gives its block's claims as first read, and the
// last step returns exactly what reading the whole text at once does.
import { describe, expect, it } from "vitest";
import { readClaims, readInSteps } from "./extract-claims.js";
import type { ExtractedClaim } from "../types.js";

const TEXT = [
  "Magnet shipments out of China reached 6,150 tonnes in November.",
  "The United States took 582 tonnes, down 11% from October.",
  "Background: the controls announced in April still apply to seven elements.",
  "Japan received 305 tonnes, up 35% on the month.",
].join("\n\n");

function drain(text: string) {
  const steps: (readonly ExtractedClaim[])[] = [];
  const it = readInSteps(text, { published: "2025-12-20" });
  for (;;) {
    const s = it.next();
    if (s.done === true) return { steps, result: s.value };
    steps.push(s.value);
  }
}

describe("reading a text in steps", () => {
  it("ends with what reading it at once gives", () => {
    const { result } = drain(TEXT);
    const once = readClaims(TEXT, { published: "2025-12-20" });
    expect(result.read).toBe(once.read);
    expect(result.claims).toEqual(once.claims);
  });

  it("gives each paragraph's claims in its own step, and none for a paragraph without figures", () => {
    const { steps } = drain(TEXT);
    expect(steps).toHaveLength(3);
    const paragraphOf = (c: ExtractedClaim) => TEXT.slice(0, c.start).split("\n\n").length;
    expect(steps.map((s) => [...new Set(s.map(paragraphOf))])).toEqual([[1], [2], [4]]);
    expect(steps[2]!.map((c) => c.partner)).toContain("JPN");
  });

  it("takes no step for a text without claims", () => {
    const { steps, result } = drain("Nothing here is a figure.");
    expect(steps).toEqual([]);
    expect(result.claims).toEqual([]);
  });
});
