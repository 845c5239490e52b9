import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { AgreementKind, OperationType } from '@jointops/domain';

registerEnumType(AgreementKind, { name: 'AgreementKind' });
// OperationType is registered once, with Plan (plans/plan.entity.ts).

/**
 * An agreement between agencies (MOU, MOA, task-force or data-sharing agreement), read with raw
 * SQL by AgreementsRepository. `agencies`, `activeOn`, `history` are resolved by AgreementsResolver.
 */
@ObjectType()
export class Agreement {
  @Field(() => ID)
  id!: string;

  @Field()
  title!: string;

  @Field(() => AgreementKind)
  kind!: AgreementKind;

  /** The parties, in the order they were named. */
  agencyIds!: string[];

  @Field(() => [OperationType], { description: 'Operation types the agreement allows.' })
  scope!: OperationType[];

  @Field({ description: 'What data may be shared, with whom, and how it is protected.' })
  dataSharingTerms!: string;

  @Field({ description: 'What each party must report, to whom, and when.' })
  reportingRequirements!: string;

  @Field()
  effectiveFrom!: Date;

  @Field(() => Date, { nullable: true, description: 'Null: open-ended.' })
  expiresOn!: Date | null;

  @Field(() => Date, { nullable: true })
  terminatedAt!: Date | null;

  terminationReason!: string | null;

  @Field(() => String, { nullable: true, description: 'Name of the signed document, when one was uploaded (download: GET /agreements/{id}/document).' })
  documentName!: string | null;

  @Field(() => Int)
  version!: number;

  @Field()
  createdAt!: Date;

  createdById!: string;
}

/** One entry of an agreement's append-only history. */
@ObjectType()
export class AgreementChange {
  id!: string;
  agreementId!: string;

  @Field()
  at!: Date;

  byId!: string;

  @Field({ description: 'CREATED, UPDATED, DOCUMENT_UPLOADED or TERMINATED.' })
  kind!: string;

  /** UPDATED: the field changed; DOCUMENT_UPLOADED: `document`; TERMINATED: `terminatedAt`. */
  @Field(() => String, { nullable: true })
  field!: string | null;

  /** Why (updates and terminations require it). */
  @Field(() => String, { nullable: true })
  reason!: string | null;

  /** The value before and after the change, as text (dates as ISO instants). */
  @Field(() => String, { nullable: true })
  before!: string | null;

  @Field(() => String, { nullable: true })
  after!: string | null;
}
