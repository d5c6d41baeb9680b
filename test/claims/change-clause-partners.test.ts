// A change whose own clause names its destination before it ("Magnet shipments to the US more than
// doubled in July to 619 t, while India's climbed to 418 t") is that destination's: another clause's
// destination, named with a figure of its own, is no reading of it.
import { describe, expect, it } from "vitest";
import { verifyClaims } from "../../src/claims/index.js";
import { useReferenceStore } from "../helpers/reference-hooks.js";

const store = useReferenceStore();

async function changeOf(text: string) {
  const r = await verifyClaims(store, text, { published: "2025-08-25" });
  const c = r.claims.find((x) => x.kind === "change");
  return { verdict: c?.verdict, partner: c?.partner };
}

describe("a change whose own clause names its destination before it", () => {
  it("is not borne out by another clause's destination", async () => {
    // US June 353 t to July 619 t: +75%, not more than double (India's 172 t to 418 t is)
    const got = await changeOf(
      "Magnet shipments to the US more than doubled in July to 619 t, while India's climbed to 418 t.",
    );
    expect(got.partner).toBe("USA");
    expect(got.verdict).not.toBe("supported");
  });

  it("is still borne out on its own destination", async () => {
    const got = await changeOf(
      "Magnet shipments to India more than doubled in July to 418 t, while the US took 619 t.",
    );
    expect(got.partner).toBe("IND");
    expect(got.verdict).toBe("supported");
  });
});
