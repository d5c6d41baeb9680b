// The dashboard in Chromium against a real server on a loopback port: cards, chart, partner
// switching through the URL and history, claim checking, and no request to any other host.
import { afterAll, beforeAll, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { openLodestone } from "../../src/ingest/reference-data.js";
import { startServer, type RunningServer } from "../../src/server/start-server.js";
import type { Store } from "../../src/store/open-store.js";
import { describeBrowser } from "../helpers/chromium.js";

describeBrowser("dashboard in Chromium", (browser) => {
  let store: Store;
  let server: RunningServer;
  beforeAll(async () => {
    store = await openLodestone({ path: ":memory:" });
    server = await startServer({ store, host: "127.0.0.1", port: 0, log: () => undefined });
  });
  afterAll(async () => {
    await server?.close();
    store?.close();
  });

  /** A page that records every request and every script error. */
  async function open(path: string, width = 1280) {
    const page = await (await browser()).newPage({ viewport: { width, height: 900 } });
    const requests: string[] = [];
    const errors: string[] = [];
    page.on("request", (r) => requests.push(r.url()));
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(`${server.url}${path}`);
    return { page, requests, errors };
  }

  const level = (page: Page) => page.locator("#cards .card").first().locator(".card-value");
  // Each view is a few API calls on a shared store; allow for a busy machine.
  const eventually = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 15_000 });

  it("shows a month's figures and chart, switches partner through the URL, and checks a text", async () => {
    const { page, requests, errors } = await open("/?month=2025-11");
    await eventually(() => level(page).textContent()).toBe("6,150 t");
    expect(await page.locator("#cards").textContent()).toContain("+12.4%");

    const marks = await page.$$eval(
      "#chart svg [aria-label='line'] path, #chart svg [aria-label='dot'] circle",
      (els) =>
        els.filter((el) => {
          const b = el.getBoundingClientRect();
          return b.width > 0 && b.height > 0;
        }).length,
    );
    expect(marks).toBeGreaterThan(10);

    await page.selectOption("#partner", "USA");
    await eventually(() => level(page).textContent()).toBe("582 t");
    const url = new URL(page.url());
    expect(url.searchParams.get("partner")).toBe("USA");
    expect(url.searchParams.get("month")).toBe("2025-11");

    await page.goBack();
    await eventually(() => level(page).textContent()).toBe("6,150 t");
    expect(await page.inputValue("#partner")).toBe("WLD");

    await page.fill(
      "#verify-text",
      "China's rare-earth magnet exports rose 12% in November to 6,150 tonnes.",
    );
    await page.fill("#verify-published", "2025-12-20");
    await page.click("#verify-form button[type=submit]");
    await page.locator("#verify-result table .verdict.supported").first().waitFor();
    expect(await page.locator("#verify-result mark.claim.supported").count()).toBe(2);
    expect(await page.locator("#verify-result tbody tr").count()).toBe(2);

    // A click on the chart selects the month under the pointer (the second month with a figure is July 2024).
    await page.locator("#chart").scrollIntoViewIfNeeded();
    const dot = await page
      .locator("#chart svg g[aria-label='dot']")
      .first()
      .locator("circle")
      .nth(1)
      .boundingBox();
    await page.mouse.move(dot!.x + dot!.width / 2, dot!.y + dot!.height / 2);
    await page.mouse.click(dot!.x + dot!.width / 2, dot!.y + dot!.height / 2);
    await eventually(() => new URL(page.url()).searchParams.get("month")).toBe("2024-07");
    await eventually(() => page.inputValue("#month")).toBe("2024-07");

    expect(errors).toEqual([]);
    expect(requests.filter((u) => !u.startsWith(`${server.url}/`))).toEqual([]);
    await page.close();
  });

  it("opens on the latest month with data, and fits a phone screen", async () => {
    const { page, requests } = await open("/", 390);
    await page.locator("#status").waitFor({ state: "hidden" });
    const months = await page.$$eval("#month option", (options) =>
      options.map((o) => (o as HTMLOptionElement).value),
    );
    expect(await page.inputValue("#month")).toBe([...months].sort().at(-1));
    expect(new URL(page.url()).searchParams.get("month")).toBe(await page.inputValue("#month"));
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(requests.filter((u) => !u.startsWith(`${server.url}/`))).toEqual([]);
    await page.close();
  });

  it("says so when the series in the URL is unknown", async () => {
    const { page } = await open("/?series=unobtainium");
    const status = page.locator("#status.error");
    await status.waitFor();
    expect(await status.textContent()).toMatch(/unknown series: unobtainium/);
    expect(await page.locator("#content").isHidden()).toBe(true);
    await page.close();
  });
});
