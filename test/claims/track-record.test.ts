// The track record: stated figures checked as claims of their sources against the other origins,
// on a small fixture written for it and on the shipped data (one origin at a time, to stay quick).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkStatedFigures } from "../../src/claims/track-record/check-stated.js";
import { trackRecord } from "../../src/claims/track-record/publishers.js";
import { ingestFiles, ingestText } from "../../src/ingest/ingest-files.js";
import type { Store } from "../../src/store/open-store.js";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { emptyStore } from "../helpers/stores.js";

const FIXTURE = new URL("../fixtures/track-record.csv", import.meta.url).pathname;

describe("track record on a fixture", () => {
  let store: Store;
  beforeAll(async () => {
    store = await emptyStore();
    await ingestFiles(store, [FIXTURE]);
  });
  afterAll(() => store.close());

  const verdicts = async (origin: string) =>
    (await checkStatedFigures(store, { origin })).map(
      (c) => `${c.figure.period} ${c.claim.stated.type} ${c.claim.verdict}`,
    );

  it("never lets a source (or a repost of its origin) support itself", async () => {
    // the wire and its repost are one origin: only Paper C and Trade Weekly can support them
    expect(await verdicts("Example Wire")).toEqual(
      expect.arrayContaining([
        "2025-01 level supported",
        "2025-02 level supported",
        "2025-02 change supported",
      ]),
    );
    // March: only Blog D states it, so without Blog D there is nothing to check against
    expect(await verdicts("Blog D")).toContain("2025-03 level unverifiable");
  });

  it("contradicts a figure two other origins disagree with, and a rank a known month breaks", async () => {
    const checked = await checkStatedFigures(store, { origin: "Blog D" });
    const level = checked.find((c) => c.figure.period === "2025-02" && c.claim.stated.type === "level")!;
    expect(level.claim.verdict).toBe("contradicted");
    expect(new Set(level.claim.evidence.map((e) => e.origin))).toEqual(
      new Set(["Example Wire", "Paper C", "Trade Weekly"]),
    );
    const rank = checked.find((c) => c.claim.stated.type === "rank")!;
    expect(rank.claim.verdict).toBe("contradicted");
    expect(rank.claim.explanation).toContain("January 2025");
  });

  it("shows one origin against one as disputed, not contradicted", async () => {
    const [c] = (await checkStatedFigures(store, { origin: "Magnet Monthly" })).filter(
      (x) => x.figure.period === "2025-04",
    );
    expect(c!.claim.verdict).toBe("unverifiable");
    expect(c!.claim.explanation).toMatch(/^disputed \(only Paper C gives another figure\)/);
  });

  it("counts per publisher, sorted by contradicted share, with the typical error", async () => {
    const records = await trackRecord(store);
    expect(records[0]).toMatchObject({
      publisher: "Blog D",
      origin: "Blog D",
      sources: 1,
      checked: 3,
      contradicted: 2,
    });
    // 5,600 t against 5,000 t is 12% off; the rank has no error in tonnes
    expect(records[0]!.typical_error).toBeCloseTo(12, 6);
    expect(records[0]!.contradicted_claims.map((c) => c.text)).toEqual([
      "rare-earth-magnets exports, 2025-02: 5,600 t",
      "rare-earth-magnets exports, 2025-02: highest on record",
    ]);
    const wire = records.find((r) => r.publisher === "Example Wire")!;
    expect(wire).toMatchObject({ sources: 2, checked: 3, supported: 3, contradicted: 0 });
  });
});

describe("track record, one origin after another", () => {
  it("never reads one origin's removal as another's, even when both leave as many figures", async () => {
    const store = await emptyStore();
    try {
      // A and B state one figure each; only B states February, so B's figure has nothing to check against
      await ingestText(
        store,
        "two-papers.csv",
        [
          "source_id,source_kind,publisher,origin,url,published,reporter,flow,series,partner,period,measure,value,unit",
          "a-1,press,A Paper,A Paper,https://a.example/1,2025-03-01,CHN,export,rare-earth-magnets,WLD,2025-01,qty,100,t",
          "b-1,press,B Paper,B Paper,https://b.example/1,2025-03-02,CHN,export,rare-earth-magnets,WLD,2025-02,qty,300,t",
          "c-1,wire,C Wire,C Wire,https://c.example/1,2025-03-03,CHN,export,rare-earth-magnets,WLD,2025-01,qty,100,t",
        ].join("\n") + "\n",
      );
      const verdicts = (await checkStatedFigures(store)).map(
        (c) => `${c.figure.origin} ${c.figure.period} ${c.claim.verdict}`,
      );
      expect(verdicts).toEqual([
        "A Paper 2025-01 supported",
        "B Paper 2025-02 unverifiable",
        "C Wire 2025-01 supported",
      ]);
    } finally {
      store.close();
    }
  });
});

describe("track record on the shipped data", () => {
  const store = useReferenceStore();

  it("contradicts the known false statements, with evidence", async () => {
    const [fortune] = await trackRecord(store, { origin: "FortuneFwd" });
    const record = fortune!.contradicted_claims.find((c) => c.period === "2025-09")!;
    expect(record.text).toBe("rare-earth-magnets exports, 2025-09: highest on record");
    expect(record.explanation).toContain("January 2025's 6,357 t");
    expect(record.evidence.length).toBeGreaterThan(0);

    // a rare-earths total sold as magnets: checked as the source printed it
    const [wow] = await trackRecord(store, { origin: "WowNews24x7" });
    const magnets = wow!.contradicted_claims.find((c) => c.kind === "level")!;
    expect(magnets.series).toBe("rare-earth-magnets");
    expect(magnets.explanation).toContain("is the rare-earths figure for that period");

    // changes whose bases the page swapped: checked as printed
    const newsis = await checkStatedFigures(store, { publisher: "Newsis via bravotv.co.kr (Korean)" });
    expect(newsis.filter((c) => c.claim.verdict === "contradicted").map((c) => c.claim.text)).toEqual([
      "rare-earths exports, 2025-03: +20.31% on the month",
      "rare-earths exports, 2025-03: +76.14% on the year",
    ]);

    const snm = await checkStatedFigures(store, { publisher: "SNM News (Korean; citing Reuters and SCMP)" });
    expect(snm.find((c) => c.claim.stated.type === "rank")!.claim.verdict).toBe("contradicted");
  });

  it("shows a publisher with many agreeing figures as such", async () => {
    const [dw] = await trackRecord(store, { origin: "DW" });
    expect(dw!.checked).toBeGreaterThanOrEqual(10);
    expect(dw!.contradicted).toBe(0);
    // a rank over 2025 for Japan, whose data starts in June 2025, is unverifiable, not supported
    expect(dw!.supported / dw!.checked).toBeGreaterThanOrEqual(0.8);
  });
});
