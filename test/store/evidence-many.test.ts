// The rows behind several figures read in one batch: a quantity and a value of the same series,
// partner and period are two figures, and each is given only its own rows, whatever else the batch
// asked for (a verdict must never depend on which figures an earlier request happened to read).
import { describe, expect, it } from "vitest";
import { evidenceMany } from "../../src/store/evidence.js";
import { resolve } from "../../src/store/resolved-values.js";
import { useReferenceStore } from "../helpers/reference-hooks.js";

const store = useReferenceStore();

describe("evidence for a batch of figures", () => {
  it("keeps a quantity's rows and a value's rows apart when both are asked together", async () => {
    const base = { series: ["rare-earth-magnets"], partner: ["WLD"], period: ["2024"] };
    const [qty] = await resolve(store, { ...base, measure: "qty" });
    const [value] = await resolve(store, { ...base, measure: "value" });
    expect(qty?.unit).toBe("t");
    expect(value?.unit).toBe("USD");
    const [alone] = await evidenceMany(store, [qty!]);
    const [qtyRows, valueRows] = await evidenceMany(store, [qty!, value!]);
    expect(qtyRows).toEqual(alone);
    expect(qtyRows!.every((r) => r.unit === "t")).toBe(true);
    expect(valueRows!.length).toBeGreaterThan(0);
    expect(valueRows!.every((r) => r.unit === "USD")).toBe(true);
  });
});
