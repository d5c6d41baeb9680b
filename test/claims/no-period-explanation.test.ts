// A figure without a period says why: the hint about a missing publication date only where the
// caller gave none, not for a dated text that names no month for the figure.
import { describe, expect, it } from "vitest";
import { verifyClaims } from "../../src/claims/index.js";
import { useReferenceStore } from "../helpers/reference-hooks.js";

const store = useReferenceStore();

const TEXT = "Shipments of rare-earth magnets to Japan rose to 305 tonnes last month.";

describe("a figure with no period", () => {
  it("asks for a publication date when none was given", async () => {
    const [c] = (await verifyClaims(store, TEXT)).claims.filter((x) => x.kind === "level");
    expect(c?.verdict).toBe("unverifiable");
    expect(c?.explanation).toMatch(/no publication date\?/);
  });

  it("does not ask for one when the text is dated but names no period", async () => {
    const [c] = (
      await verifyClaims(store, "Shipments of rare-earth magnets to Japan came to 305 tonnes.", {
        published: "2025-12-20",
      })
    ).claims.filter((x) => x.kind === "level");
    expect(c?.verdict).toBe("unverifiable");
    expect(c?.explanation).not.toMatch(/publication date/);
    expect(c?.explanation).toMatch(/no period/);
  });
});
