// The test harness itself: under CI a missing browser or snapshot fails the run by name, and the
// summary line counts it; nothing that was not run can pass as green.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it, vi } from "vitest";
import { underCi } from "../helpers/ci.js";
import { assertSnapshot } from "../report/snapshot.js";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");

/** Run vitest on one file in a child process with a clean environment plus `env`. */
function vitest(file: string, env: Record<string, string>) {
  const run = spawnSync(process.execPath, [join(ROOT, "node_modules", "vitest", "vitest.mjs"), "run", file], {
    cwd: ROOT,
    encoding: "utf8",
    timeout: 120_000,
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", ...env },
  });
  return { status: run.status, summary: /\d+ passed, \d+ failed, \d+ skipped/.exec(run.stdout)?.[0] };
}

describe("honest tests", () => {
  afterEach(() => vi.unstubAllEnvs());

  it("fails, not skips, the browser tests under CI when Chromium is missing", () => {
    const run = vitest("test/report/brief-browser.test.ts", {
      CI: "true",
      LODESTONE_CHROMIUM: "/nonexistent/chromium",
    });
    expect(run.status).toBe(1);
    expect(run.summary).toBe("0 passed, 2 failed, 0 skipped");
  });

  it("skips them with a warning off CI", () => {
    const run = vitest("test/report/brief-browser.test.ts", { LODESTONE_CHROMIUM: "/nonexistent/chromium" });
    expect(run.status).toBe(0);
    expect(run.summary).toBe("0 passed, 0 failed, 2 skipped");
  });

  it("fails on a missing snapshot under CI and writes nothing", () => {
    vi.stubEnv("CI", "true");
    const name = "never-written-snapshot.txt";
    expect(() => assertSnapshot(name, "text")).toThrow(/missing snapshot never-written-snapshot.txt/);
    expect(existsSync(join(ROOT, "test", "snapshots", name))).toBe(false);
  });

  it("reads CI as set unless empty, 0 or false", () => {
    expect([undefined, "", "0", "false", "true", "1"].map((CI) => underCi({ CI }))).toEqual([
      false,
      false,
      false,
      false,
      true,
      true,
    ]);
  });
});
