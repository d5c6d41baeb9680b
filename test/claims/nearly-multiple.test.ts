// "Nearly tripled" of May's 1,238 t to June's 3,188 t (x2.58): a rise said to fall short of a whole
// multiple in words is how writers round toward the whole; below the word's own band (x2.7) but
// within half a multiple and 15% of it, it is neither right nor wrong. Further short it stays wrong.
import { describe, expect, it } from "vitest";
import { verifyClaims } from "../../src/claims/index.js";
import { useReferenceStore } from "../helpers/reference-hooks.js";

const store = useReferenceStore();

const change = async (text: string, published: string) =>
  (await verifyClaims(store, text, { published })).claims.find((c) => c.kind === "change");

describe("a rise said to come close to a whole multiple", () => {
  it("is not called wrong when it falls short by what writers round", async () => {
    const c = await change("China's magnet exports nearly tripled in June from May.", "2025-07-20");
    expect(c?.verdict).toBe("unverifiable");
    expect(c?.explanation).toMatch(/rounds toward the whole multiple/);
  });

  it("is borne out within the word's band", async () => {
    // India: 150 t in May, 418 t in July (x2.79)
    const c = await change(
      "India's intake of Chinese magnets nearly tripled between May and July.",
      "2025-08-20",
    );
    expect(c?.verdict).toBe("supported");
  });

  it("is wrong further short, and without the hedge", async () => {
    // Germany: 764 t in June, 1,116 t in July (x1.46)
    expect(
      (await change("German-bound magnet exports nearly doubled in July from June.", "2025-08-20"))?.verdict,
    ).toBe("contradicted");
    expect((await change("China's magnet exports tripled in June from May.", "2025-07-20"))?.verdict).toBe(
      "contradicted",
    );
  });
});
