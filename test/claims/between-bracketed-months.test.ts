// "more than doubled between May (235 t) and December (509 t)": a change between two months whose
// figures stand in brackets after them is the later month's against the earlier, as it is without
// the brackets, and each bracketed figure is its own month's. Checked on the reference data
// (Vietnam: May 2025 235 t, December 509 t; the US: March 584 t, April 246 t).
import { describe, expect, it } from "vitest";
import { verifyClaims } from "../../src/claims/index.js";
import { useReferenceStore } from "../helpers/reference-hooks.js";

const store = useReferenceStore();

const claims = async (text: string) => (await verifyClaims(store, text, { published: "2026-02-10" })).claims;

describe("a change between two months with their figures in brackets", () => {
  it("is the later month's against the earlier", async () => {
    const found = await claims(
      "Magnet exports to the US more than halved between March (584t) and April (246t).",
    );
    expect(found.map((c) => [c.kind, c.period, c.verdict])).toEqual([
      ["change", "2025-04", "supported"],
      ["level", "2025-03", "supported"],
      ["level", "2025-04", "supported"],
    ]);
    expect(found[0]?.stated).toMatchObject({ basis: "mom" });
  });

  it("can be wrong", async () => {
    const found = await claims(
      "Vietnam's intake of Chinese magnets tripled between May (235 t) and December (509 t).",
    );
    expect(found.find((c) => c.kind === "change")?.verdict).toBe("contradicted");
  });
});
