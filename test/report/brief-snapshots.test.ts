import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { computeStats } from "../../src/analytics/stats.js";
import { openLodestone } from "../../src/ingest/reference-data.js";
import type { Store } from "../../src/store/open-store.js";
import { buildBrief } from "../../src/report/build-brief.js";
import type { Brief } from "../../src/report/brief-types.js";
import { briefCharts } from "../../src/report/charts/brief-charts.js";
import { renderBriefHtml } from "../../src/report/render-html.js";
import { renderBriefMarkdown } from "../../src/report/render-markdown.js";
import { formatPct, formatQty } from "../../src/report/format-figures.js";
import { assertSnapshot } from "./snapshot.js";

let store: Store;
let brief: Brief;

beforeAll(async () => {
  store = await openLodestone({ path: ":memory:" });
  brief = await buildBrief(store, { series: "rare-earth-magnets", period: "2025-11", today: "2025-12-21" });
});
afterAll(() => store.close());

describe("brief for November 2025", () => {
  it("matches the markdown, HTML, JSON and chart snapshots", () => {
    const links = {
      level: "brief-2025-11-level.svg",
      destinations: "brief-2025-11-destinations.svg",
      shares: "brief-2025-11-shares.svg",
    };
    assertSnapshot("brief-2025-11.md", renderBriefMarkdown(brief, { chartLinks: links }));
    assertSnapshot("brief-2025-11.html", renderBriefHtml(brief));
    assertSnapshot("brief-2025-11.json", JSON.stringify(brief, null, 2) + "\n");
    const charts = briefCharts(brief);
    expect(charts.map((c) => c.name)).toEqual(["level", "destinations", "shares"]);
    for (const c of charts) assertSnapshot(`brief-2025-11-${c.name}.svg`, c.svg + "\n");
  });

  it("renders the same bytes twice", async () => {
    const again = await buildBrief(store, {
      series: "rare-earth-magnets",
      period: "2025-11",
      today: "2025-12-21",
    });
    expect(renderBriefHtml(again)).toBe(renderBriefHtml(brief));
  });

  it("states what the press reported and what it left out, with numbers equal to the stats", async () => {
    const stats = await computeStats(store, { series: "rare-earth-magnets", period: "2025-11" });
    const text = renderBriefMarkdown(brief).replace(/\[\^\d+\]/g, "");
    expect(text).toContain(
      `${formatQty(stats.level!)} t in November 2025, the second-highest month on record`,
    );
    expect(stats.rank).toBe(2);
    expect(text).toContain(`Up ${formatPct(stats.mom_pct!)} on October`);
    expect(text).toContain("the US down 11% to 582 t");
    expect(text).toContain("Japan up 35% to 305 t");
    expect(text).toContain(`January-November 2025: ${formatQty(stats.ytd!)} t`);
    expect(text).toContain("only 4 t above August 2025");
    expect(text).toContain(`${formatQty(6357 - stats.level!)} t`);
    const baseline = stats.events!.find((e) => e.event_id === "E2025-04-RE7")!;
    expect(text).toContain(
      `is ${Math.round(baseline.latest_vs_before_pct!)}% of the average before the export controls`,
    );
    expect(text).toContain(`${formatQty(baseline.before_mean!)} t over January 2025 and March 2025`);
    const us = stats.movers!.absolute.find((m) => m.partner === "USA")!;
    expect(formatPct(us.change_pct!)).toBe("11%");
  });

  it("footnotes every figure to a note with its source rows", () => {
    const cited = new Set(
      [brief.headline, ...brief.highlights, ...brief.destinations, ...brief.baseline].flatMap((s) =>
        s.parts.flatMap((p) => p.notes ?? []),
      ),
    );
    expect([...cited].sort((a, b) => a - b)).toEqual(brief.notes.map((n) => n.n));
    for (const n of brief.notes) expect(n.rows.length).toBeGreaterThan(0);
  });
});
