/**
 * A synthetic archive shaped like a city daily's ten years: pages of 4–8 stories with
 * headlines, subheads, bylines and datelines, realistic story lengths (a long tail of
 * features), figures in the text, and about one story in ten in English.
 * Deterministic: the same seed writes the same archive.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

function prng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PLACES = ['重庆', '渝中区', '江北区', '沙坪坝区', '九龙坡区', '南岸区', '北碚区', '渝北区', '巴南区', '万州区', '涪陵区', '永川区', '合川区', '綦江区', '大足区', '璧山区', '铜梁区', '潼南区', '荣昌区', '梁平区'];
const SURNAMES = '张王李赵刘陈杨黄周吴徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const GIVEN = '亦筑亚同一叶元诗语燕华明强伟芳娜敏静丽军杰涛超勇艳娟霞平刚桂英建文辉力鹏飞宇浩然晨曦雪梅玉兰春秋海洋';
const TOPICS = [
  ['科技创新', '高新技术企业', '科技型企业', '研发经费投入强度', '技术合同成交额'],
  ['医疗保障', '职工医保', '居民医保', '异地就医', '门诊特病'],
  ['交通建设', '轨道交通', '高速公路', '城市快速路', '公交线路'],
  ['乡村振兴', '粮食产量', '农村居民人均可支配收入', '高标准农田', '特色产业'],
  ['生态环境', '空气质量优良天数', '森林覆盖率', '长江水质', '污水处理率'],
  ['招商引资', '实际利用外资', '签约项目', '固定资产投资', '产业园区'],
  ['教育发展', '义务教育学校', '学前教育普惠率', '高校毕业生', '职业教育'],
  ['文化旅游', '接待游客', '旅游收入', '文化场馆', '夜间经济'],
];
const VERBS = ['推进', '加快', '实施', '深化', '落实', '打造', '完善', '提升', '拓展', '强化'];
const CONNECT = ['同时，', '此外，', '据介绍，', '记者了解到，', '据悉，', '与此同时，', '', '', ''];
const EN_TOPICS = ['housing', 'transport', 'schools', 'hospitals', 'energy', 'water', 'budget', 'jobs'];
const EN_WORDS = 'the council said that new figures showed progress on plans for more homes and better services across the city while officials warned costs were rising and targets for next year would be reviewed'.split(' ');

export interface GeneratedArchive {
  pages: number;
  stories: number;
  bytes: number;
}

function pick<T>(rand: () => number, items: readonly T[]): T {
  return items[Math.floor(rand() * items.length)]!;
}

function name(rand: () => number): string {
  return pick(rand, Array.from(SURNAMES)) + pick(rand, Array.from(GIVEN)) + (rand() < 0.6 ? pick(rand, Array.from(GIVEN)) : '');
}

function zhSentence(rand: () => number, topic: string[]): string {
  const place = pick(rand, PLACES);
  const metric = pick(rand, topic.slice(1));
  const n = (rand() * 1000).toFixed(rand() < 0.5 ? 0 : 1);
  const forms = [
    `${pick(rand, CONNECT)}${place}将${pick(rand, VERBS)}${topic[0]}工作，力争${metric}达到${n}${pick(rand, ['万家', '亿元', '个', '%', '万人'])}以上。`,
    `${pick(rand, CONNECT)}过去一年，${place}${metric}同比增长${(rand() * 20).toFixed(1)}%，${pick(rand, VERBS)}${topic[0]}取得新进展。`,
    `${pick(rand, CONNECT)}${place}围绕${topic[0]}${pick(rand, VERBS)}一批重点项目，推动${metric}持续向好，群众获得感不断增强。`,
    `${pick(rand, CONNECT)}有关负责人表示，下一步将进一步${pick(rand, VERBS)}${metric}相关政策，确保各项任务落地见效。`,
    `${pick(rand, CONNECT)}截至目前，${place}已建成${metric}相关设施${Math.floor(rand() * 300)}处，总投资约${(rand() * 90).toFixed(1)}亿元。`,
    // Most sentences in a daily carry no figure at all.
    `${pick(rand, CONNECT)}${place}坚持问题导向，聚焦群众急难愁盼，${pick(rand, VERBS)}${topic[0]}体制机制，推动各项工作走深走实。`,
    `${pick(rand, CONNECT)}会议强调，要把${topic[0]}摆在更加突出的位置，压紧压实责任，形成工作合力。`,
    `${pick(rand, CONNECT)}${name(rand)}表示，将继续发挥示范引领作用，带动更多企业和群众参与${topic[0]}。`,
    `${pick(rand, CONNECT)}相关部门将加强统筹协调，${pick(rand, VERBS)}${metric}监测评估，及时研究解决出现的新情况新问题。`,
    `${pick(rand, CONNECT)}走进${place}，${topic[0]}带来的变化随处可见，居民纷纷点赞。`,
    `${pick(rand, CONNECT)}下一步，${place}将以更大力度${pick(rand, VERBS)}${topic[0]}，为高质量发展注入新动能。`,
  ];
  return pick(rand, forms);
}

/** Story length in characters: most news is short, features run long. */
function storyLength(rand: () => number): number {
  const r = rand();
  if (r < 0.55) return 250 + Math.floor(rand() * 450);
  if (r < 0.9) return 700 + Math.floor(rand() * 900);
  return 1600 + Math.floor(rand() * 2400);
}

function zhStory(rand: () => number, date: Date): string {
  const topic = pick(rand, TOPICS);
  const place = pick(rand, PLACES);
  const headline = `${place}${pick(rand, VERBS)}${topic[0]}${pick(rand, ['见实效', '再提速', '迈出新步伐', '取得新突破', '开新局'])}`;
  const lines = [headline];
  if (rand() < 0.4) lines.push('', `今年${pick(rand, topic.slice(1))}力争突破${Math.floor(rand() * 9000) + 100}个`);
  const reporter = name(rand);
  const dateline = `${date.getUTCMonth() + 1}月${date.getUTCDate()}日`;
  const target = storyLength(rand);
  const body = `本报讯（记者 ${reporter}）${dateline}，${zhSentence(rand, topic)}`;
  const paragraphs: string[] = [];
  while (body.length + paragraphs.join('').length < target) {
    let p = '';
    const sentences = 2 + Math.floor(rand() * 4);
    for (let i = 0; i < sentences; i++) p += zhSentence(rand, topic);
    paragraphs.push(p);
  }
  lines.push('', body, ...paragraphs.flatMap((p) => ['', p]));
  return lines.join('\n');
}

function enStory(rand: () => number): string {
  const topic = pick(rand, EN_TOPICS);
  const headline = `City ${pick(rand, ['plans', 'reviews', 'expands', 'cuts', 'backs'])} ${topic} ${pick(rand, ['scheme', 'budget', 'targets', 'programme'])}`;
  const target = 600 + Math.floor(rand() * 2400);
  const paragraphs: string[] = [];
  let length = 0;
  while (length < target) {
    const words: string[] = [];
    for (let i = 0; i < 25 + Math.floor(rand() * 20); i++) words.push(pick(rand, EN_WORDS));
    const p = `${words.join(' ').replace(/^./, (c) => c.toUpperCase())}, with ${topic} spending up ${(rand() * 9).toFixed(1)}% to £${(rand() * 900).toFixed(0)}m.`;
    paragraphs.push(p);
    length += p.length;
  }
  return [headline, '', `By ${pick(rand, ['Alice', 'Tom', 'Priya', 'Wei', 'Sam'])} ${pick(rand, ['Jones', 'Chen', 'Patel', 'Smith', 'Li'])}`, '', ...paragraphs.flatMap((p) => [p, ''])].join('\n');
}

/** Writes `stories` stories as daily page files under dir; returns what it wrote. */
export function generateArchive(dir: string, stories: number, seed = 20230224): GeneratedArchive {
  const rand = prng(seed);
  mkdirSync(dir, { recursive: true });
  const start = Date.UTC(2014, 0, 1);
  let written = 0;
  let pages = 0;
  let bytes = 0;
  while (written < stories) {
    const date = new Date(start + Math.floor((pages / 10) * 86_400_000));
    const iso = date.toISOString().slice(0, 10);
    const count = Math.min(stories - written, 4 + Math.floor(rand() * 5));
    const english = rand() < 0.1;
    const parts: string[] = [];
    for (let i = 0; i < count; i++) parts.push(english ? enStory(rand) : zhStory(rand, date));
    const text = parts.join('\n\n\n') + '\n';
    const file = join(dir, `${english ? 'city-post' : 'cq-daily'}-${iso}-p${String(pages % 10 + 1).padStart(2, '0')}.txt`);
    writeFileSync(file, text);
    bytes += Buffer.byteLength(text);
    written += count;
    pages++;
  }
  return { pages, stories: written, bytes };
}
