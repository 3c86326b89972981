/**
 * Places as a hierarchy, so a check knows that 重庆 is within 中国, that England and
 * Wales are within the UK and that Latvia is within the EU: a figure about a part is
 * not the figure about the whole. Names are matched after folding traditional
 * characters (through OpenCC) and case; the table is data, one row a place.
 */
import { toSimplified } from '../text/simplify';

export type PlaceLevel = 'world' | 'union' | 'country' | 'nation' | 'province' | 'city' | 'district';

interface PlaceRow {
  id: string;
  level: PlaceLevel;
  parent: string | null;
  names: string[];
}

const LEVEL_RANK: Record<PlaceLevel, number> = { world: 0, union: 1, country: 2, nation: 3, province: 4, city: 5, district: 6 };

// Provincial-level divisions of China with their usual short and full names.
const CN_PROVINCES: Array<[string, string[]]> = [
  ['beijing', ['北京', '北京市', 'beijing']], ['tianjin', ['天津', '天津市', 'tianjin']], ['shanghai', ['上海', '上海市', 'shanghai']],
  ['chongqing', ['重庆', '重庆市', 'chongqing']], ['hebei', ['河北', '河北省', 'hebei']], ['shanxi', ['山西', '山西省', 'shanxi']],
  ['liaoning', ['辽宁', '辽宁省', 'liaoning']], ['jilin', ['吉林省', 'jilin province']], ['heilongjiang', ['黑龙江', '黑龙江省', 'heilongjiang']],
  ['jiangsu', ['江苏', '江苏省', 'jiangsu']], ['zhejiang', ['浙江', '浙江省', 'zhejiang']], ['anhui', ['安徽', '安徽省', 'anhui']],
  ['fujian', ['福建', '福建省', 'fujian']], ['jiangxi', ['江西', '江西省', 'jiangxi']], ['shandong', ['山东', '山东省', 'shandong']],
  ['henan', ['河南', '河南省', 'henan']], ['hubei', ['湖北', '湖北省', 'hubei']], ['hunan', ['湖南', '湖南省', 'hunan']],
  ['guangdong', ['广东', '广东省', 'guangdong']], ['hainan', ['海南', '海南省', 'hainan']], ['sichuan', ['四川', '四川省', 'sichuan']],
  ['guizhou', ['贵州', '贵州省', 'guizhou']], ['yunnan', ['云南', '云南省', 'yunnan']], ['shaanxi', ['陕西', '陕西省', 'shaanxi']],
  ['gansu', ['甘肃', '甘肃省', 'gansu']], ['qinghai', ['青海', '青海省', 'qinghai']], ['inner-mongolia', ['内蒙古', '内蒙古自治区', 'inner mongolia']],
  ['guangxi', ['广西', '广西壮族自治区', 'guangxi']], ['tibet', ['西藏', '西藏自治区', 'tibet']], ['ningxia', ['宁夏', '宁夏回族自治区', 'ningxia']],
  ['xinjiang', ['新疆', '新疆维吾尔自治区', 'xinjiang']],
];
// Cities within provinces (the municipalities above are already their own province).
const CN_CITIES: Array<[string, string, string[]]> = [
  ['guangzhou', 'guangdong', ['广州', '广州市', 'guangzhou']], ['shenzhen', 'guangdong', ['深圳', '深圳市', 'shenzhen']],
  ['dongguan', 'guangdong', ['东莞', '东莞市', 'dongguan']], ['foshan', 'guangdong', ['佛山', '佛山市', 'foshan']],
  ['zhuhai', 'guangdong', ['珠海', '珠海市']], ['chengdu', 'sichuan', ['成都', '成都市', 'chengdu']], ['mianyang', 'sichuan', ['绵阳', '绵阳市']],
  ['wuhan', 'hubei', ['武汉', '武汉市', 'wuhan']], ['yichang', 'hubei', ['宜昌', '宜昌市']], ['changsha', 'hunan', ['长沙', '长沙市', 'changsha']],
  ['hangzhou', 'zhejiang', ['杭州', '杭州市', 'hangzhou']], ['ningbo', 'zhejiang', ['宁波', '宁波市', 'ningbo']], ['wenzhou', 'zhejiang', ['温州', '温州市']],
  ['nanjing', 'jiangsu', ['南京', '南京市', 'nanjing']], ['suzhou', 'jiangsu', ['苏州', '苏州市', 'suzhou']], ['wuxi', 'jiangsu', ['无锡', '无锡市']],
  ['hefei', 'anhui', ['合肥', '合肥市', 'hefei']], ['fuzhou', 'fujian', ['福州', '福州市']], ['xiamen', 'fujian', ['厦门', '厦门市', 'xiamen']],
  ['nanchang', 'jiangxi', ['南昌', '南昌市']], ['jinan', 'shandong', ['济南', '济南市', 'jinan']], ['qingdao', 'shandong', ['青岛', '青岛市', 'qingdao']],
  ['zhengzhou', 'henan', ['郑州', '郑州市', 'zhengzhou']], ['luoyang', 'henan', ['洛阳', '洛阳市']], ['xian', 'shaanxi', ['西安', '西安市', "xi'an", 'xian']],
  ['kunming', 'yunnan', ['昆明', '昆明市', 'kunming']], ['guiyang', 'guizhou', ['贵阳', '贵阳市', 'guiyang']], ['nanning', 'guangxi', ['南宁', '南宁市']],
  ['shijiazhuang', 'hebei', ['石家庄', '石家庄市']], ['taiyuan', 'shanxi', ['太原', '太原市']], ['shenyang', 'liaoning', ['沈阳', '沈阳市', 'shenyang']],
  ['dalian', 'liaoning', ['大连', '大连市', 'dalian']], ['changchun', 'jilin', ['长春', '长春市']], ['harbin', 'heilongjiang', ['哈尔滨', '哈尔滨市', 'harbin']],
  ['lanzhou', 'gansu', ['兰州', '兰州市']], ['xining', 'qinghai', ['西宁', '西宁市']], ['yinchuan', 'ningxia', ['银川', '银川市']],
  ['urumqi', 'xinjiang', ['乌鲁木齐', '乌鲁木齐市']], ['hohhot', 'inner-mongolia', ['呼和浩特', '呼和浩特市']], ['lhasa', 'tibet', ['拉萨', '拉萨市']],
  ['haikou', 'hainan', ['海口', '海口市']], ['sanya', 'hainan', ['三亚', '三亚市']],
];
// Districts of the cities the first users cover; other 区/县 are placed by their suffix.
const CN_DISTRICTS: Array<[string, string, string[]]> = [
  ['yuzhong', 'chongqing', ['渝中区']], ['jiangbei-cq', 'chongqing', ['江北区']], ['shapingba', 'chongqing', ['沙坪坝区']], ['jiulongpo', 'chongqing', ['九龙坡区']],
  ['nanan', 'chongqing', ['南岸区']], ['beibei', 'chongqing', ['北碚区']], ['yubei', 'chongqing', ['渝北区']], ['banan', 'chongqing', ['巴南区']],
  ['wanzhou', 'chongqing', ['万州区']], ['fuling', 'chongqing', ['涪陵区']], ['yongchuan', 'chongqing', ['永川区']], ['hechuan', 'chongqing', ['合川区']],
  ['liangjiang', 'chongqing', ['两江新区']], ['wuhou', 'chengdu', ['武侯区']], ['jinjiang-cd', 'chengdu', ['锦江区']], ['qingyang', 'chengdu', ['青羊区']],
  ['jinniu', 'chengdu', ['金牛区']], ['chenghua', 'chengdu', ['成华区']], ['gaoxin-cd', 'chengdu', ['成都高新区']], ['tianfu', 'chengdu', ['天府新区']],
  ['pudong', 'shanghai', ['浦东新区', 'pudong']], ['haidian', 'beijing', ['海淀区', 'haidian']], ['chaoyang-bj', 'beijing', ['朝阳区']],
  ['nanshan-sz', 'shenzhen', ['南山区']], ['futian', 'shenzhen', ['福田区']], ['tianhe', 'guangzhou', ['天河区']], ['xihu-hz', 'hangzhou', ['西湖区']],
  ['yuhang', 'hangzhou', ['余杭区']], ['jianghan', 'wuhan', ['江汉区']], ['donghu', 'wuhan', ['东湖高新区']],
];
// Countries and unions, and the parts of them that set their own targets.
const WORLD: PlaceRow[] = [
  { id: 'world', level: 'world', parent: null, names: ['全球', '世界', 'world', 'global', 'the world'] },
  { id: 'eu', level: 'union', parent: 'world', names: ['欧盟', 'eu', 'european union', 'the eu', 'the european union', 'bloc', 'the bloc'] },
  { id: 'cn', level: 'country', parent: 'world', names: ['中国', '全国', '我国', '中华人民共和国', 'china', "people's republic of china", 'the country', 'chinese'] },
  { id: 'hk', level: 'province', parent: 'cn', names: ['香港', '香港特别行政区', '本港', '全港', 'hong kong', 'hksar'] },
  { id: 'macau', level: 'province', parent: 'cn', names: ['澳门', '澳门特别行政区', '本澳', '全澳', 'macau', 'macao'] },
  { id: 'tw', level: 'province', parent: null, names: ['台湾', '台湾地区', 'taiwan'] },
  { id: 'uk', level: 'country', parent: 'world', names: ['英国', 'uk', 'united kingdom', 'britain', 'great britain', 'the uk', 'british'] },
  { id: 'gb', level: 'nation', parent: 'uk', names: ['gb'] },
  { id: 'england-wales', level: 'nation', parent: 'uk', names: ['england and wales'] },
  { id: 'england', level: 'nation', parent: 'england-wales', names: ['英格兰', 'england', 'english'] },
  { id: 'wales', level: 'nation', parent: 'england-wales', names: ['威尔士', 'wales', 'welsh'] },
  { id: 'scotland', level: 'nation', parent: 'uk', names: ['苏格兰', 'scotland', 'scottish'] },
  { id: 'northern-ireland', level: 'nation', parent: 'uk', names: ['北爱尔兰', 'northern ireland'] },
  { id: 'london', level: 'city', parent: 'england', names: ['伦敦', 'london', 'greater london'] },
  { id: 'manchester', level: 'city', parent: 'england', names: ['manchester', 'greater manchester'] },
  { id: 'us', level: 'country', parent: 'world', names: ['美国', 'us', 'u.s.', 'usa', 'united states', 'america', 'the us', 'the united states'] },
  { id: 'new-york-state', level: 'province', parent: 'us', names: ['new york state'] },
  { id: 'new-york', level: 'city', parent: 'new-york-state', names: ['纽约', 'new york', 'new york city', 'nyc'] },
  { id: 'california', level: 'province', parent: 'us', names: ['加州', 'california'] },
  { id: 'texas', level: 'province', parent: 'us', names: ['texas'] },
  { id: 'canada', level: 'country', parent: 'world', names: ['加拿大', 'canada', 'ottawa'] },
  { id: 'ontario', level: 'province', parent: 'canada', names: ['ontario'] },
  { id: 'toronto', level: 'city', parent: 'ontario', names: ['toronto'] },
  { id: 'australia', level: 'country', parent: 'world', names: ['澳大利亚', 'australia', 'canberra'] },
  { id: 'nsw', level: 'province', parent: 'australia', names: ['new south wales', 'nsw'] },
  { id: 'victoria', level: 'province', parent: 'australia', names: ['victoria'] },
  { id: 'nz', level: 'country', parent: 'world', names: ['新西兰', 'new zealand'] },
  { id: 'ireland', level: 'country', parent: 'eu', names: ['爱尔兰', 'ireland', 'irish'] },
  { id: 'india', level: 'country', parent: 'world', names: ['印度', 'india'] },
  { id: 'japan', level: 'country', parent: 'world', names: ['日本', 'japan'] },
  { id: 'korea', level: 'country', parent: 'world', names: ['韩国', 'south korea', 'korea'] },
  { id: 'singapore', level: 'country', parent: 'world', names: ['新加坡', 'singapore'] },
  ...(
    [
      ['germany', '德国'], ['france', '法国'], ['italy', '意大利'], ['spain', '西班牙'], ['netherlands', '荷兰'], ['belgium', '比利时'], ['poland', '波兰'],
      ['sweden', '瑞典'], ['denmark', '丹麦'], ['finland', '芬兰'], ['austria', '奥地利'], ['portugal', '葡萄牙'], ['greece', '希腊'], ['czechia', '捷克'],
      ['hungary', '匈牙利'], ['romania', '罗马尼亚'], ['bulgaria', '保加利亚'], ['croatia', '克罗地亚'], ['slovakia', '斯洛伐克'], ['slovenia', '斯洛文尼亚'],
      ['latvia', '拉脱维亚'], ['lithuania', '立陶宛'], ['estonia', '爱沙尼亚'], ['luxembourg', '卢森堡'], ['malta', '马耳他'], ['cyprus', '塞浦路斯'],
    ] as const
  ).map(([en, zh]): PlaceRow => ({ id: en, level: 'country', parent: 'eu', names: [zh, en] })),
];

const ROWS: PlaceRow[] = [
  ...WORLD,
  ...CN_PROVINCES.map(([id, names]): PlaceRow => ({ id, level: 'province', parent: 'cn', names })),
  ...CN_CITIES.map(([id, parent, names]): PlaceRow => ({ id, level: 'city', parent, names })),
  ...CN_DISTRICTS.map(([id, parent, names]): PlaceRow => ({ id, level: 'district', parent, names })),
];

const BY_ID = new Map(ROWS.map((r) => [r.id, r]));
const BY_NAME = new Map<string, PlaceRow>();
for (const row of ROWS) for (const name of row.names) BY_NAME.set(foldName(name), row);

function foldName(name: string): string {
  return toSimplified(name.normalize('NFKC')).trim().toLowerCase().replace(/^the\s+/, '').replace(/[’']s$/, '');
}

export interface PlaceRef {
  id: string | null;
  name: string;
  level: PlaceLevel;
}

// Chinese administrative suffixes say a place's level even when the table lacks it.
const ZH_LEVEL_SUFFIX: Array<[RegExp, PlaceLevel]> = [
  [/(?:省|自治区)$/, 'province'],
  [/(?:新区|高新区|经开区|区|县|旗|镇|乡|街道)$/, 'district'],
  [/(?:市|州|盟)$/, 'city'],
];

/** The place an entity names: from the table, else its level from a Chinese suffix, else null (not a place). */
export function placeOf(entity: string | null): PlaceRef | null {
  if (!entity) return null;
  const key = foldName(entity);
  const row = BY_NAME.get(key) ?? BY_NAME.get(key.replace(/(?:市|省)$/, ''));
  if (row) return { id: row.id, name: entity, level: row.level };
  if (/[\u4e00-\u9fff]/.test(key)) {
    for (const [re, level] of ZH_LEVEL_SUFFIX) if (re.test(key)) return { id: null, name: key, level };
  }
  return null;
}

function ancestors(id: string): string[] {
  const out: string[] = [];
  for (let p = BY_ID.get(id)?.parent ?? null; p; p = BY_ID.get(p)?.parent ?? null) out.push(p);
  return out;
}

/**
 * How the place of a figure stands to the place of a target:
 * - same: one place;
 * - part: the figure is about a part of the target's place (a city against its country);
 * - whole: the figure is about a whole the target's place is part of;
 * - different: two places, neither within the other;
 * - unknown: one side names no place (a person, a body, nothing), so place cannot rule it out.
 */
export type PlaceRelation = 'same' | 'part' | 'whole' | 'different' | 'unknown';

export function placeRelation(figureEntity: string | null, targetEntity: string | null): PlaceRelation {
  const a = placeOf(figureEntity);
  const b = placeOf(targetEntity);
  if (!a || !b) return 'unknown';
  if (a.id && b.id) {
    if (a.id === b.id) return 'same';
    if (ancestors(a.id).includes(b.id)) return 'part';
    if (ancestors(b.id).includes(a.id)) return 'whole';
    return 'different';
  }
  if (a.name === b.name) return 'same';
  // One side is a place the table does not hold: its level still tells part from whole.
  const ra = LEVEL_RANK[a.level];
  const rb = LEVEL_RANK[b.level];
  if (ra === rb) return 'different';
  return ra > rb ? 'part' : 'whole';
}
