import { Field, Int, ObjectType } from '@nestjs/graphql';
import { ChecklistCategory } from '@jointops/domain';
import { Column, Entity } from 'typeorm';
import { UuidEntity } from '../../core/database/uuid.entity';

@ObjectType()
export class ChecklistTemplateItem {
  @Field(() => ChecklistCategory)
  category!: ChecklistCategory;

  @Field()
  text!: string;

  @Field()
  required!: boolean;

  @Field()
  citation!: string;
}

@ObjectType({ description: 'Templates are versioned: a new version of the law or policy is a new version of the template; plans keep the items they were given.' })
@Entity({ name: 'checklist_templates' })
export class ChecklistTemplate extends UuidEntity {
  @Field()
  @Column({ type: 'text' })
  name!: string;

  @Field()
  @Column({ type: 'text' })
  jurisdiction!: string;

  @Field(() => Int)
  @Column({ type: 'integer' })
  version!: number;

  @Field()
  @Column({ name: 'effective_from', type: 'timestamptz' })
  effectiveFrom!: Date;

  @Field(() => [ChecklistTemplateItem])
  @Column({ type: 'jsonb' })
  items!: ChecklistTemplateItem[];
}
