import { Field, ID, InputType } from '@nestjs/graphql';
import { AgreementKind, OperationType } from '@jointops/domain';

@InputType()
export class AgreementInput {
  @Field()
  title!: string;

  @Field(() => AgreementKind)
  kind!: AgreementKind;

  @Field(() => [ID])
  agencyIds!: string[];

  @Field(() => [OperationType])
  scope!: OperationType[];

  @Field()
  dataSharingTerms!: string;

  @Field()
  reportingRequirements!: string;

  @Field()
  effectiveFrom!: Date;

  @Field(() => Date, { nullable: true })
  expiresOn?: Date | null;
}

/** A field left out or null stays as it is. */
@InputType()
export class AgreementPatch {
  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field(() => [OperationType], { nullable: true })
  scope?: OperationType[] | null;

  @Field(() => String, { nullable: true })
  dataSharingTerms?: string | null;

  @Field(() => String, { nullable: true })
  reportingRequirements?: string | null;

  @Field(() => Date, { nullable: true })
  expiresOn?: Date | null;
}
