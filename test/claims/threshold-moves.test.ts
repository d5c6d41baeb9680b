// A verb of moving straight before a mark and a tonnage ("sank below 4,100 tonnes", "climbed above
// 300 tonnes", "dropped under 1,000 t"): the level went past the mark, so it is checked as a level
// bounded by it, not as a change of that many tonnes. Read as a change of up to the mark's size,
// "dropped below 4,500 t" of a 5,774 t month was supported.
import { describe, expect, it } from "vitest";
import { verifyClaims } from "../../src/claims/index.js";
import { useReferenceStore } from "../helpers/reference-hooks.js";

const store = useReferenceStore();

const read = async (text: string, published: string) =>
  (await verifyClaims(store, text, { published })).claims.map((c) => ({
    kind: c.kind,
    unit: c.stated.type === "change" ? c.stated.unit : null,
    verdict: c.verdict,
  }));

describe("a level that moved past a mark", () => {
  it.each([
    ["Rare-earth shipments sank below 4,100 tonnes in September.", "2025-10-22", "supported"],
    ["Exports of magnets to the US dipped under 450 t in September.", "2025-10-22", "supported"],
    ["Magnet exports to Japan climbed above 300 tonnes in November.", "2025-12-22", "supported"],
    ["Magnet exports dropped below 4,500 t in September.", "2025-10-22", "contradicted"],
    ["Shipments of magnets to Germany fell under 1,000 t in December.", "2026-01-22", "contradicted"],
  ])("is checked as a bounded level: %s", async (text, published, verdict) => {
    const got = await read(text, published);
    expect(got).toContainEqual({ kind: "level", unit: null, verdict });
    expect(got.filter((c) => c.unit === "t")).toEqual([]);
  });

  it("keeps a change of a size said with 'by'", async () => {
    const got = await read("Magnet exports fell by 198 tonnes in December.", "2026-01-22");
    expect(got).toContainEqual({ kind: "change", unit: "t", verdict: "supported" });
  });
});
