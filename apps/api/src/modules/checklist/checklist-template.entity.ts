import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ChecklistCategory } from '@jointops/domain';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

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
export class ChecklistTemplate {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

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
