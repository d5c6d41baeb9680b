import { extractClaims } from "./src/claims/index.js";
const cs = extractClaims(process.argv[3]!, { published: process.argv[2] });
for (const c of cs as any[]) console.log(c.kind, c.series, c.partner, c.period, JSON.stringify(c.stated?.raw), JSON.stringify(c.grounds), JSON.stringify((c.why ?? c.reasons ?? null)), (c.alternatives ?? []).map((a: any) => `${a.period ?? ""}/${a.partner ?? ""}:${a.why}`).join("; "));
