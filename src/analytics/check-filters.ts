// One check of listing filters for the command line and the API alike: a range that ends before it
// starts, or a value the store has never seen, is an error that lists the known values, never an
// empty table. Store lookups run only when a listing came back empty (a non-empty answer proves
// every value it was filtered by exists), so answers with data pay nothing.
import { InputError } from "../errors.js";
import type { Store } from "../store/open-store.js";
import { knownValues, type FilterField } from "../store/known-values.js";

export const SOURCE_KINDS = ["official", "wire", "press", "industry"] as const;

export interface ListingFilters {
  series?: string;
  partner?: string;
  reporter?: string;
  origin?: string;
  commodity?: string;
  kind?: string;
  /** Months or dates, compared as written (`2025-06`, `2025-06-01`). */
  from?: string;
  to?: string;
}

const SHOWN = 40;

/**
 * The checks that need no data: `from` not after `to`, a source kind among the four.
 * @example checkFilterValues({ from: "2025-12", to: "2025-06" }) // throws "from 2025-12 is after to 2025-06"
 */
export function checkFilterValues(f: ListingFilters): void {
  if (
    f.from !== undefined &&
    f.to !== undefined &&
    f.from.localeCompare(f.to) > 0 &&
    !f.from.startsWith(f.to)
  ) {
    throw new InputError(`from ${f.from} is after to ${f.to}`);
  }
  if (f.kind !== undefined && !(SOURCE_KINDS as readonly string[]).includes(f.kind))
    throw unknown("kind", f.kind, [...SOURCE_KINDS]);
}

/**
 * After a listing filtered by `f` came back empty: throw for the first filter value the store has
 * never seen (partners and reporters within the series), listing the known ones. Known values pass.
 * @example if (rows.length === 0) await explainEmpty(store, { series: "rare-earth-magnets", partner: "XYZ" })
 */
export async function explainEmpty(store: Store, f: ListingFilters): Promise<void> {
  checkFilterValues(f);
  for (const field of [
    "series",
    "partner",
    "reporter",
    "origin",
    "commodity",
  ] as const satisfies readonly FilterField[]) {
    const value = f[field];
    if (value === undefined) continue;
    const known = await knownValues(
      store,
      field,
      field === "partner" || field === "reporter" ? f.series : undefined,
    );
    if (!known.includes(value))
      throw unknown(field, value, known, field === "partner" || field === "reporter" ? f.series : undefined);
  }
}

function unknown(field: string, value: string, known: string[], series?: string): InputError {
  const list =
    known.length > SHOWN
      ? `${known.slice(0, SHOWN).join(", ")}, … (${known.length} in all)`
      : known.join(", ");
  return new InputError(
    `unknown ${field}: ${value} (known${series ? ` for ${series}` : ""}: ${list || "none"})`,
  );
}

/**
 * Run a listing with its filters checked: bad values before it runs, unknown ones when it is empty.
 * @example await checkedListing(store, { series, partner }, () => listConflicts(store, { series, partner }))
 */
export async function checkedListing<T>(
  store: Store,
  f: ListingFilters,
  list: () => Promise<T[]>,
): Promise<T[]> {
  checkFilterValues(f);
  const rows = await list();
  if (rows.length === 0) await explainEmpty(store, f);
  return rows;
}
