// A thousand said as a word between a figure with a decimal comma and its unit: Portuguese and Spanish
// "6,15 mil toneladas", Indonesian "51,44 ribu ton" (find-figures.ts). The comma is a decimal only in
// a clause of those languages; in English words the figure stays unread, as "6,5 t" does.
import { describe, expect, it } from "vitest";
import { verifyClaims } from "../../src/claims/index.js";
import { useReferenceStore } from "../helpers/reference-hooks.js";

const store = useReferenceStore();

const levels = async (text: string, published: string) =>
  (await verifyClaims(store, text, { published })).claims.filter((c) => c.stated.type === "level");

describe("thousands as a word after a decimal comma", () => {
  it("reads Portuguese 'mil toneladas' as thousands of tonnes", async () => {
    const [c] = await levels("A China exportou 5,77 mil toneladas de ímãs em setembro.", "2025-10-21");
    expect(c).toMatchObject({
      period: "2025-09",
      stated: { value: 5770, halfUnit: 5 },
      verdict: "supported",
    });
  });

  it("reads Indonesian 'ribu ton' over a span of months", async () => {
    const [c] = await levels(
      "Sepanjang Januari–September, total ekspor magnet China mencapai 39,82 ribu ton.",
      "2025-10-21",
    );
    expect(c).toMatchObject({ period: "2025-01..2025-09", stated: { value: 39820 }, verdict: "supported" });
  });

  it("leaves the figure unread in English words, where the comma may be a list's", async () => {
    expect(await levels("China shipped 5,77 mil toneladas in September.", "2025-10-21")).toEqual([]);
  });
});
