// A corrections column names the piece it corrects by headline, date and page, then gives the right
// figure after a semicolon or in the next sentence: the misstated figure is read, never checked.
import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract-claims.js";

const modes = (t: string) =>
  extractClaims(t, { published: "2026-02-12" })
    .filter((c) => c.kind !== "direction")
    .map((c) => [c.stated.raw, c.mode]);

describe("corrections column", () => {
  it("takes a bracketed headline, date and page between the piece and what it said", () => {
    const found = modes(
      "A feature on magnet supply chains (“The long way round”, 3 February, page 12) said China shipped 4,592 tonnes of magnets in January. The correct figure is 4,952 tonnes.",
    );
    expect(found).toEqual([
      ["4,592 tonnes", "correction"],
      ["4,952 tonnes", "reported"],
    ]);
  });

  it("reads the figure after a semicolon as the right one", () => {
    const found = modes(
      "The same story said Germany received 27% of January’s magnet exports; it was 17.2%.",
    );
    expect(found).toEqual([
      ["27% of January’s magnet exports", "correction"],
      ["17.2%", "reported"],
    ]);
  });

  it("keeps a report's figure that nothing sets right", () => {
    const found = modes("A report on Monday said magnet exports to Korea were 640 t; it was the third rise.");
    expect(found[0]).toEqual(["640 t", "reported"]);
  });
});
