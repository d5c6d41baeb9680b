// How outlets writing in Chinese, Japanese, Korean and the languages of Europe state figures the
// reader missed: digits set in full width, as Japanese newspapers set them, and kilograms written in
// Japanese or Korean.
import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract-claims.js";

const find = (text: string, published: string, words: string) =>
  extractClaims(text, { published }).find((c) => text.slice(c.start, c.end).includes(words));

describe("figures set in full-width digits", () => {
  const text =
    "中国の９月のレアアース磁石輸出は５，７７４トンで、前月比６．１％減った。前年同月比は１７．５％増。";

  it("reads a level with a full-width thousands comma, quoted as written", () => {
    expect(find(text, "2025-10-21", "５，７７４")).toMatchObject({
      kind: "level",
      series: "rare-earth-magnets",
      period: "2025-09",
      text: "５，７７４トン",
      stated: { value: 5774, raw: "５，７７４トン" },
    });
  });

  it("reads changes with a full-width decimal stop and percent sign, on their bases", () => {
    expect(find(text, "2025-10-21", "６．１")).toMatchObject({
      kind: "change",
      period: "2025-09",
      stated: { pct: -6.1, basis: "mom" },
    });
    expect(find(text, "2025-10-21", "１７．５")).toMatchObject({
      kind: "change",
      period: "2025-09",
      stated: { pct: 17.5, basis: "yoy" },
    });
  });
});
