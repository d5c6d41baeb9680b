// The names a sentence gives that a claim may be rescued by: "China's exports" names the total,
// unless the same words send those exports to a destination.
import { describe, expect, it } from "vitest";
import { mentionsIn } from "./sentence-mentions.js";

describe("mentionsIn", () => {
  it.each([
    "China's exports of sintered magnets to Poland hit a six-month high in August.",
    "China's shipments bound for the Netherlands were the lowest in a year.",
    "China's exports of magnets to Thailand fell for a third month.",
  ])("does not read the total where the exports go to one destination: %s", (sentence) => {
    expect(mentionsIn(sentence).partners.has("WLD")).toBe(false);
  });

  it.each([
    "China's exports rose in August, and Poland took more than ever.",
    "China's shipments of magnets climbed to 5,100 t; Thailand's fell.",
  ])("reads the total where China's exports stand on their own: %s", (sentence) => {
    expect(mentionsIn(sentence).partners.has("WLD")).toBe(true);
  });
});
