// Opening databases: created and migrated on first use; a newer schema or a lock held by another
// process gives a clear message, not a stack trace.
import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { StoreError } from "../../src/errors.js";
import { SCHEMA_VERSION } from "../../src/store/migrations.js";
import { defaultDbPath, openStore } from "../../src/store/open-store.js";

const dir = mkdtempSync(join(tmpdir(), "lodestone-open-"));

describe("openStore", () => {
  it("creates and migrates a new file, and reopens it without migrating again", async () => {
    const path = join(dir, "new.duckdb");
    const first = await openStore({ path });
    first.close();
    const second = await openStore({ path });
    const rows = await second.query<{ version: number }>("SELECT version FROM schema_version");
    second.close();
    // one row per migration, each applied once
    expect(rows.map((r) => r.version)).toEqual(Array.from({ length: SCHEMA_VERSION }, (_, i) => i + 1));
  });

  it("refuses a database from a newer Lodestone with a clear message", async () => {
    const path = join(dir, "future.duckdb");
    const s = await openStore({ path });
    await s.execute("INSERT INTO schema_version VALUES (?, now())", [SCHEMA_VERSION + 1]);
    s.close();
    await expect(openStore({ path })).rejects.toThrow(StoreError);
    await expect(openStore({ path })).rejects.toThrow(
      new RegExp(
        `schema version ${SCHEMA_VERSION + 1}, newer than this Lodestone supports \\(${SCHEMA_VERSION}\\)`,
      ),
    );
  });

  it("reports a database locked by another process", async () => {
    const path = join(dir, "locked.duckdb");
    (await openStore({ path })).close();
    const holder = spawn(
      process.execPath,
      [
        "--input-type=module",
        "-e",
        `import { DuckDBInstance } from "@duckdb/node-api";
       const db = await DuckDBInstance.create(${JSON.stringify(path)});
       await db.connect(); console.log("holding"); setTimeout(() => {}, 20000);`,
      ],
      { cwd: process.cwd(), stdio: ["ignore", "pipe", "inherit"] },
    );
    try {
      await new Promise<void>((ok) => holder.stdout.once("data", () => ok()));
      await expect(openStore({ path })).rejects.toThrow(/database is locked by another process/);
    } finally {
      holder.kill();
    }
  });

  it("defaults to $LODESTONE_DB, then the user's data directory", () => {
    expect(defaultDbPath({ LODESTONE_DB: "/x/y.duckdb" })).toBe("/x/y.duckdb");
    expect(defaultDbPath({ XDG_DATA_HOME: "/data" })).toBe("/data/lodestone/lodestone.duckdb");
    expect(defaultDbPath({ HOME: "/home/u" })).toBe("/home/u/.local/share/lodestone/lodestone.duckdb");
  });
});
