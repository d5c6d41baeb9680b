// The ingest's progress bar: drawn on stderr when it is a terminal, and nothing at all otherwise
// (a pipe or a log file gets only the JSON and the format lines).
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/run-cli.js";

const SAMPLE = new URL("../fixtures/figures-sample.csv", import.meta.url).pathname;

describe("lodestone ingest progress", () => {
  it("says nothing of progress when stderr is not a terminal", async () => {
    const { code, stderr } = await runCli(["ingest", SAMPLE], { isTty: true });
    expect(code).toBe(0);
    expect(stderr).not.toContain("\r");
    expect(stderr).not.toMatch(/reading and checking|storing|new, \d+ unchanged/);
    expect(stderr).toMatch(/read as Lodestone figures CSV/);
  });

  it("redraws one line per step on a terminal, and keeps the last with the counts", async () => {
    const { code, stdout, stderr } = await runCli(["ingest", SAMPLE], { stderrIsTty: true });
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ inserted: 6 });
    expect(stderr).toContain("\r\x1b[K[");
    expect(stderr).toMatch(/\r\x1b\[K\[\d+\.\d s\] 1 figures file: reading and checking/);
    expect(stderr).toMatch(/\r\x1b\[K\[\d+\.\d s\] 1 figures file: 6 new, 0 unchanged\n/);
  });
});
