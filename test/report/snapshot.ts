// Snapshot files for rendered reports: compare with test/snapshots/<name>; on a mismatch write
// <name>-changed.<ext> next to it and fail. Missing snapshots are created only outside CI.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { underCi } from "../helpers/ci.js";

const DIR = join(dirname(fileURLToPath(import.meta.url)), "..", "snapshots");

/** Throws when `actual` differs from the stored snapshot `name` (e.g. "brief-2025-11.md"). */
export function assertSnapshot(name: string, actual: string): void {
  const file = join(DIR, name);
  const changed = file.replace(/(\.[^.]+)$/, "-changed$1");
  if (!existsSync(file)) {
    if (underCi()) throw new Error(`missing snapshot ${name}: create it outside CI and commit it`);
    mkdirSync(DIR, { recursive: true });
    writeFileSync(file, actual);
    return;
  }
  if (readFileSync(file, "utf8") === actual) {
    rmSync(changed, { force: true });
    return;
  }
  writeFileSync(changed, actual);
  throw new Error(`snapshot ${name} differs: see ${changed}`);
}
