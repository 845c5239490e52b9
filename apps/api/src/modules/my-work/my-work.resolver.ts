import { UseGuards } from '@nestjs/common';
import { Query, Resolver } from '@nestjs/graphql';
import { CurrentUser } from '../../core/guards/current-user.decorator';
import { SessionGuard } from '../../core/guards/session.guard';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { MyWork } from './dto/my-work.types';
import { MyWorkService } from './my-work.service';

@Resolver(() => MyWork)
@UseGuards(SessionGuard)
export class MyWorkResolver {
  constructor(private readonly myWork: MyWorkService) {}

  @Query(() => MyWork, { name: 'myWork', description: "The signed-in user's to-do list: decisions, stale sign-offs, debriefs owed, corrective actions due, drafts." })
  get(@CurrentUser() user: AuthenticatedUser): Promise<MyWork> {
    return this.myWork.myWork(user);
  }
}
