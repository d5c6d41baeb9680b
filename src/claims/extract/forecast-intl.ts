// Forecast words of the languages outlets write figures in besides English: German, French, Spanish,
// Portuguese, Italian and Indonesian put them before the figure ("rechnet damit, dass", "Analysten
// rechnen für Dezember mit", "halten es für möglich", "prévoit", "se espera", "prevén", "prevê",
// "prevede", "diperkirakan", "menargetkan") or, in German, end the clause with a modal after it ("...
// auf über 6.500 Tonnen steigen könnten"); Chinese says it before ("预计", "有望", "猜测", "大概率" (most
// likely), or "会" before a verb that reaches a figure: "会回到5000吨以上"), Japanese and Korean after
// ("7万トンを見込む", "7만톤으로 전망한다", "6000t을 웃돌 것으로 내다봤다"). Words a figure is set
// against ("超出预期", "予想を上回る", "예상보다", "与分析师预估相符", "符合市场预期") are not among them:
// they make a reported figure, not a forecast.

import { latin1Stub } from "./all-matches.js";

/** Forecast words before the figure, in the clause's last 90 characters. */
const BEFORE =
  /(?<!\p{L})(?:rechnet\s(?:damit|mit)|rechne[nt]\s(?:[\p{L}\d]+\s){0,4}?mit|(?:hält|halten)\s(?:es\s)?(?:[\p{L}]+\s){0,2}?für\smöglich|erwartet|erwarten|prognostiziert|Prognosen?|voraussichtlich|könnten?|dürften?|pourrai(?:t|ent)|devrai(?:t|ent)|prévoi(?:t|ent)|table\ssur|prévisions?|s'attend|podrían?|prevé|prevén|se\sespera|pronóstic|poderá|poderão|poderia|prevê|deverá|deverão|projeç|potrebber?o?|prevede|si\sattende|prevision[ei]|diperkirakan|memperkirakan|diprediksi|memprediksi|diproyeksikan|memproyeksikan|menargetkan|ditargetkan|berpotensi)(?!\p{L})|预计|預計|(?<!(?:超出|超过|超過|高于|高於|低于|低於|不及|好于|好於|符合)\p{Script=Han}{0,4})(?:预期|預期|预测|預測|预估|預估)(?!相符|一致|吻合)|有望|可望|大概率|大機率|料将|料將|或将|或將|猜测|猜測|估计|估計|预料|預料|(?:会|會|将|將)(?:回到|回升到?|升至|涨至|漲至|达到|達到|超过|超過|突破|降至|跌至|跌破|维持在|維持在)/iu;

/** Forecast words after the figure, before the clause ends. */
const AFTER =
  /^[^.;!?。！？\n]{0,50}?(?:(?<!\p{L})(?:könnten?|dürften?)(?!\p{L})|見込(?:み|む|んで)|予想され|予測され|見通し|可能性がある|전망|예상(?:된다|한다|했다|하고|하며)|예측(?:된다|한다)|것으로\s?(?:내다|보인다|보고|관측)|내다(?:봤다|본다|보고|보며))/u;

/** The figure at `[start, end)` of the clause is said as a forecast in one of these languages. */
export function forecastIntl(clause: string, start: number, end: number): boolean {
  // the words of a figure that opens or ends its clause: none before it, or none after it
  const before = clause.slice(Math.max(0, start - 90), start);
  const after = clause.slice(end, end + 60);
  return (!latin1Stub(before) && BEFORE.test(before)) || (!latin1Stub(after) && AFTER.test(after));
}
