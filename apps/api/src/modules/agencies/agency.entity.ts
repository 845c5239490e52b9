import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';
import { AgencyLevel } from '@jointops/domain';
import { Column, CreateDateColumn, Entity } from 'typeorm';
import { UuidEntity } from '../../core/database/uuid.entity';

registerEnumType(AgencyLevel, { name: 'AgencyLevel' });

@ObjectType()
@Entity({ name: 'agencies' })
export class Agency extends UuidEntity {
  @Field()
  @Column({ type: 'text' })
  name!: string;

  @Field()
  @Column({ name: 'short_name', type: 'text' })
  shortName!: string;

  @Field(() => AgencyLevel)
  @Column({ type: 'enum', enum: AgencyLevel, enumName: 'agency_level' })
  level!: AgencyLevel;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
