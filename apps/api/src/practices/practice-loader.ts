import type { GraphQLContext } from '../common/request-loaders.js';
import { isVisible, type PracticesService } from './practices.service.js';
import type { PracticeType } from './practices.types.js';

/**
 * For other domains' `practice` fields: every practice of a response in one statement, null when it
 * does not exist or the viewer may not see it (a draft stays with its writers).
 */
export async function loadVisiblePractice(ctx: GraphQLContext, practices: PracticesService, id: string): Promise<PracticeType | null> {
  const practice = await ctx.loaders.get('practiceRecordById', (ids: readonly string[]) => practices.byIds(ids)).load(id);
  return practice && isVisible(await ctx.auth.actor(), practice) ? practice : null;
}
