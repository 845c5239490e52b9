import { UseGuards } from '@nestjs/common';
import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { rolesFor } from '@jointops/domain';
import type { GqlContext } from '../../core/graphql/gql-context';
import { CurrentUser } from '../../core/guards/current-user.decorator';
import { RequireRoles } from '../../core/guards/require-roles.decorator';
import { SessionGuard } from '../../core/guards/session.guard';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { User } from '../users/user.entity';
import { Course } from './course.entity';
import { CourseInput } from './dto/course.input';
import { TrainingRecord } from './training-record.entity';
import { TrainingService } from './training.service';

@Resolver(() => Course)
@UseGuards(SessionGuard)
export class CoursesResolver {
  constructor(private readonly training: TrainingService) {}

  /** Any signed-in user. */
  @Query(() => [Course])
  courses(): Promise<Course[]> {
    return this.training.courses();
  }

  @Mutation(() => Course)
  @RequireRoles(...rolesFor('course.create'))
  createCourse(@Args('input') input: CourseInput): Promise<Course> {
    return this.training.createCourse(input);
  }
}

@Resolver(() => TrainingRecord)
@UseGuards(SessionGuard)
export class TrainingRecordsResolver {
  constructor(private readonly training: TrainingService) {}

  @Query(() => [TrainingRecord], { description: 'Training records of one user, or of every user of an agency (AGENCY_LEAD of that agency, ADMIN, OVERSIGHT).' })
  trainingRecords(
    @CurrentUser() user: AuthenticatedUser,
    @Args('userId', { type: () => ID, nullable: true }) userId?: string | null,
    @Args('agencyId', { type: () => ID, nullable: true }) agencyId?: string | null,
  ): Promise<TrainingRecord[]> {
    return this.training.records(user, userId, agencyId);
  }

  @Mutation(() => TrainingRecord)
  recordTraining(
    @CurrentUser() user: AuthenticatedUser,
    @Args('userId', { type: () => ID }) userId: string,
    @Args('courseId', { type: () => ID }) courseId: string,
    @Args('completedOn') completedOn: Date,
    @Args('evidence') evidence: string,
  ): Promise<TrainingRecord> {
    return this.training.recordTraining(user, { userId, courseId, completedOn, evidence });
  }

  @ResolveField(() => User)
  async user(@Parent() record: TrainingRecord, @Context() context: GqlContext): Promise<User> {
    return (await context.loaders.userById.load(record.userId)) as User;
  }

  @ResolveField(() => Course)
  async course(@Parent() record: TrainingRecord, @Context() context: GqlContext): Promise<Course> {
    return (await context.loaders.courseById.load(record.courseId)) as Course;
  }

  @ResolveField(() => User)
  async recordedBy(@Parent() record: TrainingRecord, @Context() context: GqlContext): Promise<User> {
    return (await context.loaders.userById.load(record.recordedById)) as User;
  }
}
