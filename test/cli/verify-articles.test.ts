// `lodestone verify` over saved pages, feeds and folders: one result per article with its own
// publication date, and `--record` feeding the publishers' track record (re-recording replaces).
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/run-cli.js";

const dir = new URL("../fixtures/articles/", import.meta.url).pathname;

describe("lodestone verify on articles", () => {
  it("checks a saved page against its own publication date", async () => {
    const { code, stdout } = await runCli(["verify", `${dir}wire-service.html`, "--format", "json"]);
    expect(code).toBe(0);
    const r = JSON.parse(stdout) as {
      published: string;
      publisher: string;
      claims: { period: string; verdict: string; kind: string; evidence: unknown[] }[];
    };
    expect(r.published).toBe("2025-10-20");
    expect(r.publisher).toBe("Example Wire");
    expect(r.claims.every((c) => c.period === "2025-09")).toBe(true);
    const record = r.claims.find((c) => c.kind === "rank")!;
    expect(record.verdict).toBe("contradicted");
    expect(record.evidence.length).toBeGreaterThan(0);
  });

  it("gives one row per article for a folder, and one JSON line per article", async () => {
    const table = await runCli(["verify", dir, "--format", "table"]);
    const lines = table.stdout.trim().split("\n");
    expect(lines[0]).toMatch(
      /^input\s+publisher\s+published\s+claims\s+supported\s+contradicted\s+unverifiable\s+recorded$/,
    );
    expect(lines).toHaveLength(2 + 6);
    const jsonl = await runCli([
      "verify",
      `${dir}feed.jsonl`,
      `${dir}japanese-outlet-english.html`,
      "--format",
      "jsonl",
    ]);
    const results = jsonl.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as { input: string; published: string; summary: Record<string, number> });
    expect(results.map((r) => r.published)).toEqual(["2025-12-21", "2026-01-20", "2025-12-22", "2026-01-21"]);
    expect(results[1]!.summary.contradicted).toBe(1);
    const ld = JSON.parse(
      (await runCli(["verify", `${dir}japanese-outlet-english.html`, "--format", "jsonld"])).stdout,
    ) as { itemReviewed: { appearance: { url: string } } }[];
    expect(ld[0]!.itemReviewed.appearance.url).toBe(
      "https://english.shimbun.example/business/20260121-00012/",
    );
  });

  it("records verdicts as claims of the publisher, and re-recording replaces them", async () => {
    const env = { LODESTONE_DB: join(mkdtempSync(join(tmpdir(), "lodestone-record-")), "db.duckdb") };
    const feed = `${dir}feed.jsonl`;
    expect((await runCli(["verify", feed, "--record", "--format", "jsonl"], { env })).code).toBe(0);
    expect((await runCli(["verify", feed, "--record", "--format", "jsonl"], { env })).code).toBe(0);
    const { stdout } = await runCli(["publishers", "--origin", "Example Daily", "--format", "json"], { env });
    const [daily] = JSON.parse(stdout) as {
      publisher: string;
      sources: number;
      checked: number;
      contradicted: number;
      contradicted_claims: { text: string; context: string; url: string }[];
    }[];
    expect(daily).toMatchObject({ publisher: "Example Daily", sources: 3, checked: 5, contradicted: 1 });
    expect(daily!.contradicted_claims[0]).toMatchObject({
      text: "405 tonnes",
      context: "Magnet exports to Japan in November were 405 tonnes.",
      url: "https://daily.example/2026/01/20/japan",
    });

    const nameless = await runCli(["verify", "-", "--record", "--published", "2025-12-20"], {
      env,
      stdin: "Magnet exports rose 12% in November.",
    });
    expect(nameless.code).toBe(1);
    expect(nameless.stderr).toContain("--record needs a publisher: - names none (give --publisher)");
  });
});
