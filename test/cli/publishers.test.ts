// `lodestone publishers` end to end on the shipped data, one origin at a time to stay quick.
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/run-cli.js";

describe("lodestone publishers", () => {
  it("lists a publisher's checked statements as CSV and its contradicted claims in JSON", async () => {
    const csv = await runCli(["publishers", "--origin", "FortuneFwd", "--format", "csv"]);
    expect(csv.code).toBe(0);
    const [header, row] = csv.stdout.trim().split("\n");
    expect(header).toBe("publisher,origin,sources,checked,supported,contradicted,unverifiable,typical_error");
    expect(row).toMatch(/^FortuneFwd \(garbled rewrite\),FortuneFwd,1,\d+,\d+,1,\d+,/);

    const json = await runCli([
      "publishers",
      "--origin",
      "GlobalSpark News",
      "--series",
      "rare-earth-magnets",
      "--format",
      "json",
    ]);
    const records = JSON.parse(json.stdout) as {
      publisher: string;
      contradicted_claims: { text: string; evidence: { origin: string }[] }[];
    }[];
    const claims = records.flatMap((r) => r.contradicted_claims);
    expect(claims.map((c) => c.text)).toContain("rare-earth-magnets exports to JPN, 2025-12: 411.3 t");
    expect(claims.find((c) => c.text.endsWith("411.3 t"))!.evidence.map((e) => e.origin)).not.toContain(
      "GlobalSpark News",
    );
  });
});
