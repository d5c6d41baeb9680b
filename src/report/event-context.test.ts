import { describe, expect, it } from "vitest";
import type { PolicyEvent } from "../store/types.js";
import { eventContext, suspends } from "./event-context.js";

const ev = (
  id: string,
  date: string,
  kind: string,
  reference: string | null,
  summary: string,
  commodities = ["rare-earths"],
): PolicyEvent => ({
  id,
  announced: date,
  effective: date,
  authority: "MOFCOM",
  reference,
  kind,
  summary,
  commodities,
  partners: ["all"],
  url: null,
});

const april = ev(
  "APR",
  "2025-04-04",
  "export_control",
  "Announcement No. 18 of 2025",
  "Seven rare earths need licences.",
  ["dysprosium"],
);
const october = ev(
  "OCT",
  "2025-10-09",
  "export_control",
  "Announcement No. 61 of 2025",
  "Re-export licences.",
);
const pause = ev(
  "PAUSE",
  "2025-11-07",
  "suspension",
  "Announcement No. 70 of 2025",
  "The six announcements of 9 October (Nos. 55-58, 61 and 62) are suspended until 10 Nov 2026; the April 2025 controls (No. 18) stay in force.",
);
const gallium = ev("GA", "2025-09-01", "export_control", null, "Gallium.", ["gallium"]);

describe("eventContext", () => {
  it("reads which announcements a suspension names, and only in its suspending clause", () => {
    expect(suspends(pause, october)).toBe(true);
    expect(suspends(pause, april)).toBe(false);
  });

  it("lists the six months' events of the family and earlier measures still in force", () => {
    const ctx = eventContext([pause, gallium, october, april], "rare-earth-magnets", "2025-11");
    expect(ctx.window).toEqual({ from: "2025-06", to: "2025-11" });
    expect(ctx.recent.map((e) => [e.id, e.suspended_by])).toEqual([
      ["OCT", "PAUSE"],
      ["PAUSE", null],
    ]);
    expect(ctx.in_force.map((e) => e.id)).toEqual(["APR"]);
  });

  it("does not apply a suspension before it happened", () => {
    const ctx = eventContext([pause, october, april], "rare-earths", "2025-10");
    expect(ctx.recent.map((e) => [e.id, e.suspended_by])).toEqual([["OCT", null]]);
  });
});
