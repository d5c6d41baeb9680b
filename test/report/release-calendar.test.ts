// The brief's "next releases" ask the data: a month the store already holds is never "not in the
// data yet", whatever the clock says; read as of an earlier date, the clock is that date.
import { describe, expect, it } from "vitest";
import { buildBrief } from "../../src/report/build-brief.js";
import { renderBriefMarkdown } from "../../src/report/render-markdown.js";
import { useReferenceStore } from "../helpers/reference-hooks.js";

const store = useReferenceStore();

const releases = async (period: string, today: string, asOf: string | null = null) => {
  const brief = await buildBrief(store, { series: "rare-earth-magnets", period, today, asOf });
  return { brief, markdown: renderBriefMarkdown(brief) };
};

describe("next releases in the brief", () => {
  it("says December 2025 is in the data when the store holds it, long after its window", async () => {
    const { brief, markdown } = await releases("2025-11", "2026-12-02");
    expect(brief.context.next_releases.map((r) => [r.data_period, r.in_data, r.overdue])).toEqual([
      ["2025-12", true, false],
      ["2025-12", true, false],
    ]);
    expect(markdown).not.toContain("not in the data yet");
    expect(markdown).toContain(
      "December 2025, detailed figures by product (magnets included) and by destination: already in the data.",
    );
  });

  it("reads the clock as the as-of date, when December was still expected", async () => {
    const { brief } = await releases("2025-11", "2026-12-02", "2025-12-21");
    expect(brief.context.next_releases.map((r) => [r.in_data, r.overdue, r.expected_from])).toEqual([
      [false, false, "2026-01-07"],
      [false, false, "2026-01-18"],
    ]);
  });

  it("still says a release is late when the data lacks it after its window", async () => {
    const { brief, markdown } = await releases("2026-03", "2026-12-02");
    expect(brief.context.next_releases.every((r) => !r.in_data && r.overdue)).toBe(true);
    expect(markdown).toContain(
      'April 2026, preliminary total for the customs category "rare earths": expected early in May 2026',
    );
    expect(markdown).toContain("the window has passed and the figures are not in the data yet");
  });
});
