import { Field, ID, ObjectType } from '@nestjs/graphql';
import { PrimaryGeneratedColumn } from 'typeorm';

/** A row whose key is a generated UUID, exposed as the GraphQL `id: ID!`. Entities extend it. */
@ObjectType({ isAbstract: true })
export abstract class UuidEntity {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;
}
