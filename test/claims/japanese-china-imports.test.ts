// China's own imports in Japanese: "中国の希土類輸入", and a bare "輸入量" in a story of China's
// customs figures. They are checked against China's imports, not its exports; Japan's purchases
// from China ("日本の中国からの輸入量") are not China's imports.
import { describe, expect, it } from "vitest";
import { verifyClaims } from "../../src/claims/index.js";
import { useReferenceStore } from "../helpers/reference-hooks.js";

const store = useReferenceStore();

const claimAt = async (text: string, words: string) =>
  (await verifyClaims(store, text, { published: "2025-03-21" })).claims.find((c) =>
    text.slice(c.start, c.end).includes(words),
  );

describe("China's imports said in Japanese", () => {
  const text =
    "中国税関総署が希土類の輸出入を公表した。1月の希土類輸出量は5,294トンだった。輸入量は12,131トンで、前月比26%増だった。";

  it("checks a bare '輸入量' against China's imports", async () => {
    const c = await claimAt(text, "12,131");
    expect(c).toMatchObject({ flow: "import", period: "2025-01", verdict: "supported" });
  });

  it("checks the imports' change against the imports of the month before", async () => {
    const c = await claimAt(text, "26%");
    expect(c).toMatchObject({ flow: "import", verdict: "supported" });
  });

  it("keeps the exports figure before it as exports", async () => {
    expect(await claimAt(text, "5,294")).toMatchObject({ flow: "export", verdict: "supported" });
  });

  it("leaves Japan's purchases from China as no imports of China's", async () => {
    const c = await claimAt(
      "1月の中国の希土類輸出量は5,294トンだった。日本の中国からの輸入量は1,200トンだった。",
      "1,200",
    );
    expect(c?.flow).not.toBe("import");
  });

  it("leaves Japan's statistics of imports from China, in a sentence naming neither, as no imports of China's", async () => {
    const c = await claimAt(
      "1月の中国の希土類輸出量は5,294トンだった。財務省の統計では、同月の中国からの永久磁石の輸入量は1,200トンだった。",
      "1,200",
    );
    expect(c?.flow).not.toBe("import");
  });
});
