// China's exports of all goods, which the customs office publishes before any product's, are not a
// product's figures: a change of "total exports of all goods" or "merchandise exports" in a rare-earth
// story is unverifiable, never checked against the rare earths.
import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract-claims.js";

const modes = (text: string) =>
  extractClaims(text, { published: "2025-04-14" }).map((c) => [c.text, c.mode] as const);

describe("China's exports of all goods", () => {
  it.each([
    [
      "China exported 5,666.3 tons of rare earths in March. The country's total exports of all goods rose 12.4% in March.",
      "rose 12.4%",
    ],
    [
      "China's merchandise exports rose 12.4% in March, while rare earth exports climbed 20% to 5,666.3 t.",
      "rose 12.4%",
    ],
    [
      "China exported 5,666.3 tons of rare earths in March. According to general trade data, exports were up more than 12% on the year.",
      "up more than 12%",
    ],
  ])("are not the product's: %s", (text, words) => {
    expect(modes(text)).toContainEqual([words, "all-goods"]);
  });

  it("leaves the product's own figures, and a product named with goods words, reported", () => {
    const read = modes(
      "China's merchandise exports rose 12.4% in March, while rare earth exports climbed 20% to 5,666.3 t. Exports of all goods containing rare earth magnets rose 5%.",
    );
    expect(read).toContainEqual(["climbed 20%", "reported"]);
    expect(read).toContainEqual(["5,666.3 t", "reported"]);
    expect(read).toContainEqual(["rose 5%", "reported"]);
  });
});
