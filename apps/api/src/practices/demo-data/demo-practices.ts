import type { EntityManager } from 'typeorm';
import type { DemoDataLoader } from '../../common/domain-module.js';
import { PRACTICE_COLUMNS, PRACTICES_FROM } from '../practice-rows.js';
import { DEMO_PRACTICE_TEXTS, type DemoPractice } from './demo-practice-texts.js';

async function insertPractice(m: EntityManager, practice: DemoPractice, authorId: string | null): Promise<boolean> {
  const [row] = await m.query(
    `INSERT INTO practices (city_id, agency, topic, dimensions, sdgs, tags, start_year, links, state, published_at, author_id, is_demo)
     SELECT id, $2, $3, $4, $5, $6, $7, $8, 'published', now(), $9, true FROM city_refs WHERE code = $1 RETURNING id`,
    [practice.cityCode, practice.agency, practice.topic, practice.dimensions, practice.sdgs, practice.tags, practice.startYear ?? null, JSON.stringify(practice.links ?? []), authorId],
  );
  if (!row) return false; // a city the directory does not have: nothing to attach it to
  for (const [lang, t] of Object.entries(practice.texts)) {
    await m.query(
      `INSERT INTO practice_texts (practice_id, lang, title, summary, problem, approach, results, lessons) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [row.id, lang, t.title, t.summary, t.problem, t.approach, t.results, t.lessons],
    );
  }
  // Published, so it has its first revision like any practice published through the workflow.
  const [snapshot] = await m.query(`SELECT ${PRACTICE_COLUMNS} FROM ${PRACTICES_FROM} WHERE p.id = $1`, [row.id]);
  await m.query(`INSERT INTO practice_revisions (practice_id, number, snapshot, author_id) VALUES ($1, 1, $2, $3)`, [row.id, JSON.stringify(snapshot), authorId]);
  return true;
}

/**
 * Demo practices (is_demo), outside production only, into a library without practices. Kota Medan's
 * come from the programs a 2018 news article names; the others are invented examples and say so.
 */
async function seedDemoPractices(m: EntityManager, { production }: { production: boolean }): Promise<Record<string, number> | null> {
  if (production) return null;
  const [{ exists }] = await m.query(`SELECT EXISTS (SELECT 1 FROM practices) AS exists`);
  if (exists) return null;
  // The demo editor of Kota Medan writes Medan's (when the demo accounts exist).
  const [editor] = await m.query(`SELECT id FROM user_refs WHERE email = 'editor.medan@citybridge.demo'`);
  let practices = 0;
  for (const practice of DEMO_PRACTICE_TEXTS) {
    if (await insertPractice(m, practice, practice.cityCode === '12.71' ? (editor?.id ?? null) : null)) practices += 1;
  }
  return { practices };
}

/** After the city directory (10) and the demo accounts (20). */
export const DEMO_PRACTICES: DemoDataLoader = { order: 30, load: seedDemoPractices };
