// A timeline: each line led by its own month, set off by a dash or colon ("Jul - ..."), the year
// carried from the last line that gave one. The line's month dates its figures; the month an
// earlier line gave is no reading of a later one.
import { describe, expect, it } from "vitest";
import { verifyClaims } from "../../src/claims/index.js";
import { useReferenceStore } from "../helpers/reference-hooks.js";

const store = useReferenceStore();

const read = async (text: string) =>
  (await verifyClaims(store, text, { published: "2025-12-03" })).claims.map((c) => [
    c.text,
    c.partner,
    c.period,
    c.verdict,
  ]);

const lines = (...xs: string[]) => xs.join("\n");

describe("a timeline's lines, each led by its month", () => {
  it.each([
    [
      lines(
        "A year of export curbs",
        "",
        "Jan 2025 - Outbound magnet shipments set a record of 6,357 t.",
        "May - Shipments sink to 1,238 t.",
        "Jul - Germany's intake of magnets rises to 1,346 t.",
      ),
    ],
    [
      lines(
        "Jan 2025 - Outbound magnet shipments set a record of 6,357 t.",
        "Apr 4 - New licences are required.",
        "Jul: Germany's intake of magnets rises to 1,346 t.",
      ),
    ],
    [
      lines(
        "- Jan 2025 - Outbound magnet shipments set a record of 6,357 t.",
        "- Jun 2025 - Shipments recover to 3,188 t.",
        "- Jul - Germany's intake of magnets rises to 1,346 t.",
      ),
    ],
  ])("checks a later line's figure against its own month only: %s", async (text) => {
    const got = await read(text);
    // Germany took 1,116 t in July; 1,346 t was August's, and January's leaves no reading
    expect(got.find(([w]) => w === "1,346 t")).toEqual(["1,346 t", "DEU", "2025-07", "contradicted"]);
  });

  it("supports a later line's figure that fits its month", async () => {
    const text = lines(
      "Jan 2025 - Outbound magnet shipments set a record of 6,357 t.",
      "May - Shipments sink to 1,238 t.",
      "Jul - Germany's intake of magnets rises to 1,116 t.",
    );
    expect((await read(text)).filter(([w]) => /\d t$/.test(w as string))).toEqual([
      ["6,357 t", "WLD", "2025-01", "supported"],
      ["1,238 t", "WLD", "2025-05", "supported"],
      ["1,116 t", "DEU", "2025-07", "supported"],
    ]);
  });
});
