// A newsletter or an e-mail wraps its prose at a fixed width. Read with its breaks, a line that ends
// on "up 12.4" or opens on "percent" looked like an item of its own; the wrapped text now gets the
// verdicts the same words unwrapped get, each claim quoted as written.
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { verdictsOf } from "../helpers/verdicts.js";

const store = useReferenceStore();

const PROSE =
  "In its monthly release, the customs office said China's exports of rare-earth magnets rose to 6,150 tonnes in November, up 12.4 percent from 5,473 tonnes in October. Shipments to Germany, the largest buyer, were not broken out, but Japan took 305 tonnes, 35% more than in October, and the United States 582 tonnes, 11% less. Over the first eleven months exports totalled 51,440 tonnes, 2,140 tonnes fewer than in the same period of 2024.";

/** `text` wrapped at `width` columns, breaking only between words. */
function wrap(text: string, width: number): string {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(" ")) {
    if (line !== "" && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line === "" ? word : `${line} ${word}`;
  }
  return [...lines, line].join("\n");
}

describe("prose wrapped at a fixed width", () => {
  it.each([52, 64, 72, 78])("reads as the unwrapped prose at %i columns", async (width) => {
    const wrapped = wrap(PROSE, width);
    expect(wrapped.split("\n").length).toBeGreaterThan(3);
    const said = await verdictsOf(store, PROSE);
    expect(said.filter(([, v]) => v === "supported").length).toBeGreaterThanOrEqual(5);
    const got = await verdictsOf(store, wrapped);
    expect(got.map(([t, v]) => [t.replace(/\n/g, " "), v])).toEqual(said);
  });
});
