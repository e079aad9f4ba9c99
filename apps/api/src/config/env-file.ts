import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseEnv } from 'node:util';
import { REPO_ROOT } from './app-config.js';

/**
 * Reads `.env` at the repository root into the environment when the file exists (Node's own
 * parser, as `node --env-file` uses). Variables already set win, so `PORT=4000 npm start`
 * overrides the file. Returns the file it read.
 */
export function loadDotEnv(file: string = path.join(REPO_ROOT, '.env'), env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (!existsSync(file)) return undefined;
  for (const [name, value] of Object.entries(parseEnv(readFileSync(file, 'utf8')))) {
    if (env[name] === undefined) env[name] = value;
  }
  return file;
}
