// Wordings a blind batch (ap: stories on a month's customs release, written to trap a checker with
// correct figures) showed read wrong.
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { claimAt } from "../helpers/verdicts.js";

const store = useReferenceStore();

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

describe("a change in a relative clause after a level ('the April total of 2,626 t, which itself was down')", () => {
  const lead = "Magnet exports more than halved in May to 1,238 tonnes. ";

  it("may be said of that level's month, which bears it out", async () => {
    const text = `${lead}That is 52.9% below the April total of 2,626 tonnes, which itself was down by about half from March's 5,324 tonnes.`;
    const fall = await claimAt(store, text, "down by about half", "2025-06-20");
    expect(fall).toMatchObject({ kind: "change", period: "2025-04", verdict: "supported" });
  });

  it("leaves a figure that fits neither that month nor the clause's refuted", async () => {
    // April against March is -50.7%, May against March -76.7%: "about a fifth" is neither
    const text = `${lead}That is 52.9% below the April total of 2,626 tonnes, which itself was down by about a fifth from March's 5,324 tonnes.`;
    expect((await claimAt(store, text, "down by about a fifth", "2025-06-20"))?.verdict).toBe("contradicted");
  });
});
