// Tonnes written as "metric tons" or "metric tonnes", as US wires and filings write them, are read
// as tonnes wherever the reader looks for a tonnage: a figure compared with another dated one
// keeps its own year, and the claim still quotes the words as written.
import { describe, expect, it } from "vitest";
import { readingCopy } from "../../src/claims/extract/reading-copy.js";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { readingAt, verdictsOf } from "../helpers/verdicts.js";

const store = useReferenceStore();

describe("metric tons", () => {
  it("keeps a figure's own year when it is compared with another year's figure in metric tons", async () => {
    const text =
      "China's rare-earth magnet shipments for the whole of 2025 totalled 57,392 metric tons, which compares with 58,152 metric tons in 2024.";
    expect(await readingAt(store, text, "57,392 metric tons", "2026-01-25")).toEqual({
      verdict: "supported",
      series: "rare-earth-magnets",
      partner: "WLD",
      period: "2025-01..2025-12",
    });
    const wrong = text.replace("57,392", "56,392");
    expect((await readingAt(store, wrong, "56,392 metric tons", "2026-01-25")).verdict).toBe("contradicted");
  });

  it("reads the same verdicts whether a text says tonnes or metric tons", async () => {
    const tonnes =
      "China shipped 6,150 tonnes of rare-earth magnets in November, up from 5,473 tonnes in October; the United States took 582 tonnes.";
    const metric = tonnes.replace(/tonnes/g, "metric tons");
    const said = await verdictsOf(store, tonnes);
    expect(said.length).toBeGreaterThanOrEqual(3);
    expect(await verdictsOf(store, metric)).toEqual(
      said.map(([t, v]) => [t.replace("tonnes", "metric tons"), v]),
    );
  });
});

describe("readingCopy", () => {
  it("rewrites metric tons as tonnes and maps offsets back to the text as written", () => {
    const written = "Up to 5,774 Metric Tons, then 1 metric ton and 2 metric-tonnes.";
    const copy = readingCopy(written);
    expect(copy.read).toBe("Up to 5,774 Tonnes, then 1 tonne and 2 tonnes.");
    const at = copy.read.indexOf("5,774");
    const end = at + "5,774 Tonnes".length;
    expect(written.slice(copy.toWritten(at), copy.toWritten(end))).toBe("5,774 Metric Tons");
    const two = copy.read.indexOf("2 tonnes");
    expect(written.slice(copy.toWritten(two), copy.toWritten(two + 8))).toBe("2 metric-tonnes");
    expect(readingCopy("6,150 t").toWritten(4)).toBe(4);
  });
});
