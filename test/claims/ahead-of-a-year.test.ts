// "ahead of 2023" says more than 2023, as "behind 2023" says less. The word was read as a fall, so a
// year truly ahead of the one before was contradicted, and one truly behind it was supported.
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { verdictsOf } from "../helpers/verdicts.js";

const store = useReferenceStore();

// rare earths: 52,307 t in 2023, 55,431 t in 2024; magnets January-July: 31,727 t in 2023, 32,812 t in 2024
describe("a year said to be ahead of another", () => {
  it("supports a rise on the year named", async () => {
    const got = await verdictsOf(
      store,
      "China's rare-earth exports in 2024 were ahead of 2023.",
      "2025-01-20",
    );
    expect(got).toContainEqual(["ahead of 2023", "supported"]);
  });

  it("contradicts a year said to be behind one it topped", async () => {
    const got = await verdictsOf(store, "China's rare-earth exports in 2024 were behind 2023.", "2025-01-20");
    expect(got).toContainEqual(["behind 2023", "contradicted"]);
  });

  it("reads seven months ahead of the same months a year before as a rise", async () => {
    const got = await verdictsOf(
      store,
      "China's magnet exports from January to July 2024 were ahead of 2023's 31,727 tonnes for the same period.",
      "2024-08-22",
    );
    expect(got).toContainEqual(["ahead of 2023", "supported"]);
  });
});
