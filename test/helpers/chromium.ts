// Chromium for the browser tests. Off CI a missing browser skips them with a warning; under CI
// (`CI` set) every browser test fails instead, so a run without the browser can never pass as green.
import { existsSync } from "node:fs";
import { afterAll, describe } from "vitest";
import { chromium, type Browser } from "playwright-core";
import { underCi } from "./ci.js";

/** Debian's Chromium, unless `LODESTONE_CHROMIUM` names another executable. */
export const CHROMIUM = process.env.LODESTONE_CHROMIUM ?? "/usr/bin/chromium";

/**
 * A describe block for browser tests. Tests call `browser()` inside each test, so a browser that
 * cannot start fails every test by name (a failing beforeAll would only mark them skipped).
 */
export function describeBrowser(name: string, body: (browser: () => Promise<Browser>) => void): void {
  const missing = !existsSync(CHROMIUM);
  if (missing && !underCi()) {
    console.warn(`${name}: skipped, ${CHROMIUM} is not installed (CI runs these tests)`);
    describe.skip(name, () => body(() => Promise.reject(new Error("skipped"))));
    return;
  }
  describe(name, () => {
    let launched: Promise<Browser> | undefined;
    const browser = () => (launched ??= launch());
    afterAll(async () => (await launched?.catch(() => undefined))?.close());
    body(browser);
  });
}

async function launch(): Promise<Browser> {
  if (!existsSync(CHROMIUM))
    throw new Error(`Chromium is not installed at ${CHROMIUM}; browser tests are required under CI`);
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}
