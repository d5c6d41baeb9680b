// A figure passed on as a rumour is read but never checked; the writer's own words around it are.
import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract-claims.js";
import { hearsayBefore } from "./hearsay.js";

const modes = (t: string) =>
  extractClaims(t, { published: "2026-02-18" })
    .filter((c) => c.kind !== "direction")
    .map((c) => [c.text, c.mode]);

describe("hearsay", () => {
  it.each([
    'The rumour doing the rounds in Baotou: "rare earth exports slumped to 3,910 tonnes in January."',
    "Gossip on the trading floor put January magnet exports to Japan at 212 t.",
    "Magnet exports to India were, according to the rumour mill, only 95 tonnes in January.",
    "Rumour has it that gallium exports were 4.1 t in January.",
    "January shipments to Vietnam supposedly came to 388 tonnes.",
    "Unverified figures circulating in Ningbo show magnet exports of 5,010 t in January.",
  ])("marks a figure passed on as a rumour: %s", (t) => {
    const found = modes(t);
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((m) => m[1] === "denied")).toBe(true);
  });

  it.each([
    "Despite rumours of a collapse, magnet exports to Korea were 815 tonnes in January.",
    "Rumours had swirled for weeks, but customs data showed magnet exports of 5,010 t in January.",
    "A viral post said shipments stopped; magnet exports to Germany were in fact 1,106 t in January.",
  ])("keeps the writer's own figure after a rumour reported: %s", (t) => {
    const found = modes(t);
    expect(found.length).toBeGreaterThan(0);
    expect(found.at(-1)?.[1]).toBe("reported");
  });

  it("reads only the words before the figure", () => {
    expect(hearsayBefore("Word on the grapevine is that exports were ")).toBe(true);
    expect(hearsayBefore("Amid rumours of a halt, exports were ")).toBe(false);
    expect(hearsayBefore("Customs said exports were ")).toBe(false);
  });
});
