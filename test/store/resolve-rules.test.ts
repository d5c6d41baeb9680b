// The resolution rule on small hand-made stores: official beats everything, independent origins
// (not reposts) decide, rounding-level differences are agreement, --as-of reads the past.
import { writeFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ingestFiles } from "../../src/ingest/ingest-files.js";
import type { Store } from "../../src/store/open-store.js";
import { resolve } from "../../src/store/resolved-values.js";
import { listConflicts } from "../../src/store/conflicts.js";
import { evidenceFor } from "../../src/store/evidence.js";
import { emptyStore } from "../helpers/stores.js";

const HEADER =
  "source_id,source_kind,publisher,origin,url,published,reporter,flow,series,partner,period,measure,value,unit";
const dir = mkdtempSync(join(tmpdir(), "lodestone-resolve-"));
let n = 0;

async function load(store: Store, rows: string[]): Promise<void> {
  const path = join(dir, `f${n++}.csv`);
  writeFileSync(path, [HEADER, ...rows].join("\n") + "\n");
  const r = await ingestFiles(store, [path]);
  expect(r.rejected).toEqual([]);
}

function row(
  source: string,
  kind: string,
  origin: string,
  published: string,
  value: string,
  period = "2025-11",
): string {
  return `${source},${kind},${source} publisher,${origin},https://${source}.example/p,${published},CHN,export,rare-earth-magnets,WLD,${period},qty,${value},t`;
}

let store: Store;
beforeEach(async () => (store = await emptyStore()));
afterEach(() => store.close());

const nov = () => resolve(store, { series: "rare-earth-magnets", period: "2025-11" });

describe("resolution", () => {
  it("counts reposts of one wire story as one origin", async () => {
    await load(store, [
      row("repost-a", "press", "Wire", "2025-12-20", "6000"),
      row("repost-b", "press", "Wire", "2025-12-20", "6000"),
      row("repost-c", "press", "Wire", "2025-12-20", "6000"),
      row("paper-x", "press", "Paper X", "2025-12-21", "6400"),
      row("paper-y", "press", "Paper Y", "2025-12-21", "6400"),
    ]);
    const [p] = await nov();
    expect(p).toMatchObject({
      value: "6400",
      conflict: true,
      sources: 2,
      origins: ["Paper X", "Paper Y"],
      basis: "consensus",
    });
  });

  it("treats rounding-level differences as agreement and keeps the figure most origins state", async () => {
    await load(store, [
      row("a", "press", "A", "2025-12-20", "6150"),
      row("b", "press", "B", "2025-12-20", "6150"),
      row("c", "industry", "C", "2025-12-20", "6149.95"),
    ]);
    expect((await nov())[0]).toMatchObject({
      value: "6150",
      conflict: false,
      sources: 3,
      basis: "consensus",
    });
    const evidence = await evidenceFor(store, { series: "rare-earth-magnets", period: "2025-11" });
    expect(evidence.map((e) => [e.value, e.agrees])).toEqual([
      ["6150", true],
      ["6150", true],
      ["6149.95", true],
    ]);
  });

  it("lets an official figure beat any number of press origins, using its latest vintage", async () => {
    await load(store, [
      row("a", "press", "A", "2025-12-20", "6150"),
      row("b", "press", "B", "2025-12-20", "6150"),
      row("customs-1", "official", "China customs", "2025-12-18", "6100"),
      row("customs-2", "official", "China customs", "2026-01-18", "6120"),
    ]);
    expect((await nov())[0]).toMatchObject({ value: "6120", basis: "official", conflict: false });
    const asOf = await resolve(store, {
      series: "rare-earth-magnets",
      period: "2025-11",
      asOf: "2025-12-31",
    });
    expect(asOf[0]).toMatchObject({ value: "6100", basis: "official" });
  });

  it("flags a tie between equally supported figures, showing both sides", async () => {
    await load(store, [
      row("a", "press", "A", "2026-01-20", "280"),
      row("b", "press", "B", "2026-01-21", "411.3"),
    ]);
    expect((await nov())[0]).toMatchObject({ conflict: true, basis: "tie" });
    const [c] = await listConflicts(store);
    expect(c!.sides.map((s) => s.value).sort()).toEqual(["280", "411.3"]);
  });

  it("reads the data as known on an --as-of date", async () => {
    await load(store, [
      row("early", "press", "A", "2025-12-10", "6000"),
      row("late", "press", "B", "2026-01-10", "6150"),
    ]);
    expect((await resolve(store, { series: "rare-earth-magnets", asOf: "2025-12-31" }))[0]!.value).toBe(
      "6000",
    );
    expect(await resolve(store, { series: "rare-earth-magnets", asOf: "2025-12-01" })).toEqual([]);
  });
});
