import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ApprovalStatus, enumOf, type EnumValue } from '@jointops/domain';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export { ApprovalStatus };
registerEnumType(ApprovalStatus, { name: 'ApprovalStatus', valuesMap: { STALE: { description: 'Given for a revision that a later change has superseded.' } } });

export const Decision = enumOf('APPROVE', 'REJECT');
export type Decision = EnumValue<typeof Decision>;
registerEnumType(Decision, { name: 'Decision' });

/** One participating agency's sign-off on the plan. `agency` and `decidedBy` are resolved by id. */
@ObjectType()
@Entity({ name: 'approvals' })
export class Approval {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'plan_id', type: 'uuid' })
  planId!: string;

  @Column({ name: 'agency_id', type: 'uuid' })
  agencyId!: string;

  @Field(() => ApprovalStatus)
  @Column({ type: 'text' })
  status!: ApprovalStatus;

  @Field(() => Int, { nullable: true, description: 'The plan revision this decision was made on.' })
  @Column({ type: 'integer', nullable: true })
  revision!: number | null;

  @Field(() => String, { nullable: true, description: "The plan's contentHash at that revision." })
  @Column({ name: 'content_hash', type: 'text', nullable: true })
  contentHash!: string | null;

  @Column({ name: 'decided_by', type: 'uuid', nullable: true })
  decidedById!: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;

  @Field()
  @Column({ type: 'text' })
  comment!: string;

  @Field(() => Boolean, { nullable: true, description: "True when the signature was given with a second factor (or an identity provider's MFA). Null before it was recorded." })
  @Column({ name: 'second_factor', type: 'boolean', nullable: true })
  secondFactor!: boolean | null;

  @Field(() => String, {
    nullable: true,
    description: "What the signer signed, in words, e.g. 'Approved revision 38 (content hash 3f2a91c0…) on behalf of CBP'. Null before it was recorded.",
  })
  @Column({ type: 'text', nullable: true })
  meaning!: string | null;

  @Column({ name: 'created_at', type: 'timestamptz', insert: false, update: false })
  createdAt!: Date;
}
