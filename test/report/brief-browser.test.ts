import { beforeAll, expect, it } from "vitest";
import { openLodestone } from "../../src/ingest/reference-data.js";
import { buildBrief } from "../../src/report/build-brief.js";
import { renderBriefHtml } from "../../src/report/render-html.js";
import { describeBrowser } from "../helpers/chromium.js";

describeBrowser("brief HTML in Chromium", (browser) => {
  let html: string;
  beforeAll(async () => {
    const store = await openLodestone({ path: ":memory:" });
    html = renderBriefHtml(
      await buildBrief(store, { series: "rare-earth-magnets", period: "2025-11", today: "2025-12-21" }),
    );
    store.close();
  });

  for (const width of [390, 1024]) {
    it(`draws every chart with visible marks and makes no request at ${width}px`, async () => {
      const page = await (await browser()).newPage({ viewport: { width, height: 900 } });
      const requests: string[] = [];
      page.on("request", (r) => requests.push(r.url()));
      await page.setContent(html, { waitUntil: "load" });
      const charts = await page.$$eval("figure svg", (svgs) =>
        svgs.map((svg) => {
          const box = svg.getBoundingClientRect();
          const marks = Array.from(svg.querySelectorAll("path, rect, circle, line")).filter((el) => {
            const b = el.getBoundingClientRect();
            return b.width > 0 || b.height > 0;
          });
          return { width: box.width, marks: marks.length };
        }),
      );
      expect(charts).toHaveLength(3);
      for (const c of charts) {
        expect(c.marks).toBeGreaterThan(3);
        expect(c.width).toBeLessThanOrEqual(width);
      }
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      expect(requests.filter((u) => !u.startsWith("about:") && !u.startsWith("data:"))).toEqual([]);
      await page.close();
    });
  }
});
