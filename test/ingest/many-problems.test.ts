// A file of 200,000 bad rows (issue 10, item 3): the first 100 problems are reported with file, line
// and field, the rest counted; nothing is stored, and no problem list is spread into a call.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ingestFiles } from "../../src/ingest/ingest-files.js";
import { emptyStore } from "../helpers/stores.js";

const EN = new URL("../fixtures/official/gacc-en-magnets-export-202511.csv", import.meta.url).pathname;
const FIGURES = new URL("../fixtures/figures-sample.csv", import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), "lodestone-many-"));

describe("200,000 bad rows", () => {
  it("in a customs file: the first 100 problems, and a count of the rest", async () => {
    const store = await emptyStore();
    try {
      const lines = readFileSync(EN, "utf8").split("\r\n");
      const path = join(dir, "many-bad-export.csv");
      const bad = lines[1]!.replace('"500,123"', '"lots"');
      writeFileSync(path, [lines[0], ...Array.from({ length: 200_000 }, () => bad)].join("\n"));
      const r = await ingestFiles(store, [path], { published: "2025-12-20" });
      expect(r.rejected).toHaveLength(100);
      expect(r.rejected[0]).toMatchObject({ file: path, line: 2, field: "Quantity" });
      expect(r.rejected[99]).toMatchObject({ line: 101 });
      expect(r.rejected_more).toBe(199_900);
      expect(await store.query("SELECT count(*) AS n FROM observations")).toEqual([{ n: "0" }]);
    } finally {
      store.close();
    }
  }, 120_000);

  it("in a curated figures file", async () => {
    const store = await emptyStore();
    try {
      const [header, first] = readFileSync(FIGURES, "utf8").split("\n");
      const path = join(dir, "many-bad-figures.csv");
      const bad = first!.replace(/,2025-11,/, ",2025-13,");
      writeFileSync(path, [header, ...Array.from({ length: 200_000 }, () => bad)].join("\n"));
      const r = await ingestFiles(store, [path]);
      expect(r.rejected).toHaveLength(100);
      expect(r.rejected[0]).toMatchObject({ line: 2, field: "period" });
      expect(r.rejected_more).toBe(199_900);
    } finally {
      store.close();
    }
  }, 120_000);
});
