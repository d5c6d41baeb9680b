// Renders a verification for a reader: the input with each claim marked and numbered, then one line
// per claim (stated vs actual, verdict, sources). Colour is a parameter, never read from the process.

import type { Verdict, VerifiedClaim, VerifyResult } from "./types.js";

export interface RenderTextOptions {
  /** ANSI colour: pass true only for a terminal with NO_COLOR unset. */
  color?: boolean;
}

const SYMBOL: Record<Verdict, string> = { supported: "✓", contradicted: "✗", unverifiable: "?" };
const COLOR: Record<Verdict, string> = {
  supported: "\x1b[32m",
  contradicted: "\x1b[31m",
  unverifiable: "\x1b[33m",
};
const RESET = "\x1b[0m";

/**
 * The input with claims marked, then a list of verdicts.
 * @example renderText(text, await verifyClaims(store, text, { published }), { color: false })
 */
export function renderText(input: string, result: VerifyResult, opts: RenderTextOptions = {}): string {
  const paint = (v: Verdict, s: string) => (opts.color ? `${COLOR[v]}${s}${RESET}` : s);
  let out = "";
  let cursor = 0;
  result.claims.forEach((c, i) => {
    if (c.start < cursor) return;
    out += input.slice(cursor, c.start) + paint(c.verdict, `[${c.text}]${SYMBOL[c.verdict]}${i + 1}`);
    cursor = c.end;
  });
  out += input.slice(cursor);
  const lines = result.claims.map(
    (c, i) =>
      `${paint(c.verdict, `${SYMBOL[c.verdict]}${i + 1} ${c.verdict}`)}  ${c.kind} ${describe(c)}: ${c.explanation}${sources(c)}`,
  );
  const s = result.summary;
  return `${out.trimEnd()}\n\n${lines.join("\n")}${lines.length ? "\n" : ""}${s.supported} supported, ${s.contradicted} contradicted, ${s.unverifiable} unverifiable\n`;
}

function describe(c: VerifiedClaim): string {
  return [
    c.series ?? "unknown product",
    c.partner === "WLD" ? null : `to ${c.partner}`,
    c.reporter === "CHN" ? null : `(${c.reporter} data)`,
    c.period ?? "no period",
  ]
    .filter(Boolean)
    .join(" ");
}

function sources(c: VerifiedClaim): string {
  const origins = [...new Set(c.evidence.map((e) => e.origin))];
  if (origins.length === 0) return "";
  return ` [sources: ${origins.slice(0, 4).join(", ")}${origins.length > 4 ? `, +${origins.length - 4}` : ""}]`;
}
