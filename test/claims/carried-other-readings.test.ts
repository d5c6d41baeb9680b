// A figure whose product or destination is only carried from earlier text may be of any product (or
// destination) the text gave China's figures of before, not only the last one named: "Magnets ... Rare
// earths ... Shipments to South Korea were 815 t" can be the magnet figure. Such a reading supports; it
// never contradicts. Another destination is weighed only where the one carried has no figure.
import { describe, expect, it } from "vitest";
import { verifyClaims } from "../../src/claims/index.js";
import { useReferenceStore } from "../helpers/reference-hooks.js";

const store = useReferenceStore();

const LEAD =
  "Magnet exports slipped to 5,952 tonnes in December, while the rare earths line came to 4,392 tonnes.";

const verdicts = async (text: string) =>
  (await verifyClaims(store, text, { published: "2026-01-22" })).claims.map((c) => [
    c.text,
    c.verdict,
    c.series,
  ]);

describe("a carried product's figure read on another product the text gave", () => {
  it("supports a destination's tonnage that is the other product's", async () => {
    const r = await verdicts(`${LEAD} Shipments to South Korea came to 815 tonnes in December.`);
    expect(r).toContainEqual(["815 tonnes", "supported", "rare-earth-magnets"]);
  });

  it("supports a change that only the other product's data fits", async () => {
    const r = await verdicts(`${LEAD} Germany took 1,106 tonnes, about 1.1% less than in October.`);
    expect(r).toContainEqual(["1,106 tonnes", "supported", "rare-earth-magnets"]);
    expect(r).toContainEqual(["about 1.1% less", "supported", "rare-earth-magnets"]);
  });

  it("never contradicts a wrong figure on the other product", async () => {
    const r = await verdicts(`${LEAD} Shipments to South Korea came to 915 tonnes in December.`);
    expect(r.find((x) => x[0] === "915 tonnes")?.[1]).toBe("unverifiable");
  });

  it("leaves a rank, which another product's data often fits by chance, to the product carried", async () => {
    // magnets (5,577 t) were also the highest since January in July; the carried product's data
    // starts in May, so the rank cannot be checked
    const r = await verdicts(
      "Magnet exports were 5,577 t in July, and rare-earth products came to 6,422 t. " +
        "July was the strongest month since January.",
    );
    expect(r).toContainEqual(["strongest month since", "unverifiable", "rare-earth-products"]);
  });
});

describe("a carried destination's figure read on another destination the text gave", () => {
  it("supports a tonnage when the destination carried has no figure", async () => {
    const r = await verdicts(
      "Germany took 1,346 t of magnets in August. The EU's share rose. In September shipments there came to 1,288 t.",
    );
    expect(r).toContainEqual(["1,288 t", "supported", "rare-earth-magnets"]);
  });

  it("does not take another destination's equal figure over the one carried", async () => {
    // Korea took 854 t in September; 420.5 t is the US figure
    const r = await verdicts(
      "Germany took 1,118 t of magnets in October and the US 656 t. Korea's share slipped. " +
        "Shipments there were 420.5 t in September.",
    );
    expect(r.find((x) => x[0] === "420.5 t")?.[1]).toBe("unverifiable");
  });
});
