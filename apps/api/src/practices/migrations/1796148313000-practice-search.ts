import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Search documents: each language version of a practice gets its own, weighted title (A) over
 * summary (B) over the bodies (C), with PostgreSQL's built-in `indonesian` or `english`
 * configuration. The Indonesian stop words (packages/domain, INDONESIAN_STOP_WORDS, copied here as
 * it was at this migration) are cut from the text before stemming, as whole words, so a stem they
 * share with a real word (tersebut → "sebut") stays searchable. Written by a trigger on every insert
 * and update, whoever writes (a trigger, not a generated column, so TypeORM's schema check has no
 * expression to compare). Plus the indexes of every library filter.
 */
export class PracticeSearch1796148313000 implements MigrationInterface {
  name = 'PracticeSearch1796148313000';

  async up(q: QueryRunner): Promise<void> {
    const clean = (column: string) => `regexp_replace(${column}, '\\m(yang|dan|di|ke|dari|untuk|dengan|pada|ini|itu|dalam|atau|juga|akan|oleh|adalah|ialah|sebagai|tidak|karena|agar|serta|telah|sudah|para|secara|hingga|antara|kepada|maupun|bahwa|yaitu|yakni|namun|tetapi|sehingga|jika|bila|masih|kami|kita|mereka|ia|dia|saya|anda|pun|lalu|tersebut|sangat|nya|sang|si|pula|begitu|demikian)\\M', ' ', 'gi')`;
    const doc = (config: string, clean_: (c: string) => string) =>
      `setweight(to_tsvector('${config}'::regconfig, ${clean_('NEW.title')}), 'A')
       || setweight(to_tsvector('${config}'::regconfig, ${clean_('NEW.summary')}), 'B')
       || setweight(to_tsvector('${config}'::regconfig, ${clean_("NEW.problem || ' ' || NEW.approach || ' ' || NEW.results || ' ' || NEW.lessons")}), 'C')`;
    await q.query(`ALTER TABLE "practice_texts" ADD "search" tsvector`);
    await q.query(`CREATE FUNCTION practice_texts_search() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.search := CASE WHEN NEW.lang = 'id' THEN ${doc('indonesian', clean)} ELSE ${doc('english', (c) => c)} END;
        RETURN NEW;
      END $$`);
    await q.query(`CREATE TRIGGER "practice_texts_search" BEFORE INSERT OR UPDATE ON "practice_texts" FOR EACH ROW EXECUTE FUNCTION practice_texts_search()`);
    await q.query(`UPDATE "practice_texts" SET title = title`);
    await q.query(`CREATE INDEX "practice_texts_search" ON "practice_texts" USING gin ("search")`);
    // Typos in titles: trigram word similarity on the lower-case title.
    await q.query(`CREATE INDEX "practice_texts_title_trgm" ON "practice_texts" USING gin (lower("title") gin_trgm_ops)`);
    // The library's filters (published practices; newest first within each).
    await q.query(`CREATE INDEX "practices_published_topic" ON "practices" ("topic", "published_at", "id") WHERE state = 'published'`);
    await q.query(`CREATE INDEX "practices_published_year" ON "practices" ("start_year", "published_at", "id") WHERE state = 'published'`);
    await q.query(`CREATE INDEX "practices_published_dimensions" ON "practices" USING gin ("dimensions") WHERE state = 'published'`);
    await q.query(`CREATE INDEX "practices_published_sdgs" ON "practices" USING gin ("sdgs") WHERE state = 'published'`);
    await q.query(`CREATE INDEX "practice_texts_lang" ON "practice_texts" ("lang", "practice_id")`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const index of ['practice_texts_lang', 'practices_published_sdgs', 'practices_published_dimensions', 'practices_published_year', 'practices_published_topic', 'practice_texts_title_trgm', 'practice_texts_search']) {
      await q.query(`DROP INDEX "${index}"`);
    }
    await q.query(`DROP TRIGGER "practice_texts_search" ON "practice_texts"`);
    await q.query(`DROP FUNCTION practice_texts_search()`);
    await q.query(`ALTER TABLE "practice_texts" DROP COLUMN "search"`);
  }
}
