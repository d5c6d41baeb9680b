// A reply quotes the story it answers behind "> " marks, as e-mail and forums set a quote. The quoted
// story gets the verdicts it gets unquoted, and the reply's own words stay the reply's.
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { verdictsOf } from "../helpers/verdicts.js";

const store = useReferenceStore();

const STORY = [
  "China's magnet exports rose 12.4% in November to 6,150 tonnes, the",
  "second-highest monthly total on record. Japan took 305 tonnes, up 35% on",
  "October, and the United States 582 tonnes.",
];

describe("a quoted story in a reply", () => {
  it("reads as the story unquoted", async () => {
    const reply = [
      ...STORY.map((l) => `> ${l}`),
      "",
      "Worth noting: the US figure was 11% below October.",
    ].join("\n");
    const plain = [...STORY, "", "Worth noting: the US figure was 11% below October."].join("\n");
    const said = await verdictsOf(store, plain);
    expect(said.filter(([, v]) => v === "supported").length).toBeGreaterThanOrEqual(5);
    expect(await verdictsOf(store, reply)).toEqual(said);
  });
});
