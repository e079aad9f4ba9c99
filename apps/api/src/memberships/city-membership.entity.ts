import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

// Users and cities belong to other domains: their tables are named here for the foreign keys, not imported.
@Entity({ name: 'city_memberships' })
@Check('city_memberships_role', `role IN ('ADMIN', 'EDITOR', 'MEMBER')`)
@Index('city_memberships_user_city', ['userId', 'cityId'], { unique: true })
@Index('city_memberships_city', ['cityId'])
export class CityMembership {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne('users', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: unknown;

  @Column({ name: 'city_id', type: 'int' })
  cityId: number;

  @ManyToOne('cities', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'city_id' })
  city?: unknown;

  @Column({ type: 'text' })
  role: 'ADMIN' | 'EDITOR' | 'MEMBER';

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
