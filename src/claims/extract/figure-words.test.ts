import { describe, expect, it } from "vitest";
import { extractClaims } from "./extract-claims.js";

const written = (text: string, kind: string) =>
  extractClaims(text, { published: "2025-12-20" }).find((c) => c.kind === kind)?.stated;

describe("how a figure's words write it", () => {
  it.each([
    ["Magnet exports came to 6,150 t in November.", "level", { digits: true }],
    ["Magnet exports came to six thousand tonnes in November.", "level", { cardinal: true }],
    ["Magnet exports fell twenty percent in May from April.", "change", { cardinal: true }],
    ["Japan took a fifth of China's magnet exports in November.", "share", { fraction: true }],
    ["Magnet exports to the US rose 2.5 times in June from May.", "change", { digits: true, fraction: true }],
  ])("%j", (text, kind, want) => {
    const s = written(text, kind);
    expect(s && "written" in s ? s.written : undefined).toEqual(want);
  });

  it("marks a bound a denial before the words turned round, not one the words deny themselves", () => {
    const turned = written("Neither Japan nor the US took more than 600 t of magnets in November.", "level");
    expect(turned && "written" in turned ? turned.written : undefined).toEqual({
      digits: true,
      turned: true,
    });
    const own = written("Japan did not take more than 600 t of magnets in November.", "level");
    expect(own && "written" in own ? own.written?.turned : "none").toBeUndefined();
  });

  it("leaves ranks and directions without it", () => {
    const s = written("Magnet exports rose in November.", "direction");
    expect(s && "written" in s).toBe(false);
  });
});
