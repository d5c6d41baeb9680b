// "Customs figures show 6,150 t of magnets cleared for export": where customs data are cited, what
// customs cleared is what was shipped, China's export figure; without them "cleared for export" is a
// licence's allowance, not a shipment.
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { claimAt } from "../helpers/verdicts.js";

const store = useReferenceStore();

describe("a tonnage cleared for export", () => {
  it("is the export figure when the sentence cites customs", async () => {
    const text = "China's customs data for November show 6,150 t of rare-earth magnets cleared for export.";
    const c = await claimAt(store, text, "6,150 t", "2025-12-22");
    expect([c?.mode, c?.verdict, c?.period, c?.partner]).toEqual(["reported", "supported", "2025-11", "WLD"]);
  });

  it("is a licence's allowance otherwise", async () => {
    const text = "Beijing has approved licences so far, with 6,150 t of magnets cleared for export.";
    const c = await claimAt(store, text, "6,150 t", "2025-12-22");
    expect([c?.mode, c?.verdict]).toEqual(["target", "unverifiable"]);
  });
});
