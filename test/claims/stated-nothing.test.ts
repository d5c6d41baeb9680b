// A stated nothing ("zero", "ゼロ") against what customs count to the kilogram: wrong against any amount
// the data holds, however small, though its interval and a kilogram's touch at half a kilogram.
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { claimsRead } from "../helpers/verdicts.js";

const store = useReferenceStore();

const read = (text: string, published: string) => claimsRead(store, text, published);

describe("a stated nothing", () => {
  it("is wrong against the few kilograms the data holds, though a Japanese sentence is not yet contradicted", async () => {
    const en = await read("Customs figures show germanium exports were zero in September.", "2023-10-24");
    expect(en.map((c) => [c.period, c.verdict])).toEqual([["2023-09", "contradicted"]]);
    const ja = await read("中国税関のデータでは、9月のゲルマニウム輸出はゼロだった。", "2023-10-24");
    expect(ja.map((c) => [c.period, c.verdict])).toEqual([["2023-09", "unverifiable"]]);
  });

  it("is borne out by a zero, and wrong against tonnes", async () => {
    expect(
      (await read("Germanium exports were zero in August.", "2023-09-25")).map((c) => c.verdict),
    ).toEqual(["supported"]);
    expect((await read("Germanium exports were zero in March.", "2024-04-22")).map((c) => c.verdict)).toEqual(
      ["contradicted"],
    );
  });
});
