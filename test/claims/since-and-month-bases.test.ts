// A change counted from the month "since" names ("Since the summit in May, deliveries have
// recovered") is not that month's own change, and a change against one month ("the month alone
// rose 56% from September") is not one of a span of months that another clause names: read as the
// words say, a true one is supported, and where the words leave it unsure it is never contradicted.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Store } from "../../src/store/open-store.js";
import { referenceStore } from "../helpers/stores.js";
import { verdictsOf } from "../helpers/verdicts.js";

let store: Store;
beforeAll(async () => {
  store = await referenceStore();
});
afterAll(() => store.close());

const of = async (text: string, words: string) =>
  (await verdictsOf(store, text, "2026-01-20")).find(([w]) => w.startsWith(words))?.[1];

// to the US: 46 t in May 2025, 420.5 t in September, 656 t in October, 564 t in December
describe("a change counted from a month named after 'since'", () => {
  it.each([
    [
      "Since the summit in May, magnet deliveries to the US have recovered; in December they came to 564 t.",
      "recovered",
    ],
    [
      "Since the Geneva truce in May, US-bound magnet shipments have picked up; December brought 564 t.",
      "picked up",
    ],
    [
      "Since the framework agreed in May, magnet shipments to the US have picked up; December brought 564 t.",
      "picked up",
    ],
    ["US magnets, December 2025\n- Volume: 564 t\n- Change since September: +34%", "+34%"],
  ])("is checked from that month on: %s", async (text, words) => {
    expect(await of(text, words)).toBe("supported");
  });

  it("leaves a change with its own base, and a line after a heading, their months", async () => {
    const a =
      "Magnet exports to Germany came to 1,118 t in October, 13% below the month before but inside the band seen since June.";
    expect(await of(a, "13% below")).toBe("supported");
    const b =
      "Exports to Germany sink 13% since the start of the curbs\nIn October 2025, China shipped 1,118 t of magnets to Germany.";
    expect(await of(b, "1,118 t")).toBe("supported");
  });

  it("leaves a rank's window alone", async () => {
    const got = await verdictsOf(
      store,
      "Magnet exports to the US fell 3.1% in December, the first fall since May.",
      "2026-01-20",
    );
    expect(got.find(([w]) => w.startsWith("fell"))?.[1]).toBe("supported");
  });
});

describe("a change against one month after a span named in another clause", () => {
  it("is the month's change", async () => {
    const text =
      "Between January and October 2025, American buyers took the most magnets in years; the month alone rose 56% from September.";
    expect(await of(text, "rose 56%")).toBe("supported");
  });

  it("is never checked as the span's change against one month", async () => {
    const text = "In January-October 2025, China's magnet exports to the US rose 56% from September.";
    expect(await of(text, "rose 56%")).toBe("unverifiable");
  });
});
