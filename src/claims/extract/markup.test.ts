import { describe, expect, it } from "vitest";
import { readingCopy } from "./reading-copy.js";

const read = (text: string) => readingCopy(text).read;

describe("markup left in a text", () => {
  it("reads character references as their characters, then as typed text", () => {
    expect(read("China&#8217;s exports rose to 6,150&nbsp;tonnes &amp; Japan&rsquo;s to 305&#x20;t")).toBe(
      "China's exports rose to 6,150 tonnes & Japan's to 305 t",
    );
  });

  it("reads an inline tag as nothing and any other tag as a line's end", () => {
    expect(read("<p>Exports rose to <b>6,150</b> t.</p><p>Japan took 305 t.</p>")).toBe(
      "\nExports rose to 6,150 t.\n\nJapan took 305 t.\n",
    );
    expect(
      read("<item><title>Magnet exports 5,577 t</title><pubDate>Wed, 20 Aug 2025</pubDate></item>"),
    ).toBe("\n\nMagnet exports 5,577 t\n\nWed, 20 August 2025\n\n");
  });

  it("leaves a bound, an unknown name and a bare ampersand as written", () => {
    for (const text of [
      "<5,000 t went to India",
      "R&D spending &unknown; rose",
      "Japan & Korea took 1,159 t",
    ])
      expect(read(text)).toBe(text);
  });

  it("quotes a claim at its written offsets", () => {
    const text = "Shipments to the US fell to 582&nbsp;tonnes in November.";
    const copy = readingCopy(text);
    const at = copy.read.indexOf("582 tonnes");
    expect(text.slice(copy.toWritten(at, "start"), copy.toWritten(at + "582 tonnes".length))).toBe(
      "582&nbsp;tonnes",
    );
  });
});
