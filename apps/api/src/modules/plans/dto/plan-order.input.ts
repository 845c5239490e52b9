import { Field, InputType, registerEnumType } from '@nestjs/graphql';
import { OrderDirection, PlanOrderField } from '@jointops/domain';

export { OrderDirection, PlanOrderField };
registerEnumType(PlanOrderField, {
  name: 'PlanOrderField',
  valuesMap: {
    UPDATED_AT: { description: 'When anything in the plan last changed.' },
    STATUS: { description: 'In lifecycle order: draft first.' },
    STARTS_AT: { description: 'Window start; plans without a window come last either way.' },
  },
});
registerEnumType(OrderDirection, { name: 'OrderDirection' });

@InputType({ description: 'How the plan list is sorted; ties are broken by id in the same direction.' })
export class PlanOrder {
  @Field(() => PlanOrderField)
  field!: PlanOrderField;

  @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC })
  direction!: OrderDirection;
}
