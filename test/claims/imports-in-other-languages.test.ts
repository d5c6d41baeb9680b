// Imports told in Chinese (进口), Korean (수입) and German (Einfuhren, Importe) are not China's
// exports: China's own imports are another series, which the data does not hold, and a buyer's
// imports from China (从中国进口, 중국산 ... 수입량, Einfuhren ... aus China) are its own statistics.
// Read as exports, such figures were checked, and borne out, against China's exports. German
// "Permanentmagnete aus Seltenen Erden" are magnets made of rare earths, not rare earths.
import { describe, expect, it } from "vitest";
import { claimAt, readingAt } from "../helpers/verdicts.js";
import { useReferenceStore } from "../helpers/reference-hooks.js";

const store = useReferenceStore();

const PUBLISHED = "2025-12-20";

describe("imports in other languages", () => {
  it.each([
    ["中国11月稀土进口5493.9吨。", "5493.9吨"],
    ["중국의 희토류 수입량은 11월 5494톤이었다.", "5494톤"],
    ["Chinas Einfuhren von Seltenen Erden stiegen im November auf 5.494 Tonnen.", "5.494 Tonnen"],
  ])("are China's own imports, not its exports: %s", async (text, quote) => {
    const c = await claimAt(store, text, quote, PUBLISHED);
    expect(c?.flow).toBe("import");
    expect(c?.verdict).toBe("unverifiable");
  });

  it.each([
    ["韩国9月从中国进口稀土磁铁854吨。", "854吨"],
    ["한국의 중국산 희토류 자석 수입량은 9월 854톤이었다.", "854톤"],
    ["Südkoreas Einfuhren von Seltenerdmagneten aus China lagen im September bei 854 Tonnen.", "854 Tonnen"],
  ])("are a buyer's own statistics when they come from China: %s", async (text, quote) => {
    const c = await claimAt(store, text, quote, PUBLISHED);
    expect(c?.mode).toBe("other-reporter");
    expect(c?.verdict).toBe("unverifiable");
  });

  it.each([
    ["中国11月稀土出口5493.9吨。", "5493.9吨"],
    ["중국의 희토류 수출량은 11월 5494톤이었다.", "5494톤"],
    ["Chinas Ausfuhren von Seltenen Erden stiegen im November auf 5.494 Tonnen.", "5.494 Tonnen"],
  ])("leave exports as they were: %s", async (text, quote) => {
    expect((await readingAt(store, text, quote, PUBLISHED)).verdict).toBe("supported");
  });
});

describe("German magnets made of rare earths", () => {
  it("are magnets, and the rare-earths figure does not bear them out", async () => {
    const lead = "Chinas Ausfuhren von Permanentmagneten aus Seltenen Erden lagen im September bei";
    expect(await readingAt(store, `${lead} 5.774 Tonnen.`, "5.774 Tonnen", PUBLISHED)).toMatchObject({
      verdict: "supported",
      series: "rare-earth-magnets",
    });
    const wrong = await readingAt(store, `${lead} 4.000 Tonnen.`, "4.000 Tonnen", PUBLISHED);
    expect(wrong.series).toBe("rare-earth-magnets");
    expect(wrong.verdict).not.toBe("supported");
  });
});
