// A difference in tonnes taken against another destination in the same period: "Germany took 434 t
// more than South Korea", "shipments to Japan were 120 t higher than those to India", "India
// received 240 tonnes less than the United States". The destination after "than" is the base, not
// the figure's own.
import type { PartnerMention } from "./subjects.js";

/** From the end of a difference to the destination it is compared with. */
const THAN_PARTNER =
  /^(?:\s[\w'’-]{2,20}){0,6}?\s(?:than|over|versus|vs\.?)\s(?:(?:those|that|the\sshipments|shipments|exports|deliveries|sales|volumes|cargoes)\s(?:to|for|bound\sfor|headed\sfor)\s|(?:to|for|did|went\sto)\s)?(?:the\s)?$/i;

/**
 * The destination a difference in tonnes is taken against, when the words right after it name one
 * ("... 434 t more than South Korea"); null when they compare with a month or name none.
 * @example versusPartner("Japan took 120 t more than Korea", 16, partners)?.value // "KOR"
 */
export function versusPartner(
  clause: string,
  end: number,
  partners: readonly PartnerMention[],
): PartnerMention | null {
  return (
    partners.find(
      (p) => p.start >= end && p.start - end <= 90 && THAN_PARTNER.test(clause.slice(end, p.start)),
    ) ?? null
  );
}
