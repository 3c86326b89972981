import { ImportError } from './types';
import { importNote, type ImportNote } from '../../../shared/import-notes';

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030' | 'big5';

export interface Decoded {
  text: string;
  encoding: TextEncodingName;
  /** What was repaired on the way in, for the import's notes (absent when nothing was). */
  warnings?: ImportNote[];
}

const BYTE_NAMES: Record<TextEncodingName, string> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16LE',
  'utf-16be': 'UTF-16BE',
  gb18030: 'GB18030',
  big5: 'Big5',
};

export function encodingLabel(e: TextEncodingName): string {
  return BYTE_NAMES[e];
}

function strict(encoding: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** UTF-16 without a BOM shows up as a NUL in every other byte of ASCII text. */
function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul / pairs > 0.4 && evenNul / pairs < 0.05) return 'utf-16le';
  if (evenNul / pairs > 0.4 && oddNul / pairs < 0.05) return 'utf-16be';
  return null;
}

/** Code units of news text: ASCII, CJK ideographs and punctuation, full-width forms, general punctuation. */
function isTextUnit(u: number): boolean {
  return (
    (u >= 0x20 && u <= 0x7e) ||
    u === 0x0a ||
    u === 0x0d ||
    u === 0x09 ||
    (u >= 0x4e00 && u <= 0x9fff) ||
    (u >= 0x3000 && u <= 0x303f) ||
    (u >= 0xff00 && u <= 0xffef) ||
    (u >= 0x2000 && u <= 0x206f) ||
    (u >= 0x00a0 && u <= 0x00ff)
  );
}

/**
 * BOM-less UTF-16 Chinese has few NULs (only its ASCII has them), so sniffUtf16 misses it.
 * Read both ways: in the right byte order nearly every unit is CJK, ASCII or punctuation;
 * in the wrong one the same bytes land in Hangul, Yi and private-use blocks.
 */
function sniffUtf16Cjk(bytes: Uint8Array): { encoding: 'utf-16le' | 'utf-16be'; text: string } | null {
  if (bytes.length < 8 || bytes.length % 2 !== 0) return null;
  for (const encoding of ['utf-16le', 'utf-16be'] as const) {
    const text = strict(encoding, bytes);
    if (text === null) continue;
    const sample = text.length > 65536 ? text.slice(0, 65536) : text;
    let textUnits = 0;
    let han = 0;
    for (let i = 0; i < sample.length; i++) {
      const u = sample.charCodeAt(i);
      if (isTextUnit(u)) textUnits++;
      if (u >= 0x4e00 && u <= 0x9fff) han++;
    }
    if (han >= 4 && textUnits / sample.length >= 0.97 && readsAsChinese(sample)) return { encoding, text };
  }
  return null;
}

/** A few NULs in otherwise good text: a copy or an editor glitch, not a binary file. */
const MAX_STRAY_NULS = 8;

function strayNuls(bytes: Uint8Array): number {
  let count = 0;
  for (let i = bytes.indexOf(0); i !== -1; i = bytes.indexOf(0, i + 1)) {
    if (++count > MAX_STRAY_NULS) return count;
  }
  return count;
}

/** Control bytes that never occur in text files (tab, LF, CR, FF, ESC excepted). */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 65536);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) control++;
  }
  return control > Math.max(2, n * 0.01);
}

/**
 * GB18030 accepts almost any byte soup, so a clean decode proves little: Windows-1252 or
 * Big5 text also "decodes" into rare characters. Real simplified-Chinese text sits almost
 * entirely in the GB2312 block (both bytes 0xA1–0xFE), so require that before trusting it.
 */
function plausiblyGb(bytes: Uint8Array): boolean {
  let pairs = 0;
  let gb2312 = 0;
  // GB2312 rows A4–AF hold kana, Greek, Cyrillic, pinyin, box drawing or nothing; Big5 puts
  // its most common characters there (人 大 中 不 有 的…), so many of them means Big5.
  let symbolRows = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b < 0x80) continue;
    const next = bytes[i + 1] ?? 0;
    if (next >= 0x30 && next <= 0x39) {
      // four-byte sequence: legal but rare in news text
      pairs++;
      i += 3;
      continue;
    }
    pairs++;
    if (b >= 0xa1 && b <= 0xf7 && next >= 0xa1 && next <= 0xfe) gb2312++;
    if (b >= 0xa4 && b <= 0xaf) symbolRows++;
    i++;
  }
  return pairs === 0 || (gb2312 / pairs >= 0.8 && symbolRows / pairs < 0.1);
}

/**
 * Big5 (Taiwan and Hong Kong pages), only on positive evidence, since a wrong guess is
 * mojibake in the archive: every pair is well-formed Big5; nearly all sit in the symbol rows
 * and the common-character block (lead A1–C6), where GB text spreads over B0–F7; and a fair
 * share have a second byte below 0x7F, which GB2312 never has. Runs only after GB18030 was
 * ruled out.
 */
function plausiblyBig5(bytes: Uint8Array): boolean {
  let pairs = 0;
  let common = 0;
  let lowTrail = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b < 0x80) continue;
    const next = bytes[i + 1] ?? 0;
    const trailOk = (next >= 0x40 && next <= 0x7e) || (next >= 0xa1 && next <= 0xfe);
    if (b < 0x81 || b === 0xff || !trailOk) return false;
    pairs++;
    if (b >= 0xa1 && b <= 0xc6) common++;
    if (next <= 0x7e) lowTrail++;
    i++;
  }
  return pairs >= 4 && common / pairs >= 0.85 && lowTrail / pairs >= 0.1;
}

/**
 * About 1,700 of the most frequent simplified Chinese characters. They make up ~95% of the
 * Han text of a real mainland page (and ~65% of a traditional one), but only a third of the
 * "characters" that Korean EUC-KR bytes turn into when read as GB — the two encodings
 * share byte ranges, so only the decoded text can tell them apart.
 */
const COMMON_HAN = new Set(Array.from(
  '的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严首底液官德随病苏失尔死讲配女黄推显谈罪神艺呢席含企望密批营项防举球英氧势告李台落木帮轮破亚师围注远字材排供河态封另施减树溶怎止案言士均武固叶鱼波视仅费紧爱左章早朝害续轻服试食充兵源判护司足某练差致板田降黑犯负击范继兴似余坚曲输修故城夫够送笔船占右财吃富春职觉汉画功巴跟虽杂飞检吸助升阳互初创抗考投坏策古径换未跑留钢曾端责站简述钱副尽帝射草冲承独令限阿宣环双请超微让控州良轴找否纪益依优顶础载倒房突坐粉敌略客袁冷胜绝析块剂测丝协诉念陈仍罗盐友洋错苦夜刑移频逐靠混母短皮终聚汽村云哪既距卫停烈央察烧迅境若印洲刻括激孔搞甚室待核校散侵吧甲游久菜味旧模湖货损预阻毫普稳乙妈植息扩银语挥酒守拿序纸医缺雨吗针刘啊急唱误训愿审附获茶鲜粮斤孩脱硫肥善龙演父渐血欢械掌歌沙刚攻谓盾讨晚粒乱燃矛乎杀药宁鲁贵钟煤读班伯香介迫句丰培握兰担弦蛋沉假穿执答乐谁顺烟缩征脸喜松脚困异免背星福买染井概慢怕磁倍祖皇促静补评翻肉践尼衣宽扬棉希伤操垂秋宜氢套督振架亮末宪庆编牛触映雷销诗座居抓裂胞呼娘景威绿晶厚盟衡鸡孙延危胶屋乡临陆顾掉呀灯岁措束耐剧玉赵跳哥季课凯胡额款绍卷齐伟蒸殖永宗苗川炉岩弱零杨奏沿露杆探滑镇饭浓航怀赶库夺伊灵税途灭赛归召鼓播盘裁险康唯录菌纯借糖盖横符私努堂域枪润幅哈竟熟虫泽脑壤碳欧遍侧寨敢彻虑斜薄庭纳弹饲伸折麦湿暗荷瓦塞床筑恶户访塔奇透梁刀旋迹卡氯遇份毒泥退洗摆灰彩卖耗夏择忙铜献硬予繁圈雪函亦抽篇阵阴丁尺追堆雄迎泛爸楼避谋吨野猪旗累偏典馆索秦脂潮爷豆忽托惊塑遗愈朱替纤粗倾尚痛楚谢奋购磨君池旁碎骨监捕弟暴割贯殊释词亡壁顿宝午尘闻揭炮残冬桥妇警综招吴付浮遭徐您摇谷赞箱隔订男吹园纷唐败宋玻巨耕坦荣闭湾键凡驻锅救恩剥凝碱齿截炼麻纺禁废盛版缓净睛昌婚涉筒嘴插岸朗庄街藏姑贸腐奴啦惯乘伙恢匀纱扎辩耳彪臣亿璃抵脉秀萨俄网舞店喷纵寸汗挂洪贺闪柬爆烯津稻墙软勇像滚厘蒙芳肯坡柱荡腿仪旅尾轧冰贡登黎削钻勒逃障氨郭峰币港伏轨亩毕擦莫刺浪秘援株健售股岛甘泡睡童铸汤阀休汇舍牧绕炸哲磷绩朋淡尖启陷柴呈徒颜泪稍忘泵蓝拖洞授镜辛壮锋贫虚弯摩泰幼廷尊窗纲弄隶疑氏宫姐震瑞怪尤琴循描膜违夹腰缘珠穷森枝竹沟催绳忆邦剩幸浆栏拥牙贮礼滤钠纹罢拍咱喊袖埃勤罚焦潜伍墨欲缝姓刊饱仿奖铝鬼丽跨默挖链扫喝袋炭污幕诸弧励梅奶洁灾舟鉴苯讼抱毁懂寒智埔寄届跃渡挑丹艰贝碰拔爹戴码梦芽熔赤渔哭敬颗奔铅仲虎稀妹乏珍申桌遵允隆螺仓魏锐晓氮兼隐碍赫拨忠肃缸牵抢博巧壳兄杜讯诚碧祥柯页巡矩悲灌龄伦票寻桂铺圣恐恰郑趣抬荒腾贴柔滴猛阔辆妻填撤储签闹扰紫砂递戏吊陶伐喂疗瓶婆抚臂摸忍虾蜡邻胸巩挤偶弃槽劲乳邓吉仁烂砖租乌舰伴瓜浅丙暂燥橡柳迷暖牌秧胆详簧踏瓷谱呆宾糊洛辉愤竞隙怒粘乃绪肩籍敏涂熙皆侦悬掘享纠醒狂锁淀恨牲霸爬赏逆玩陵祝秒浙貌役彼悉鸭趋凤晨畜辈秩卵署梯炎滩棋驱筛峡冒啥寿译浸泉帽迟硅疆贷漏稿冠嫩胁芯牢叛蚀奥鸣岭羊凭串塘绘酵融盆锡庙筹冻辅摄袭筋拒僚旱钾鸟漆沈眉疏添棒穗硝韩逼扭侨凉挺碗栽炒杯患馏劝豪辽勃鸿旦吏拜狗埋',
));

/** Decoded GB text that reads as Chinese, not as another CJK encoding's bytes. */
function readsAsChinese(text: string): boolean {
  const han = text.match(/[\u4e00-\u9fff]/g) ?? [];
  if (han.length < 8) return true;
  return han.filter((c) => COMMON_HAN.has(c)).length / han.length >= 0.55;
}

/** Private-use code points: what Big5-HKSCS extensions and broken bytes decode to. */
function hasPrivateUse(text: string): boolean {
  return /[\ue000-\uf8ff]/.test(text);
}

// C0 controls other than tab, LF, FF, CR, and C1 controls: never in real text.
// eslint-disable-next-line no-control-regex -- control characters are what this looks for
const CONTROL = /[\u0000-\u0008\u000b\u000e-\u001f\u007f-\u009f]/g;

function hasControlChars(text: string): boolean {
  // A native regex scan: this runs over every byte of every import.
  const control = text.match(CONTROL)?.length ?? 0;
  return control > Math.max(2, text.length * 0.01);
}

function finish(text: string, encoding: TextEncodingName, name: string, path?: string, warnings: ImportNote[] = []): Decoded {
  if (hasControlChars(text)) {
    throw new ImportError(
      'binary',
      `${name} contains control characters, so it is not a plain-text file. If it is a Word or PDF file, give it its proper extension (.docx, .pdf).`,
      path,
    );
  }
  const clean = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (!clean.trim()) {
    throw new ImportError('empty', `${name} has no text in it (only blank space). Check you picked the right file.`, path);
  }
  return warnings.length ? { text: clean, encoding, warnings } : { text: clean, encoding };
}

/**
 * Text bytes → string, refusing to guess: a wrong guess becomes mojibake in the archive,
 * which is worse than asking the editor to re-save the file.
 */
export function decodeText(bytes: Uint8Array, name = 'This file', path?: string): Decoded {
  if (bytes.length === 0) {
    throw new ImportError('empty', `${name} is empty (0 bytes). Check you picked the right file, or export the page again.`, path);
  }
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const t = strict('utf-8', bytes.subarray(3));
    if (t === null) throw badEncoding(name, 'it starts with a UTF-8 marker but contains bytes that are not UTF-8', path);
    return finish(t, 'utf-8', name, path);
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    const t = strict('utf-16le', bytes.subarray(2));
    if (t === null) throw badEncoding(name, 'it is marked UTF-16 but is damaged', path);
    return finish(t, 'utf-16le', name, path);
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    const t = strict('utf-16be', bytes.subarray(2));
    if (t === null) throw badEncoding(name, 'it is marked UTF-16 but is damaged', path);
    return finish(t, 'utf-16be', name, path);
  }
  const utf16 = sniffUtf16(bytes);
  if (utf16) {
    const t = strict(utf16, bytes);
    if (t !== null) return finish(t, utf16, name, path);
  }
  const nuls = strayNuls(bytes);
  const utf8 = nuls === 0 ? strict('utf-8', bytes) : null;
  // Valid UTF-8 is never re-read as UTF-16: only bytes UTF-8 refuses are tried.
  if (utf8 === null) {
    const cjk = sniffUtf16Cjk(bytes);
    if (cjk) return finish(cjk.text, cjk.encoding, name, path);
  }
  if (nuls > 0 && nuls <= MAX_STRAY_NULS && bytes.length >= nuls * 64) {
    const kept = bytes.filter((b) => b !== 0);
    if (!looksBinary(kept)) {
      const decoded = decodeText(kept, name, path);
      const note = importNote(nuls === 1 ? 'nul_byte' : 'nul_bytes', { count: nuls, name });
      return { ...decoded, warnings: [...(decoded.warnings ?? []), note] };
    }
  }
  if (looksBinary(bytes)) {
    throw new ImportError(
      'binary',
      `${name} is not a text file (it contains binary data). Figure Desk imports .txt, .md, .html, .docx and .pdf pages; if this is an image or a scan, it needs OCR first.`,
      path,
    );
  }
  if (utf8 !== null) return finish(utf8, 'utf-8', name, path);
  if (plausiblyGb(bytes)) {
    const gb = strict('gb18030', bytes);
    if (gb !== null && readsAsChinese(gb)) return finish(gb, 'gb18030', name, path);
  }
  if (plausiblyBig5(bytes)) {
    const big5 = strict('big5', bytes);
    if (big5 !== null && !hasPrivateUse(big5)) return finish(big5, 'big5', name, path);
  }
  throw badEncoding(name, 'it is neither UTF-8 nor GB18030/GBK Chinese nor Big5 traditional Chinese (it may be Shift-JIS or Windows-1252)', path);
}

function badEncoding(name: string, why: string, path?: string): ImportError {
  return new ImportError(
    'bad_encoding',
    `${name} can't be read as text: ${why}. Open it in a text editor and save it as UTF-8, then import it again.`,
    path,
  );
}
