// Ingest of Lodestone's figures format: bad input is rejected whole with file, line and field,
// the store stays exactly as it was, and a second ingest of the same file stores nothing new.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ingestFiles } from "../../src/ingest/ingest-files.js";
import type { Store } from "../../src/store/open-store.js";
import { emptyStore, snapshotOf } from "../helpers/stores.js";

const SAMPLE = new URL("../fixtures/figures-sample.csv", import.meta.url);
const sample = readFileSync(SAMPLE, "utf8");
const [header, ...lines] = sample.trimEnd().split("\n") as [string, ...string[]];
const dir = mkdtempSync(join(tmpdir(), "lodestone-ingest-"));

/** Write the sample with line `n` (1-based, header = 1) replaced through `edit`. */
function sampleWith(name: string, lineNo: number, edit: (line: string) => string): string {
  const out = [header, ...lines];
  out[lineNo - 1] = edit(out[lineNo - 1]!);
  const path = join(dir, name);
  writeFileSync(path, out.join("\n") + "\n");
  return path;
}

let store: Store;
beforeEach(async () => {
  store = await emptyStore();
  await ingestFiles(store, [SAMPLE.pathname]);
});
afterEach(() => store.close());

describe("ingest", () => {
  it("stores the sample, then nothing new on a second ingest of the same file", async () => {
    const again = await ingestFiles(store, [SAMPLE.pathname]);
    expect(again).toMatchObject({ inserted: 0, unchanged: 6, rejected: [], rejected_more: 0 });
  });

  it("stores nothing new when the same rows come in a file with other bytes", async () => {
    const reordered = join(dir, "reordered.csv");
    writeFileSync(reordered, [header, ...lines.slice().reverse()].join("\n") + "\n");
    expect(await ingestFiles(store, [reordered])).toMatchObject({ inserted: 0, unchanged: 6, rejected: [] });
  });

  it("normalises units exactly and keeps the original", async () => {
    const [row] = await store.query<{
      value: string;
      unit: string;
      original_value: string;
      original_unit: string;
    }>(
      "SELECT value::VARCHAR AS value, unit, original_value, original_unit FROM observations WHERE period = '2023'",
    );
    expect(row).toEqual({
      value: "52576.000000",
      unit: "t",
      original_value: "52.576",
      original_unit: "thousand t",
    });
  });

  const cases: [string, number, (l: string) => string, string, RegExp][] = [
    ["wrong column count", 3, (l) => `${l},extra`, "(row)", /expected 18 columns, found 19/],
    ["non-numeric value", 2, (l) => l.replace(",6150,t,", ",6150x,t,"), "value", /not a number: 6150x/],
    ["thousands separator", 2, (l) => l.replace(",6150,t,", ',"6,150",t,'), "value", /not a number: 6,150/],
    [
      "unknown unit",
      4,
      (l) => l.replace(",6149.95,t,", ",6149.95,tons-ish,"),
      "unit",
      /unknown unit: tons-ish/,
    ],
    ["period 2025-13", 2, (l) => l.replace(",2025-11,", ",2025-13,"), "period", /invalid period: 2025-13/],
    [
      "HS code without its leading zero",
      5,
      (l) => l.replace(",85051110,", ",8505111,"),
      "hs_code",
      /leading zero was probably lost/,
    ],
    ["unknown flow", 6, (l) => l.replace(",export,", ",exports,"), "flow", /unknown value: exports/],
  ];

  for (const [name, lineNo, edit, field, reason] of cases) {
    it(`rejects a file with a ${name}, naming file, line and field, and stores nothing`, async () => {
      const before = await snapshotOf(store);
      const path = sampleWith(`${name.replace(/\W+/g, "-")}.csv`, lineNo, edit);
      const result = await ingestFiles(store, [path]);
      expect(result.inserted).toBe(0);
      expect(result.rejected).toHaveLength(1);
      expect(result.rejected[0]).toMatchObject({ file: path, line: lineNo, field });
      expect(result.rejected[0]!.reason).toMatch(reason);
      expect(await snapshotOf(store)).toBe(before);
    });
  }

  it("rejects the whole file even when its other rows are new and valid", async () => {
    const path = join(dir, "mixed.csv");
    const good = lines[0]!.replace("wire-a-000001", "new-src-000009").replace(",2025-11,", ",2025-10,");
    const bad = lines[1]!.replace(",2025-11,", ",2025-13,");
    writeFileSync(path, [header, good, bad].join("\n") + "\n");
    const before = await snapshotOf(store);
    const result = await ingestFiles(store, [path]);
    expect(result.rejected.map((r) => [r.line, r.field])).toEqual([[3, "period"]]);
    expect(await snapshotOf(store)).toBe(before);
  });

  it("refuses to redefine a stored source rather than overwrite it", async () => {
    const path = sampleWith("renamed-publisher.csv", 2, (l) =>
      l.replace("Example Wire via Daily A,", "Somebody Else,"),
    );
    const result = await ingestFiles(store, [path]);
    expect(result.rejected[0]).toMatchObject({ line: 2, field: "publisher" });
  });
});
