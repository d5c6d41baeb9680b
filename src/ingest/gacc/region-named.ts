// Tables of one region's trade that look like the national ones: provincial statistics offices and
// local customs offices publish their own "exports of major commodities", whose figures must never be
// stored as China's.

const PROVINCES =
  "北京|天津|河北|山西|内蒙古|辽宁|吉林|黑龙江|上海|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|广西|海南|重庆|四川|贵州|云南|西藏|陕西|甘肃|青海|宁夏|新疆";
/** The customs offices under the General Administration, named for their city. */
const OFFICES =
  "石家庄|太原|满洲里|呼和浩特|沈阳|大连|长春|哈尔滨|南京|杭州|宁波|合肥|福州|厦门|南昌|青岛|济南|郑州|武汉|长沙|广州|黄埔|深圳|拱北|汕头|江门|湛江|南宁|海口|成都|贵阳|昆明|拉萨|西安|兰州|西宁|银川|乌鲁木齐";
const REGION = [
  new RegExp(
    `(?:${PROVINCES})(?:省|市|(?:维吾尔|壮族|回族)?自治区)?|(?:${PROVINCES}|${OFFICES})海关|(?:${OFFICES})关区`,
    "u",
  ),
  /\b[A-Z][a-z]+(?: [A-Z][a-z]+)? (?:Province|Autonomous Region|Municipality|Customs District)\b/,
];
const SOURCE_LINE = /^\s*"?(?:数据来源|资料来源|来源|sources?)\s*[:：]/i;

/**
 * A province, region, city or local customs office the title or the source line names
 * (江西省, 内蒙古自治区, 南昌海关, Jiangxi Province): such a table holds one region's trade, which
 * must not be stored as China's. The national tables name no place, or the General Administration
 * (海关总署, 中华人民共和国海关, China Customs).
 */
export function regionNamed(titles: string[], lines: string[]): { line: number; name: string } | null {
  const places = [
    ...titles.map((text, i) => ({ text, line: i + 1 })),
    ...lines.flatMap((text, i) => (SOURCE_LINE.test(text) ? [{ text, line: i + 1 }] : [])),
  ];
  for (const { text, line } of places)
    for (const re of REGION) {
      const m = re.exec(text);
      if (m) return { line, name: m[0] };
    }
  return null;
}
