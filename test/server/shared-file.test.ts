// One database file shared by a running server and the command line: the server (another process)
// opens it read-only, so CLI reads work beside it, and a write says who holds the file and what to do.
import { chmodSync, copyFileSync, mkdtempSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serveInChild } from "../../bench/lib/child-cli.js";
import { runCli } from "../helpers/run-cli.js";

const dir = mkdtempSync(join(tmpdir(), "lodestone-shared-"));
const db = join(dir, "shared.duckdb");
const fixture = new URL("../fixtures/figures-sample.csv", import.meta.url).pathname;

let server: Awaited<ReturnType<typeof serveInChild>>;
beforeAll(async () => {
  // the first reading command creates the file and loads the shipped data
  expect((await runCli(["series", "rare-earth-magnets", "--db", db])).code).toBe(0);
  server = await serveInChild(db);
}, 60_000);
afterAll(async () => {
  await server.stop();
});

describe("a database held by a running server", () => {
  it("serves and answers CLI reads at the same time", async () => {
    const api = await (
      await fetch(`${server.url}/api/series/rare-earth-magnets?from=2025-11&to=2025-11`)
    ).json();
    const cli = await runCli([
      "series",
      "rare-earth-magnets",
      "--from",
      "2025-11",
      "--to",
      "2025-11",
      "--db",
      db,
      "--format",
      "json",
    ]);
    expect(cli.code).toBe(0);
    expect(JSON.parse(cli.stdout)).toEqual(api);
    const stats = await runCli(["stats", "rare-earth-magnets", "2025-11", "--db", db, "--format", "json"]);
    expect(JSON.parse(stats.stdout)).toMatchObject({ level: 6150 });
  });

  it("refuses a write with a message that names the server and what to do", async () => {
    const res = await runCli(["ingest", fixture, "--db", db]);
    expect(res.code).toBe(1);
    expect(res.stderr).toMatch(/locked by another process.*lodestone serve.*stop it to write/);
  });
});

describe("a read-only database file", () => {
  it("is readable, and reading leaves it as it was", async () => {
    const copy = join(dir, "read-only.duckdb");
    copyFileSync(db, copy);
    chmodSync(copy, 0o444);
    const before = statSync(copy).mtimeMs;
    const res = await runCli([
      "series",
      "rare-earth-magnets",
      "--from",
      "2025-11",
      "--to",
      "2025-11",
      "--db",
      copy,
      "--format",
      "json",
    ]);
    expect(res.stderr).toBe("");
    expect(JSON.parse(res.stdout).points).toEqual([
      expect.objectContaining({ period: "2025-11", value: 6150 }),
    ]);
    expect(statSync(copy).mtimeMs).toBe(before);
  });
});
