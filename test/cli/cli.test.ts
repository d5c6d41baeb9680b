// The command line as a user meets it: output formats, exit codes and help.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/run-cli.js";

describe("lodestone series", () => {
  it("prints an aligned table of the magnet series with the press figures", async () => {
    const { code, stdout } = await runCli(["series", "rare-earth-magnets", "--format", "table"]);
    expect(code).toBe(0);
    const lines = stdout.split("\n");
    expect(lines[0]).toBe("rare-earth-magnets  CHN exports to WLD");
    expect(stdout).toMatch(/^2025-01\s+6,357\s+\d+/m);
    expect(stdout).toMatch(/^2025-11\s+6,150\s+\d+/m);
    expect(Math.max(...lines.map((l) => l.length))).toBeLessThanOrEqual(100);
    const header = lines.find((l) => l.startsWith("period"))!;
    const nov = lines.find((l) => l.startsWith("2025-11"))!;
    expect(nov.indexOf("6,150") + 5).toBe(header.indexOf("value (t)") + "value (t)".length);
  });

  it("gives JSON exactly in the documented shape", async () => {
    const { code, stdout } = await runCli([
      "series",
      "rare-earth-magnets",
      "--partner",
      "USA",
      "--format",
      "json",
    ]);
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(Object.keys(json)).toEqual(["series", "reporter", "flow", "partner", "unit", "points"]);
    expect(json).toMatchObject({
      series: "rare-earth-magnets",
      reporter: "CHN",
      flow: "export",
      partner: "USA",
      unit: "t",
    });
    const nov = json.points.find((p: { period: string }) => p.period === "2025-11");
    expect(Object.keys(nov)).toEqual(["period", "value", "derived", "conflict", "sources"]);
    expect(nov).toMatchObject({ value: 582, derived: false, conflict: false });
    expect(nov.sources).toBeGreaterThan(1);
  });

  it("accepts global options after the command name and limits months", async () => {
    const { stdout } = await runCli([
      "series",
      "rare-earth-magnets",
      "--from",
      "2025-10",
      "--to",
      "2025-11",
      "--format",
      "csv",
    ]);
    expect(stdout).toBe(
      "period,value (t),sources,conflict,derived\n2025-10,5473,9,false,false\n2025-11,6150,14,false,false\n",
    );
  });

  it("exits 1 with a message for an unknown series and for a bad month", async () => {
    const unknown = await runCli(["series", "unobtainium"]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/^lodestone: unknown series: unobtainium/);
    expect(unknown.stdout).toBe("");
    const badMonth = await runCli(["series", "rare-earth-magnets", "--from", "2025-13"]);
    expect(badMonth.code).toBe(1);
    expect(badMonth.stderr).toMatch(/invalid month: 2025-13/);
  });

  it("exits 2 for bad usage", async () => {
    expect((await runCli(["series"])).code).toBe(2);
    expect((await runCli(["series", "rare-earth-magnets", "--format", "xml"])).code).toBe(2);
    expect((await runCli(["nonsense"])).code).toBe(2);
  });
});

describe("other commands", () => {
  it("shows help with an example on every command", async () => {
    for (const cmd of [
      "series",
      "sources",
      "events",
      "conflicts",
      "evidence",
      "ingest",
      "verify",
      "serve",
      "stats",
      "brief",
    ]) {
      const { code, stdout } = await runCli([cmd, "--help"]);
      expect(code, cmd).toBe(0);
      expect(stdout, cmd).toMatch(/Examples?:\n\s+\$ lodestone /);
    }
  });

  it("lists conflicts with every side, including magnets to Japan in December 2025", async () => {
    const { stdout } = await runCli(["conflicts", "--series", "rare-earth-magnets", "--format", "json"]);
    const japan = JSON.parse(stdout).find(
      (c: { partner: string; period: string }) => c.partner === "JPN" && c.period === "2025-12",
    );
    expect(japan.sides.map((s: { value: string }) => s.value)).toEqual(["280", "411.3"]);
  });

  it("lists sources by origin and events by commodity", async () => {
    const sources = JSON.parse((await runCli(["sources", "--origin", "Reuters", "--format", "json"])).stdout);
    expect(sources.length).toBeGreaterThan(10);
    expect(sources.every((s: { origin: string }) => s.origin === "Reuters")).toBe(true);
    const events = JSON.parse((await runCli(["events", "--from", "2025-01-01", "--format", "json"])).stdout);
    expect(events.some((e: { kind: string }) => e.kind === "export_control")).toBe(true);
  });

  it("ingest prints JSON and exits 1 naming file, line and field of a bad row", async () => {
    const dir = mkdtempSync(join(tmpdir(), "lodestone-cli-"));
    const path = join(dir, "bad.csv");
    writeFileSync(
      path,
      "source_id,source_kind,publisher,reporter,flow,series,partner,period,measure,value,unit\n" +
        "x-1,press,X,CHN,export,rare-earth-magnets,WLD,2025-13,qty,1,t\n",
    );
    const { code, stdout, stderr } = await runCli(["ingest", path]);
    expect(code).toBe(1);
    expect(JSON.parse(stdout)).toMatchObject({
      inserted: 0,
      unchanged: 0,
      rejected_more: 0,
      rejected: [
        {
          file: path,
          line: 2,
          field: "period",
          reason: "invalid period: 2025-13 (expected YYYY-MM, YYYY or YYYY-MM..YYYY-MM)",
        },
      ],
    });
    expect(stderr).toContain(`${path}:2: period: invalid period: 2025-13`);
  });
});

describe("lodestone verify", () => {
  const article =
    "China's rare-earth magnet exports rose 12% in November to about 6,150 tonnes, the second-highest on record; " +
    "shipments to the US slipped 11% to 582 tonnes while Japan's jumped 35% to 305 tonnes";

  it("finds seven supported claims in the press paragraph, read from standard input", async () => {
    const { code, stdout } = await runCli(["verify", "-", "--published", "2025-12-20", "--format", "json"], {
      stdin: article,
    });
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(json.summary).toEqual({ supported: 7, contradicted: 0, unverifiable: 0 });
    for (const c of json.claims) {
      expect(article.slice(c.start, c.end)).toBe(c.text);
      expect(c.evidence.length).toBeGreaterThan(0);
    }
  });

  it("marks claims in plain text without colour in a pipeline, and emits ClaimReview as JSON-LD", async () => {
    const text = await runCli(["verify", "-", "--published", "2025-12-20"], {
      stdin: "Magnet exports hit a record in September 2025.",
    });
    expect(text.stdout).not.toMatch(/\u001b\[/);
    expect(text.stdout).toMatch(/contradicted.*January 2025's 6,357 t/);
    const ld = await runCli(["verify", "-", "--published", "2025-12-20", "--format", "jsonld"], {
      stdin: article,
    });
    const reviews = JSON.parse(ld.stdout);
    expect(reviews).toHaveLength(7);
    expect(reviews[0]).toMatchObject({ "@context": "https://schema.org", "@type": "ClaimReview" });
  });

  it("rejects a bad publication date with exit code 1", async () => {
    const { code, stderr } = await runCli(["verify", "-", "--published", "2025-02-30"], { stdin: "x" });
    expect(code).toBe(1);
    expect(stderr).toMatch(/invalid --published date: 2025-02-30/);
  });
});
