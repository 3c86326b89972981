import type { FigureKind } from '../../../shared/domain/figure';
import { eachStartCharMatch, startCharTable } from './start-chars';
import { eachStartWordMatch, startWordTable } from './start-words';

/**
 * Cue words for what a figure is. Strong cues name the kind outright (力争,
 * 预计, 过去一年, aim, forecast, last year); weak cues (将, 实现, will, has)
 * only decide when nothing stronger and no period does.
 */

export interface KindCue {
  start: number;
  end: number;
  kind: FigureKind;
  strong: boolean;
  word: string;
}

/**
 * 《…》明确, 规划提出, 政府工作报告： as a headline puts it: what a plan or report lays down (not 提出了…成绩, its results).
 * One pattern for the cue table and for the paragraph opener that goes on laying down (figure-kind.ts).
 */
export const ZH_PLAN_LAYS_DOWN = /(?:(?:报告|纲要|规划|方案|意见)》?|计划》)[^，。；\d]{0,4}(?:明确|要求|确定|提出)(?!了?[\u4e00-\u9fff]{0,4}(?:成绩|成效|进展))|(?:政府工作报告|规划纲要|规划|纲要|行动方案|实施方案)》?[：:]/;

/** The last element of each row is every character a cue's match can begin with (start-chars.ts). */
export const ZH_CUES: Array<[RegExp, FigureKind, boolean, string]> = [
  // 完成年度目标的124%: a completion rate, not a goal; 较去年: a comparison base, not a time cue.
  // 均超额完成了年初确定的目标任务, 超额完成“十三五”规划纲要提出的就业指标: a goal met is an outcome, though it
  // names the goal (and the plan that set it).
  [/(?<!(?:确保|力争|争取|努力|要|将|能否|可以|包括)(?:超额|顺利|全面|如期|基本)?)(?:超额|顺利|全面|如期|基本)?完成了?(?:[^，。；,;\d]{0,16}?的)?[\u4e00-\u9fff]{0,8}?(?:目标任务|目标|任务|指标)/g, 'actual', true, '超顺全如基完'],
  // 人均预期寿命 is life expectancy, a measured level, not an expectation; 发展规划司 is an office, not a plan.
  // 有信心在未来3年每年吸引3.5万名人才: a government's stated confidence about what it will bring about is its goal.
  [/力争|力拼|目标(?!的)|确保|争取|预期(?!将|寿命)|(?<!完成|按|占|年度)计划(?![的投]|完成|司|局|处|单列)|规划(?![司局院处])|谋划|努力(?=[，,]?(?:实现|达到|完成|争取|确保|使|保持|提高到|提升到|控制在))|力求|拟|承诺|致力于|有信心(?=在|于|能|可|到|将|[\u4e00-\u9fff]{0,12}(?:达到?|实现|回落|降至|降到|提升|增加|吸引|完成))/g, 'target', true, '力目确争预计规谋努拟承致有'],
  // 《政府工作报告》明确，2018年全国棚改新开工580万套: what a plan or report lays down is a goal.
  // 政府工作报告：新开工改造城镇老旧小区3.9万个: a plan's name and a colon, as a headline puts it, lays down what follows
  // (政府工作报告说 may as well open the report's look back at the past years).
  [new RegExp(ZH_PLAN_LAYS_DOWN.source, 'g'), 'target', true, '报纲规方意计政行实'],
  // A government's forecast for the whole year, set in its budget (香港: 财政预算案预测全年增长介乎2%至3%), is
  // the benchmark the year is held to, as a target is; a forecast revised in the year stays a projection.
  // The same forecast a few sentences into the story of the budget's delivery (发表…财政预算案。…他预测…全年…).
  // 政府维持今年经济增长预测: keeping the budget's forecast keeps the benchmark; the forecast revised later in the
  // year (调高…向上修订至3.2%) is a projection held against it.
  // 明年度赤字预计为670亿元, 《财政预算案》时预计的481亿港元: the budget's estimate for the coming financial year.
  // 预测香港经济在2024—2027年间平均每年增长3.7%: a budget's forecast for named years is the same benchmark.
  [/(?:政府|预算案|财政司司长|施政报告)[^。；\n]{0,40}?预测[^。；\n]{0,24}?(?:全年|今年|明年|\d{4}年)|(?:政府|预算案|财政司司长)维持(?:全年|今年|明年)[^。；\n\d]{0,12}?预测|(?:明|下)(?:一个?)?(?:财政)?年度[^。；\n\d]{0,12}?(?:预计|预测)|预算案》?(?:时|中)所?(?:预计|预测)的?|(?:全年|今年|明年)[^。；\n]{0,30}?预测(?:维持|定)[^。；\n]{0,4}(?:在|为)?(?:财政)?预算案|预测(?<=(?:发表|公布|宣读)[^\n]{0,12}?预算案[\s\S]{0,300}?预测)[^。；\n]{0,30}?(?:全年|今年|明年|\d{4}[—－-]\d{4}年|\d{4}年)/g, 'target', true, '政预财施明下全今'],
  // 主计总处预测明年GDP成长3.54%: the official forecast of a government's statistics office (Taiwan's 主计总处
  // publishes the year's growth and prices forecasts on which the budget is built) is the benchmark editors hold
  // the year's outcome to, as every labeller of the real pairs read it; the office's name may stand a few
  // clauses away in the same paragraph (至于CPI…预测年增率1.67%; 预测…CPI上涨1.61%。主计总处提供).
  // 较预测数1723亿美元 names the forecast as a yardstick for the reading before it, which stays a reading.
  [/(?<![较比与原]|当时|原本|此前|先前|早前)(?:预测|预估|估计)(?!数|值)(?:(?<=(?:主计总处|主计处)[^\n]{0,400}?(?:预测|预估|估计))|(?=[^\n]{0,200}?(?:主计总处|主计处)))/g, 'target', true, '预估'],
  // 旅發局預計2024年旅客為4600萬人次: a public body's forecast of a whole year it names is the benchmark the
  // year is held to (as every labeller of the real pairs read it); a firm's or an analyst's stays a projection.
  [/(?<=(?:局|署|处|委员会|当局|政府)(?:今年|日前|早前|较早前|年初)?)(?:预计|预测|预估)(?=(?:今年|全年|明年|(?:19|20)\d{2}年)(?!前|上半年|下半年|第|[一二三四]季|首|\d{1,2}月))/g, 'target', true, '预'],
  // 在今年年初预计全年旅客数字约为3,800至3,900万人次: the forecast made as the year began is its benchmark.
  [/(?:年初|年头)(?:时|的时候)?[^。；，\n\d]{0,6}?(?:预计|预测|预估|估计)(?=[^。；\n]{0,12}?(?:全年|今年))/g, 'target', true, '年'],
  // 估年底破1000辆: a bare 估 before the time it speaks of is an estimate of what is to come.
  [/预计|预测|预估|估算|上修|下修|上看|有望|可望|预期将|估计|料将|(?<![预评高低初])估(?=今年|明年|全年|年底|年内)|(?:全部)?(?:建成|投产|达产)后|可带动/g, 'projection', true, '预上下有可估料全建投达'],
  // 临时估计为305亿元 (Hong Kong's Census and Statistics Department): a provisional count, not a forecast.
  // 根据预估数字, 第二季GDP实质上升1.5%: the statistics office's advance estimate is a reading, not a forecast.
  // 第四季出口实际表现更强，商品出口达1881亿美元: what actually happened, set against a forecast before it.
  // 但实际GDP增速为2.6%: what happened, named with its measure between 实际 and the verb that gives the value.
  [/临时估计|预先估计|初步估计|初步统计|(?:预估|预先估计)(?:数字|数据|数值)|实际(?=表现|数字?|值|上|达|为|增长|完成|[^，。；：\d\n]{1,12}?(?:为|达到?|是)\d)/g, 'actual', true, '临预初实'],
  // 目前是16GW: a reading of where things stand now; 将从目前的23.04%提高到… is only the baseline of a goal.
  // 今天，记者从住建部获悉，2020年全国新开工改造城镇老旧小区共40279个: what a reporter learned or the data show is a reading.
  [/获悉|了解到|(?:数据|统计|资料)显示/g, 'actual', true, '获了数统资'],
  // 也就是去年的未来四年: 去年 that dates a plan, not a figure, says nothing of when the figures stand; nor does 已 before
  // a verb of announcing or deciding (总统已宣示，明年度国防预算将达GDP 3%): it dates the announcement.
  // 迄今招获…合计1万4878人, 至今已建成, 到目前为止: what has been done so far, however near the goal is named;
  // only a number after it in its clause is its reading (要兴建的6千户迄今为止都没开工 tells of the goal before).
  // 至今年底 is a deadline, not 'so far'.
  [/(?:迄今(?:为止)?|至今(?!年)|到目前为止)(?=[^，。；\n]{0,24}?\d)|过去一年|过去五年|(?<![较比与同])去年(?!的?(?:未来|今后|提出|制定|确定|设定))|(?<![较比与同])前年|初步核算|据统计|截至|(?:已经|已)(?!(?:宣示|宣布|表示|提出|承诺|明确|确定|制定|设定|订定|批准|通过|公布|发布|印发|出台))|(?<![从在比较])(?:目前|当前|现阶段)(?!的)/g, 'actual', true, '迄至到过去前初据截已目当现'],
  // 原订2025年再生能源发电占比达20%, 现预订2026年11月要达到20%, 预定达到625站: a goal as set or rescheduled.
  [/原订|原定|预订(?=\d|[要于在今明将达完])|预定(?=\d|[要于在今明将达完])/g, 'target', true, '原预'],
  // 再提高1岁, 再降低13.5%: 再 repeats a change still to come (又 repeats one that happened).
  // 将之年化 (taking it at an annual rate) is 把, not 'will'.
  [/将(?![之其])|要|计划|再(?=提高|提升|增加|增长|降低|下降|减少|扩大|缩小|翻)/g, 'target', false, '将要计再'],
  // 将达到GDP的5%, 要实现: a verb of reaching after 将 or 要 is the plan's own, not a weak cue of an outcome.
  [/(?<![将要])(?:实现|完成|达)|同比|环比|比上年/g, 'actual', false, '实完达同环比'],
];
/** As the Chinese, with the lower-case beginnings of the words each cue can start with (start-words.ts). */
export const EN_CUES: Array<[RegExp, FigureKind, boolean, readonly string[]]> = [
  // A goal reached is an outcome, though it names the goal: 'has surpassed the target of starting 116,000 homes'.
  [/(?<!\b(?:to|will|would|could|can|may|might|should|shall)\s)\b(?:(?:has|have|had)\s+(?:now\s+|already\s+|finally\s+)?)?(?:reached|met|meets|hit|hits|surpassed|surpasses|exceeded|exceeds|achieved|achieves|accomplished|fulfilled|beaten|beat|beats|smashed|passed|(?<!\b(?:to|of|at|towards?|about|in|near|aim(?:s|ed|ing)?)\s)(?:reaching|meeting|hitting|surpassing|exceeding|achieving))\s+(?:(?:the|its|his|her|their|our|a|this|that)\s+)?(?:[a-z-]+\s+){0,2}?(?:goals?|targets?|pledges?|promises?)\b/gi, 'actual', true, ['has', 'have', 'had', 'reach', 'met', 'meet', 'hit', 'surpass', 'exceed', 'achiev', 'accomplished', 'fulfilled', 'beat', 'smashed', 'passed']],
  // 'delivering a 42.4 per cent share, well ahead of its 2025 target of 40 per cent': a figure set against a goal is a reading.
  // 'has collected Rs9.306 trillion', 'recruited 3,820', 'education attainment stands at 51.8%': a verb of what was done,
  // or of how things stand, right before its figure, however near a goal is named. Not 'will have collected', 'to be built',
  // nor what a forecast or goal stands at ('its projection for the 2024 fiscal year inflationary rate stands at 21.4%').
  [/(?<!\b(?:to|will|would|could|should|must|can|may|might|shall)\s+(?:be|have)\s)(?<!\b(?:to|will|would|could|should|must|can|may|might|shall)\s)\b(?:collected|generated|attracted|welcomed|recruited|hired|planted|installed|completed|built|sold|exported|produced|created|registered|secured|(?<!\b(?:projections?|forecasts?|targets?|goals?|budget)\b[^.;,]{0,60})(?:stands at|stood at|standing at))(?=\s+(?:(?:a total of|some|about|around|nearly|almost|over|more than|just over|just under|roughly|approximately|only|just|an estimated|a record)\s+)?(?:[$£€¥₦]|Rs\.?\s?|US\$|C\$|A\$)?\d)/gi, 'actual', true, ['collected', 'generated', 'attracted', 'welcomed', 'recruited', 'hired', 'planted', 'installed', 'completed', 'built', 'sold', 'exported', 'produced', 'created', 'registered', 'secured', 'stand', 'stood']],
  [/\b(?:(?:well|just|slightly|far|comfortably)\s+)?(?:ahead of|short of|behind)\s+(?:the|its|his|her|their|our|this|that)\s+(?:[a-z0-9-]+\s+){0,2}?(?:goals?|targets?|pledges?)\b/gi, 'actual', true, ['well', 'just', 'slightly', 'far', 'comfortably', 'ahead', 'short', 'behind']],
  // A goal said to be met, missed or dropped ('the target was missed') is history; the figures after it are outcomes.
  // So is a goal said to be on track or behind ('its targets are on track, with … a 42.4 per cent share'): readings follow.
  [/\b(?:targets?|goals?|pledges?|promises?|ambitions?)\s+(?:(?:was|were|has been|have been|had been)\s+(?:narrowly\s+|comfortably\s+|easily\s+)?(?:missed|met|hit|exceeded|achieved|reached|beaten|surpassed|abandoned|dropped|scrapped)|(?:is|are|was|were|remains?|remained)\s+(?:firmly\s+|well\s+|broadly\s+|still\s+)?(?:on track|off track|on course|ahead of schedule|behind schedule))\b/gi, 'actual', true, ['target', 'goal', 'pledge', 'promise', 'ambition']],
  // 'after reaching its previous 2GW target': reached before the story, whatever the goal word after it.
  [/\b(?:after|since|on|upon)\s+(?:reaching|meeting|hitting|surpassing|exceeding|achieving)\b/gi, 'actual', true, ['after', 'since', 'on', 'upon']],
  // Falling short of a goal: 'fell short of the target' is history, 'would fall short of the goal' a forecast.
  [/\b(?:fell|has fallen|have fallen|had fallen)\s+(?:[a-z]+\s+)?short\s+of\s+(?:(?:the|its|his|her|their|our|this|that)\s+)?(?:[a-z-]+\s+){0,2}?(?:goals?|targets?|pledges?|promises?)\b/gi, 'actual', true, ['fell', 'has', 'have', 'had']],
  [/\b(?:falls?|falling)\s+(?:[a-z]+\s+)?short\s+of\s+(?:(?:the|its|his|her|their|our|this|that)\s+)?(?:[a-z-]+\s+){0,2}?(?:goals?|targets?|pledges?|promises?)\b/gi, 'projection', true, ['fall']],
  // A goal as the subject of a forecast ('the target will be missed', 'the pledge is likely to be met') makes what follows a projection.
  [/\b(?:targets?|goals?|pledges?|promises?|ambitions?)\s+(?:will|would|could|is likely to|are likely to|is set to|are set to|looks set to|is expected to|are expected to)\s+(?:not\s+)?(?:be\s+)?(?:missed|met|hit|achieved|reached|exceeded|beaten|surpassed|fall short|be missed)\b/gi, 'projection', true, ['target', 'goal', 'pledge', 'promise', 'ambition']],
  // A copula after a goal word states the goal: 'the target for 2023 was for 29,000 homes', 'targets set for 2015-16
  // was 58 per cent', not an outcome.
  [/\b(?:targets?|goals?|aims?|objectives?|ambitions?|promises?|pledges?|commitments?)\b(?:\s+(?:set|agreed|adopted|fixed|laid down))?(?:\s+(?:for|of)\s+[^.;,\d]{0,20}?(?:\d{4}[-/]?\d{0,2})?)?\s+(?:is|was|are|were|will be|would be|has been|had been)\b(?!\s+(?:not\s+|narrowly\s+|comfortably\s+|easily\s+)?(?:missed|met|hit|exceeded|achieved|reached|beaten|surpassed|abandoned|dropped|scrapped|on track|off track|ahead|behind|within reach|out of reach))/gi, 'target', true, ['target', 'goal', 'aim', 'objective', 'ambition', 'promise', 'pledge', 'commitment']],
  // A government's forecast for the whole year, set in its budget, is the benchmark the year is held to.
  // 'The federal government has announced that its projection for the 2024 fiscal year inflationary rate stands at 21.4%'.
  // 'The government remained confident to meet its gross domestic product (GDP) forecast of 4.0 per cent to 5.0 per cent for 2023'.
  [/\b(?:the\s+)?(?:government|budget|ministry of trade and industry|mti)\b[^.;\n]{0,70}?\b(?:forecasts?|projections?)\b(?=(?:[^.;\n]|\.(?=\d)){0,60}?\b(?:for the (?:whole |full )?year|full-year|this year|next year|(?:for )?the \d{4}(?:[-/]\d{2,4})? (?:fiscal|financial|budget) year|fiscal year \d{4}|(?:for|in) (?:19|20)\d{2}(?![-/])))/gi, 'target', true, ['the', 'government', 'budget', 'ministry', 'mti']],
  // 'a legally binding path to … a 51% reduction', 'we intend to have vaccinated over 10 million adults',
  // 'its manifesto commitment of having 26,000 more staff': what a government binds itself to.
  [/\b(?:legally[- ]binding|(?:on|set) (?:a|the) (?:legally[- ]binding )?(?:path|course|trajectory) to(?=\s+(?:a|an|the)?\s*(?:net|\d))|intends? to|intended to|intention (?:is )?to|(?:manifesto )?commitments? (?:of|to)|manifesto)\b/gi, 'target', true, ['legally', 'on', 'set', 'intend', 'intention', 'manifesto', 'commitment']],
  // 'is determined to further narrow the fiscal deficit to 4.3 per cent', 'is optimistic about raising Sh2.768
  // trillion in this FY' (a goal the speaker sets itself), 'a preferred range for inflation of
  // between 2.5% and 7.5%', 'the intent of the initiative is that … exports would rise to $3.14 trillion',
  // 'four statutory goals which the government is expected to hit by 2030': a resolve, a band a government
  // keeps to, the purpose of a scheme, a goal the government must hit.
  [/\b(?:(?:is|are|was|were|remains?|remained)\s+(?:firmly\s+|fully\s+)?(?:determined|resolved|committed)\s+to|(?:is|are|was|were|remains?|remained)\s+(?:very\s+|quite\s+)?(?:optimistic|confident|hopeful)\s+(?:about|of)\s+(?:raising|collecting|reaching|hitting|meeting|achieving|delivering|building|creating|recruiting|attracting|welcoming|growing|cutting|reducing|bringing)|seeks? to|strives? to|endeavou?rs? to|(?:preferred|target|desired|tolerance|comfort)\s+(?:range|band|corridor)|intent(?:ion)? of (?:the|this|that|its) [a-z -]{2,40}? (?:is|was)|(?:goals?|targets?)\s+(?:which|that)\s+[^.;\n\d]{0,50}?\b(?:expected|required|obliged|due|bound)\s+to\s+(?:hit|meet|reach|achieve))\b/gi, 'target', true, ['is', 'are', 'was', 'were', 'remain', 'seek', 'strive', 'endeavo', 'preferred', 'target', 'desired', 'tolerance', 'comfort', 'intent', 'goal']],
  // 'passed with only 214 homes built': what was managed by then, however close a goal word stands.
  [/\b(?:with|had|having)\s+(?:only|just|barely)\b/gi, 'actual', true, ['with', 'had', 'having']],
  // 'with more than 15,300 charging stations now available', 'having built 3,200 so far', 'the latest figures show a
  // reduction … to 22%', 'with December's inflation rate reaching 23.8%': how things stand, however near a goal is named.
  // Not 'now plans to', nor a goal that is now set ('the target is now 5,000').
  [/(?<!\b(?:targets?|goals?|aims?)\s+(?:(?:is|are|was|were)\s+)?)(?<!\b(?:between|from|until|till)\s+)\b(?:now|currently|so far|to date)\b(?!\s+(?:and|until|till|to|on|set|due|expected|projected|forecast|likely|looking|seeking|planning|aiming|hoping|being|(?:been\s+)?(?:revised|estimated|projected|forecast|expected|set)|plans?|aims?|expects?|hopes?|intends?|wants?|targets?|forecasts?|projects?|predicts?|sets?|proposes?|pledges?|promises?|commits?|needs?|requires?|must|should|will|would|seeks?)\b)|\b(?:latest|new|official)\s+(?:figures|data|statistics|numbers)\s+(?:show|showed|shows|reveal|revealed|reveals)\b|\bwith\s+(?:(?!(?:goals?|targets?|aims?|plans?|pledges?|ambitions?|modell?ing|forecasts?|projections?|estimates?|showing|expected|projected)\b)[A-Za-z'’-]+\s+){1,5}(?:reaching|standing at|totalling|totaling|hitting)\b/gi, 'actual', true, ['now', 'currently', 'so', 'to', 'latest', 'new', 'official', 'with']],
  // A modal with an agentive verb is a commitment: 'the scheme would deliver 1,200 homes'.
  [/\b(?:will|would|is to|are to)\s+(?:deliver|build|create|provide|recruit|hire|open|invest|spend|fund|train|put|deploy|add|employ)\b/gi, 'target', true, ['will', 'would', 'is', 'are']],
  // An infinitive of making or reaching says what the money or plan is for: 'given £4.8bn to build 116,000 homes',
  // 'for the DHB to hit a 90 per cent milestone' (not 'managed to build', 'the first to reach').
  [/(?<!\b(?:managed|failed|helped|able|unable|used|went on|continued|began|started|expected|anticipated|likely|set|due|projected|forecast|cost|costs|took|take|takes|first|last|only|second|third)\s)\bto\s+(?:build|deliver|create|provide|recruit|hire|train|plant|install|construct|complete|start|hit|reach|meet|achieve|attain)\b/gi, 'target', true, ['to']],
  [/\b(?:aims?|aimed|aiming|target(?:s|ed|ing)?|targett(?:ed|ing)|pledg(?:e|es|ed|ing)|goals?|objectives?|plans? to|planned|commit(?:s|ted)? to|ambitions?|promis(?:e|es|ed|ing)|vow(?:s|ed)?|(?:would like|wants?|wanted|hopes?|hoped) to|calls? for|called for)\b/gi, 'target', true, ['aim', 'target', 'pledg', 'goal', 'objective', 'plan', 'commit', 'ambition', 'promis', 'vow', 'would', 'want', 'hope', 'call']],
  // A service standard is a goal the figure is held to: 'The Scottish Government standard states that 90% of children …
  // should start treatment', 'far short of the 95% standard', 'the four-hour standard', 'the 18-week referral-to-treatment
  // standard'. Not 'the standard rate of VAT', 'living standards' or 'a gold standard'.
  [/\b(?:(?:waiting[- ]times?|performance|access|treatment|four[- ]hour|\d+[- ](?:week|day|hour|minute)(?:[- ][a-z]+){0,3}|national|statutory|constitutional|government|nhs|response[- ]times?)\s+)standards?\b(?!\s+(?:rate|of living|deduction))|\bstandards?\s+(?:states?|stated|says?|said|requires?|required|is that|was that|sets out)\b|\b\d+(?:\.\d+)?\s?(?:%|per cent|percent)\s+(?:[a-z-]+\s+){0,2}?standard\b/gi, 'target', true, ['waiting', 'performance', 'access', 'treatment', 'four', 'national', 'statutory', 'constitutional', 'government', 'nhs', 'response', 'standard', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9']],
  // Extrapolation from the pace so far is a forecast: 'at this pace, Australia will start 825,000 homes'.
  // The cue runs on to the modal it governs, so a 'will deliver' after it does not read as a pledge.
  [/\b(?:at (?:this|that|the current|current|its current|the present|present) (?:pace|rate)|on (?:current|present) trends|if (?:current|present) trends continue|on (?:the |its |their )?(?:current|present) trajector(?:y|ies)|if (?:the |its |this )?(?:[a-z-]+ ){0,4}(?:continues|persists|holds) (?:at|on) (?:its|the|this) current)\b(?:[^.;!?]*?\b(?:will|would|could|is set to|are set to)(?:\s+(?:deliver|build|create|provide|recruit|hire|open|add|employ))?\b)?/gi, 'projection', true, ['at', 'on', 'if']],
  // 'The World Bank has estimated that 622 million people … will live in extreme poverty by 2030', 'The study finds that
  // even by 2050, EVs will account for …', 'The Rhodium report projects U.S. emissions will fall 32%': what a study or an
  // estimate says will be is a forecast, whatever deadline it names. A modal later in the sentence must say so; the
  // cue ends before the figures it governs.
  [/\b(?:(?:study|report|analysis|review|modell?ing|research|paper|audit|bank|agency|office|fund)\s+(?:finds?|found|shows?|showed|suggests?|suggested|concludes?|concluded|estimates?|estimated|projects?|projected|predicts?|predicted|forecasts?)|(?:has|have|had)\s+(?:estimated|projected|predicted|forecast))\b(?:\s+that)?(?=(?:[^.;!?]|(?<=\b[A-Z])\.|\.(?=\d))*?\b(?:will|would|could|may|might)\b)/gi, 'projection', true, ['study', 'report', 'analysis', 'review', 'model', 'research', 'paper', 'audit', 'bank', 'agency', 'office', 'fund', 'has', 'have', 'had']],
  // 'has enough existing and underdevelopment renewables to reach about 44 percent in 2030': what the means at hand
  // would come to, not what anyone aims at.
  [/\benough\b[^.;!?]{0,60}?\bto\s+(?:reach|hit|meet|achieve|provide|deliver|supply|generate|cover)\b/gi, 'projection', true, ['enough']],
  // A consequence or an estimate said of others ('will result in 1.3 million homes', 'debt is seen stabilising at 77.7%').
  [/\b(?:will|would|could)\s+(?:result in|lead to|mean)\b|\b(?:is|are|was|were)\s+(?:now\s+)?seen\s+(?:at|to|as|[a-z]+ing)\b/gi, 'projection', true, ['will', 'would', 'could', 'is', 'are', 'was', 'were']],
  [/\b(?:expects?|expected|forecasts?|forecasters?|predicts?|predicted|projected|projections?|(?<!\bas\s(?:widely\s|was\s|had been\s)?)anticipat(?:es?|ed|ing)|modell?ing shows?|modell?ing showing|estimates?|could|would|might|likely|set to|on track to|outlook|guidance)\b/gi, 'projection', true, ['expect', 'forecast', 'predict', 'project', 'anticipat', 'model', 'estimate', 'could', 'would', 'might', 'likely', 'set', 'on', 'outlook', 'guidance']],
  // Lower case only: 'May' is the month ('the 13 weeks to May 25'), 'may' the modal.
  [/\bmay\b/g, 'projection', true, ['may']],
  // 'held rates at 5.25%', 'kept', 'left': a decision taken, so an actual level.
  // 'has become the first DHB in the country to be 90% fully vaccinated': a state reached.
  [/\b(?:has|have|had)\s+become\b|\bbecame\b/gi, 'actual', true, ['has', 'have', 'had', 'became']],
  // 'the country had already welcomed 1,620,715 arrivals': what has already been done, unless the verb is
  // one of promising or planning ('has already pledged', 'have already committed').
  [/\b(?:has|have|had)\s+(?:already|so\s+far)\s+(?!(?:pledg|promis|target|commit|aim|plann|propos|vow|decid|announc|earmark|allocat|budget|forecast|project|expect|estimat|requir|need|want|hop|intend|seek|sought|set|agre|approv|pencill|vot|ask|call|urg|warn)ed\b)[a-z]{3,}ed\b/gi, 'actual', true, ['has', 'have', 'had']],
  // Not 'reached an agreement on …', 'approved a plan to …': what was agreed is the goal, not a reading.
  [/\b(?:held|kept|left|maintained|approved|voted|narrowed|widened|eased|slowed|expanded|contracted|halved|doubled|last year|rose|fell|grew|jumped|climbed|dropped|declined|reached|(?<!\b(?:to|will|can|could|must|should|would) be\s)achieved|earned|reported|posted|recorded|delivered|were|was|totalled|totaled|gained|slipped|increased|decreased|employed)\b(?!\s+(?:on\s+)?(?:an?\s+|the\s+|its\s+|their\s+)?(?:(?:political|provisional|landmark|historic|tentative|new|final|joint)\s+)?(?:agreements?|deals?|consensus|compromise|accords?|settlements?|understanding|decisions?|plans?|targets?|goals?|bills?|laws?|budgets?|resolutions?|frameworks?|strateg(?:y|ies)|roadmaps?)\b)/gi, 'actual', true, ['held', 'kept', 'left', 'maintained', 'approved', 'voted', 'narrowed', 'widened', 'eased', 'slowed', 'expanded', 'contracted', 'halved', 'doubled', 'last', 'rose', 'fell', 'grew', 'jumped', 'climbed', 'dropped', 'declined', 'reached', 'achieved', 'earned', 'reported', 'posted', 'recorded', 'delivered', 'were', 'was', 'totalled', 'totaled', 'gained', 'slipped', 'increased', 'decreased', 'employed']],
  [/\b(?:will|shall|to be)\b/gi, 'target', false, ['will', 'shall', 'to']],
  // Not 'will have collected', 'would have been': a future or a condition, which the modal before tells.
  [/(?<!\b(?:will|would|could|should|must|may|might|shall)\s)\b(?:has|have|had|is|are)\b/gi, 'actual', false, ['has', 'have', 'had', 'is', 'are']],
];

const EN_START_WORDS = startWordTable(EN_CUES.map(([pattern, , , starts]) => ({ pattern, starts })));
const ZH_START_CHARS = startCharTable(ZH_CUES.map(([pattern, , , starts]) => ({ pattern, starts })));

export function findKindCues(folded: string, language: 'zh' | 'en'): KindCue[] {
  const out: KindCue[] = [];
  if (language === 'en') {
    eachStartWordMatch(folded, EN_START_WORDS, (rule, m) => {
      const [, kind, strong] = EN_CUES[rule]!;
      out.push({ start: m.index, end: m.index + m[0].length, kind, strong, word: m[0] });
    });
  } else {
    eachStartCharMatch(folded, ZH_START_CHARS, (rule, m) => {
      const [, kind, strong] = ZH_CUES[rule]!;
      out.push({ start: m.index, end: m.index + m[0].length, kind, strong, word: m[0] });
    });
  }
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  // A weak cue inside a strong one (计划 within 投资计划) is the strong one.
  const kept: KindCue[] = [];
  for (const c of out) {
    const prev = kept[kept.length - 1];
    if (prev && c.start < prev.end) continue;
    kept.push(c);
  }
  return kept;
}

/** Words that mark an allotted amount; looked for only in the figure's own clause. */
export const ZH_BUDGET_RE = /(?:计划|拟|将|准备)[^，。；\d]{0,8}投资|[一二三四首]期投资|项目投资|总经费|经费|投资计划|计划投资|安排资金|安排.{0,4}资金|预算(?!案|收入|支出)|总投资|拨款|拨付|下达.{0,4}资金|专项资金|资金|开支|发放|补贴|投入(?!强度)/;
export const EN_BUDGET_RE = /\b(?:(?:will|would|to|plans? to)\s+spend|net budget|spend(?:ing)? plan|allocat\w*|earmark\w*|invest(?:s|ed|ing)?|budget(?:ed)? of|funding of|funded by|fund(?:s|ed)? of|package|grant of|set aside|spend(?:s|ing)? of)\b/i;
