// Wordings a blind batch (ap: stories on a month's customs release, written to trap a checker with
// correct figures) showed read wrong.
import { describe, expect, it } from "vitest";
import type { Store } from "../../src/store/open-store.js";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { claimAt } from "../helpers/verdicts.js";

let store: Store;
useReferenceStore((s) => {
  store = s;
});

describe("a graphite grade left bare after its sibling, itself bare before a trade noun", () => {
  it("is that grade's total, not the sibling's ('flake exports ... and spherical to 2,567 t')", async () => {
    const text =
      "Over January and February combined, flake exports came to 3,236 t and spherical to 2,567 t.";
    const spherical = await claimAt(store, text, "2,567 t", "2024-03-20");
    expect(spherical).toMatchObject({ series: "graphite-spherical", period: "2024-01..2024-02" });
    expect(spherical?.verdict).toBe("supported");
    const flake = await claimAt(store, text, "3,236 t", "2024-03-20");
    expect(flake).toMatchObject({ series: "graphite-flake", verdict: "supported" });
  });

  it("holds after a change and its level ('flake exports fell ..., and spherical ones ... to 948 t')", async () => {
    const text =
      "In December 2023 flake exports collapsed by about 94%, to 1,427 t, and spherical ones by 92%, to 948 t.";
    const spherical = await claimAt(store, text, "948 t", "2024-03-20");
    expect(spherical).toMatchObject({
      series: "graphite-spherical",
      period: "2023-12",
      verdict: "supported",
    });
  });
});

describe("a move drawn from a level the sentence dates in the past perfect", () => {
  const lead = "The European Union received 2,568.8 tonnes of Chinese rare-earth magnets in November. ";

  it("runs from that level's month to the month the text is on ('had taken ..., so growth came to')", async () => {
    const text = `${lead}In October the bloc had taken 2,060.3 tonnes, so growth came to nearly 25%.`;
    const growth = await claimAt(store, text, "nearly 25%", "2025-12-22");
    expect(growth).toMatchObject({
      kind: "change",
      partner: "EU27",
      period: "2025-11",
      verdict: "supported",
    });
    expect(growth?.stated).toMatchObject({ pct: 25 });
  });

  it("is a reading that bears a figure out, never one that refutes it", async () => {
    const text = `${lead}In October the bloc had taken 2,060.3 tonnes, so growth came to nearly 35%.`;
    expect((await claimAt(store, text, "nearly 35%", "2025-12-22"))?.verdict).not.toBe("contradicted");
  });

  it("leaves bare 'growth' at a sentence's head unread as the goods' change", async () => {
    const text = "Magnet exports reached 6,150 t in November. Growth was 5% in the wider economy.";
    expect(await claimAt(store, text, "5%", "2025-12-22")).toBeUndefined();
  });
});

describe("a rank over the months 'we have data for'", () => {
  it("is a rank on record: borne out where it holds", async () => {
    const text = "November magnet exports came in at nearly 6.2kt, the second-best month we have data for.";
    const rank = await claimAt(store, text, "second-best month we have data for", "2025-12-21");
    expect(rank).toMatchObject({ kind: "rank", period: "2025-11", verdict: "supported" });
  });

  it("and refuted where a month held beats it", async () => {
    const text = "November magnet exports came in at nearly 6.2kt, the best month we have data for.";
    const rank = await claimAt(store, text, "best month we have data for", "2025-12-21");
    expect(rank).toMatchObject({ kind: "rank", period: "2025-11", verdict: "contradicted" });
  });
});
