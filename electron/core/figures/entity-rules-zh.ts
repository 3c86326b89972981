/** Chinese entity rules as data: place names, the words that are not places, and where a mention owns nothing. */

/** Regions and cities usually written without a suffix. */
export const BARE_PLACES: Record<string, string> = {
  全球: '全球', 中国: '中国', 北京: '北京市', 上海: '上海市', 天津: '天津市', 重庆: '重庆市', 香港: '香港', 澳门: '澳门', 台湾: '台湾',
  // Taiwan's six special municipalities, which its press names bare (新北、桃园明年底…).
  台北: '台北市', 新北: '新北市', 桃园: '桃园市', 台中: '台中市', 台南: '台南市', 高雄: '高雄市',
};

/**
 * Provinces and autonomous regions, which reports name without 省 as often as with it
 * (●广东地区生产总值…, 2023年，浙江新增就业…). 吉林 is left out: bare, it is as often the city.
 */
export const PROVINCES_BY_SHORT_NAME: Record<string, string> = {
  ...Object.fromEntries('河北 山西 辽宁 黑龙江 江苏 浙江 安徽 福建 江西 山东 河南 湖北 湖南 广东 海南 四川 贵州 云南 陕西 甘肃 青海'.split(' ').map((p) => [p, `${p}省`])),
  内蒙古: '内蒙古自治区', 广西: '广西壮族自治区', 西藏: '西藏自治区', 宁夏: '宁夏回族自治区', 新疆: '新疆维吾尔自治区',
};
/** The autonomous regions' full names, longest first (广西壮族自治区 before any shorter ending). */
export const AUTONOMOUS_REGIONS = Object.values(PROVINCES_BY_SHORT_NAME).filter((n) => n.endsWith('自治区')).sort((a, b) => b.length - a.length);
/**
 * 市人大, 区政府, 市统计局: a rank followed by one of its own bodies. What stands before it is a verb
 * (提请市人大常委会审议, 办理市政协提案, 记者从市统计局获悉) unless the place table knows the name.
 */
export const RANK_BODY_AFTER = /^(?:人大|人民政府|政府|政协|党委|委员会|纪委|监委|直属|属|有关|相关|各|重点|统计|财政|发改|发展改革|商务|教育|卫健|卫生健康|公安|住建|住房|交通|生态环境|文旅|文化和旅游|人社|人力资源|科技|经信|工信|民政|审计|国资|医保|应急|水利|自然资源|规划|市场监管)/;
/** 市十七届人大, 省十四届人大常委会: an administrative rank before a congress's ordinal is the place's own congress. */
export const CONGRESS_ORDINAL_AFTER = /^[一二三四五六七八九十]{1,3}届/;
/** Names that stand before 省: the provinces, with 吉林 and Taiwan's own usage. */
export const PROVINCE_NAMES = new Set([...Object.keys(PROVINCES_BY_SHORT_NAME), '吉林', '台湾']);
/**
 * A bare province owns what follows only as the subject of its clause, at a line, bullet or
 * punctuation start or after a time word; inside a phrase (视察河南, 现代化河南建设) it is not.
 */
export const PROVINCE_AS_SUBJECT_BEFORE = /(?:^|[\n\s，。；：、！？,;:●■◆▲★○〇•·（(“]|年|月|日|今年|去年|全年)$/;

/** The national-level new areas (国家级新区), places in their own right though named like a development zone. */
export const NATIONAL_NEW_AREAS = /(?:浦东|滨海|两江|舟山群岛|兰州|南沙|西咸|贵安|西海岸|金普|天府|湘江|江北|福州|滇中|哈尔滨|长春|赣江|雄安)新区/g;

/** Full name of the publication's city: 重庆 → 重庆市, 香港 stays 香港. */
export function fullCityName(city: string | null): string | null {
  if (!city) return null;
  const c = city.trim();
  if (BARE_PLACES[c]) return BARE_PLACES[c]!;
  if (/[市省区县]$|香港|澳门|台湾/.test(c)) return c;
  if (/^[\u4e00-\u9fff]+$/.test(c)) return `${c}市`;
  return c;
}

// Characters that begin a clause rather than a name (从武侯区 → 武侯区).
export const FUNCTION_CHARS = new Set('从在由对于和与及是为的据将向把被到至往赴经、，。；：全我本各该每市区县省个级而喊说称讲');
// Words ending in 区/市 that are not places (城区, 示范区, 上市, 超市 …).
// 棚户区, 矿区, 厂区, 工业区, 地级市, 经济大省, 制造强市: kinds of area and ranks of place, not names.
export const NOT_PLACE_END = /(?:小|校|城|园|社|景|片|辖|地|山|灾|街|市|全|我|本|各|该|主|都会|上|股|楼|车|门|夜|超|城市|新|开发|试验|示范|承载|创新|合作|功能|保护|统筹|自贸|协同|核心|集聚|先行|风景|特|户|矿|厂|宅|业|疫|战|库|牧|游|活|住|级|大|强|一|二|三|四|五|六|七|八|九|十|两|几|多|际)$/;
export const ADMIN_SUFFIX = /[市区县省]/g;
export const ADMIN_PAIR = /^(?:区县|县区|市县|县市|省市|市区|省区|区市)$/;
// Words before 市/省 that are not a name: 我代表市人民政府, 突破13万亿元的省份, 各位代表.
// 许昌等市 closes a list of places; 省会郑州市 is the capital, named after 省会; 完成省下达的任务 is a verb before 省.
export const NOT_PLACE_NAME = /[的了是和与及对把被等]|^(?:代表|人民|各位|同志|部分|一些|这些|所有|全体|兄弟|周边|沿海|内陆|中心|重点|副省|城|并?请|首家)|^会(?=[\u4e00-\u9fff]{2}$)|^(?:完成|实现|达到|超过|突破|推动|建设|打造|支持|服务|带动|引领|领先|盘点|研议|前往|来到|走进|进入|回到|返回|抵达|覆盖|遍及|遍布|深化|推进|加快|完善|健全|优化|制定|办理|配合|提请|赋能)|^大都$|际大都$|^(?:特别)?行政$/;
export const ORG_TAIL = /^[^\s\d市区县省，。、；：（）“”]{0,8}?(?:产业园|工业园区|工业园|园区|开发区|高新区|经开区|新区|保税区)(?:项目)?/;
/** A body named after its place: 香港机场管理局, 深圳证券交易所, 上海电气集团. */
export const BODY_TAIL = /^[\u4e00-\u9fff]{0,6}?(?:管理局|发展局|委员会|交易所|集团|公司|银行|协会)/;
/**
 * A project as the subject of its own figures: a clause-opening name ending in 项目/大桥/隧道… followed at
 * once by one of its attributes (颍河大桥全长1.86公里, 某某产业园项目总投资35亿元). This is the name and its
 * attribute; the punctuation opening the clause is in PROJECT_SUBJECT.
 */
const PROJECT_SUBJECT_BODY = /(?:其中，?|目前，?)?([\u4e00-\u9fff“”]{2,16}?(?:项目|大桥|特大桥|隧道|工程|机场|高速公路|铁路|水库|码头|港区|产业园|园区|医院|场馆))(?=总投资|计划投资|估算投资|全长|全线|规划用地|规划面积|占地|总占地|建筑面积|总建筑面积|设计|年产|年设计|建成后|投产后|总规模|总装机)/;
/**
 * Searched for with the punctuation that opens its clause, which the engine can look for before trying
 * the rest; a lookbehind for it had the whole pattern tried at every character of a story.
 */
export const PROJECT_SUBJECT = new RegExp(`[\\n，。；：！？]${PROJECT_SUBJECT_BODY.source}`, 'g');
/** The same at the very start of the text, where no punctuation opens the clause. */
export const PROJECT_SUBJECT_AT_START = new RegExp(PROJECT_SUBJECT_BODY.source, 'y');
export const ZONE = /([\u4e00-\u9fff]{2})(高新区|经开区|新区|自贸区)/g;
// 全台 (全臺 folds to it) is Taiwan as 全港 is Hong Kong: 全台公共充電樁已達1萬3482槍.
export const DEICTIC_ZH = /(?:该省|该市|该区|该县|我市|全市|(?<!资)本市|市内|我区|全区|本区|区内|我县|全县|本县|我省|全省|本省|本港|全港|本澳|全澳|全国|我国|全台(?!设备|机器|机组))/g;

/** Datelines name where the reporter filed from, not whose figures follow: 本报北京1月17日电, 中评社桃园2月3日电, 〔记者…／台北报导〕. */
export const DATELINE_ZH = /(?:本报|新华社|中新社|人民网|央视网|[\u4e00-\u9fff]{1,4}社)[\u4e00-\u9fff]{0,8}?\d{1,2}月\d{1,2}日电|〔[^〕\n]{0,30}〕|【[^】\n]{0,30}】|（记者[^）\n]{0,20}）|记者[^／/\n]{1,12}[／/]\s*[\u4e00-\u9fff]{2,4}(?:报导|报道)/g;
/**
 * Mentions of the country that do not make it the owner of nearby figures, as [before, after]
 * tests: 中国特色社会主义 (a set phrase), 居全国首位 / 全国首个 / 超全国平均 (a ranking or a
 * comparison), 党中央、国务院决策部署 (a chain of command in a local report).
 */
export const NOT_SUBJECT_NATIONAL: Array<[RegExp | null, RegExp | null]> = [
  [null, /^(?:特色|式现代化|式|梦|共产党|人民政治|人民银行)/],
  [/(?:居|列|在|超|于|比|较|占|领跑|领先)$/, null],
  [null, /^(?:首个|首位|第[一二三四五六七八九十\d]|前列|前[一二三四五六七八九十\d]|平均|同类|\d+个|领先|各地|首家|唯一)/],
  // 贡献了全国近4成的贸易增量: a share of the national total, said of the place named before.
  [null, /^(?:的)?(?:近|约|超过?|逾|将近|接近)?[\d一二三四五六七八九十半]+(?:\.\d+)?(?:成|%|分之)/],
  [/(?:党中央、?|中央和|省委、?)$/, null],
  // 贯彻落实中央、国务院的决策部署: whatever names the centre, its decisions are carried out by the place.
  [null, /^的?(?:决策|部署|批复|批准|印发|关于)/],
  // 跻身2022年中国创新百强区排行榜: a ranking's name, not whose figures follow.
  [null, /^[\u4e00-\u9fff]{0,6}?(?:百强|十强|五十强|排行榜|榜单)/],
  // 获国务院督查表扬, 经国务院批准: the national body acts on the place; it owns nothing here.
  [/(?:获|经|受|被|向|报请|得到)$/, null],
  // 由全球产业链的中低端迈向中高端, 融入全国统一大市场: a chain, a market or a scope the place joins, not its owner.
  [null, /^(?:产业链|价值链|供应链|创新链|统一大市场|大市场|市场|范围|视野|格局|布局)/],
];

/**
 * The world named as a topic, not as whose figures follow: 因应全球气候变迁, 全球疫情, 全球化,
 * 全球范围内. Only 全球 takes these; 中国经济 is the country's own economy.
 */
export const NOT_SUBJECT_GLOBAL_AFTER = /^(?:气候|暖化|变暖|疫情|化|范围|视野|局势|形势|经济形势|治理|挑战|变局|议题|趋势)/;

/** National institutions stand for their country: 国家统计局 → 中国, 主计总处 → 台湾. */
export const NATIONAL_BODIES: Array<[RegExp, string]> = [
  [/国家统计局(?![\u4e00-\u9fff]{2,3}调查)|国务院|国家发展改革委|国家发改委|海关总署|中国人民银行/g, '中国'],
  [/行政院|主计总处|主计处|国发会|劳动部|金管会|经济部|能源署|立法院|内政部|台湾电力公司|台电/g, '台湾'],
];
/**
 * In a story about Taiwan, told by its own institutions, 全国 and 我国 are Taiwan (全国电力资源供需报告);
 * mainland ministries have other names (商务部, 民政部), so these bodies tell the two apart.
 */
const TAIWAN_BODIES = /行政院|主计总处|国发会|金管会|经济部|能源署|立法院|内政部|台电/;

/** A story told by Taiwan's own institutions (see TAIWAN_BODIES): its 全国 is Taiwan and its 元 the New Taiwan dollar. */
export function isTaiwanStory(folded: string): boolean {
  return TAIWAN_BODIES.test(folded);
}

export const PROJECT_AFTER_DE = /的([\u4e00-\u9fff]{4,20}?(?:项目|大桥|隧道|工程))(?=(?:[\d一二三四五六七八九十]{1,3}日|日前|近日|今天|今日|昨日|昨天)?(?:在|开工|建成|投产|正式|签约|落户|开建|动工)|[，。；])/g;
export const PROJECT_REF = /(?:^|[\n，。；：])(?:该|这个|这一)?(项目|大桥|该桥|隧道)(?=[\u4e00-\u9fff])/g;
export const ZH_VENUE_AFTER = /^[^，。；]{0,12}?(?:召开|举行|开幕|闭幕|举办|揭幕)/;
/**
 * A place addressed by a leader's words (总书记对重庆提出的“两点”定位, 对北京重要讲话精神): the place
 * spoken to, named in a report's opening, not whose figures follow. Before the name: 对; after it,
 * what was said to it.
 */
export const ZH_ADDRESSED_BEFORE = /对$/;
export const ZH_ADDRESSED_AFTER = /^(?:工作)?(?:提出|作出|做出|的重要|重要讲话|重要指示|重要批示|的殷切|的要求|的定位|的期望|寄予)/;
export const ZH_ORIGIN_OF_PEOPLE = /^(?:地区|籍|方面)?(?:旅客|游客|访客|过夜旅客|留学生|同胞|移民|买家|投资者)/;
