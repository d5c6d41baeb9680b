// Posts, newsletters and notes written in an editor mark figures in Markdown ("**6,150 tonnes**",
// "*up 35%*"). The marks are typography: the marked text gets the verdicts the plain text gets, each
// claim quoted as written (a claim that spans a mark quotes it). (Read with the marks, figures lost their units and verbs, and right ones
// were called contradicted.)
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { verdictsOf } from "../helpers/verdicts.js";

const store = useReferenceStore();

const PLAIN =
  "China's rare-earth magnet exports rose 12.4% to 6,150 tonnes in November, the second-highest on record. Japan took 305 tonnes, up 35% on the month, while the US share slipped to 9.5%.";

describe("Markdown emphasis around figures", () => {
  it("gives the marked text the verdicts of the plain text", async () => {
    const marked = PLAIN.replace(/(\d[\d,.]*(?: tonnes|%))/g, "**$1**").replace(
      "the second-highest on record",
      "*the second-highest on record*",
    );
    const said = await verdictsOf(store, PLAIN);
    expect(said.filter(([, v]) => v === "supported").length).toBeGreaterThanOrEqual(5);
    const got = await verdictsOf(store, marked);
    expect(got.map(([, v]) => v)).toEqual(said.map(([, v]) => v));
    expect(got.map(([t]) => t.replace(/\*/g, ""))).toEqual(said.map(([t]) => t));
  });
});
