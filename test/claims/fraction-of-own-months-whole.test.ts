// A destination's figure set against its own month's whole: "Germany took 1,118 t in October, about
// a fifth of October's volume" (1,118 t is 20.4% of the 5,473 t China shipped that October). Read
// only as a change on October a year before, the true text was safe just while the data held no
// year-earlier figure for Germany; with one held (here a made-up 900 t for October 2024), that
// reading alone called it contradicted. The fraction is also read as the destination's share of the
// month, which bears a right text out and still lets a wrong one be refuted.
import { describe, expect, it } from "vitest";
import { ingestText } from "../../src/ingest/ingest-files.js";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { claimAt } from "../helpers/verdicts.js";

const HEADER =
  "ref_rows,source_id,source_kind,publisher,origin,url,url_status,published,title,reporter,flow,series,partner,period,measure,value,unit,original_value,original_unit,approximate,status,vintage,stated_mom_pct,stated_yoy_pct,stated_change_pct,stated_change_basis,stated_rank,stated_rank_direction,stated_rank_scope,stated_streak,note,correction";
const YEAR_EARLIER =
  ",test-wire-1,press,Test Wire,Test Wire,https://example.org/de-2024-10,ok,2024-11-20,,CHN,export,rare-earth-magnets,DEU,2024-10,qty,900,t,900,t,,final,2024-11-20,,,,,,,,,,";

const store = useReferenceStore((s) => ingestText(s, "germany-2024.csv", `${HEADER}\n${YEAR_EARLIER}\n`));

const published = "2025-12-20";
const LEAD = "Germany took 1,118 tonnes of Chinese magnets in October,";

describe("a destination's fraction of its own month's whole", () => {
  it.each([
    ["a fifth of October's volume.", "a fifth of"],
    ["just over a fifth of October's volume.", "just over a fifth of"],
  ])("is its share of that month, borne out by the total: %s", async (rest, quote) => {
    const got = await claimAt(store, `${LEAD} ${rest}`, quote, published);
    expect(got?.partner).toBe("DEU");
    expect(got?.verdict).toBe("supported");
    expect(got?.explanation, got?.explanation).toMatch(/20\.4%/);
  });

  it("is refuted when neither the share nor the change fits", async () => {
    const got = await claimAt(store, `${LEAD} about half of October's volume.`, "about half of", published);
    expect(got?.verdict).toBe("contradicted");
  });

  it("leaves another month's whole to its own reading", async () => {
    const got = await claimAt(
      store,
      `${LEAD} about a fifth of September's volume.`,
      "about a fifth of",
      published,
    );
    expect(got?.verdict).toBe("supported");
    expect(got?.explanation).toMatch(/WLD 5,774 t in September 2025/);
  });
});
