// The repository's code tables (data/codes/), loaded once per store into temporary tables that the
// normalising SQL joins: China customs partner codes and names, UN M49 codes, commodity code to
// series, and the quantity units official files print. Every code is read as text.
import { fileURLToPath } from "node:url";
import { OFFICIAL_QUANTITY_UNITS } from "../../domain/units.js";
import type { Store } from "../open-store.js";

const CODES = new URL("../../../data/codes/", import.meta.url);
const loaded = new WeakSet<Store>();

/** Temporary tables `code_gacc_partners`, `code_m49` (and `code_m49_forms`), `code_hs_series`, `code_units` on the main connection. */
export async function loadCodeTables(store: Store): Promise<void> {
  if (loaded.has(store)) return;
  for (const [table, file] of [
    ["code_gacc_partners", "gacc-partners.csv"],
    ["code_m49", "m49.csv"],
    ["code_hs_series", "hs-series.csv"],
  ]) {
    await store.execute(
      `CREATE OR REPLACE TEMP TABLE ${table} AS
      SELECT * FROM read_csv(?, header = true, all_varchar = true, delim = ',', quote = '"')`,
      [fileURLToPath(new URL(file!, CODES))],
    );
  }
  // each M49 code as files write it, with or without zeros up to three digits (`4`, `04`, `004`;
  // `0`, `00`, `000` for the world), so a record's code is matched as it is, not normalised first
  await store.execute(
    `CREATE OR REPLACE TEMP TABLE code_m49_forms AS
    SELECT DISTINCT form, iso3 FROM code_m49, unnest([code, lpad(code, 2, '0'), lpad(code, 3, '0')]) AS t(form)
    WHERE length(form) >= length(code)`,
  );
  // matched without regard to case (`Kilogram`, `kilogram`, `KG`), so names are stored lowercased
  const units = [
    ...new Map(Object.entries(OFFICIAL_QUANTITY_UNITS).map(([name, u]) => [name.toLowerCase(), u])).entries(),
  ];
  await store.execute(
    `CREATE OR REPLACE TEMP TABLE code_units (name VARCHAR PRIMARY KEY, unit VARCHAR, mass BOOLEAN, shift INTEGER)`,
  );
  await store.execute(
    `INSERT INTO code_units VALUES ${units.map(() => "(?, ?, ?, ?)").join(", ")}`,
    units.flatMap(([name, u]) => [name, u.unit, u.mass, u.shift]),
  );
  loaded.add(store);
}
