// The blind rounds of official files (test/fixtures/official/<round>/, written before the readers
// were read, with the figures each should yield in expectations.json): every file read into an empty
// store must store its figures exactly, and nothing new when it comes again, or be refused whole,
// naming its line and field.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { ingestFiles } from "../../src/ingest/ingest-files.js";
import type { Store } from "../../src/store/open-store.js";

/**
 * An observation as the blind rounds' expectations write it: the value as text, without trailing
 * zeros; the reporter only where it is not China (another country's own report).
 */
export interface StoredRow {
  reporter?: string;
  series: string;
  flow: string;
  partner: string;
  period: string;
  measure: string;
  value: string;
  unit: string;
}

interface Expectation {
  file: string;
  published: string | null;
  args?: string[];
  rows?: StoredRow[];
  error?: { line: number; field: string };
  /** A refusal naming line and field is allowed as well as the rows. */
  or_error?: boolean;
}

/** The path of a file of the round. */
export const blindFile = (round: string, name: string): string =>
  fileURLToPath(new URL(`../fixtures/official/${round}/${name}`, import.meta.url));

/** Every observation the store holds, in a fixed order. */
export async function storedRows(store: Store): Promise<StoredRow[]> {
  const rows = await store.query<StoredRow & { reporter: string }>(
    `SELECT reporter, series, flow, partner, period, measure, CAST(value AS VARCHAR) AS value, unit FROM observations ORDER BY ALL`,
  );
  return rows.map(({ reporter, ...o }) => ({
    ...o,
    ...(reporter === "CHN" ? {} : { reporter }),
    value: o.value.replace(/\.?0+$/, ""),
  }));
}

/** A row as text with its keys in one order, whatever order they were written in. */
const keyOf = (row: StoredRow) => JSON.stringify(Object.entries(row).sort(([a], [b]) => a.localeCompare(b)));
const sorted = (rows: StoredRow[]) => [...rows].sort((a, b) => keyOf(a).localeCompare(keyOf(b)));

/** One test per file of the round, each on the empty store `storeOf` gives while it runs. */
export function describeBlindFiles(title: string, round: string, storeOf: () => Store): void {
  const F = (name: string) => blindFile(round, name);
  const expectations = JSON.parse(readFileSync(F("expectations.json"), "utf8")) as Expectation[];
  describe(title, () => {
    for (const e of expectations)
      it(`${e.file}: ${e.error ? "refused whole, naming its line and field" : "its figures, exactly"}`, async () => {
        const store = storeOf();
        const flow = e.args?.[0] === "--flow" ? (e.args[1] as "export" | "import") : undefined;
        const r = await ingestFiles(store, [F(e.file)], { published: e.published, flow });
        if (e.error) {
          expect(r.inserted).toBe(0);
          expect(r.rejected[0]).toMatchObject({ file: F(e.file), line: e.error.line, field: e.error.field });
          expect(await storedRows(store)).toEqual([]);
          return;
        }
        // a refusal is allowed for some (it names line and field); a wrong figure never is
        if (e.or_error && r.inserted === 0) {
          expect(r.rejected[0]).toMatchObject({ file: F(e.file), line: expect.any(Number) });
          expect(await storedRows(store)).toEqual([]);
          return;
        }
        expect(r.rejected).toEqual([]);
        expect(sorted(await storedRows(store))).toEqual(sorted(e.rows ?? []));
        // and nothing new when the same file comes again
        const again = await ingestFiles(store, [F(e.file)], { published: e.published, flow });
        expect(again).toMatchObject({ inserted: 0, unchanged: r.inserted, rejected: [] });
      });
  });
}
