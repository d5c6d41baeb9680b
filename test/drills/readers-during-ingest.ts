// Readers during an ingest see the data as it was before or as it is after, never a part of it:
// while one large file is stored, other queries keep counting the observations.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ingestFiles } from "../../src/ingest/ingest-files.js";
import { openLodestone } from "../../src/ingest/reference-data.js";

export interface ReadersResult {
  rows: number;
  reads: number;
  before: number;
  after: number;
  /** Every distinct count the readers saw. */
  seen: number[];
  ok: boolean;
}

/** Ingest `rows` figures into a database file while reading it in a loop. */
export async function readersDuringIngest(rows = 20_000): Promise<ReadersResult> {
  const dir = mkdtempSync(join(tmpdir(), "lodestone-readers-"));
  const store = await openLodestone({ path: join(dir, "drill.duckdb") });
  try {
    const file = join(dir, "big.csv");
    const lines = ["source_id,source_kind,publisher,reporter,flow,series,partner,period,measure,value,unit"];
    for (let i = 0; i < rows; i++) {
      const month = `${2000 + Math.floor(i / 12 / 50)}-${String((i % 12) + 1).padStart(2, "0")}`;
      lines.push(
        `drill-big,press,Drill Daily,CHN,export,drill-series-${Math.floor(i / 12) % 50},WLD,${month},qty,${1000 + i},t`,
      );
    }
    writeFileSync(file, lines.join("\n") + "\n");
    const count = async () =>
      Number((await store.query<{ n: bigint }>("SELECT count(*) AS n FROM observations"))[0]!.n);
    const before = await count();
    const seen = new Set<number>([before]);
    let done = false;
    let reads = 0;
    const ingest = ingestFiles(store, [file]).finally(() => (done = true));
    while (!done) {
      seen.add(await count());
      reads++;
    }
    const result = await ingest;
    const after = await count();
    seen.add(after);
    const ok = result.rejected.length === 0 && [...seen].every((n) => n === before || n === after);
    return { rows, reads, before, after, seen: [...seen].sort((a, b) => a - b), ok };
  } finally {
    store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
