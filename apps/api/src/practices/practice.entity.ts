import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

// Users and cities belong to other domains: their tables are named here for the foreign keys, not imported.
// The vocabularies in the checks are packages/domain's (practice.ts); a change there needs a migration.
/** A city's case study: what it did, for what, at what cost, and where it stands in the review workflow. */
@Entity({ name: 'practices' })
@Check('practices_state', `state IN ('draft', 'in_review', 'published', 'archived')`)
@Check(
  'practices_topic',
  `topic IN ('governance', 'public_services', 'finance_assets', 'digital_infrastructure', 'health', 'education', 'economy', 'tourism_culture', 'environment', 'waste', 'water_sanitation', 'transport', 'disaster', 'social_welfare')`,
)
@Check('practices_dimensions', `dimensions <@ ARRAY['governance', 'branding', 'economy', 'living', 'society', 'environment']::text[]`)
@Check('practices_sdgs', `sdgs <@ ARRAY[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17]::smallint[]`)
@Check('practices_tags', `cardinality(tags) <= 20`)
@Check('practices_cost', `(cost_amount IS NULL OR (cost_amount >= 0 AND cost_currency IS NOT NULL)) AND (cost_currency IS NULL OR cost_currency ~ '^[A-Z]{3}$')`)
@Check('practices_years', `start_year BETWEEN 1945 AND 2100 AND end_year BETWEEN 1945 AND 2100 AND cost_year BETWEEN 1945 AND 2100 AND end_year >= start_year`)
@Check('practices_links', `jsonb_typeof(links) = 'array'`)
@Check('practices_lengths', `char_length(agency) <= 200 AND char_length(contact) <= 500 AND char_length(review_comment) <= 2000`)
@Check('practices_published_at', `state <> 'published' OR published_at IS NOT NULL`)
@Check('practices_version', `version >= 1`)
// The lists: published ones newest first (all, or one city's); the others by last change (a city's
// drafts, the review queue, the author's own).
@Index('practices_state_published', ['state', 'publishedAt', 'id'])
@Index('practices_city_state_published', ['cityId', 'state', 'publishedAt', 'id'])
@Index('practices_state_updated', ['state', 'updatedAt', 'id'])
@Index('practices_city_state_updated', ['cityId', 'state', 'updatedAt', 'id'])
@Index('practices_author_updated', ['authorId', 'updatedAt', 'id'])
// The library's filters on published practices (partial and GIN indexes, made in the practice-search migration).
@Index('practices_published_topic', { synchronize: false })
@Index('practices_published_year', { synchronize: false })
@Index('practices_published_dimensions', { synchronize: false })
@Index('practices_published_sdgs', { synchronize: false })
export class Practice {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'city_id', type: 'int' })
  cityId: number;

  @ManyToOne('cities', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'city_id' })
  city?: unknown;

  /** The city's agency that runs it (organisasi perangkat daerah, OPD). */
  @Column({ type: 'text', nullable: true })
  agency: string | null;

  @Column({ type: 'text' })
  topic: string;

  /** Smart-city dimensions (a subset of the six). */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  dimensions: string[];

  /** Sustainable Development Goals, 1 to 17. */
  @Column({ type: 'smallint', array: true, default: () => "'{}'" })
  sdgs: number[];

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  tags: string[];

  @Column({ name: 'cost_amount', type: 'numeric', precision: 18, scale: 2, nullable: true })
  costAmount: string | null;

  /** ISO 4217, e.g. IDR. */
  @Column({ name: 'cost_currency', type: 'char', length: 3, nullable: true })
  costCurrency: string | null;

  @Column({ name: 'cost_year', type: 'smallint', nullable: true })
  costYear: number | null;

  @Column({ name: 'start_year', type: 'smallint', nullable: true })
  startYear: number | null;

  @Column({ name: 'end_year', type: 'smallint', nullable: true })
  endYear: number | null;

  @Column({ type: 'text', nullable: true })
  contact: string | null;

  /** `[{ "url": "https://…", "label": "…" }]` */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  links: { url: string; label: string | null }[];

  @Column({ type: 'text', default: 'draft' })
  state: 'draft' | 'in_review' | 'published' | 'archived';

  /** Optimistic lock: every change adds one; a save naming an older version is refused. */
  @Column({ type: 'int', default: 1 })
  version: number;

  @Column({ name: 'author_id', type: 'uuid', nullable: true })
  authorId: string | null;

  @ManyToOne('users', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'author_id' })
  author?: unknown;

  /** Invented for the demo (shown as such). */
  @Column({ name: 'is_demo', type: 'boolean', default: false })
  isDemo: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  /** When it was last published. */
  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  /** The reviewer's last word: why it was sent back, or a note on publication. */
  @Column({ name: 'review_comment', type: 'text', nullable: true })
  reviewComment: string | null;

  @Column({ name: 'reviewed_by', type: 'uuid', nullable: true })
  reviewedBy: string | null;

  @ManyToOne('users', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'reviewed_by' })
  reviewer?: unknown;

  @Column({ name: 'reviewed_at', type: 'timestamptz', nullable: true })
  reviewedAt: Date | null;
}
