// "the annual fall narrowing to 15% from 18.9%": the size a move has come to is the period's change,
// its direction the noun's and its base the adjective's; the size it came from is an earlier
// period's and is left unread. Checked on the reference data (magnets, January-July 2025: 27,897 t
// against 32,812 t a year before, -15.0%; rare earths, November 2025: +24.4% on the year).
import { describe, expect, it } from "vitest";
import { verifyClaims } from "../../src/claims/index.js";
import { useReferenceStore } from "../helpers/reference-hooks.js";

const store = useReferenceStore();

const changes = async (text: string, published: string) =>
  (await verifyClaims(store, text, { published })).claims.filter((c) => c.kind === "change");

describe("a move said to have narrowed or widened to a size", () => {
  it("is the period's change, in the noun's direction", async () => {
    const found = await changes(
      "Magnet exports came to 27,897 t in January-July, the annual fall narrowing to 15% from 18.9% in the first half.",
      "2025-08-20",
    );
    expect(found.map((c) => [c.period, c.stated.type === "change" ? c.stated.pct : null, c.verdict])).toEqual(
      [["2025-01..2025-07", -15, "supported"]],
    );
  });

  it("is wrong when the period's change is not that size", async () => {
    const [c] = await changes(
      "Magnet exports came to 27,897 t in January-July, the annual fall narrowing to 18% from 18.9% in the first half.",
      "2025-08-20",
    );
    expect(c?.verdict).toBe("contradicted");
  });

  it("takes its base from its adjective", async () => {
    const found = await changes(
      "China's rare-earth exports came to 5,493.9 t in November, annual growth accelerating to 24.4%.",
      "2025-12-20",
    );
    expect(found[0]?.stated).toMatchObject({ pct: 24.4, basis: "yoy" });
    expect(found[0]?.verdict).toBe("supported");
  });
});
