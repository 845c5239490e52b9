import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Role } from '@jointops/domain';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

registerEnumType(Role, { name: 'Role' });

/** `agency` is resolved by UsersResolver through the per-request agency loader. */
@ObjectType()
@Entity({ name: 'users' })
export class User {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Exposed through UsersResolver.email, which blanks it for viewers of another agency. */
  @Column({ type: 'text' })
  email!: string;

  @Field()
  @Column({ name: 'display_name', type: 'text' })
  displayName!: string;

  @Column({ name: 'agency_id', type: 'uuid' })
  agencyId!: string;

  @Field(() => [Role])
  @Column({ type: 'text', array: true })
  roles!: Role[];

  /** argon2id PHC string; never leaves the server. */
  @Column({ name: 'password_hash', type: 'text', select: false })
  passwordHash!: string;

  /** Set while an ADMIN has disabled the account (served as `active`). */
  @Column({ name: 'disabled_at', type: 'timestamptz', nullable: true })
  disabledAt!: Date | null;

  /** After an ADMIN reset: the next sign-in must choose a new password. */
  @Column({ name: 'must_change_password', type: 'boolean', default: false })
  mustChangePassword!: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
