import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { User } from '../auth/user.entity.js';
import { City } from '../cities/city.entity.js';

@Entity({ name: 'city_memberships' })
@Check('city_memberships_role', `role IN ('ADMIN', 'EDITOR', 'MEMBER')`)
@Index('city_memberships_user_city', ['userId', 'cityId'], { unique: true })
@Index('city_memberships_city', ['cityId'])
export class CityMembership {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: User;

  @Column({ name: 'city_id', type: 'int' })
  cityId: number;

  @ManyToOne(() => City, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'city_id' })
  city?: City;

  @Column({ type: 'text' })
  role: 'ADMIN' | 'EDITOR' | 'MEMBER';

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
