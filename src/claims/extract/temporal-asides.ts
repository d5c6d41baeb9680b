// A month named in a temporal aside that the figure stands outside: "In October, when traders were
// still digesting September's data, shipments fell 5.2%" speaks of October; September is what the
// traders were digesting. The aside is set off by commas after ", when", or opens its clause with
// "as", "when" or "while" (", as" begins a clause of its own) and closes with a comma.

import type { Span } from "./attach.js";
import { allMatches } from "./all-matches.js";

/** Where a temporal aside opens; "as of", "as well", "as much" open none. */
const OPEN =
  /(?:,\s|^\s*)(?:when|while|as(?!\s(?:of|well|a|the|much|many|long|far|soon|is|was|were|expected|forecast)\b))\s/gi;

/**
 * True when `p` stands in a temporal aside closed by a comma before `span`, or opened after it.
 * An aside that opens its clause ("When November's data came out, exports rose") may date the whole
 * sentence, so there only a month that owns another noun ("September's data") counts as the aside's.
 * @example temporalAside("In May, when buyers awaited April's cargoes, exports rose 5%", april, rise) // true
 */
export function temporalAside(clause: string, p: Span, span: Span): boolean {
  if (p.end > span.start && p.start < span.end) return false;
  const before = clause.slice(0, p.start);
  const open = allMatches(OPEN, before).pop();
  if (open === undefined || /[,;]/.test(before.slice(open.index + 1))) return false;
  if (!open[0].startsWith(",") && !/^['’]s\s/.test(clause.slice(p.end, p.end + 3))) return false;
  const close = clause.indexOf(",", p.end);
  if (close < 0) return false;
  return span.start < open.index || span.start > close;
}
