// Each figure of a regular list belongs to its own item: "(Korea 1,288 t; Germany 854 t)" where the
// data gives Germany 1,288 t and Korea 854 t is not supported by reading each figure as its
// neighbour's. A list whose figures come in another order than its names ("Germany and Korea
// (854 t and 1,288 t)", "... respectively") keeps its neighbours as readings and is never contradicted.
import { describe, expect, it } from "vitest";
import { useReferenceStore } from "../helpers/reference-hooks.js";
import { verdictsOf } from "../helpers/verdicts.js";

const store = useReferenceStore();

const PUBLISHED = "2025-10-25";

describe("a figure in its own list item", () => {
  it.each([
    "September 2025 magnet shipments from China to its leading customers (South Korea 1,288 t; Germany 854 t; Japan 228 t) were published on Monday.",
    "China's magnet exports in September 2025 went mostly to South Korea (1,288 t), Germany (854 t) and Japan (228 t).",
    "Magnet exports from China, September 2025: South Korea 1,288 t, Germany 854 t, Japan 228 t.",
  ])("is not supported as a neighbour's figure when two are swapped: %s", async (text) => {
    const got = await verdictsOf(store, text, PUBLISHED);
    expect(got).toContainEqual(["1,288 t", "contradicted"]);
    expect(got).toContainEqual(["854 t", "contradicted"]);
    expect(got).toContainEqual(["228 t", "supported"]);
  });

  it.each([
    "September 2025 magnet shipments from China to its leading customers (Germany 1,288 t; South Korea 854 t; Japan 228 t) were published on Monday.",
    "China's magnet exports in September 2025 went mostly to Germany (1,288 t), South Korea (854 t) and Japan (228 t).",
  ])("supports every figure of a list in the right order: %s", async (text) => {
    const got = await verdictsOf(store, text, PUBLISHED);
    expect(got.map(([, v]) => v)).toEqual(["supported", "supported", "supported"]);
  });

  it.each([
    "Germany and South Korea (854 t and 1,288 t) led China's magnet exports in September 2025.",
    "China's magnet exports in September 2025 to South Korea, Germany and Japan: 854 t, 1,288 t and 228 t.",
    "South Korea and Germany took 854 t and 1,288 t of China's magnet exports in September 2025, respectively.",
  ])("never contradicts figures given in another order than the names: %s", async (text) => {
    const got = await verdictsOf(store, text, PUBLISHED);
    expect(got.length).toBeGreaterThan(0);
    expect(got.filter(([, v]) => v === "contradicted")).toEqual([]);
  });
});
