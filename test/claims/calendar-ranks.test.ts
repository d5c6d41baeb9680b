// A rank among the same calendar month of each year ("the strongest June on record", "a record for
// any December", "the strongest May since 2024") is counted over that month of each year held, not
// over every month: supported when no earlier same month beats it, contradicted when one does.
import { describe, expect, it } from "vitest";
import { verifyClaims } from "../../src/claims/index.js";
import { extractClaims } from "../../src/claims/extract/extract-claims.js";
import { useReferenceStore } from "../helpers/reference-hooks.js";

const store = useReferenceStore();

const ranks = async (text: string, published: string) =>
  (await verifyClaims(store, text, { published })).claims
    .filter((c) => c.kind === "rank")
    .map((c) => [c.text, c.period, c.verdict]);

// rare earths: Junes 5,009 t (2023), 4,829 t (2024), 7,742.2 t (2025); Mays 6,217 t (2024), 5,864.6 t
// (2025); Octobers 3,604 t (2022) to 4,753 t (2024), 4,343.5 t (2025); Septembers 3,935 t (2023),
// 4,181 t (2024), 4,000.3 t (2025); Decembers 4,307 t (2022) to 4,392 t (2025). Magnets: Octobers
// 4,725 t (2024), 5,473 t (2025).
describe("a rank among the same calendar month", () => {
  it.each([
    [
      "2025-07-18",
      "Rare earth shipments abroad in June 2025 made it the strongest June on record.",
      "strongest June on record",
    ],
    [
      "2026-01-19",
      "December 2025 rare earth exports set a record for any December.",
      "a record for any December",
    ],
    [
      "2025-06-19",
      "At 5,864.6 t, rare earth exports had their strongest May since 2024.",
      "strongest May since 2024",
    ],
    [
      "2025-11-21",
      "China's magnet exports of 5,473 t in October 2025 were the busiest October in the data.",
      "busiest October in the data",
    ],
    [
      "2025-10-22",
      "September 2025 rare earth exports were the second-weakest September on record.",
      "second-weakest September on record",
    ],
  ])("is supported when no earlier same month beats it (%s): %s", async (published, text, words) => {
    const got = await ranks(text, published);
    expect(got.map(([w, , v]) => [w, v])).toEqual([[words, "supported"]]);
  });

  it.each([
    ["2025-11-20", "Rare earth exports in October 2025, at 4,343.5 t, were the best October on record."],
    ["2025-10-22", "September 2025 rare earth exports were the weakest September in the data."],
  ])("is contradicted when an earlier same month beats it (%s): %s", async (published, text) => {
    const got = await ranks(text, published);
    expect(got.map(([, , v]) => v)).toEqual(["contradicted"]);
  });

  it("is not read in 'the May low', which names the month of a low over every month", () => {
    const scopes = extractClaims("Magnet exports have doubled from the May low.", { published: "2025-07-20" })
      .map((c) => c.stated)
      .flatMap((s) => (s.type === "rank" ? [s.scope.type] : []));
    expect(scopes).not.toContain("calendar");
  });
});
