/**
 * The world's other countries, by hand: every member state of the United Nations (and the
 * observers Palestine and the Holy See, and Kosovo) that world.ts does not already hold with its
 * parts. Names are facts: English short names as the UN's member-state list prints them, with the
 * forms the press uses (Ivory Coast, Turkey, Burma), and the Chinese names of the Xinhua style.
 *
 * One row a country: [English names (first is the name shown), Chinese names]. Each is a part of
 * the world. Countries reported on without their parts, so a figure for Kenya is Kenya's and a
 * figure for Nairobi is, at least, not Kenya's own.
 */
export type CountryRow = readonly [en: string, zh: string];

const ROWS: readonly CountryRow[] = [
  // Africa
  ['Algeria', '阿尔及利亚'], ['Angola', '安哥拉'], ['Benin', '贝宁'], ['Botswana', '博茨瓦纳'], ['Burkina Faso', '布基纳法索'],
  ['Burundi', '布隆迪'], ['Cabo Verde|Cape Verde', '佛得角'], ['Cameroon', '喀麦隆'], ['Central African Republic', '中非共和国'],
  ['Chad', '乍得'], ['Comoros', '科摩罗'], ['Democratic Republic of the Congo|DR Congo|DRC', '刚果民主共和国 刚果（金）'],
  ['Republic of the Congo|Congo-Brazzaville', '刚果共和国 刚果（布）'], ['Djibouti', '吉布提'], ['Egypt', '埃及'],
  ['Equatorial Guinea', '赤道几内亚'], ['Eritrea', '厄立特里亚'], ['Eswatini|Swaziland', '斯威士兰'], ['Ethiopia', '埃塞俄比亚'],
  ['Gabon', '加蓬'], ['Gambia|The Gambia', '冈比亚'], ['Ghana', '加纳'], ['Guinea', '几内亚'], ['Guinea-Bissau', '几内亚比绍'],
  ["Côte d'Ivoire|Cote d'Ivoire|Ivory Coast", '科特迪瓦'], ['Kenya', '肯尼亚'], ['Lesotho', '莱索托'], ['Liberia', '利比里亚'],
  ['Libya', '利比亚'], ['Madagascar', '马达加斯加'], ['Malawi', '马拉维'], ['Mali', '马里'], ['Mauritania', '毛里塔尼亚'],
  ['Mauritius', '毛里求斯'], ['Morocco', '摩洛哥'], ['Mozambique', '莫桑比克'], ['Namibia', '纳米比亚'], ['Niger', '尼日尔'],
  ['Nigeria', '尼日利亚'], ['Rwanda', '卢旺达'], ['Sao Tome and Principe|São Tomé and Príncipe', '圣多美和普林西比'],
  ['Senegal', '塞内加尔'], ['Seychelles', '塞舌尔'], ['Sierra Leone', '塞拉利昂'], ['Somalia', '索马里'], ['South Africa', '南非'],
  ['South Sudan', '南苏丹'], ['Sudan', '苏丹'], ['Tanzania', '坦桑尼亚'], ['Togo', '多哥'], ['Tunisia', '突尼斯'], ['Uganda', '乌干达'],
  ['Zambia', '赞比亚'], ['Zimbabwe', '津巴布韦'],
  // The Americas
  ['Antigua and Barbuda', '安提瓜和巴布达'], ['Argentina', '阿根廷'], ['Bahamas|The Bahamas', '巴哈马'], ['Barbados', '巴巴多斯'],
  ['Belize', '伯利兹'], ['Bolivia', '玻利维亚'], ['Brazil', '巴西'], ['Chile', '智利'], ['Colombia', '哥伦比亚'], ['Costa Rica', '哥斯达黎加'],
  ['Cuba', '古巴'], ['Dominica', '多米尼克'], ['Dominican Republic', '多米尼加'], ['Ecuador', '厄瓜多尔'], ['El Salvador', '萨尔瓦多'],
  ['Grenada', '格林纳达'], ['Guatemala', '危地马拉'], ['Guyana', '圭亚那'], ['Haiti', '海地'], ['Honduras', '洪都拉斯'], ['Jamaica', '牙买加'],
  ['Mexico', '墨西哥'], ['Nicaragua', '尼加拉瓜'], ['Panama', '巴拿马'], ['Paraguay', '巴拉圭'], ['Peru', '秘鲁'],
  ['Saint Kitts and Nevis', '圣基茨和尼维斯'], ['Saint Lucia', '圣卢西亚'], ['Saint Vincent and the Grenadines', '圣文森特和格林纳丁斯'],
  ['Suriname', '苏里南'], ['Trinidad and Tobago', '特立尼达和多巴哥'], ['Uruguay', '乌拉圭'], ['Venezuela', '委内瑞拉'],
  // Asia
  ['Afghanistan', '阿富汗'], ['Armenia', '亚美尼亚'], ['Azerbaijan', '阿塞拜疆'], ['Bahrain', '巴林'], ['Bangladesh', '孟加拉国'],
  ['Bhutan', '不丹'], ['Brunei', '文莱'], ['Cambodia', '柬埔寨'], ['Indonesia', '印度尼西亚 印尼'], ['Iran', '伊朗'], ['Iraq', '伊拉克'],
  ['Israel', '以色列'], ['Jordan', '约旦'], ['Kazakhstan', '哈萨克斯坦'], ['Kuwait', '科威特'], ['Kyrgyzstan', '吉尔吉斯斯坦'], ['Laos', '老挝'],
  ['Lebanon', '黎巴嫩'], ['Malaysia', '马来西亚'], ['Maldives', '马尔代夫'], ['Mongolia', '蒙古国'], ['Myanmar|Burma', '缅甸'],
  ['Nepal', '尼泊尔'], ['North Korea|DPRK', '朝鲜'], ['Oman', '阿曼'], ['Pakistan', '巴基斯坦'], ['Palestine', '巴勒斯坦'],
  ['Philippines|The Philippines', '菲律宾'], ['Qatar', '卡塔尔'], ['Saudi Arabia', '沙特阿拉伯 沙特'], ['Sri Lanka', '斯里兰卡'],
  ['Syria', '叙利亚'], ['Tajikistan', '塔吉克斯坦'], ['Thailand', '泰国'], ['Timor-Leste|East Timor', '东帝汶'],
  ['Turkey|Türkiye|Turkiye', '土耳其'], ['Turkmenistan', '土库曼斯坦'], ['United Arab Emirates|UAE', '阿拉伯联合酋长国 阿联酋'],
  ['Uzbekistan', '乌兹别克斯坦'], ['Vietnam|Viet Nam', '越南'], ['Yemen', '也门'],
  // Europe outside the EU
  ['Albania', '阿尔巴尼亚'], ['Andorra', '安道尔'], ['Belarus', '白俄罗斯'], ['Bosnia and Herzegovina', '波斯尼亚和黑塞哥维那 波黑'],
  ['Iceland', '冰岛'], ['Kosovo', '科索沃'], ['Liechtenstein', '列支敦士登'], ['Moldova', '摩尔多瓦'], ['Monaco', '摩纳哥'],
  ['Montenegro', '黑山'], ['North Macedonia', '北马其顿'], ['Norway', '挪威'], ['Russia|Russian Federation', '俄罗斯'],
  ['San Marino', '圣马力诺'], ['Serbia', '塞尔维亚'], ['Switzerland', '瑞士'], ['Ukraine', '乌克兰'], ['Holy See|Vatican', '梵蒂冈'],
  // Oceania
  ['Fiji', '斐济'], ['Kiribati', '基里巴斯'], ['Marshall Islands', '马绍尔群岛'], ['Micronesia', '密克罗尼西亚联邦'], ['Nauru', '瑙鲁'],
  ['Palau', '帕劳'], ['Papua New Guinea', '巴布亚新几内亚'], ['Samoa', '萨摩亚'], ['Solomon Islands', '所罗门群岛'], ['Tonga', '汤加'],
  ['Tuvalu', '图瓦卢'], ['Vanuatu', '瓦努阿图'],
];

/** Each country as an id and its names, English first. */
export const COUNTRIES: ReadonlyArray<{ id: string; names: string[] }> = ROWS.map(([en, zh]) => {
  const english = en.split('|');
  return { id: english[0]!.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z]+/g, '-'), names: [...english.map((n) => n.toLowerCase()), ...zh.split(' ')] };
});
