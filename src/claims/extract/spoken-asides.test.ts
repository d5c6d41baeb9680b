import { describe, expect, it } from "vitest";
import { spokenAsides } from "./spoken-asides.js";

/** `text` with its glosses read in. */
function read(text: string): string {
  let out = "";
  let from = 0;
  for (const g of spokenAsides(text)) {
    out += text.slice(from, g.index) + g.word;
    from = g.index + g.length;
  }
  return out + text.slice(from);
}

describe("spokenAsides", () => {
  it("reads a noise note or a filler inside a spoken figure as a space", () => {
    expect(read("sent three hundred [laughs] twelve tonnes")).toBe("sent three hundred twelve tonnes");
    expect(read("about four thousand, um, two hundred tonnes")).toBe(
      "about four thousand two hundred tonnes",
    );
    expect(read("four thousand (crosstalk) 210 tonnes")).toBe("four thousand 210 tonnes");
    expect(read("took 4 (crosstalk) 210 tonnes")).toBe("took 4 (crosstalk) 210 tonnes");
  });

  it("leaves a note or a filler that no figure runs across", () => {
    const text = "Well, uh, exports rose [crosstalk] sharply, um, in May.";
    expect(read(text)).toBe(text);
  });

  it("reads a figure cut by unheard words as the note alone", () => {
    expect(read("Korea bought seven hundred [inaudible] nine tonnes in May")).toBe(
      "Korea bought [inaudible] tonnes in May",
    );
    expect(read("Korea bought 7 [inaudible] 9 tonnes")).toBe("Korea bought [inaudible] tonnes");
    expect(read("Korea bought [inaudible] in May")).toBe("Korea bought [inaudible] in May");
  });
});
