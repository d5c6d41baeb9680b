// A share of a destination whose tonnage the sources dispute (Japan, December 2025: 280 t in most
// sources, 411.3 t in one) is checked against each source's value: a share that fits neither is
// wrong on every source's figures and contradicted; one that fits the other source's value stays open.
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { claimAt } from "../helpers/verdicts.js";

const store = useReferenceStore();

const said = (pct: string) => `Japan took ${pct} of China's December magnet exports, customs data show.`;

describe("a share on a disputed destination figure", () => {
  it("is contradicted when no source's value gives it", async () => {
    const c = await claimAt(store, said("6%"), "6% of China's December magnet exports", "2026-01-21");
    expect([c?.partner, c?.period, c?.verdict]).toEqual(["JPN", "2025-12", "contradicted"]);
    expect(c?.explanation).toContain("wrong on every source's figures");
  });

  it("stays open when another source's value gives it", async () => {
    const c = await claimAt(store, said("6.9%"), "6.9% of China's December magnet exports", "2026-01-21");
    expect(c?.verdict).toBe("unverifiable");
    expect(c?.explanation).toContain("the sources disagree");
  });

  it("is supported on the resolved value", async () => {
    const c = await claimAt(store, said("4.7%"), "4.7% of China's December magnet exports", "2026-01-21");
    expect(c?.verdict).toBe("supported");
  });
});
