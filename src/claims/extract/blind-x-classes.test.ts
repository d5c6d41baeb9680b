// Wordings a blind batch (x: notices, notes and updates about magnets) showed read wrong: an
// analyst's or association's own earlier note set right in the next sentence.
import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract-claims.js";

const find = (text: string, published: string, words: string) =>
  extractClaims(text, { published }).find((c) => text.slice(c.start, c.end).includes(words));

describe("a note's own earlier figure set right in the next sentence", () => {
  it.each([
    [
      "Update: This note previously gave China's June magnet exports to India as 271 tonnes. The correct figure is 172 tonnes.",
      "271 tonnes",
    ],
    [
      "Our notice earlier said magnet shipments to Japan were 350 t in November. The figure was 305 t.",
      "350 t",
    ],
  ])("reads the earlier figure as corrected: %s", (text, words) => {
    expect(find(text, "2025-12-22", words)?.mode).toBe("correction");
  });

  it("still reads the figure it sets right as reported", () => {
    const text =
      "Update: This note previously gave China's June magnet exports to India as 271 tonnes. The correct figure is 172 tonnes.";
    const c = find(text, "2025-07-22", "172 tonnes");
    expect(c?.mode).toBe("reported");
    expect(c?.stated).toMatchObject({ type: "level", value: 172 });
  });
});
