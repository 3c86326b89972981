/**
 * The lines printed above a story's body (kicker, headline, subhead), which can carry what
 * the body leaves out: the period of a section (「2023年工作回顾」, 「过去一年」), the lead-in of
 * a list (「主要预期目标是：」), the place (「广东：…」).
 */
export function storyLead(story: { kicker?: string | null; headline: string | null; subhead?: string | null }): string {
  return [story.kicker, story.headline, story.subhead].filter((line): line is string => !!line && line.trim() !== '').join('\n');
}
