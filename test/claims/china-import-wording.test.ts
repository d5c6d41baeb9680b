// China's own imports told in the ways English copy tells them: a curly apostrophe ("China’s
// imports"), a verb with an adverb before it ("China also imported"), buying words ("China bought",
// "Chinese purchases"), another country's shipments into China ("ore shipments to China") and
// "inbound cargoes". None of these is China's exports: read as exports, a right import figure was
// called contradicted against the export total.
import { describe, expect, it } from "vitest";
import { claimAt } from "../helpers/verdicts.js";
import { useReferenceStore } from "../helpers/reference-hooks.js";

const store = useReferenceStore();

const PUBLISHED = "2025-12-20";

// rare earths, November 2025: China exported 5,493.9 t; no import figure for that month is held
describe("China's imports in English wording", () => {
  it.each([
    ["China’s imports of rare earths climbed to 4,800 tonnes in November.", "4,800 tonnes"],
    ["China also imported 4,800 tonnes of rare earths from Myanmar last month.", "4,800 tonnes"],
    ["In November China bought 4,800 tonnes of rare earths abroad, most of it from Laos.", "4,800 tonnes"],
    [
      "Chinese purchases of rare earths from overseas mines came to 4,800 tonnes in November.",
      "4,800 tonnes",
    ],
    ["Shipments of rare-earth ore to China reached 4,800 tonnes in November.", "4,800 tonnes"],
    ["Inbound cargoes of rare earths totalled 4,800 tonnes in November, port data showed.", "4,800 tonnes"],
  ])("is never checked as an export figure: %s", async (text, quote) => {
    const c = await claimAt(store, text, quote, PUBLISHED);
    expect(c?.verdict).toBe("unverifiable");
  });

  it("still checks China's exports told with a verb", async () => {
    const c = await claimAt(
      store,
      "China exported 4,800 tonnes of rare earths in November.",
      "4,800 tonnes",
      PUBLISHED,
    );
    expect(c?.verdict).toBe("contradicted");
    expect(c?.flow ?? "export").toBe("export");
  });

  it("keeps a buyer's exports to a place whose name starts with China's apart", async () => {
    const c = await claimAt(
      store,
      "China's exports of rare earths to China's neighbours are not broken out; the total was 5,494 tonnes in November.",
      "5,494 tonnes",
      PUBLISHED,
    );
    expect(c?.verdict).toBe("supported");
  });
});
