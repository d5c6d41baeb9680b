// "Who gets the numbers right" in Chromium against a real server on a loopback port, over a small
// fixture written for the track record: the table, sorting through the address, each contradicted
// statement with its evidence and a link, a phone-sized screen, and no request to any other host.
import { afterAll, beforeAll, expect, it } from "vitest";
import { ingestFiles } from "../../src/ingest/ingest-files.js";
import { startServer, type RunningServer } from "../../src/server/start-server.js";
import type { Store } from "../../src/store/open-store.js";
import { describeBrowser } from "../helpers/chromium.js";
import { emptyStore } from "../helpers/stores.js";

const FIXTURE = new URL("../fixtures/track-record.csv", import.meta.url).pathname;

describeBrowser("publishers page in Chromium", (browser) => {
  let store: Store;
  let server: RunningServer;
  beforeAll(async () => {
    store = await emptyStore();
    await ingestFiles(store, [FIXTURE]);
    server = await startServer({ store, host: "127.0.0.1", port: 0, log: () => undefined });
  });
  afterAll(async () => {
    await server?.close();
    store?.close();
  });

  async function open(path: string, width = 1280) {
    const page = await (await browser()).newPage({ viewport: { width, height: 900 } });
    const requests: string[] = [];
    const errors: string[] = [];
    page.on("request", (r) => requests.push(r.url()));
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(`${server.url}${path}`);
    await page.locator("#publishers tbody tr").first().waitFor({ timeout: 20_000 });
    return { page, requests, errors };
  }
  const firstColumn = (page: import("playwright-core").Page) =>
    page.$$eval("#publishers tbody tr", (rows) => rows.map((r) => r.querySelector("td")!.textContent));

  it("shows the table, sorts it through the address, and lists each contradicted statement with evidence", async () => {
    const { page, requests, errors } = await open("/publishers");
    expect((await firstColumn(page))[0]).toBe("Blog D");

    await page.click("th button[data-key=publisher]");
    expect(new URL(page.url()).searchParams.get("sort")).toBe("publisher");
    expect(await firstColumn(page)).toEqual(
      [...(await firstColumn(page))].sort((a, b) => a!.localeCompare(b!)),
    );
    expect(await page.getAttribute("th[aria-sort]", "aria-sort")).toBe("ascending");
    await page.click("th button[data-key=checked]");
    const checked = await page.$$eval("#publishers tbody tr", (rows) =>
      rows.map((r) => Number(r.children[3]!.textContent)),
    );
    expect(checked).toEqual([...checked].sort((a, b) => b - a));
    await page.goBack();
    expect(new URL(page.url()).searchParams.get("sort")).toBe("publisher");

    const blog = page.locator(".publisher-claims", { hasText: "Blog D" });
    expect(await blog.locator(".claim-item").count()).toBe(2);
    const level = blog.locator(".claim-item", { hasText: "5,600 t" });
    expect(await level.locator(".explanation").textContent()).toContain(
      "data gives 5,000 t for February 2025",
    );
    expect(await level.locator("a.source-link").getAttribute("href")).toBe("https://d.example/feb");
    expect(await level.locator("ul.evidence li").allTextContents()).toEqual(
      expect.arrayContaining([expect.stringContaining("Trade Weekly")]),
    );

    expect(errors).toEqual([]);
    expect(requests.filter((u) => !u.startsWith(`${server.url}/`))).toEqual([]);
    await page.close();
  });

  it("fits a phone screen", async () => {
    const { page } = await open("/publishers", 390);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.close();
  });
});
