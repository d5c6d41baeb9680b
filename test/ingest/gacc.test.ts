// China customs query-platform downloads (fixtures in test/fixtures/official, written in the
// platform's shape): English and Chinese mode give the same observations; regime and location
// splits sum to the figure and stay as detail; a release split over two downloads combines;
// January-February spans, world files without partner columns, and bad rows named by line and field.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ingestFiles } from "../../src/ingest/ingest-files.js";
import type { Store } from "../../src/store/open-store.js";
import { resolve } from "../../src/store/resolved-values.js";
import { emptyStore, snapshotOf } from "../helpers/stores.js";

const F = (name: string) => new URL(`../fixtures/official/${name}`, import.meta.url).pathname;
const EN = F("gacc-en-magnets-export-202511.csv");
const ZH = F("gacc-zh-magnets-export-202511.csv");
const dir = mkdtempSync(join(tmpdir(), "lodestone-gacc-"));
const opts = { published: "2025-12-20" };

let store: Store;
beforeEach(async () => (store = await emptyStore()));
afterEach(() => store.close());

const figures = (s: Store = store) =>
  s.query<{
    series: string;
    partner: string;
    period: string;
    measure: string;
    value: string;
    unit: string;
    original_value: string;
    original_unit: string;
    vintage: string;
  }>(
    "SELECT series, partner, period, measure, CAST(value AS VARCHAR) AS value, unit, original_value, original_unit, vintage FROM observations ORDER BY ALL",
  );

/** Ingest files into a store of their own: the result and the figures stored. */
async function ingestAlone(paths: string[]) {
  const other = await emptyStore();
  try {
    return { result: await ingestFiles(other, paths, opts), figures: await figures(other) };
  } finally {
    other.close();
  }
}

describe("China customs query-platform CSV", () => {
  it("reads the English file: exact tonnes, the original kept, regime splits summed", async () => {
    const r = await ingestFiles(store, [EN], opts);
    expect(r).toMatchObject({ inserted: 12, unchanged: 0, rejected: [] });
    expect(r.files[0]!.format).toMatch(/China customs.*English.*BOM/);
    const usa = (await figures()).filter((o) => o.partner === "USA" && o.series === "rare-earth-magnets");
    expect(usa).toEqual([
      {
        series: "rare-earth-magnets",
        partner: "USA",
        period: "2025-11",
        measure: "qty",
        value: "582.000000",
        unit: "t",
        original_value: "582000",
        original_unit: "kg",
        vintage: "2025-12-20",
      },
      {
        series: "rare-earth-magnets",
        partner: "USA",
        period: "2025-11",
        measure: "value",
        value: "24855680.000000",
        unit: "USD",
        original_value: "24855680",
        original_unit: "USD",
        vintage: "2025-12-20",
      },
    ]);
    const details = await store.query<{ regime_code: string; value: string }>(
      "SELECT regime_code, CAST(value AS VARCHAR) AS value FROM observation_details WHERE observation_id LIKE '%|USA|2025-11|qty|%' AND observation_id LIKE '%rare-earth-magnets%' ORDER BY regime_code",
    );
    expect(details).toEqual([
      { regime_code: "10", value: "500.123000" },
      { regime_code: "14", value: "81.877000" },
    ]);
    // 85051190 is kept under its own code, never as rare-earth magnets
    expect((await figures()).some((o) => o.series === "hs-85051190")).toBe(true);
  });

  it("gives identical observations for the Chinese GB18030 file of the same release", async () => {
    await ingestFiles(store, [EN], opts);
    const before = await snapshotOf(store);
    const r = await ingestFiles(store, [ZH], opts);
    expect(r).toMatchObject({ inserted: 0, unchanged: 12, rejected: [] });
    expect(r.files[0]!.format).toMatch(/Chinese, GB18030/);
    const other = await emptyStore();
    try {
      await ingestFiles(other, [ZH], opts);
      expect(await other.query("SELECT * EXCLUDE (ingest_id) FROM observations ORDER BY id")).toEqual(
        await store.query("SELECT * EXCLUDE (ingest_id) FROM observations ORDER BY id"),
      );
    } finally {
      other.close();
    }
    expect(JSON.parse(await snapshotOf(store))[1]).toEqual(JSON.parse(before)[1]);
  });

  it("combines the downloads of one release, even when a split straddles them", async () => {
    const r = await ingestFiles(
      store,
      [F("gacc-en-magnets-export-202511-part1.csv"), F("gacc-en-magnets-export-202511-part2.csv")],
      opts,
    );
    expect(r).toMatchObject({ inserted: 12, rejected: [] });
    expect(
      (await figures()).find(
        (o) => o.partner === "USA" && o.measure === "qty" && o.series === "rare-earth-magnets",
      )?.value,
    ).toBe("582.000000");
  });

  it("reads a copy saved from a spreadsheet with tabs or semicolons to the same observations", async () => {
    await ingestFiles(store, [EN], opts);
    const fromCsv = await figures();
    const rows = readFileSync(EN, "utf8")
      .replace(/^\uFEFF/, "")
      .split("\r\n");
    for (const [name, sep] of [
      ["tabbed-export.txt", "\t"],
      ["semicolons-export.csv", ";"],
    ] as const) {
      const path = join(dir, name);
      writeFileSync(path, rows.map((l) => l.replaceAll('","', `"${sep}"`).replace(/,$/, "")).join("\n"));
      const { result, figures: stored } = await ingestAlone([path]);
      expect(result).toMatchObject({ inserted: 12, rejected: [] });
      expect(result.files[0]!.format).toMatch(sep === "\t" ? /tab-separated/ : /semicolon-separated/);
      expect(stored).toEqual(fromCsv);
    }
  });

  it("reads a spreadsheet's 'Unicode text' copy (UTF-16 with BOM, tab-separated, unquoted) of the Chinese file", async () => {
    await ingestFiles(store, [ZH], opts);
    const fromCsv = await figures();
    const rows = new TextDecoder("gb18030").decode(readFileSync(ZH)).split(/\r?\n/);
    const tabbed = rows.map((l) => l.replace(/,$/, "").replace(/^"|"$/g, "").split('","').join("\t"));
    const path = join(dir, "unicode-text-export.txt");
    writeFileSync(path, Buffer.from(`\uFEFF${tabbed.join("\r\n")}`, "utf16le"));
    const { result, figures: stored } = await ingestAlone([path]);
    expect(result).toMatchObject({ inserted: 12, rejected: [] });
    expect(result.files[0]!.format).toBe("China customs query platform (Chinese, UTF-16, tab-separated)");
    expect(stored).toEqual(fromCsv);
  });

  it("says an old Excel workbook is not text, and an unknown text file is unrecognised, storing nothing", async () => {
    const book = join(dir, "magnets-export.xls");
    writeFileSync(book, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]));
    const notes = join(dir, "notes.txt");
    writeFileSync(notes, "Magnet exports were strong this month.\n");
    const r = await ingestFiles(store, [book, notes], opts);
    expect(r.inserted).toBe(0);
    expect(r.rejected).toEqual([
      {
        file: book,
        line: 1,
        field: "(header)",
        reason:
          "an Excel 97-2003 workbook (.xls), not text: save it as .xlsx or the sheet as CSV (or Unicode text) and ingest that",
      },
      {
        file: notes,
        line: 1,
        field: "(header)",
        reason:
          "unrecognised format (expected China customs, UN Comtrade, figures or events): Magnet exports were strong this month.",
      },
    ]);
  });

  it("reads dates of data written 2025/11, 2025.3, 2025年11月 and 2025年1-2月 (a span within the year)", async () => {
    const path = join(dir, "written-dates-export.csv");
    writeFileSync(
      path,
      [
        '"数据年月","贸易伙伴编码","贸易伙伴名称","商品编码","商品名称","第一数量","第一计量单位","美元"',
        '"2025/11","116","日本","85051110","稀土永磁体","305","吨","13022115"',
        '"2025.3","116","日本","85051110","稀土永磁体","410","吨","17000000"',
        '"2025年10月","116","日本","85051110","稀土永磁体","226","吨","9000000"',
        '"2025年1-2月","116","日本","85051110","稀土永磁体","812","吨","33000000"',
      ].join("\n"),
    );
    expect(await ingestFiles(store, [path], opts)).toMatchObject({ inserted: 8, rejected: [] });
    expect((await figures()).filter((o) => o.measure === "qty").map((o) => `${o.period} ${o.value}`)).toEqual(
      ["2025-01..2025-02 812.000000", "2025-03 410.000000", "2025-10 226.000000", "2025-11 305.000000"],
    );
  });

  it("reads world totals, a January-February span and a supplementary quantity in tonnes", async () => {
    await ingestFiles(store, [F("gacc-en-world-export-2025.csv")], opts);
    const rows = await figures();
    expect(rows.map((o) => `${o.series} ${o.partner} ${o.period} ${o.measure} ${o.value}`)).toContain(
      "rare-earth-magnets WLD 2025-01..2025-02 qty 9211.456000",
    );
    expect(rows.map((o) => `${o.series} ${o.period} ${o.measure} ${o.value} ${o.original_unit}`)).toContain(
      "hs-28053011 2025-11 qty 12.500000 t",
    );
    const [point] = await resolve(store, {
      series: "rare-earth-magnets",
      partner: "WLD",
      period: "2025-11",
      measure: "qty",
    });
    expect(point).toMatchObject({ value: "6150.23", basis: "official" });
  });

  it("sums a location split in renminbi, and re-ingesting changes nothing", async () => {
    const path = F("gacc-zh-magnets-location-export-202511.csv");
    expect(await ingestFiles(store, [path], opts)).toMatchObject({ inserted: 2, rejected: [] });
    expect((await figures()).filter((o) => o.unit === "CNY").map((o) => o.value)).toEqual([
      "92500000.000000",
    ]);
    const before = await snapshotOf(store);
    expect(await ingestFiles(store, [path], opts)).toMatchObject({ inserted: 0, unchanged: 2 });
    expect(await snapshotOf(store)).toBe(before);
  });

  it("finds the header below a title line, and reads unquoted cells without the trailing comma", async () => {
    const path = join(dir, "titled-export.csv");
    writeFileSync(
      path,
      [
        "China Customs Statistics - query result",
        "Date of data,Trading partner code,Trading partner,Commodity code,Commodity,Quantity,Unit,Supplementary Quantity,Supplementary Unit,US dollar",
        "202511,116,Japan,85051110,Permanent magnets,305000,KILOGRAM,0,-,13022115",
        "202511,701,Country unknown,85051110,Permanent magnets,1200,kg,0,-,52000",
      ].join("\n"),
    );
    const r = await ingestFiles(store, [path], opts);
    expect(r).toMatchObject({ inserted: 4, rejected: [] });
    expect((await figures()).map((o) => `${o.partner} ${o.measure} ${o.value}`)).toContain(
      "JPN qty 305.000000",
    );
  });

  const header =
    '"Date of data","Trading partner code","Trading partner","Commodity code","Commodity","Quantity","Unit","US dollar",';
  const row = (period: string, code: string, partner: string, hs: string, kg: string, usd: string) =>
    `"${period}","${code}","${partner}","${hs}","Rare-earth permanent magnets","${kg}","${kg ? "Kilogram" : ""}","${usd}",`;
  /** A download of these rows under the header, as the platform writes it. */
  const writeDownload = (name: string, rows: string[]) => {
    const path = join(dir, name);
    writeFileSync(path, [header, ...rows].join("\r\n"));
    return path;
  };
  const october = [
    row("202510", "116", "Japan", "85051110", "226,400", "9,120,500"),
    row("202510", "133", "Korea, Rep.", "85051110", "311,050", "12,004,000"),
  ];

  it("reads a grand-total row as no figure when it equals the file's figures, and a 'Total' partner as the world", async () => {
    const path = writeDownload("with-total-export.csv", [
      ...october,
      row("202510", "", "Total", "85051110", "5,473,000", "231,000,000"),
      row("Total", "", "", "", "537,450", "21,124,500"),
    ]);
    expect(await ingestFiles(store, [path], opts)).toMatchObject({ inserted: 6, rejected: [] });
    expect(
      (await figures()).filter((o) => o.measure === "qty").map((o) => `${o.partner} ${o.period} ${o.value}`),
    ).toEqual(["JPN 2025-10 226.400000", "KOR 2025-10 311.050000", "WLD 2025-10 5473.000000"]);
  });

  it("takes a grand total in the last of several downloads as the total of all of them", async () => {
    const one = writeDownload("part-a-export.csv", [
      row("202509", "116", "Japan", "85051110", "1,000", "40,000"),
    ]);
    const two = writeDownload("part-b-export.csv", [
      row("202509", "304", "Germany", "85051110", "2,500", "90,000"),
      row("合计", "", "", "", "", "130,000"),
    ]);
    expect(await ingestFiles(store, [one, two], opts)).toMatchObject({ inserted: 4, rejected: [] });
  });

  it("rejects a file whose grand-total row disagrees with its figures, naming the line and the value column", async () => {
    await ingestFiles(store, [F("gacc-en-world-export-2025.csv")], opts);
    const before = await snapshotOf(store);
    const path = writeDownload("short-total-export.csv", [
      ...october,
      row("Total", "", "", "", "", "21,200,000"),
    ]);
    const r = await ingestFiles(store, [path], opts);
    expect(r.rejected).toEqual([
      {
        file: path,
        line: 4,
        field: "US dollar",
        reason: "the total row says 21200000, the figures of this file add up to 21124500",
      },
    ]);
    expect(await snapshotOf(store)).toBe(before);
  });

  const text = readFileSync(EN, "utf8");
  const lines = text.split("\r\n");
  const cases: [string, (ls: string[]) => string[], number, string, RegExp][] = [
    [
      "unknown partner code",
      (ls) => ls.map((l, i) => (i === 3 ? l.replace('"116"', '"999"') : l)),
      4,
      "Trading partner code",
      /unknown trading partner code: 999/,
    ],
    [
      "non-numeric quantity",
      (ls) => ls.map((l, i) => (i === 1 ? l.replace('"500,123"', '"500,12x"') : l)),
      2,
      "Quantity",
      /not a number: 500,12x/,
    ],
    [
      "unknown unit",
      (ls) => ls.map((l, i) => (i === 4 ? l.replace('"Kilogram"', '"Barrel"') : l)),
      5,
      "Unit",
      /unknown unit: Barrel/,
    ],
    [
      "code without its leading zero",
      (ls) => ls.map((l, i) => (i === 5 ? l.replace('"85051110"', '"8051110"') : l)),
      6,
      "Commodity code",
      /leading zero was probably lost/,
    ],
    [
      "short row",
      (ls) => ls.map((l, i) => (i === 6 ? '"202511","116"' : l)),
      7,
      "(row)",
      /a row of 2 cells where the header has 13/,
    ],
    [
      "negative quantity",
      (ls) => ls.map((l, i) => (i === 3 ? l.replace('"305,000"', '"-305,000"') : l)),
      4,
      "Quantity",
      /negative: -305,000/,
    ],
    [
      "quantity of 40 digits",
      (ls) => ls.map((l, i) => (i === 1 ? l.replace('"500,123"', `"${"9".repeat(40)}"`) : l)),
      2,
      "Quantity",
      /too large: 9{24}\.\.\. \(more than 20 digits\)/,
    ],
    [
      "terminal escape sequence in a quantity",
      (ls) => ls.map((l, i) => (i === 1 ? l.replace('"500,123"', '"\u001b[2J5"') : l)),
      2,
      "Quantity",
      /^not a number: \uFFFD\[2J5$/,
    ],
    [
      "month 13",
      (ls) => ls.map((l, i) => (i === 2 ? l.replace('"202511"', '"202513"') : l)),
      3,
      "Date of data",
      /invalid date of data: 202513/,
    ],
  ];
  for (const [name, edit, line, field, reason] of cases) {
    it(`rejects a file with a ${name}, naming file, line and field, and stores nothing`, async () => {
      await ingestFiles(store, [F("gacc-en-world-export-2025.csv")], opts);
      const before = await snapshotOf(store);
      const path = join(dir, `${name.replace(/\W+/g, "-")}-export.csv`);
      writeFileSync(path, edit(lines).join("\r\n"));
      const r = await ingestFiles(store, [path], opts);
      expect(r.inserted).toBe(0);
      expect(r.rejected[0]).toMatchObject({ file: path, line, field });
      expect(r.rejected[0]!.reason).toMatch(reason);
      expect(await snapshotOf(store)).toBe(before);
    });
  }

  it("reports a file whose line ends change from CRLF to LF as one problem, and stores nothing", async () => {
    const path = join(dir, "mixed-line-ends-export.csv");
    writeFileSync(path, `${text}\n`);
    const r = await ingestFiles(store, [path], opts);
    expect(r.rejected).toEqual([
      {
        file: path,
        line: 2,
        field: "(file)",
        reason: "the CSV reader cannot follow the file's rows (do its line ends change between CRLF and LF?)",
      },
    ]);
    expect(await store.query("SELECT count(*) AS n FROM observations")).toEqual([{ n: "0" }]);
  });

  it("rejects a regime split that does not add up to its total row", async () => {
    const path = join(dir, "split-export.csv");
    writeFileSync(
      path,
      [
        ...lines.slice(0, 3),
        lines[1]!.replace('"10","General trade"', '"",""').replace('"500,123"', '"600,000"'),
      ].join("\r\n"),
    );
    const r = await ingestFiles(store, [path], opts);
    expect(r.rejected[0]).toMatchObject({ line: 4 });
    expect(r.rejected[0]!.reason).toMatch(
      /split this figure by customs regime or location add up to 24855680, the total row says 21345678/,
    );
  });
});
