// A change told over two months, then the level it ended at: "rose 75% between June and July to
// 5,577 t", "more than doubled between June and July, reaching 418 t". The level is the later
// month's, not a total over both; a total over a span with no change ("between January and July
// reached 27,897 t") stays the span's.
import { describe, expect, it } from "vitest";
import { verifyClaims } from "../../src/claims/index.js";
import { useReferenceStore } from "../helpers/reference-hooks.js";

const store = useReferenceStore();

async function claimOf(text: string, quote: string) {
  const r = await verifyClaims(store, text, { published: "2026-01-22" });
  const c = r.claims.find((x) => x.text.includes(quote) || quote.includes(x.text));
  return { verdict: c?.verdict, partner: c?.partner, period: c?.period };
}

describe("the level a change over two months ended at", () => {
  it("is the later month's after 'to'", async () => {
    expect(
      await claimOf("Shipments of magnets grew 75% between June and July to 5,577 tonnes.", "5,577"),
    ).toEqual({ verdict: "supported", partner: "WLD", period: "2025-07" });
  });

  it("is the later month's after ', reaching'", async () => {
    expect(
      await claimOf(
        "Magnet deliveries to India more than doubled from June to July, reaching 418 tonnes.",
        "418 tonnes",
      ),
    ).toEqual({ verdict: "supported", partner: "IND", period: "2025-07" });
  });

  it("stays the span's total where no change is told", async () => {
    expect(await claimOf("Magnet exports between January and July reached 27,897 tonnes.", "27,897")).toEqual(
      { verdict: "supported", partner: "WLD", period: "2025-01..2025-07" },
    );
  });
});
