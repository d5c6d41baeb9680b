// German names the month before and then which it was ("nach 5.774 Tonnen im Vormonat September",
// "im Vergleich zum Vormonat Juli"): that month is the base, not the period of the clause. Read as
// the clause's own, October's tonnage was checked as September's and September's as August's.
import { describe, expect, it } from "vitest";
import { verifyClaims } from "../../src/claims/index.js";
import { useReferenceStore } from "../helpers/reference-hooks.js";

const store = useReferenceStore();

async function periods(text: string, published: string) {
  const r = await verifyClaims(store, text, { published });
  return r.claims.map((c) => [c.text, c.period, c.verdict]);
}

describe("a month named after 'Vormonat'", () => {
  it("is the base of the clause, not its period", async () => {
    const got = await periods(
      "Chinas Magnetexporte gingen im Oktober zurück. Ausgeführt wurden 5.473 Tonnen, nach 5.774 Tonnen im Vormonat September.",
      "2025-11-21",
    );
    expect(got).toContainEqual(["5.473 Tonnen", "2025-10", "supported"]);
    expect(got).toContainEqual(["5.774 Tonnen", "2025-09", "supported"]);
  });

  it("leaves the figure on the month its sentence is about", async () => {
    const got = await periods(
      "Die Magnetexporte stiegen im August. Gegenüber dem Vormonat Juli erreichten sie 6.146 Tonnen.",
      "2025-09-22",
    );
    expect(got).toContainEqual(["6.146 Tonnen", "2025-08", "supported"]);
  });
});
