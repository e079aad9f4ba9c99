import type { GraphQLContext } from '../common/request-loaders.js';
import type { UploadsService } from './uploads.service.js';
import type { UploadedFileType } from './uploads.types.js';

/**
 * For other domains' fields that list files (a practice's `attachments`): every file of a response
 * in one statement, in the order of `ids`; ids without a file are left out.
 */
export async function loadUploads(ctx: GraphQLContext, uploads: UploadsService, ids: readonly string[]): Promise<UploadedFileType[]> {
  const loader = ctx.loaders.get('uploadById', (keys: readonly string[]) => uploads.findByIds(keys));
  const files = await loader.loadMany(ids);
  const error = files.find((f) => f instanceof Error);
  if (error) throw error;
  return files.filter((f): f is UploadedFileType => f !== undefined);
}
