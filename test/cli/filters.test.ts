// Bad filters are errors that name the bad value and list the known ones, in the CLI and the API
// alike: never an empty table with exit code 0.
import type { OpenAPIHono } from "@hono/zod-openapi";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/run-cli.js";
import { quietApp, useReferenceStore } from "../helpers/reference-hooks.js";

let app: OpenAPIHono;
useReferenceStore((store) => {
  app = quietApp(store);
});

const cases: { name: string; cli: string[]; api: string; message: RegExp }[] = [
  {
    name: "an unknown partner of a series",
    cli: ["series", "rare-earth-magnets", "--partner", "XYZ"],
    api: "/api/series/rare-earth-magnets?partner=XYZ",
    message: /^unknown partner: XYZ \(known for rare-earth-magnets: .*\bJPN, .*\bUSA\b/,
  },
  {
    name: "--from after --to",
    cli: ["series", "rare-earth-magnets", "--from", "2025-12", "--to", "2025-06"],
    api: "/api/series/rare-earth-magnets?from=2025-12&to=2025-06",
    message: /^from 2025-12 is after to 2025-06$/,
  },
  {
    name: "an unknown partner in stats",
    cli: ["stats", "rare-earth-magnets", "2025-11", "--partner", "XYZ"],
    api: "/api/stats/rare-earth-magnets/2025-11?partner=XYZ",
    message: /^unknown partner: XYZ \(known for rare-earth-magnets: /,
  },
  {
    name: "an unknown partner in evidence",
    cli: ["evidence", "rare-earth-magnets", "2025-11", "--partner", "XYZ"],
    api: "/api/evidence/rare-earth-magnets/2025-11?partner=XYZ",
    message: /^unknown partner: XYZ \(known for rare-earth-magnets: /,
  },
  {
    name: "an unknown series in conflicts",
    cli: ["conflicts", "--series", "unobtainium"],
    api: "/api/conflicts?series=unobtainium",
    message: /^unknown series: unobtainium \(known: .*\brare-earth-magnets\b/,
  },
  {
    name: "an unknown partner in conflicts",
    cli: ["conflicts", "--partner", "XYZ"],
    api: "/api/conflicts?partner=XYZ",
    message: /^unknown partner: XYZ \(known: .*\bJPN\b/,
  },
  {
    name: "an unknown origin",
    cli: ["sources", "--origin", "Nobody"],
    api: "/api/sources?origin=Nobody",
    message: /^unknown origin: Nobody \(known: Adamas Intelligence, .*, … \(\d+ in all\)\)$/,
  },
  {
    name: "an unknown series in sources",
    cli: ["sources", "--series", "unobtainium"],
    api: "/api/sources?series=unobtainium",
    message: /^unknown series: unobtainium /,
  },
  {
    name: "an unknown commodity",
    cli: ["events", "--commodity", "unobtainium"],
    api: "/api/events?commodity=unobtainium",
    message: /^unknown commodity: unobtainium \(known: .*\bgallium\b/,
  },
  {
    name: "events --from after --to",
    cli: ["events", "--from", "2025-12-01", "--to", "2025-01-01"],
    api: "/api/events?from=2025-12-01&to=2025-01-01",
    message: /^from 2025-12-01 is after to 2025-01-01$/,
  },
];

describe("bad filters", () => {
  for (const c of cases) {
    it(`${c.name}: exit 1 in the CLI, 400 from the API, the same message`, async () => {
      const cli = await runCli([...c.cli, "--format", "json"]);
      expect(cli.code).toBe(1);
      expect(cli.stdout).toBe("");
      expect(cli.stderr.replace(/^lodestone: /, "").trimEnd()).toMatch(c.message);
      const res = await app.request(c.api);
      expect(res.status).toBe(400);
      expect(((await res.json()) as { error: string }).error).toBe(
        cli.stderr.replace(/^lodestone: /, "").trimEnd(),
      );
    });
  }

  it("rejects an unknown source kind, listing the four", async () => {
    const cli = await runCli(["sources", "--kind", "blog"]);
    expect(cli.code).toBe(1);
    expect(cli.stderr).toBe("lodestone: unknown kind: blog (known: official, wire, press, industry)\n");
    expect((await app.request("/api/sources?kind=blog")).status).toBe(400);
  });

  it("keeps known values that happen to match nothing an empty answer, not an error", async () => {
    const cli = await runCli(["events", "--from", "2019-01-01", "--to", "2019-12-31", "--format", "json"]);
    expect(cli).toMatchObject({ code: 0, stdout: "[]\n" });
    const res = await app.request("/api/conflicts?series=gallium&partner=JPN");
    expect(res.status).toBe(200);
    // a series the store holds is a known commodity even when no event names it
    const events = await app.request("/api/events?commodity=permanent-magnets");
    expect(events.status).toBe(200);
    expect(await events.json()).toEqual([]);
  });
});
