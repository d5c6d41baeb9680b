// The suite every ingest adapter passes (one entry per format in CASES): the registry detects the
// file as that format; a good file stores rows; ingesting it again changes nothing; a file with
// one bad row stores nothing and names file, line and field; a wrong header is a problem on the
// header's line; a file that was stored is not half-stored by a later bad batch.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readHead } from "../../src/ingest/file-head.js";
import { ingestFiles } from "../../src/ingest/ingest-files.js";
import { adapterFor, ADAPTERS } from "../../src/ingest/registry.js";
import { comtradeEnvelope, sampleRecords, writeComtradeBulk } from "../helpers/comtrade-files.js";
import { emptyStore, snapshotOf } from "../helpers/stores.js";

const dir = mkdtempSync(join(tmpdir(), "lodestone-conformance-"));
const fixture = (name: string) => new URL(`../fixtures/${name}`, import.meta.url).pathname;
const write = (name: string, text: string | Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

interface Case {
  format: string;
  good: () => string;
  /** The good file with one bad row, and where the problem is. */
  bad: () => { path: string; line: number; field: string };
  badHeader: () => string;
}

const gaccText = () => readFileSync(fixture("official/gacc-en-magnets-export-202511.csv"), "utf8");
const tableText = () => readFileSync(fixture("official/shapes/gacc-zh-monthly-table-202510.csv"), "utf8");
const bulkRecords = () =>
  sampleRecords().map((r, i) => (i === 2 ? { ...r, partnerCode: 999, partnerISO: "" } : r));

const CASES: Case[] = [
  {
    format: "figures",
    good: () => fixture("figures-sample.csv"),
    bad: () => {
      const lines = readFileSync(fixture("figures-sample.csv"), "utf8").split("\n");
      lines[2] = lines[2]!.replace(/,2025-11,/, ",2025-13,");
      return { path: write("bad-figures.csv", lines.join("\n")), line: 3, field: "period" };
    },
    badHeader: () =>
      write(
        "bad-header-figures.csv",
        "source_id,source_kind,publisher,reporter,flow\nx,press,X,CHN,export\n",
      ),
  },
  {
    format: "events",
    good: () =>
      write(
        "events.csv",
        "id,announced,effective,authority,kind,summary\nE-1,2025-04-04,2025-04-04,MOFCOM,export_control,Controls on seven rare earths\n",
      ),
    bad: () => ({
      path: write(
        "bad-events.csv",
        "id,announced,effective,authority,kind,summary\nE-1,2025-04-04,,MOFCOM,export_control,ok\nE-2,2025-02-30,,MOFCOM,licence,bad date\n",
      ),
      line: 3,
      field: "announced",
    }),
    badHeader: () => write("bad-header-events.csv", "id,kind,summary\nE-1,licence,x\n"),
  },
  {
    format: "gacc",
    good: () => fixture("official/gacc-en-magnets-export-202511.csv"),
    bad: () => ({
      path: write("bad-gacc-export.csv", gaccText().replace('"305,000"', '"3O5,000"')),
      line: 4,
      field: "Quantity",
    }),
    badHeader: () => write("bad-header-gacc-export.csv", gaccText().replace('"Unit",', '"Measure",')),
  },
  {
    format: "gacc-table",
    good: () => fixture("official/shapes/gacc-zh-monthly-table-202510.csv"),
    bad: () => ({
      path: write("bad-gacc-table.csv", tableText().replace('"251,004"', '"251,0O4"')),
      line: 6,
      field: "10月 金额",
    }),
    badHeader: () => write("bad-header-gacc-table.csv", tableText().replace("计量单位", "备注")),
  },
  {
    format: "comtrade",
    good: () => write("comtrade-2025-12-28.json", comtradeEnvelope(sampleRecords())),
    bad: () => {
      const path = join(dir, "bad-comtrade-2025-12-28.gz");
      writeComtradeBulk(path, bulkRecords());
      return { path, line: 4, field: "partnerCode" };
    },
    badHeader: () => {
      const text = "cmdCode\treporterCode\tflowCode\tpartnerCode\n850511\t156\tX\t0\n";
      return write("bad-header-comtrade.tsv", text);
    },
  },
];

describe("every ingest adapter", () => {
  it("has a conformance case", () => {
    expect(CASES.map((c) => c.format).sort()).toEqual(ADAPTERS.map((a) => a.name).sort());
  });

  for (const c of CASES) {
    describe(c.format, () => {
      it("is detected from the file's start", async () => {
        expect(adapterFor(await readHead(c.good()))?.name).toBe(c.format);
      });

      it("stores a good file, and nothing new when it comes again", async () => {
        const store = await emptyStore();
        try {
          const first = await ingestFiles(store, [c.good()], { published: "2025-12-20" });
          expect(first.rejected).toEqual([]);
          expect(first.inserted).toBeGreaterThan(0);
          const before = await snapshotOf(store);
          const again = await ingestFiles(store, [c.good()], { published: "2025-12-20" });
          expect(again).toMatchObject({ inserted: 0, unchanged: first.inserted });
          expect(await snapshotOf(store)).toBe(before);
        } finally {
          store.close();
        }
      });

      it("stores nothing of a file with a bad row, and names file, line and field", async () => {
        const store = await emptyStore();
        try {
          const before = await snapshotOf(store);
          const { path, line, field } = c.bad();
          const r = await ingestFiles(store, [path], { format: c.format as "auto" });
          expect(r.inserted).toBe(0);
          expect(r.rejected[0]).toMatchObject({ file: path, line, field });
          expect(await snapshotOf(store)).toBe(before);
        } finally {
          store.close();
        }
      });

      it("reports a wrong header on its line", async () => {
        const store = await emptyStore();
        try {
          const path = c.badHeader();
          const r = await ingestFiles(store, [path], { format: c.format as "auto" });
          expect(r.inserted).toBe(0);
          expect(r.rejected[0]).toMatchObject({ file: path, line: 1 });
        } finally {
          store.close();
        }
      });
    });
  }
});
