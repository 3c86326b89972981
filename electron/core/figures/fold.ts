/**
 * Folds text to one reading form without changing its length, so offsets found
 * in the folded text are offsets into the original: full-width ASCII becomes
 * ASCII and traditional characters become simplified (a one-to-one map of the
 * characters that occur in units, numerals, cue words and common metrics).
 */
import { TRADITIONAL_TO_SIMPLIFIED } from '../text/simplify';

const TRAD = '億萬個兩項點臺噸圓員區縣總額長業產標幣與應會經濟發實現達過預計劃爭確準將約餘數們這為從對開門際價積實貿農產資幾單開關報導務證稅處統區進級層戶輛臺機構領創優質術險醫療藥衛護補貼盈虧測增減漲跌億倍權設營費產銷車電網絡環節態氣溫節儲備財政預算額薪稅稅課賦惠約訪港澳臺灣歲條項種類場處間棟張頭隻臺畝噸公頃裡裏邊後來時間則規劃這樣東產區內億總達較於從與並連續擴張購買賣場貨運輸鐵塊錢圓鎊歐圓會議屆選舉黨組織團體協會屬實際標準額價當業務單位學習專門屆顯示發佈獲頒執紀錄觀點點擊範圍現況樓層師國際經驗讓應對聯絡點點頭腦廣東廣州廣場顯著興建萬億萬頃紓緩勞動處處長務統計處處數據數碼碼頭預測測算';
const SIMP = '亿万个两项点台吨圆员区县总额长业产标币与应会经济发实现达过预计划争确准将约余数们这为从对开门际价积实贸农产资几单开关报导务证税处统区进级层户辆台机构领创优质术险医疗药卫护补贴盈亏测增减涨跌亿倍权设营费产销车电网络环节态气温节储备财政预算额薪税税课赋惠约访港澳台湾岁条项种类场处间栋张头只台亩吨公顷里里边后来时间则规划这样东产区内亿总达较于从与并连续扩张购买卖场货运输铁块钱圆镑欧圆会议届选举党组织团体协会属实际标准额价当业务单位学习专门届显示发布获颁执纪录观点点击范围现况楼层师国际经验让应对联络点点头脑广东广州广场显著兴建万亿万顷纾缓劳动处处长务统计处处数据数码码头预测测算';

const MORE_TRAD = '寬納撥動匯銀債決內貳參陸億萬臺灣們從來對會發長門問間關開際際創機權歷綜戰區農國圖團園場壓壞壯聲處備復夠夢頭奪奮婦學寧實寶將專對導屆層屬歲島嶺幣幫廣廠庫應廢張彈強歸當錄徵態總戶擁據擴擇擊擔換損搖攜數斷於時晉書會東條來極構標樣橋機權歐歡殘殺氣漢湯溝滿漁漸潔濟濱燈點煙熱營爭犧獎環現產畫畢異療發盡監盤確礎禮種稱穩競筆節範築簡糧紅約級紀純紙細組終結給絡統經綠維綜網線編緣縣總績織繁繼續罰罷羅義習聯聲職聽肅脅腦臨舉艦莊華萬葉蘇藝蘭處號補裝製複規視覽親觀計訂認討訓記訪設許證評識詩話該詳語說調談請諸論諾謀謂講謝證護讀變讓豐貝負財貢貨販貫貴貸費貼貿資賓賞賠賣質購賽趕趨跡踐車軍軌軟較載輔輕輪輸轉辦農邊逐這連進運過達違遠適遲選遺還邊鄉鄰鄭醫釋針鈔鋼錄錢錦鍵鎮鏈長門閉開間閱關陽陰陳際險隊隨隱隻雖雙雜雞離難電霧靜響項順須預領頻題額顏類顧顯風飛飯飲館馬驅驗骨體髮鬥魚鳥鹽麥黃齊齡龍';
const MORE_SIMP = '宽纳拨动汇银债决内贰参陆亿万台湾们从来对会发长门问间关开际际创机权历综战区农国图团园场压坏壮声处备复够梦头夺奋妇学宁实宝将专对导届层属岁岛岭币帮广厂库应废张弹强归当录征态总户拥据扩择击担换损摇携数断于时晋书会东条来极构标样桥机权欧欢残杀气汉汤沟满渔渐洁济滨灯点烟热营争牺奖环现产画毕异疗发尽监盘确础礼种称稳竞笔节范筑简粮红约级纪纯纸细组终结给络统经绿维综网线编缘县总绩织繁继续罚罢罗义习联声职听肃胁脑临举舰庄华万叶苏艺兰处号补装制复规视览亲观计订认讨训记访设许证评识诗话该详语说调谈请诸论诺谋谓讲谢证护读变让丰贝负财贡货贩贯贵贷费贴贸资宾赏赔卖质购赛赶趋迹践车军轨软较载辅轻轮输转办农边逐这连进运过达违远适迟选遗还边乡邻郑医释针钞钢录钱锦键镇链长门闭开间阅关阳阴陈际险队随隐只虽双杂鸡离难电雾静响项顺须预领频题额颜类顾显风飞饭饮馆马驱验骨体发斗鱼鸟盐麦黄齐龄龙';

const FOLD_MAP = new Map<number, number>();
function addPairs(from: string, to: string): void {
  const a = Array.from(from);
  const b = Array.from(to);
  if (a.length !== b.length) throw new Error(`fold table length mismatch ${a.length} vs ${b.length}`);
  for (let i = 0; i < a.length; i++) {
    const f = a[i]!.charCodeAt(0);
    const s = b[i]!.charCodeAt(0);
    if (f !== s) FOLD_MAP.set(f, s);
  }
}
// OpenCC's full character table first, then the hand-picked pairs above, which win.
for (const [from, to] of TRADITIONAL_TO_SIMPLIFIED) FOLD_MAP.set(from, to);
addPairs(TRAD, SIMP);
addPairs(MORE_TRAD, MORE_SIMP);
// Full-width forms that change how numbers read; the ideographic comma and
// full stop stay, since they are clause boundaries and not decimal marks.
for (let c = 0xff10; c <= 0xff19; c++) FOLD_MAP.set(c, c - 0xff10 + 0x30);
for (let c = 0xff21; c <= 0xff3a; c++) FOLD_MAP.set(c, c - 0xff21 + 0x41);
for (let c = 0xff41; c <= 0xff5a; c++) FOLD_MAP.set(c, c - 0xff41 + 0x61);
FOLD_MAP.set(0xff05, 0x25); // ％
FOLD_MAP.set(0xff0e, 0x2e); // ．
FOLD_MAP.set(0xfe52, 0x2e); // ﹒ (small full stop), a decimal point in Macau and Hong Kong papers: 421﹒98億元
FOLD_MAP.set(0xff0b, 0x2b); // ＋
FOLD_MAP.set(0xff0d, 0x2d); // －
FOLD_MAP.set(0xff5e, 0x7e); // ～
FOLD_MAP.set(0xff04, 0x24); // ＄
FOLD_MAP.set(0xffe1, 0xa3); // ￡
FOLD_MAP.set(0xffe5, 0xa5); // ￥
FOLD_MAP.set(0xff0f, 0x2f); // ／
FOLD_MAP.set(0x3000, 0x20); // ideographic space
// Taiwan and Hong Kong papers set the zero of Chinese numerals as a circle (二○二五年, 百分之十三點○九).
FOLD_MAP.set(0x25cb, 0x3007); // ○
FOLD_MAP.set(0x25ef, 0x3007); // ◯
FOLD_MAP.set(0x2019, 0x27); // ’ for possessives in English
FOLD_MAP.set(0x00a0, 0x20);

/** The same map as a table indexed by UTF-16 code unit (0: unchanged), read once per character of every story. */
const FOLD_TABLE = new Uint16Array(0x10000);
for (const [from, to] of FOLD_MAP) FOLD_TABLE[from] = to;

/** Same-length folded copy of `text` (see module comment). */
export function foldText(text: string): string {
  let out: string[] | null = null;
  let last = 0;
  const parts: string[] = [];
  for (let i = 0; i < text.length; i++) {
    const mapped = FOLD_TABLE[text.charCodeAt(i)]!;
    if (mapped !== 0) {
      if (!out) out = parts;
      if (i > last) parts.push(text.slice(last, i));
      parts.push(String.fromCharCode(mapped));
      last = i + 1;
    }
  }
  if (!out) return text;
  if (last < text.length) parts.push(text.slice(last));
  return parts.join('');
}
