import { Field, ID, InputType } from '@nestjs/graphql';
import { ComplaintCategory, ComplaintStatus, type PublicLanguage } from '@jointops/domain';

/** fileComplaint's input: nothing about immigration status, nationality or ethnicity is asked, or accepted. */
@InputType()
export class ComplaintInput {
  @Field(() => ComplaintCategory)
  category!: ComplaintCategory;

  @Field()
  occurredAt!: Date;

  @Field({ description: "Where it happened, in the complainant's words." })
  location!: string;

  @Field()
  description!: string;

  @Field(() => String, { nullable: true, description: 'Optional, never required: how to reach the complainant.' })
  contact?: string | null;

  @Field(() => ID, { nullable: true, description: 'Optional: the agency the complainant names.' })
  agencyId?: string | null;

  @Field(() => String, { nullable: true, description: "The language of the form the complainant filed with: 'en' or 'es'. Oversight sees it, to answer in it." })
  language?: PublicLanguage | null;
}

/** A field left out or null stays as it is; an empty planId or agencyId removes the link. */
@InputType()
export class ComplaintPatch {
  @Field(() => ComplaintStatus, { nullable: true })
  status?: ComplaintStatus | null;

  @Field(() => ID, { nullable: true, description: 'The operation (plan) the complaint is about; "" removes the link.' })
  planId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The agency the complaint is about; "" removes the link.' })
  agencyId?: string | null;

  @Field(() => String, { nullable: true, description: 'Required to close; the complainant reads it with their tracking code.' })
  outcome?: string | null;
}
