// kill -9 during a large ingest: the database reopens holding exactly what it held before, or the
// whole file, never part of it (the write is one transaction; staging lives in temporary tables).
import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ingestFiles } from "../../src/ingest/ingest-files.js";
import { openStore } from "../../src/store/open-store.js";
import { writeComtradeBulkSql } from "../helpers/comtrade-files.js";
import { snapshotOf } from "../helpers/stores.js";

const CHILD = new URL("../helpers/ingest-child.ts", import.meta.url).pathname;
const ROWS = 60_000;

/** Start an ingest in a child process and kill it `afterMs` after it opened the database. */
function ingestAndKill(db: string, file: string, afterMs: number): Promise<"killed" | "finished"> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", CHILD, db, file], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    child.stdout.on("data", (d: Buffer) => {
      out += d.toString();
      if (out.includes("opened") && !out.includes("timer")) {
        out += "timer";
        setTimeout(() => child.kill("SIGKILL"), afterMs);
      }
    });
    child.on("error", reject);
    child.on("exit", (_code, signal) => resolve(signal === "SIGKILL" ? "killed" : "finished"));
  });
}

describe("kill -9 during an ingest", () => {
  it("leaves the store as before, or holding the whole file", async () => {
    const dir = mkdtempSync(join(tmpdir(), "lodestone-kill-"));
    const db = join(dir, "store.duckdb");
    const file = join(dir, "COMTRADE-FINAL-kill[2025-12-28].gz");
    const store = await openStore({ path: db });
    await ingestFiles(
      store,
      [new URL("../fixtures/official/gacc-en-magnets-export-202511.csv", import.meta.url).pathname],
      { published: "2025-12-20" },
    );
    await writeComtradeBulkSql(store, file, ROWS);
    const before = await snapshotOf(store);
    store.close();
    for (const afterMs of [200, 900, 2500]) {
      const outcome = await ingestAndKill(db, file, afterMs);
      const reopened = await openStore({ path: db });
      try {
        const [row] = await reopened.query<{ n: string }>(
          "SELECT count(*) AS n FROM observations WHERE source_id LIKE 'comtrade-%'",
        );
        const n = row?.n;
        if (afterMs === 200) expect(outcome).toBe("killed");
        if (n === "0") expect(await snapshotOf(reopened)).toBe(before);
        else expect({ outcome, n }).toMatchObject({ n: String(ROWS * 2) });
        if (n !== "0") return; // the whole file went in before the kill: nothing left to interrupt
      } finally {
        reopened.close();
      }
    }
  }, 180_000);
});
