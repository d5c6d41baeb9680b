// Kilograms to tonnes in SQL: the fast paths (the decimal reader shifting the point, or moving it in
// the text) give the same exact decimal as the arithmetic they stand in for, and figures they cannot
// take go the slow way.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exactDecimalSql, kgToTonnesSql } from "../../src/store/ingest/decimal-sql.js";
import type { Store } from "../../src/store/open-store.js";
import { emptyStore } from "../helpers/stores.js";

let store: Store;
beforeAll(async () => (store = await emptyStore()));
afterAll(() => store.close());

async function tonnes(kg: string[]): Promise<{ kg: string; fast: string; slow: string }[]> {
  return store.query(
    `SELECT kg, CAST(${kgToTonnesSql("kg")} AS VARCHAR) AS fast,
       CAST(CAST(${exactDecimalSql("kg")} * 0.001 AS DECIMAL(38, 6)) AS VARCHAR) AS slow
     FROM (SELECT unnest(?::VARCHAR[]) AS kg)`,
    [JSON.stringify(kg).replace(/"/g, "'")],
  );
}

describe("kgToTonnesSql", () => {
  it("moves the decimal point three places, padding short figures", async () => {
    const rows = await tonnes([
      "582000",
      "5",
      "0",
      "0.5",
      "007",
      "1234.567",
      "8010002.25",
      "999999999999999",
    ]);
    expect(rows.map((r) => r.fast)).toEqual([
      "582.000000",
      "0.005000",
      "0.000000",
      "0.000500",
      "0.007000",
      "1.234567",
      "8010.002250",
      "999999999999.999000",
    ]);
    for (const r of rows) expect(r.fast).toBe(r.slow);
  });

  it("gives the arithmetic's decimal on both sides of twelve integer digits, with many decimals", async () => {
    const rows = await tonnes([
      "314159265358",
      "314159265358.97932",
      "27.18281828459",
      "2718281828459",
      "2718281828459.0451",
      "00000000000000042",
    ]);
    expect(rows.map((r) => r.fast)).toEqual([
      "314159265.358000",
      "314159265.358979",
      "0.027183",
      "2718281828.459000",
      "2718281828.459045",
      "0.042000",
    ]);
    for (const r of rows) expect(r.fast).toBe(r.slow);
  });

  it("rounds to six places once, and leaves negative, exponent and huge figures to the arithmetic", async () => {
    const rows = await tonnes(["1.2345675", "-1500", "1.5e3", "1234567890123456"]);
    expect(rows.map((r) => r.fast)).toEqual(["0.001235", "-1.500000", "1.500000", "1234567890123.456000"]);
  });
});
