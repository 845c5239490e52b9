import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ComplaintCategory, ComplaintStatus, type PublicLanguage } from '@jointops/domain';

registerEnumType(ComplaintCategory, { name: 'ComplaintCategory' });
registerEnumType(ComplaintStatus, { name: 'ComplaintStatus' });

/**
 * A complaint as oversight reads it (complaints, complaint, updateComplaint), read with raw SQL by
 * ComplaintsRepository: the tracking code's hash never leaves it. `agency`, `plan` and `history`
 * are resolved by ComplaintsResolver, through the operation's loaders.
 */
@ObjectType()
export class Complaint {
  @Field(() => ID)
  id!: string;

  @Field(() => ComplaintCategory)
  category!: ComplaintCategory;

  @Field(() => ComplaintStatus)
  status!: ComplaintStatus;

  @Field()
  occurredAt!: Date;

  @Field({ description: "Where it happened, in the complainant's words." })
  location!: string;

  @Field()
  description!: string;

  @Field(() => String, { nullable: true, description: 'How to reach the complainant, when they gave it.' })
  contact!: string | null;

  @Field(() => String, { nullable: true, description: "The language the complainant filed in ('en' or 'es'), so the outcome can be written in it; null for complaints filed before it was recorded." })
  language!: PublicLanguage | null;

  agencyId!: string | null;
  planId!: string | null;

  @Field(() => String, { nullable: true, description: 'What oversight concluded; the complainant reads it once the complaint is CLOSED.' })
  outcome!: string | null;

  @Field()
  receivedAt!: Date;

  @Field()
  updatedAt!: Date;

  @Field(() => Int)
  version!: number;
}

/** What anyone holding the tracking code may see. */
@ObjectType()
export class ComplaintStatusView {
  @Field(() => ComplaintStatus)
  status!: ComplaintStatus;

  @Field()
  receivedAt!: Date;

  @Field()
  updatedAt!: Date;

  @Field(() => String, { nullable: true, description: 'Set when CLOSED.' })
  outcome!: string | null;
}

@ObjectType()
export class ComplaintReceipt {
  @Field({ description: 'Unguessable (about 98 bits): five groups of four letters and digits without look-alikes, e.g. K7QM-4XTA-9RCP-HW2N-3FJD. Only its hash is stored.' })
  trackingCode!: string;

  @Field()
  receivedAt!: Date;
}

/** One changed field of a complaint: its value before and after, as text (ids for the operation and the agency). */
@ObjectType()
export class ComplaintFieldChange {
  @Field({ description: 'status, planId, agencyId or outcome.' })
  field!: string;

  @Field(() => String, { nullable: true })
  from!: string | null;

  @Field(() => String, { nullable: true })
  to!: string | null;
}

/** One entry of a complaint's append-only history: the filing (no one, no changes) or one handling step. */
@ObjectType()
export class ComplaintChange {
  complaintId!: string;

  @Field()
  at!: Date;

  /** Null for the filing, which is anonymous. */
  byId!: string | null;

  @Field(() => [ComplaintFieldChange], { description: 'Empty for the filing.' })
  changes!: ComplaintFieldChange[];
}
