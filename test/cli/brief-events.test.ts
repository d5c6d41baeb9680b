// `brief` and `events` as a user meets them: a brief is about a month the data holds and goes where
// --out says or nowhere; events show when a measure was announced and when it took effect.
import { existsSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/run-cli.js";

describe("lodestone brief", () => {
  it("refuses a month the data does not hold, naming the months it does", async () => {
    const { code, stdout, stderr } = await runCli(["brief", "2030-01"]);
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toMatch(
      /^lodestone: no figure for rare-earth-magnets in 2030-01: the data holds 2024-02\.\.\d{4}-\d\d\n$/,
    );
  });

  it("names the missing folder of --out, before writing anything", async () => {
    const dir = mkdtempSync(join(tmpdir(), "lodestone-brief-"));
    const out = join(dir, "missing", "brief.md");
    const { code, stderr } = await runCli(["brief", "2025-11", "--out", out]);
    expect(code).toBe(1);
    expect(stderr).toBe(`lodestone: cannot write ${out}: folder ${join(dir, "missing")} does not exist\n`);
    expect(readdirSync(dir)).toEqual([]);
  });

  it("writes the markdown and its charts next to each other with --out", async () => {
    const dir = mkdtempSync(join(tmpdir(), "lodestone-brief-"));
    const { code, stdout } = await runCli(["brief", "2025-11", "--out", join(dir, "nov.md")]);
    expect(code).toBe(0);
    expect(stdout).toBe("");
    expect(readdirSync(dir).sort()).toEqual([
      "nov-destinations.svg",
      "nov-level.svg",
      "nov-shares.svg",
      "nov.md",
    ]);
    expect(readFileSync(join(dir, "nov.md"), "utf8")).toContain(
      "![Monthly exports with policy events](nov-level.svg)",
    );
    expect(existsSync(join(dir, "nov-level.svg"))).toBe(true);
  });
});

describe("lodestone events", () => {
  it("shows the announcement and the effective date side by side", async () => {
    const table = await runCli(["events", "--from", "2024-06-01", "--to", "2024-12-31", "--format", "table"]);
    expect(table.code).toBe(0);
    expect(table.stdout.split("\n")[0]).toMatch(/^announced\s+effective\s+kind\s+id\s+summary$/);
    expect(table.stdout).toMatch(/^2024-06-29\s+2024-10-01\s+regulation\s+E2024-06-REREG\s/m);
    expect(Math.max(...table.stdout.split("\n").map((l) => l.length))).toBeLessThanOrEqual(100);
    const csv = await runCli(["events", "--from", "2024-06-01", "--to", "2024-12-31", "--format", "csv"]);
    expect(csv.stdout.split("\n")[0]).toBe(
      "announced,effective,kind,id,summary,authority,commodities,partners,url",
    );
    expect(csv.stdout).toMatch(/^2024-06-29,2024-10-01,regulation,E2024-06-REREG,/m);
  });
});
