// Customs and Comtrade files written from how the sources publish them, before the readers were
// read (fixtures in test/fixtures/official/blind, with the figures each should yield in
// expectations.json). Every file is read into an empty store: its figures stored exactly, or the
// file refused whole, naming its line and field. Then the shapes those files exposed, one by one.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ingestFiles } from "../../src/ingest/ingest-files.js";
import type { Store } from "../../src/store/open-store.js";
import { emptyStore } from "../helpers/stores.js";
import { blindFile, describeBlindFiles, storedRows } from "../helpers/blind-files.js";

const F = (name: string) => blindFile("blind", name);
const dir = mkdtempSync(join(tmpdir(), "lodestone-blind-"));

let store: Store;
beforeEach(async () => (store = await emptyStore()));
afterEach(() => store.close());

const stored = () => storedRows(store);

describeBlindFiles("files nobody here shaped", "blind", () => store);

/** A query-platform download in English with the given rows (cells after the period and code). */
function download(name: string, rows: string[], delimiter = ","): string {
  const head = [
    "Date of data",
    "Commodity code",
    "Commodity",
    "Trading partner code",
    "Trading partner",
    "First quantity",
    "First unit",
    "Second quantity",
    "Second unit",
    "US dollar",
  ].join(delimiter);
  const path = join(dir, name);
  writeFileSync(path, [head, ...rows].join("\n") + "\n");
  return path;
}

describe("a grand-total row's quantity", () => {
  it("refuses a file whose total row's quantity is not what its rows add up to, naming the line and column", async () => {
    const r = await ingestFiles(store, [F("04-gacc-en-magnets-export-202511-total-mismatch.csv")], {
      published: "2025-12-20",
    });
    expect(r.rejected).toEqual([
      {
        file: F("04-gacc-en-magnets-export-202511-total-mismatch.csv"),
        line: 8,
        field: "First quantity",
        reason: "the total row says 3585300 kilogram, the quantities of this file add up to 3584300 kilogram",
      },
    ]);
    expect(await stored()).toEqual([]);
  });

  it("does not compare a total over rows counted in different units (kilograms and sets)", async () => {
    const path = download("units-total-export.csv", [
      "202511,85051110,Magnets,502,United States,581800,Kilogram,0,,26740000",
      "202511,85013100,Motors,502,United States,1830400,Set,412300,Kilogram,38801200",
      "Total,,,,,2412200,,,,65541200",
    ]);
    const r = await ingestFiles(store, [path], { published: "2025-12-20" });
    expect(r).toMatchObject({ inserted: 4, rejected: [] });
  });
});

describe("a download saved again by a spreadsheet that groups thousands with dots", () => {
  it("reads '581.800' kg and '26.740.000' US$ in a semicolon file as thousands", async () => {
    const r = await ingestFiles(store, [F("08-gacc-en-magnets-export-202511-semicolon.csv")], {
      published: "2025-12-20",
    });
    expect(r.rejected).toEqual([]);
    const usa = (await stored()).filter((o) => o.partner === "USA");
    expect(usa).toMatchObject([
      { measure: "qty", value: "581.8", unit: "t" },
      { measure: "value", value: "26740000", unit: "USD" },
    ]);
  });

  it("reads a kilogram figure with one dot as thousands, since the platform prints whole kilograms", async () => {
    const r = await ingestFiles(store, [F("23-gacc-en-magnets-export-202511-semicolon-dots.csv")], {
      published: "2025-12-20",
    });
    expect(r.rejected).toEqual([]);
    expect((await stored()).find((o) => o.partner === "JPN" && o.measure === "qty")?.value).toBe("304");
  });

  it("reads a total row's quantity, which prints no unit, in the unit of the rows it totals", async () => {
    const rows = [
      "202511;85051110;Magnets;502;United States;581.800;Kilogram;0;;26.740.000",
      "202511;85051110;Magnets;116;Japan;304.000;Kilogram;0;;14.205.310",
    ];
    const right = download("dots-total-export.csv", [...rows, "Total;;;;;885.800;;;;40.945.310"], ";");
    expect(await ingestFiles(store, [right], { published: "2025-12-20" })).toMatchObject({
      inserted: 4,
      rejected: [],
    });
    const wrong = download("dots-wrong-total-export.csv", [...rows, "Total;;;;;885.900;;;;40.945.310"], ";");
    const r = await ingestFiles(store, [wrong], { published: "2025-12-20" });
    expect(r.rejected).toEqual([
      {
        file: wrong,
        line: 4,
        field: "First quantity",
        reason: "the total row says 885900 kilogram, the quantities of this file add up to 885800 kilogram",
      },
    ]);
  });

  it("refuses one dot in a tonnage as ambiguous, saying both readings", async () => {
    const path = download(
      "tonnes-dot-export.csv",
      ["202511;85051110;Magnets;502;United States;581.800;Ton;0;;26740000"],
      ";",
    );
    const r = await ingestFiles(store, [path], { published: "2025-12-20" });
    expect(r.inserted).toBe(0);
    expect(r.rejected).toEqual([
      {
        file: path,
        line: 2,
        field: "First quantity",
        reason: expect.stringMatching(
          /^ambiguous .*581\.800 with a decimal point, or 581800 with a thousands dot/,
        ),
      },
    ]);
  });

  it("keeps a dot a decimal point in the comma-separated file the platform writes", async () => {
    const path = download("decimal-export.csv", [
      "202511,85051110,Magnets,502,United States,581.800,Ton,0,,26740000",
    ]);
    const r = await ingestFiles(store, [path], { published: "2025-12-20" });
    expect(r.rejected).toEqual([]);
    expect((await stored()).find((o) => o.measure === "qty")?.value).toBe("581.8");
  });
});

describe("the English edition of the published tables", () => {
  it("reads a commodity counted in 'tonne', whatever the case", async () => {
    const r = await ingestFiles(store, [F("15-exports-major-commodities-202511-usd.csv")], {
      published: "2025-12-07",
    });
    expect(r.rejected).toEqual([]);
    expect((await stored()).filter((o) => o.measure === "qty")).toMatchObject([
      { period: "2025-01..2025-11", value: "58193.1", unit: "t" },
      { period: "2025-11", value: "5493.9", unit: "t" },
    ]);
  });

  it("takes the month from the columns' headings when the title names none ('Nov. 2025', 'Jan.-Nov. 2025')", async () => {
    const r = await ingestFiles(store, [F("24-exports-major-commodities-months-in-heads.csv")], {
      published: "2025-12-07",
    });
    expect(r.rejected).toEqual([]);
    expect((await stored()).map((o) => `${o.period} ${o.measure}`)).toEqual([
      "2025-01..2025-11 qty",
      "2025-01..2025-11 value",
      "2025-11 qty",
      "2025-11 value",
    ]);
  });
});
