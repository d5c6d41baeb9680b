// A teletext page sets its prose at 40 columns, each line one column in: a sentence runs on across
// its lines, and the indent of a joined line is no part of the words ("2025 as a\n whole was up").
import { describe, expect, it } from "vitest";
import { extractClaims } from "../../src/claims/index.js";

const read = (text: string, published: string) =>
  extractClaims(text, { published }).map((c) => [text.slice(c.start, c.end), c.kind, c.period]);

const PAGE = [
  "P105   NEWSVIEW 105  Mon 19 Jan  07:41/12",
  "             WORLD TRADE",
  " CHINA'S GALLIUM EXPORTS PICK UP",
  "",
  " Rare earth shipments from China fell",
  " to 4,392 tonnes last month, though the",
  " year as a whole was up 12.9% at 62,585",
  " tonnes, the customs agency said.",
  "",
  " Index 100  Weather 400  Travel 430",
].join("\n");

describe("a teletext page", () => {
  it("reads its sentences across the lines", () => {
    const got = read(PAGE, "2026-01-19");
    expect(got).toContainEqual(["up 12.9%", "change", "2025-01..2025-12"]);
    expect(got).toContainEqual(["62,585\n tonnes", "level", "2025-01..2025-12"]);
    expect(got).toContainEqual(["4,392 tonnes", "level", "2025-12"]);
  });
});
