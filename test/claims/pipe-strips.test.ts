// A one-line strip of cells set between pipes, as monitoring dashboards export them: each cell is a
// label and its value ("Latest (2025-09): 5,774 | m/m: -6.1%"). The label's bracketed month dates
// the row, the unit its caption declares is the bare figure's, and under a caption on shares each
// "destination percentage" cell is that destination's share.
import { describe, expect, it } from "vitest";
import { verifyClaims } from "../../src/claims/index.js";
import { useReferenceStore } from "../helpers/reference-hooks.js";

const store = useReferenceStore();

const read = async (text: string) =>
  (await verifyClaims(store, text, { published: "2025-10-28" })).claims.map((c) => [
    c.text,
    c.kind,
    c.partner,
    c.period,
    c.verdict,
  ]);

describe("a strip of label: value cells between pipes", () => {
  it("dates every cell of the row by the month bracketed in its first label", async () => {
    const text = "Tracker: PRC magnet shipments (t)\n  Month (2025-09): 5,774 | Δ on prior month: −6.1%";
    expect(await read(text)).toEqual([
      ["5,774", "level", "WLD", "2025-09", "supported"],
      ["−6.1%", "change", "WLD", "2025-09", "supported"],
    ]);
  });

  it("checks the dated cell against its month, so a wrong month does not pass", async () => {
    const text = "Tracker: PRC magnet shipments (t)\n  Month (2025-08): 5,774 | Δ on prior month: −6.1%";
    const got = await read(text);
    expect(got.map(([words, , , period]) => [words, period])).toEqual([
      ["5,774", "2025-08"],
      ["−6.1%", "2025-08"],
    ]);
    expect(got.every(([, , , , verdict]) => verdict !== "supported")).toBe(true);
  });

  it("reads 'destination percentage' cells under a caption on shares as shares of that month", async () => {
    const text = [
      "Tracker: PRC magnet shipments (t)",
      "  Month (2025-09): 5,774",
      "Buyers' share of the month's magnet exports:",
      "  Germany 22.3% | Vietnam 7.9% | Japan 30.0%",
    ].join("\n");
    expect((await read(text)).filter(([, kind]) => kind === "share")).toEqual([
      ["22.3%", "share", "DEU", "2025-09", "supported"],
      ["7.9%", "share", "VNM", "2025-09", "supported"],
      // the month is carried from the line above: it may bear a share out, never refute it
      ["30.0%", "share", "JPN", "2025-09", "unverifiable"],
    ]);
  });

  it("reads no shares in such cells when the caption says nothing of shares", async () => {
    const text = "Tracker: PRC magnet shipments, 2025-09\n  Germany 22.3% | Vietnam 7.9%";
    expect((await read(text)).filter(([, kind]) => kind === "share")).toEqual([]);
  });

  it("ends the strip at its line: the caption under it is no part of its last cell", async () => {
    const text = [
      "Dashboard: PRC magnet shipments, tonnes",
      "  Month, 2025-09: 5,774 | vs prior month: −6.1% | vs a year ago: +17.5%",
      "Share of the month's magnet exports by buyer:",
      "  Germany 22.3% | Vietnam 7.9%",
    ].join("\n");
    expect((await read(text)).map(([words, kind]) => [words, kind])).toEqual([
      ["5,774", "level"],
      ["−6.1%", "change"],
      ["+17.5%", "change"],
      ["22.3%", "share"],
      ["7.9%", "share"],
    ]);
  });
});
