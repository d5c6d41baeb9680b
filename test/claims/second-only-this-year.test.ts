// "November came second only to August this year": the month named must still be the one above it
// when the words give the year as the window. With "this year" after the month, the rank was read
// over the year alone and "second" was borne out though January, not August, was above November.
import { describe, expect, it } from "vitest";
import { verifyClaims } from "../../src/claims/index.js";
import { useReferenceStore } from "../helpers/reference-hooks.js";

const store = useReferenceStore();

const rank = async (text: string) => {
  const r = await verifyClaims(store, text, { published: "2025-12-20" });
  const c = r.claims.find((x) => x.kind === "rank");
  return [c?.verdict, c?.explanation ?? ""] as const;
};

describe("a second place said of the month above it, in a year", () => {
  it.each([
    "November came second only to August this year.",
    "Magnet exports in November were second only to August this year.",
  ])("is not borne out when another month was above: %s", async (text) => {
    const [verdict, why] = await rank(text);
    expect(verdict).not.toBe("supported");
    expect(why).toMatch(/names August 2025 as above it/);
  });

  it("is borne out when the month named was the one above", async () => {
    expect((await rank("November came second only to January this year."))[0]).toBe("supported");
  });
});
