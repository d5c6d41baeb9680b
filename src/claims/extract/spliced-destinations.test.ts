// "In October, sales to Germany climbed to 1,118 t, sales to the US came to 656 t": clauses spliced
// by a comma (", and") each with its own subject "exports to <destination>" and its own figure; a
// figure belongs to its own clause's destination, not to the one that opens the next clause.
import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract-claims.js";

const partnerOf = (text: string, words: string) =>
  extractClaims(text, { published: "2025-11-25" }).find((c) => text.slice(c.start, c.end) === words)?.partner;

describe("destinations of comma-spliced clauses", () => {
  it("keeps each figure with the destination of its own clause", () => {
    const text = "In October, magnet exports to Germany climbed to 1,118 t, exports to the US came to 656 t.";
    expect(partnerOf(text, "1,118 t")).toBe("DEU");
    expect(partnerOf(text, "656 t")).toBe("USA");
  });

  it("does so when the next clause opens with 'and'", () => {
    const text =
      "In October, magnet exports to Germany climbed to 1,118 t, and exports to the US came to 656 t.";
    expect(partnerOf(text, "1,118 t")).toBe("DEU");
  });

  it("still gives a figure the destination that follows it with 'to'", () => {
    const text = "In October, China shipped 656 t of magnets to the US.";
    expect(partnerOf(text, "656 t")).toBe("USA");
  });
});
