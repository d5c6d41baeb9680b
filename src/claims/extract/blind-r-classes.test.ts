// Wordings an eighteenth blind batch (texts by people who are not journalists: e-mails, handouts,
// case exhibits, board papers) showed misread.
import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract-claims.js";

const find = (text: string, published: string, words: string) =>
  extractClaims(text, { published }).find((c) => text.slice(c.start, c.end).includes(words));

describe("a change in brackets right after a base month", () => {
  it("is measured from that month, not from an earlier base in the clause", () => {
    const text =
      "Shipments of magnets to Korea were 815 t in December, up from 569 t in October and down from 854 t in September (about 4.6% lower).";
    expect(find(text, "2026-01-25", "4.6%")?.stated).toMatchObject({ type: "change", basis: "2025-09" });
  });

  it("keeps the first base when the change is not bracketed after another", () => {
    const text =
      "Compared with May, when shipments had halved from April, November's magnet exports were about five times as large.";
    expect(find(text, "2025-12-21", "five times")?.stated).toMatchObject({ basis: "2025-05" });
  });
});
