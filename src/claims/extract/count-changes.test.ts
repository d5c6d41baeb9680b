// A change said after a count, in a clause of its own without a subject, is the count's change.
import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract-claims.js";

const changes = (t: string, published: string) =>
  extractClaims(t, { published })
    .filter((c) => c.kind === "change" || c.kind === "direction")
    .map((c) => t.slice(c.start, c.end));

describe("a change after a count", () => {
  it.each([
    ["Beijing sold magnets to 39 countries in July, up from 35 in June, an 11% gain.", "2025-08-20"],
    [
      "China shipped rare earths to 61 markets in March, down from 64 in February, a 5% decline.",
      "2025-04-20",
    ],
    ["Gallium went to 14 countries in October, up from 11 in September, a 27% rise.", "2025-11-20"],
    ["Beijing approved 260 export licences in June, 30% more than in May.", "2025-07-20"],
    ["Customs logged 1,450 consignments of magnets in March, down 6% on the month.", "2025-04-20"],
    ["The number of buyers shrank to 39 in May from 45 in April, a drop of 13%.", "2025-06-20"],
    ["Rare earths reached 5,792 t in August and went to 52 markets, down 4% from 54 in July.", "2025-09-20"],
  ])("is not read as the series' change: %s", (text, published) => {
    expect(changes(text, published)).toEqual([]);
  });

  it.each([
    ["Magnet shipments to 12 countries rose 15% in August.", "2025-09-20", "rose 15%"],
    ["Exports went to 48 markets in August, while magnet exports rose 10%.", "2025-09-20", "rose 10%"],
    ["Germany took 1,346 t in August, up 21% from July.", "2025-09-20", "up 21%"],
  ])("keeps a change with its own subject or after a tonnage: %s", (text, published, words) => {
    expect(changes(text, published)).toContain(words);
  });
});
