/**
 * The role words a Chinese credit prints beside a name (记者, 通讯员, 实习生…). The core reads
 * credits with them (electron/core/archive/bylines.ts); the reader uses them to tell a stored
 * credit that already names its roles (首席记者 张亦筑) from bare names (张亦筑), which it
 * labels itself.
 */

/** The word a role ends with: 首席记者 and 本报记者 end with 记者. */
export const ROLE_ENDINGS: readonly string[] = ['记者', '通讯员', '实习生', '评论员', '撰稿人', '作者', '特派员'];

/** Traditional forms of the same endings, as Taiwan and Hong Kong papers print them. */
const TRADITIONAL_ENDINGS: readonly string[] = ['記者', '通訊員', '實習生', '評論員', '撰稿人', '作者', '特派員'];

const ROLE_IN_CREDIT = new RegExp(`(?:${[...ROLE_ENDINGS, ...TRADITIONAL_ENDINGS].join('|')})(?=\\s)`);

/** A stored byline that prints its roles (「首席记者 张亦筑 实习生 冉罗楠」), not bare names. */
export function creditPrintsRoles(byline: string): boolean {
  return ROLE_IN_CREDIT.test(byline);
}
