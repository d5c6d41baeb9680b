// A level set against another, with its own period named right after it: "against 782 t across the
// whole of 2024". "across" dates the level as "in" and "over" do; and a period named right after a
// level with nothing but a preposition between may be its own even where no rule ties it there, so
// the clause's period is then only a guess: never a contradiction on it, and the named period a
// reading that can bear the figure out.
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { claimAt, readingAt } from "../helpers/verdicts.js";

const store = useReferenceStore();

const PUBLISHED = "2026-01-25";

describe("a level set against another, dated by the period right after it", () => {
  it("reads 'across the whole of 2024' as the level's own year", async () => {
    const text =
      "Exports of APT over January-November came to 243 t, against 782 t across the whole of 2024.";
    expect(await readingAt(store, text, "782 t", PUBLISHED)).toMatchObject({
      verdict: "supported",
      period: "2024-01..2024-12",
    });
    const wrong = text.replace("782 t", "728 t");
    expect(await readingAt(store, wrong, "728 t", PUBLISHED)).toMatchObject({
      verdict: "contradicted",
      period: "2024-01..2024-12",
    });
  });

  it("takes a year named right after the level, with no preposition, as a reading that bears it out", async () => {
    const text = "Exports of APT over January-November came to 243 t, against 782 t the whole of 2024.";
    const got = await claimAt(store, text, "782 t", PUBLISHED);
    expect(got?.verdict).toBe("supported");
    expect(got?.explanation).toMatch(
      /named right after the figure may be its own: .* 782 t for full-year 2024/,
    );
  });

  it("never contradicts a level on the clause's period when another period is named right after it", async () => {
    const text = "Exports of APT over January-November came to 243 t, against 728 t the whole of 2024.";
    expect((await readingAt(store, text, "728 t", PUBLISHED)).verdict).not.toBe("contradicted");
  });

  it("still contradicts a level the clause's own period dates", async () => {
    const text = "China's magnet exports reached 6,510 t in November 2025, customs data showed.";
    expect(await readingAt(store, text, "6,510 t", "2025-12-20")).toMatchObject({
      verdict: "contradicted",
      period: "2025-11",
    });
  });
});
