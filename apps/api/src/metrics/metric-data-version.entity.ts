import { Check, Column, Entity, PrimaryColumn } from 'typeorm';

/** One row: a number that every write to the metrics changes (triggers; see its migration). */
@Entity({ name: 'metric_data_version' })
@Check('metric_data_version_one', 'id = 1')
export class MetricDataVersion {
  @PrimaryColumn({ type: 'smallint', default: 1, primaryKeyConstraintName: 'PK_metric_data_version' })
  id: number;

  @Column({ type: 'bigint', default: 0 })
  n: string;
}
