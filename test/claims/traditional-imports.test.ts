// China's imports written in traditional characters (中國 ... 進口), as Taiwan and Hong Kong outlets
// write them: a figure of what China bought is an import, not an export.
import { describe, expect, it } from "vitest";
import { extractClaims } from "../../src/claims/extract/extract-claims.js";

const flowAt = (text: string, words: string) =>
  extractClaims(text, { published: "2025-10-14" }).find((c) => text.slice(c.start, c.end).includes(words))
    ?.flow;

describe("China's imports in traditional characters", () => {
  it("reads 中國 ... 進口 as China's imports", () => {
    expect(flowAt("據海關數據，中國9月進口稀土6,864.7噸。", "6,864.7")).toBe("import");
  });

  it("reads the simplified form as before", () => {
    expect(flowAt("据海关数据，中国9月进口稀土6864.7吨。", "6864.7")).toBe("import");
  });

  it("leaves imports from China (從中國進口) another country's", () => {
    expect(flowAt("日本9月從中國進口稀土磁鐵300噸。", "300")).not.toBe("import");
  });
});
