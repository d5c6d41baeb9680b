import { describe, expect, it } from "vitest";
import { chatHeaders } from "./chat-headers.js";

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
