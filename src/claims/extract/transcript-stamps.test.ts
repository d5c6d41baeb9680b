import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract-claims.js";
import { transcriptGlosses } from "./transcript-stamps.js";

const transcript = [
  "0:00",
  "right so the customs numbers for june",
  "0:04",
  "magnet exports came in at three thousand one hundred and",
  "0:08",
  "eighty eight tonnes which is up from may",
  "0:12",
  "and the us got three hundred and fifty three tonnes",
].join("\n");

describe("a video transcript with a timestamp on each line", () => {
  it("reads a figure said across two caption lines whole, with its lower-case month", () => {
    const got = extractClaims(transcript, { published: "2025-07-21" })
      .filter((c) => c.kind === "level")
      .map((c) => [c.partner, c.period, c.stated.type === "level" ? c.stated.value : null]);
    expect(got).toEqual([
      ["WLD", "2025-06", 3188],
      ["USA", "2025-06", 353],
    ]);
  });

  it("keeps 'may' as a verb where it cannot be the month", () => {
    const text = "0:00\nexports may rise\n0:03\nin june and may\n0:06\nfall again in may\n0:09\nok";
    const months = transcriptGlosses(text)
      .filter((g) => g.word.trim() !== "")
      .map((g) => g.word);
    expect(months).toEqual(["June", "May"]);
  });

  it("leaves text with capitals and no bare timestamps as written", () => {
    expect(transcriptGlosses("In April, exports fell.\n0:03 Then they rose in may.")).toEqual([]);
  });
});
