// The size of a move said apart from its verb: after the clause's own direction ("higher in July
// than a year earlier, by 30%"), or as an answer to the question that asked about the move ("How
// much did exports to Germany rise in July?" "By 46%"). Direction and base are the move's.
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { verifyClaims } from "../../src/claims/index.js";

const store = useReferenceStore();

/** `[words, partner, period, change, basis, verdict]` of every change `verify` reads in `text`. */
async function changesOf(text: string) {
  const { claims } = await verifyClaims(store, text, { published: "2025-12-20" });
  return claims.flatMap((c) =>
    c.stated.type === "change"
      ? [[c.text, c.partner, c.period, c.stated.pct, c.stated.basis, c.verdict]]
      : [],
  );
}

describe("a size said after the clause's own direction", () => {
  it("checks the size against the base the direction named", async () => {
    expect(
      await changesOf("China's rare earth exports were higher in July than a year earlier, by 30%."),
    ).toEqual([["by 30%", "WLD", "2025-07", 30, "yoy", "contradicted"]]);
  });
});

describe("a size right after an answer's opening move", () => {
  it("reads 'Down, 5.2% on September' as a fall on September", async () => {
    expect(
      await changesOf(
        "Q: Did China's magnet exports rise in October?\nA: Down, 5.2% on September's 5,774 tonnes.",
      ),
    ).toEqual([["5.2%", "WLD", "2025-10", -5.2, "mom", "supported"]]);
  });

  it("leaves a share after a move a share", async () => {
    const got = await changesOf("China's magnet exports fell in May, 12% of the total going to the US.");
    expect(got).toEqual([]);
  });
});

describe("an answer that gives the size of the move its question asked about", () => {
  it("reads 'By 46%' after 'How much did ... rise in July?' as a rise", async () => {
    expect(
      await changesOf(
        "How much did China's magnet exports to Germany rise in July? By 46%, to 1,116 tonnes.",
      ),
    ).toEqual([["By 46%", "DEU", "2025-07", 46, "mom", "supported"]]);
  });

  it("reads 'Yes, by 5.2%' after a question about fewer magnets as a fall on the month named", async () => {
    expect(
      await changesOf("Did China ship fewer magnets in October than in September? Yes, by 5.2%."),
    ).toEqual([["by 5.2%", "WLD", "2025-10", -5.2, "mom", "supported"]]);
  });

  it("reads the answer in a turn of its own", async () => {
    expect(
      await changesOf("Q: So gallium exports in June were below April?\nA: Slightly, by about 11%."),
    ).toEqual([["by about 11%", "WLD", "2025-06", -11, "2025-04", "supported"]]);
  });

  it("reads nothing when the question asks about a move of something other than the trade", async () => {
    expect(await changesOf("How much did NdPr oxide prices rise in November? By 30%, traders said.")).toEqual(
      [],
    );
  });

  it("reads nothing when the question names no one direction, or the size answers no question", async () => {
    expect(await changesOf("Were China's magnet exports up or down in October? By about 5%.")).toEqual([]);
    expect(
      await changesOf("China's magnet exports were 5,473 tonnes in October. By 2026, buyers expect more."),
    ).toEqual([]);
  });
});

describe("a bare size answering a question that asked for it in percent", () => {
  it("reads the size alone as the asked move's change", async () => {
    expect(
      await changesOf(
        "By what percentage did China's magnet shipments to the US drop in November? Roughly 11%.",
      ),
    ).toEqual([["Roughly 11%", "USA", "2025-11", -11, "mom", "supported"]]);
  });

  it("reads no size where the question asked for tonnes", async () => {
    expect(await changesOf("How many tonnes went to Germany in November? About 12%.")).toEqual([]);
  });
});

describe("an answer to a move asked over two months", () => {
  it("is the later month's change against the earlier", async () => {
    expect(
      await changesOf("Did shipments of magnets to the US fall from October to November? Yes, by about 11%."),
    ).toEqual([["by about 11%", "USA", "2025-11", -11, "mom", "supported"]]);
  });
});
