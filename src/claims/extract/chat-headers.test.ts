import { describe, expect, it } from "vitest";
import { chatHeaders, postAges } from "./chat-headers.js";

/** `text` with its glosses read in. */
function read(text: string): string {
  let out = "";
  let from = 0;
  for (const g of chatHeaders(text)) {
    out += text.slice(from, g.index) + g.word;
    from = g.index + g.length;
  }
  return out + text.slice(from);
}

describe("chatHeaders", () => {
  it("reads a sender's name and time over each message as the name and a colon", () => {
    expect(read("Lena Ortiz  4:02 PM\nkorea took 569t\nRaj  4:05 PM\nin oct?\n")).toBe(
      "Lena Ortiz: korea took 569t\nRaj: in oct?\n",
    );
    expect(read("Lena — Today at 16:02\nkorea took 569t\nraj.p — Yesterday at 9:10 AM\nok\n")).toBe(
      "Lena: korea took 569t\nraj.p: ok\n",
    );
  });

  it("leaves a text with one such line, or lines with words after the time", () => {
    const one = "Lena Ortiz  4:02 PM\nkorea took 569t\n";
    expect(read(one)).toBe(one);
    const timed = "Doors open 9:00 AM\nTalks start 9:30 AM\nLunch\n";
    expect(chatHeaders("Korea rose at 4:02 PM sharp\nthen fell\nIndia at 5:10 PM too\nok")).toEqual([]);
    expect(read(timed)).toBe(timed);
  });
});

describe("postAges", () => {
  it("finds a post's age beside its author", () => {
    const thread = "u/ndfeb_nerd · 2h\nok\n\nkettle 3d ago\nsure\n@lena · 5m · edited\nno";
    expect(postAges(thread).map((g) => thread.slice(g.index, g.index + g.length))).toEqual([
      "2h",
      "3d",
      "5m",
    ]);
  });

  it("leaves a half-year or a figure with a unit", () => {
    expect(postAges("Exports in 2H rose · 2H 2025 was strong\nJapan 12 t")).toEqual([]);
    expect(postAges("Magnets · 5 t\n")).toEqual([]);
  });
});
