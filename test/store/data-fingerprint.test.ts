// The data fingerprint is what cached answers are kept under: it must move with every stored figure
// and every recorded verdict, and count the figures exactly as readers of `observations` see them.
import { describe, expect, it } from "vitest";
import { ingestText } from "../../src/ingest/ingest-files.js";
import { dataFingerprint, recordClaims } from "../../src/store/recorded-claims.js";
import { emptyStore } from "../helpers/stores.js";

const HEADER =
  "source_id,source_kind,publisher,origin,url,published,reporter,flow,series,partner,period,measure,value,unit";

describe("data fingerprint", () => {
  it("counts what the observations view shows, and changes with each ingest and each recorded verdict", async () => {
    const store = await emptyStore();
    try {
      const counted = async () =>
        Number((await store.query<{ n: string }>("SELECT count(*) AS n FROM observations"))[0]?.n);
      const empty = await dataFingerprint(store);
      expect(empty.split(":")[0]).toBe("0");
      await ingestText(
        store,
        "one-paper.csv",
        [
          HEADER,
          "p-1,press,A Paper,A Paper,https://a.example/1,2025-03-01,CHN,export,rare-earth-magnets,WLD,2025-01,qty,100,t",
          "p-2,press,A Paper,A Paper,https://a.example/2,2025-04-01,CHN,export,rare-earth-magnets,WLD,2025-02,qty,120,t",
        ].join("\n") + "\n",
      );
      const ingested = await dataFingerprint(store);
      expect(ingested).not.toBe(empty);
      expect(Number(ingested.split(":")[0])).toBe(await counted());
      expect(Number(ingested.split(":")[0])).toBe(2);
      // asking again without a write gives the same fingerprint
      expect(await dataFingerprint(store)).toBe(ingested);
      const article = { article: "https://b.example/x", publisher: "B Paper", url: null, published: null };
      await recordClaims(store, article, [{ verdict: "supported" }], new Date("2025-05-01T00:00:00Z"));
      const recorded = await dataFingerprint(store);
      expect(recorded).not.toBe(ingested);
      // figures, last ingest, verdicts and last recording, joined by ":" (the times hold colons too)
      expect(ingested.endsWith(":0:")).toBe(true);
      expect(recorded.startsWith(`${ingested.slice(0, -":0:".length)}:1:2025-05-01`)).toBe(true);
    } finally {
      store.close();
    }
  });
});
