// Decimal commas are judged by one rule in two engines: `fromDecimalComma` for tables read row by
// row and `decimalCommaSql` for files DuckDB reads. The two must agree on every shape of figure.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fromDecimalComma } from "../../src/domain/decimal.js";
import { decimalCommaSql } from "../../src/store/ingest/decimal-sql.js";
import type { Store } from "../../src/store/open-store.js";
import { emptyStore } from "../helpers/stores.js";

let store: Store;
beforeAll(async () => (store = await emptyStore()));
afterAll(() => store.close());

const CELLS = [
  "455012,5",
  "26740000,00",
  "3,5",
  "1.207.430,5",
  "5.493,9",
  "14,275",
  "5,493",
  "1,234,567",
  "1.234",
  "582",
  "582.75",
  "",
  "n/a",
  "12,3,4",
];

describe("fromDecimalComma", () => {
  it("reads a comma that can only mark decimals, with dots grouping thousands or none", () => {
    expect(fromDecimalComma("455012,5")).toBe("455012.5");
    expect(fromDecimalComma("3,5")).toBe("3.5");
    expect(fromDecimalComma("1.207.430,5")).toBe("1207430.5");
  });

  it("calls a comma that may group thousands ambiguous, and leaves text without one alone", () => {
    expect(fromDecimalComma("14,275")).toBe("ambiguous");
    expect(fromDecimalComma("1,234,567")).toBeNull();
    expect(fromDecimalComma("582.75")).toBeNull();
    expect(fromDecimalComma("n/a")).toBeNull();
  });
});

describe("decimalCommaSql", () => {
  it("reads every cell as fromDecimalComma does, keeping the ambiguous and the plain as they are", async () => {
    const rows = await store.query<{ cell: string; read: string }>(
      `SELECT cell, ${decimalCommaSql("cell")} AS read FROM (SELECT unnest(?::VARCHAR[]) AS cell)`,
      [JSON.stringify(CELLS).replace(/"/g, "'")],
    );
    const expected = CELLS.map((cell) => {
      const read = fromDecimalComma(cell);
      return { cell, read: read === null || read === "ambiguous" ? cell : read };
    });
    expect(rows).toEqual(expected);
    expect(rows.find((r) => r.cell === "1.207.430,5")?.read).toBe("1207430.5");
  });
});
