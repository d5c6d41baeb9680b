// A figure held by the writer's own side: "our share", "my country's imports", "we took". Who "we"
// are is not written down, so the destination a nearby clause names is only a guess at it.

const HOLDER =
  /\b(?:[Oo]ur|[Mm]y)\s(?:(?:own|country['’]s|nation['’]s|state['’]s|region['’]s|industry['’]s|sector['’]s|firms['’]|companies['’]|factories['’]|manufacturers['’])\s)?(?:share|slice|portion|cut|part|take|allocation|intake|imports|purchases|deliveries|supply|supplies)\b|\b[Ww]e\s(?:(?:only|just|still|now)\s)?(?:took|take|received|receive|got|get|bought|buy|imported|import)\b/;

/** True when the words before a figure give it to the writer's own side ("our share", "we got"). */
export function firstPersonHolder(before: string): boolean {
  return HOLDER.test(before);
}
