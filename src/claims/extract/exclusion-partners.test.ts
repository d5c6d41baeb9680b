// A figure for every destination but some is never the named destination's, nor the world's.
import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract-claims.js";

const partners = (t: string, published: string) =>
  extractClaims(t, { published }).map((c) => [t.slice(c.start, c.end), c.partner]);

describe("every destination but some", () => {
  it.each([
    ["Sales of magnets to countries besides South Korea came to 5,100 t in September.", "2025-10-20"],
    ["Shipments to all destinations but India reached 5,600 tonnes in July.", "2025-08-20"],
    ["Everywhere bar Germany, magnet deliveries rose 4% in October.", "2025-11-20"],
    ["Magnet exports to non-EU buyers were 3,900 t in November.", "2025-12-20"],
    ["Overall exports, excluding those bound for Japan, stood at 5,870 t in November.", "2025-12-20"],
    ["China shipped 2,300 t of magnets to the rest of Asia in August.", "2025-09-20"],
    ["Beijing sent 4,900 t of magnets to markets other than Vietnam in September.", "2025-10-20"],
    ["In June 2,700 tonnes went to countries other than the United States.", "2025-07-20"],
    ["Not counting the EU, China shipped 3,581 t of magnets in November.", "2025-12-20"],
    ["Leaving aside the United States, magnet exports came to 5,568 t in November.", "2025-12-20"],
  ])("reads the figure as the rest's, not the named one's nor the world's: %s", (text, published) => {
    const read = partners(text, published);
    expect(read.length).toBeGreaterThan(0);
    expect(read.map(([, p]) => p)).toEqual(read.map(() => "ROW"));
  });

  it.each([
    ["Besides Germany, South Korea took 854 t of magnets in September.", "2025-10-20", "KOR"],
    [
      "Apart from shipments to the US, which fell, exports to Vietnam rose to 457 t in September.",
      "2025-10-20",
      "VNM",
    ],
    ["Excluding those to India, magnet exports to Japan came to 228 t in September.", "2025-10-20", "JPN"],
    ["Outside Japan, South Korea took 854 t of magnets in September.", "2025-10-20", "KOR"],
    ["Beyond Germany, the biggest buyers were the US with 420 t and India with 170 t.", "2025-10-20", "USA"],
    ["Among other countries, Vietnam took 457 t in September.", "2025-10-20", "VNM"],
    [
      "Magnet exports to the rest of the world rose, while Japan took 305 t in November.",
      "2025-12-20",
      "JPN",
    ],
  ])("leaves a named destination its own figure: %s", (text, published, partner) => {
    expect(partners(text, published).map(([, p]) => p)).toContain(partner);
  });
});
