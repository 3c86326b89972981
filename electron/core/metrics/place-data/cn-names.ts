/**
 * What the generated divisions (cn-divisions.ts) do not say, by hand: English names, the places a
 * report names that are not administrative divisions (national new areas, high-tech zones),
 * Taiwan's two counties the source leaves out, and the short forms to read with care.
 */

/** English names of provincial divisions and of the cities and districts stories name in English, by full Chinese name. */
export const CN_ENGLISH_NAMES: Record<string, string[]> = {
  北京市: ['beijing'], 天津市: ['tianjin'], 上海市: ['shanghai'], 重庆市: ['chongqing'], 河北省: ['hebei'], 山西省: ['shanxi'],
  辽宁省: ['liaoning'], 吉林省: ['jilin province'], 黑龙江省: ['heilongjiang'], 江苏省: ['jiangsu'], 浙江省: ['zhejiang'], 安徽省: ['anhui'],
  福建省: ['fujian'], 江西省: ['jiangxi'], 山东省: ['shandong'], 河南省: ['henan'], 湖北省: ['hubei'], 湖南省: ['hunan'], 广东省: ['guangdong'],
  海南省: ['hainan'], 四川省: ['sichuan'], 贵州省: ['guizhou'], 云南省: ['yunnan'], 陕西省: ['shaanxi'], 甘肃省: ['gansu'], 青海省: ['qinghai'],
  内蒙古自治区: ['inner mongolia'], 广西壮族自治区: ['guangxi'], 西藏自治区: ['tibet'], 宁夏回族自治区: ['ningxia'], 新疆维吾尔自治区: ['xinjiang'],
  // Provincial capitals and sub-provincial cities (抚州 and 福州 are both Fuzhou, so neither gets it).
  广州市: ['guangzhou', 'canton'], 深圳市: ['shenzhen'], 东莞市: ['dongguan'], 佛山市: ['foshan'], 成都市: ['chengdu'], 武汉市: ['wuhan'],
  长沙市: ['changsha'], 杭州市: ['hangzhou'], 宁波市: ['ningbo'], 南京市: ['nanjing'], 苏州市: ['suzhou'], 合肥市: ['hefei'], 厦门市: ['xiamen'],
  南昌市: ['nanchang'], 济南市: ['jinan'], 青岛市: ['qingdao'], 郑州市: ['zhengzhou'], 西安市: ["xi'an", 'xian'], 昆明市: ['kunming'],
  贵阳市: ['guiyang'], 南宁市: ['nanning'], 石家庄市: ['shijiazhuang'], 太原市: ['taiyuan'], 沈阳市: ['shenyang'], 大连市: ['dalian'],
  长春市: ['changchun'], 哈尔滨市: ['harbin'], 兰州市: ['lanzhou'], 西宁市: ['xining'], 银川市: ['yinchuan'], 乌鲁木齐市: ['urumqi'],
  呼和浩特市: ['hohhot'], 拉萨市: ['lhasa'], 海口市: ['haikou'], 三亚市: ['sanya'],
  浦东新区: ['pudong'], 海淀区: ['haidian'],
};

/**
 * Provinces whose short form is as often one of their cities: bare 吉林 is the city as often as
 * the province, so it stays with neither.
 */
export const PROVINCE_SHORT_SHARED = new Set(['吉林']);

/** The ethnic groups an autonomous prefecture is named for: 恩施土家族苗族自治州 is 恩施 and 恩施州. */
export const PREFECTURE_ETHNIC_NAMES = /(?:朝鲜族|土家族|苗族|侗族|彝族|藏族|羌族|白族|傣族|景颇族|傈僳族|哈尼族|壮族|回族|蒙古族|蒙古|柯尔克孜|哈萨克|布依族)+自治州$/;

/**
 * Places stories name as their own though they are not divisions: the national-level new areas
 * (国家级新区) and zones the first users' cities report on, each within the division that holds it.
 */
export const CN_ZONES: readonly (readonly [name: string, within: string])[] = [
  ['两江新区', '重庆市'], ['天府新区', '四川省'], ['成都高新区', '成都市'], ['东湖高新区', '武汉市'], ['雄安新区', '河北省'],
  ['西咸新区', '陕西省'], ['贵安新区', '贵州省'], ['舟山群岛新区', '舟山市'], ['兰州新区', '兰州市'], ['南沙新区', '广州市'],
  ['西海岸新区', '青岛市'], ['金普新区', '大连市'], ['湘江新区', '长沙市'], ['江北新区', '南京市'], ['福州新区', '福州市'],
  ['滇中新区', '云南省'], ['哈尔滨新区', '哈尔滨市'], ['长春新区', '长春市'], ['赣江新区', '江西省'],
];

/** Taiwan's counties the source leaves out (金門縣 and 連江縣), and the English names of all 22. */
export const TW_EXTRA_COUNTIES = ['金门县', '连江县'];
export const TW_ENGLISH_NAMES: Record<string, string[]> = {
  台北市: ['taipei'], 新北市: ['new taipei'], 桃园市: ['taoyuan'], 台中市: ['taichung'], 台南市: ['tainan'], 高雄市: ['kaohsiung'],
  基隆市: ['keelung'], 新竹市: ['hsinchu city'], 嘉义市: ['chiayi city'], 新竹县: ['hsinchu county'], 苗栗县: ['miaoli'], 彰化县: ['changhua'],
  南投县: ['nantou'], 云林县: ['yunlin'], 嘉义县: ['chiayi county'], 屏东县: ['pingtung'], 宜兰县: ['yilan'], 花莲县: ['hualien'],
  台东县: ['taitung'], 澎湖县: ['penghu'], 金门县: ['kinmen'], 连江县: ['matsu', 'lienchiang'],
};

/** Hong Kong's districts in English, where the name is not also an ordinary word (Eastern, Southern, North, Islands). */
export const HK_ENGLISH_NAMES: Record<string, string[]> = {
  中西区: ['central and western'], 湾仔区: ['wan chai'], 东区: ['eastern district'], 南区: ['southern district'], 油尖旺区: ['yau tsim mong'],
  深水埗区: ['sham shui po'], 九龙城区: ['kowloon city'], 黄大仙区: ['wong tai sin'], 观塘区: ['kwun tong'], 葵青区: ['kwai tsing'],
  荃湾区: ['tsuen wan'], 屯门区: ['tuen mun'], 元朗区: ['yuen long'], 北区: ['north district'], 大埔区: ['tai po'], 沙田区: ['sha tin', 'shatin'],
  西贡区: ['sai kung'], 离岛区: ['islands district'],
};
