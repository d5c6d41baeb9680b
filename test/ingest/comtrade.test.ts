// UN Comtrade API v1 JSON and bulk files (fixtures written in the API's shape by helpers): the same
// records give the same observations either way; HS 850511 is all metal permanent magnets, never
// rare-earth magnets; breakdown rows and re-exports are left out; codes keep their leading zeros;
// dollars stay exact; an error envelope or a bad code is a problem with its record and field.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ingestFiles } from "../../src/ingest/ingest-files.js";
import { openStore, type Store } from "../../src/store/open-store.js";
import {
  comtradeEnvelope,
  comtradeRecord,
  sampleRecords,
  writeComtradeBulk,
  writeComtradeExport,
  writeComtradeLegacy,
} from "../helpers/comtrade-files.js";
import { emptyStore } from "../helpers/stores.js";

const dir = mkdtempSync(join(tmpdir(), "lodestone-comtrade-"));
let store: Store;
beforeEach(async () => (store = await emptyStore()));
afterEach(() => store.close());

const observations = () =>
  store.query<Record<string, string>>("SELECT * EXCLUDE (ingest_id) FROM observations ORDER BY id");

describe("UN Comtrade files", () => {
  it("reads an API answer into a database file, where the ingest bounds DuckDB's memory", async () => {
    const json = join(dir, "answer-2025-12-28.json");
    writeFileSync(json, comtradeEnvelope(sampleRecords()));
    const onDisk = await openStore({ path: join(dir, "bounded.duckdb") });
    try {
      expect(await ingestFiles(onDisk, [json])).toMatchObject({ inserted: 8, rejected: [] });
    } finally {
      onDisk.close();
    }
  });

  it("reads an API answer and a bulk file of the same records to the same observations", async () => {
    const json = join(dir, "chn-850511-2025-12-28.json");
    writeFileSync(json, comtradeEnvelope(sampleRecords()));
    const r = await ingestFiles(store, [json]);
    expect(r).toMatchObject({ inserted: 8, rejected: [] });
    const fromJson = await observations();
    const other = await emptyStore();
    try {
      const bulk = join(dir, "COMTRADE-FINAL-CM156202511H6[2025-12-28].gz");
      writeComtradeBulk(bulk, sampleRecords());
      expect(await ingestFiles(other, [bulk])).toMatchObject({ inserted: 8, rejected: [] });
      expect(await other.query("SELECT * EXCLUDE (ingest_id) FROM observations ORDER BY id")).toEqual(
        fromJson,
      );
    } finally {
      other.close();
    }
    const world = fromJson.filter((o) => o.partner === "WLD" && o.period === "2025-11");
    expect(world.map((o) => [o.series, o.measure, o.value, o.unit, o.original_value, o.vintage])).toEqual([
      ["permanent-magnets-metal", "qty", "8010.002000", "t", "8010002", "2025-12-28"],
      ["permanent-magnets-metal", "value", "331000123.500000", "USD", "331000123.5", "2025-12-28"],
    ]);
    expect(fromJson.some((o) => o.series === "rare-earth-magnets")).toBe(false);
  });

  it("reads the website's CSV export (capitalised column names, quoted cells, BOM) to the API answer's observations", async () => {
    const json = join(dir, "export-check-2025-12-28.json");
    writeFileSync(json, comtradeEnvelope(sampleRecords()));
    expect(await ingestFiles(store, [json])).toMatchObject({ inserted: 8, rejected: [] });
    const fromJson = await observations();
    const other = await emptyStore();
    try {
      const csv = join(dir, "TradeData_2025-12-28.csv");
      writeComtradeExport(csv, sampleRecords());
      expect(readFileSync(csv, "utf8")).toContain('"CmdCode"');
      expect(await ingestFiles(other, [csv])).toMatchObject({ inserted: 8, rejected: [] });
      expect(await other.query("SELECT * EXCLUDE (ingest_id) FROM observations ORDER BY id")).toEqual(
        fromJson,
      );
    } finally {
      other.close();
    }
  });

  it("reads the legacy site's CSV (numbered flows, its own column names) to the API answer's figures", async () => {
    const figures = (s: Store) =>
      s.query(
        "SELECT series, partner, period, measure, CAST(value AS VARCHAR) AS value, unit FROM observations ORDER BY ALL",
      );
    const json = join(dir, "legacy-check.json");
    writeFileSync(json, comtradeEnvelope(sampleRecords()));
    await ingestFiles(store, [json]);
    const other = await emptyStore();
    try {
      const csv = join(dir, "comtrade-legacy.csv");
      writeComtradeLegacy(csv, sampleRecords());
      const r = await ingestFiles(other, [csv]);
      expect(r).toMatchObject({ inserted: 8, rejected: [] });
      expect(r.files[0]!.format).toBe("UN Comtrade legacy CSV");
      expect(await figures(other)).toEqual(await figures(store));
      const bad = join(dir, "comtrade-legacy-bad.csv");
      writeComtradeLegacy(bad, [comtradeRecord("202511", 0, 1_000, 2_000, { flowCode: "Q" })]);
      expect((await ingestFiles(other, [bad])).rejected[0]).toMatchObject({
        line: 2,
        field: "Trade Flow Code",
      });
    } finally {
      other.close();
    }
  });

  it("stores the same observations whether a file's records are read in one pass or by the full parse", async () => {
    // a file of plain figures is read in one pass; a record given twice, or a figure with an
    // exponent, sends the batch through the full parse, which must store exactly the same rows
    const plain = join(dir, "COMTRADE-plain[2025-12-28].gz");
    writeComtradeBulk(plain, sampleRecords());
    expect(await ingestFiles(store, [plain])).toMatchObject({ inserted: 8, rejected: [] });
    const onePass = await observations();
    for (const [name, records] of [
      ["twice", [...sampleRecords(), sampleRecords()[2]!]],
      [
        "exponent",
        sampleRecords().map((r) => (r.qty === 700_500 ? { ...r, qty: "7.005e5", netWgt: "7.005e5" } : r)),
      ],
      // partner codes padded with zeros, matched as written in one pass up to three digits; beyond,
      // by the full parse, where the code and not the ISO column (here another country's) decides
      ["padded", sampleRecords().map((r) => ({ ...r, partnerCode: String(r.partnerCode).padStart(3, "0") }))],
      [
        "zeros",
        sampleRecords().map((r) =>
          r.partnerCode === 842 ? { ...r, partnerCode: "00842", partnerISO: "KOR" } : r,
        ),
      ],
      // spaces around cells, which the full parse trims: around those the one pass reads as they
      // are, and around one whose meaning a space would change (a breakdown's customs code)
      [
        "spaces",
        sampleRecords().map((r) => ({
          ...r,
          customsCode: `${r.customsCode} `,
          period: ` ${r.period}`,
          flowCode: `${r.flowCode} `,
          cmdCode: ` ${r.cmdCode} `,
          qty: ` ${r.qty}`,
          netWgt: `${r.netWgt} `,
          primaryValue: ` ${r.primaryValue}`,
        })),
      ],
    ] as const) {
      const other = await emptyStore();
      try {
        const path = join(dir, `COMTRADE-${name}[2025-12-28].gz`);
        writeComtradeBulk(path, [...records]);
        expect(await ingestFiles(other, [path])).toMatchObject({ inserted: 8, rejected: [] });
        const rows = await other.query<Record<string, string>>(
          "SELECT * EXCLUDE (ingest_id) FROM observations ORDER BY id",
        );
        // the figure written with an exponent keeps its own text, and the precision that text shows
        const same = (o: Record<string, string>) =>
          name === "exponent" && o.measure === "qty" && o.partner === "USA"
            ? { ...o, original_value: "(as written)", precision_unit: "(from the text)" }
            : o;
        expect(rows.map(same)).toEqual(onePass.map(same));
      } finally {
        other.close();
      }
    }
  });

  it("stores two releases of the same figures given together, each its own vintage", async () => {
    const first = join(dir, "COMTRADE-FINAL[2025-12-28].gz");
    const second = join(dir, "COMTRADE-FINAL[2026-02-11].gz");
    writeComtradeBulk(first, sampleRecords());
    writeComtradeBulk(
      second,
      sampleRecords().map((r) => (r.partnerCode === 392 ? { ...r, primaryValue: 17_700_000 } : r)),
    );
    expect(await ingestFiles(store, [first, second])).toMatchObject({ inserted: 16, rejected: [] });
    const japan = await store.query<{ vintage: string; value: string }>(
      `SELECT vintage, CAST(value AS VARCHAR) AS value FROM observations
      WHERE partner = 'JPN' AND measure = 'value' ORDER BY vintage`,
    );
    expect(japan).toEqual([
      { vintage: "2025-12-28", value: "17654321.000000" },
      { vintage: "2026-02-11", value: "17700000.000000" },
    ]);
    const { resolve } = await import("../../src/store/resolved-values.js");
    const [resolved] = await resolve(store, {
      series: "permanent-magnets-metal",
      partner: "JPN",
      measure: "value",
    });
    expect(resolved?.value).toBe("17700000");
  });

  it("keeps a commodity code's leading zero and stores other codes as hs-<code>", async () => {
    const path = join(dir, "oranges.json");
    writeFileSync(path, comtradeEnvelope([comtradeRecord("2025", 842, 1000, 2000, { cmdCode: "080510" })]));
    await ingestFiles(store, [path], { published: "2026-02-01" });
    const rows = await store.query<{ series: string; hs_code: string; period: string }>(
      "SELECT DISTINCT series, hs_code, period FROM observations",
    );
    expect(rows).toEqual([{ series: "hs-080510", hs_code: "080510", period: "2025" }]);
  });

  it("reports an error envelope, and a bad record by its position and field", async () => {
    const error = join(dir, "error.json");
    writeFileSync(error, comtradeEnvelope([], "Request rate limit exceeded"));
    expect((await ingestFiles(store, [error])).rejected[0]).toMatchObject({
      line: 1,
      field: "(json)",
      reason: /rate limit/,
    });
    const bad = join(dir, "bad.json");
    writeFileSync(
      bad,
      comtradeEnvelope([
        comtradeRecord("202511", 0, 1, 1),
        comtradeRecord("202513", 0, 1, 1),
        comtradeRecord("202511", 842, 1, 1, { cmdCode: "85051" }),
      ]),
    );
    const r = await ingestFiles(store, [bad]);
    expect(r.rejected.map((p) => [p.line, p.field])).toEqual([
      [2, "period"],
      [3, "cmdCode"],
    ]);
    expect(r.rejected[1]!.reason).toMatch(/leading zero was probably lost/);
    expect(await store.query("SELECT count(*) AS n FROM observations")).toEqual([{ n: "0" }]);
  });

  it("checks a record without a flow, and a value below zero or too large, rather than dropping or failing", async () => {
    const path = join(dir, "ranges.json");
    writeFileSync(
      path,
      comtradeEnvelope([
        comtradeRecord("202511", 0, 1, 1),
        comtradeRecord("202511", 842, 1, 1, { flowCode: null }),
        comtradeRecord("202511", 392, 1, -5),
        comtradeRecord("202511", 276, 1, 1, { primaryValue: "1e400" }),
        comtradeRecord("202511", 410, 1, 1, { netWgt: "9".repeat(40), qtyUnitCode: -1 }),
      ]),
    );
    const r = await ingestFiles(store, [path]);
    expect(r.rejected.map((p) => [p.line, p.field, p.reason])).toEqual([
      [2, "flowCode", "unknown flow code: (empty) (expected X or M)"],
      [3, "primaryValue", "negative: -5 (figures of trade are never below zero)"],
      [4, "primaryValue", "too large: 1e400 (more than 20 digits)"],
      [5, "netWgt", `too large: ${"9".repeat(24)}... (more than 20 digits)`],
    ]);
    expect(await store.query("SELECT count(*) AS n FROM observations")).toEqual([{ n: "0" }]);
  });

  it("says a bulk file's gzip does not decompress, rather than that its format is unknown", async () => {
    const good = join(dir, "COMTRADE-good[2025-12-28].gz");
    writeComtradeBulk(good, sampleRecords());
    const gz = readFileSync(good);
    for (let i = 20; i < gz.length - 20; i += 7) gz[i] = gz[i]! ^ 0x5a;
    const path = join(dir, "COMTRADE-damaged[2025-12-28].gz");
    writeFileSync(path, gz);
    expect((await ingestFiles(store, [path])).rejected).toEqual([
      {
        file: path,
        line: 1,
        field: "(header)",
        reason: "a gzip file whose start does not decompress (damaged, or not gzip)",
      },
    ]);
  });

  it("reports a byte that is not UTF-8 in a bulk file's code as a problem, and the store stays usable", async () => {
    // DuckDB's reader failed fatally here (a kept cell past the 18th, refused for its encoding),
    // leaving the database unusable until reopened
    const good = join(dir, "COMTRADE-latin[2025-12-28].tsv");
    writeComtradeBulk(good, sampleRecords());
    const lines = gunzipSync(readFileSync(good)).toString("latin1").split("\n");
    lines[2] = lines[2]!.replace("\t850511\t", "\t850511\u00ac\t");
    const path = join(dir, "COMTRADE-not-utf8[2025-12-28].tsv");
    writeFileSync(path, Buffer.from(lines.join("\n"), "latin1"));
    const r = await ingestFiles(store, [path]);
    expect(r.rejected.map((p) => [p.line, p.field])).toEqual([[3, "cmdCode"]]);
    expect(r.rejected[0]!.reason).toMatch(/^invalid commodity code: 850511/);
    expect((await ingestFiles(store, [good])).inserted).toBeGreaterThan(0);
  });

  it("quotes a megabyte-long bad value in part", async () => {
    const path = join(dir, "long-cell.json");
    writeFileSync(
      path,
      comtradeEnvelope([comtradeRecord("202511", 0, 1, 1, { period: "2".repeat(1 << 20) })]),
    );
    const [problem] = (await ingestFiles(store, [path])).rejected;
    expect(problem).toMatchObject({ line: 1, field: "period", reason: /^invalid period: 2+\.\.\.$/ });
    expect(problem!.reason.length).toBeLessThanOrEqual(240);
  });

  it("makes a later release of the same figure a new vintage, read with --as-of", async () => {
    const first = join(dir, "first.json");
    const second = join(dir, "second.json");
    writeFileSync(first, comtradeEnvelope([comtradeRecord("202511", 0, 8_000_000, 330_000_000)]));
    writeFileSync(second, comtradeEnvelope([comtradeRecord("202511", 0, 8_010_002, 331_000_000)]));
    await ingestFiles(store, [first], { published: "2025-12-28" });
    await ingestFiles(store, [second], { published: "2026-03-15" });
    const { resolve } = await import("../../src/store/resolved-values.js");
    const filter = {
      series: "permanent-magnets-metal",
      partner: "WLD",
      period: "2025-11",
      measure: "qty",
    } as const;
    expect((await resolve(store, filter))[0]?.value).toBe("8010.002");
    expect((await resolve(store, { ...filter, asOf: "2026-01-31" }))[0]?.value).toBe("8000");
  });
});

describe("official figures and the press", () => {
  it("an official figure wins, and a press figure that disagrees is listed as a conflict", async () => {
    const store = await emptyStore();
    try {
      const path = join(dir, "official.json");
      writeFileSync(path, comtradeEnvelope([comtradeRecord("202511", 842, 700_500, 29_876_543)]));
      await ingestFiles(store, [path], { published: "2025-12-28" });
      const press = join(dir, "press.csv");
      writeFileSync(
        press,
        "source_id,source_kind,publisher,reporter,flow,series,partner,period,measure,value,unit\n" +
          "press-1,press,Daily A,CHN,export,permanent-magnets-metal,USA,2025-11,qty,650,t\n" +
          "press-2,press,Daily B,CHN,export,permanent-magnets-metal,USA,2025-11,qty,650,t\n",
      );
      await ingestFiles(store, [press]);
      const { resolve } = await import("../../src/store/resolved-values.js");
      expect(
        (await resolve(store, { series: "permanent-magnets-metal", partner: "USA", measure: "qty" }))[0],
      ).toMatchObject({ value: "700.5", basis: "official" });
      const { listConflicts } = await import("../../src/store/conflicts.js");
      const [conflict] = await listConflicts(store, { series: "permanent-magnets-metal" });
      expect(conflict).toMatchObject({ partner: "USA", resolved: "700.5" });
      expect(conflict!.sides.map((s) => s.value)).toEqual(["700.5", "650"]);
    } finally {
      store.close();
    }
  });
});
