import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

// Users and cities belong to other domains: their tables are named here for the foreign keys, not imported.
/** An uploaded file: what it is (checked from its bytes) and who sent it; the bytes are in the FileStorage under its id. */
@Entity({ name: 'uploads' })
@Check('uploads_content_type', `content_type IN ('application/pdf', 'image/png', 'image/jpeg', 'image/webp')`)
@Check('uploads_byte_size', `byte_size BETWEEN 1 AND 10485760`)
@Check('uploads_sha256', `sha256 ~ '^[0-9a-f]{64}$'`)
// A name fit for a header and a path segment: 1 to 120 characters, no slash, backslash, quote or control character.
@Check('uploads_filename', `char_length(filename) BETWEEN 1 AND 120 AND filename !~ '[/\\\\"[:cntrl:]]'`)
@Index('uploads_uploader', ['uploaderId'])
@Index('uploads_city', ['cityId'])
export class Upload {
  /** Made by the API before the bytes are stored: it is also their storage key. */
  @PrimaryColumn('uuid')
  id: string;

  @Column({ name: 'uploader_id', type: 'uuid' })
  uploaderId: string;

  @ManyToOne('users', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'uploader_id' })
  uploader?: unknown;

  /** The city it was uploaded for, when the uploader named one. */
  @Column({ name: 'city_id', type: 'int', nullable: true })
  cityId: number | null;

  @ManyToOne('cities', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'city_id' })
  city?: unknown;

  @Column({ type: 'text' })
  filename: string;

  @Column({ name: 'content_type', type: 'text' })
  contentType: string;

  @Column({ name: 'byte_size', type: 'int' })
  byteSize: number;

  /** Hex SHA-256 of the bytes, to check a stored file against. */
  @Column({ type: 'text' })
  sha256: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  /** Demo content's files are marked like every demo value. */
  @Column({ name: 'is_demo', type: 'boolean', default: false })
  isDemo: boolean;
}
