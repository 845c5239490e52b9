import { UseGuards } from '@nestjs/common';
import { Args, Context, ID, Int, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { ChecklistStatus } from '@jointops/domain';
import { whenLoaded } from '../../core/dataloaders/dataloader.service';
import type { GqlContext } from '../../core/graphql/gql-context';
import { CurrentUser } from '../../core/guards/current-user.decorator';
import { SessionGuard } from '../../core/guards/session.guard';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { Plan } from '../plans/plan.entity';
import { User } from '../users/user.entity';
import { ChecklistItem } from './checklist-item.entity';
import { ChecklistService } from './checklist.service';
import { ChecklistItemInput, ChecklistItemPatch, ChecklistItemRef } from './dto/checklist-item.input';

@Resolver(() => ChecklistItem)
@UseGuards(SessionGuard)
export class ChecklistResolver {
  constructor(private readonly checklist: ChecklistService) {}

  @Mutation(() => [ChecklistItem])
  applyChecklistTemplate(
    @CurrentUser() user: AuthenticatedUser,
    @Args('planId', { type: () => ID }) planId: string,
    @Args('templateId', { type: () => ID }) templateId: string,
  ): Promise<ChecklistItem[]> {
    return this.checklist.applyTemplate(user, planId, templateId);
  }

  @Mutation(() => ChecklistItem)
  addChecklistItem(
    @CurrentUser() user: AuthenticatedUser,
    @Args('planId', { type: () => ID }) planId: string,
    @Args('input') input: ChecklistItemInput,
  ): Promise<ChecklistItem> {
    return this.checklist.add(user, planId, input);
  }

  @Mutation(() => ChecklistItem)
  updateChecklistItem(
    @CurrentUser() user: AuthenticatedUser,
    @Args('id', { type: () => ID }) id: string,
    @Args('expectedVersion', { type: () => Int }) expectedVersion: number,
    @Args('patch') patch: ChecklistItemPatch,
    @Args('reason', { type: () => String, nullable: true, description: "Required when changing a required item's text, category or citation." }) reason?: string | null,
  ): Promise<ChecklistItem> {
    return this.checklist.update(user, id, expectedVersion, patch, reason);
  }

  @Mutation(() => ChecklistItem, { description: 'SATISFIED and NOT_APPLICABLE need a non-empty note; OPEN reopens the item.' })
  resolveChecklistItem(
    @CurrentUser() user: AuthenticatedUser,
    @Args('id', { type: () => ID }) id: string,
    @Args('expectedVersion', { type: () => Int }) expectedVersion: number,
    @Args('status', { type: () => ChecklistStatus }) status: ChecklistStatus,
    @Args('note') note: string,
  ): Promise<ChecklistItem> {
    return this.checklist.resolve(user, id, expectedVersion, status, note);
  }

  @Mutation(() => [ChecklistItem], {
    description: 'Resolves several items of one plan with one status and note, in one transaction; each item gets its own event. All or nothing: a refusal names the item (extensions.itemId).',
  })
  resolveChecklistItems(
    @CurrentUser() user: AuthenticatedUser,
    @Args('planId', { type: () => ID }) planId: string,
    @Args('items', { type: () => [ChecklistItemRef] }) items: ChecklistItemRef[],
    @Args('status', { type: () => ChecklistStatus }) status: ChecklistStatus,
    @Args('note') note: string,
  ): Promise<ChecklistItem[]> {
    return this.checklist.resolveMany(user, planId, items, status, note);
  }

  @Mutation(() => ID)
  removeChecklistItem(
    @CurrentUser() user: AuthenticatedUser,
    @Args('id', { type: () => ID }) id: string,
    @Args('expectedVersion', { type: () => Int }) expectedVersion: number,
    @Args('reason', { type: () => String, nullable: true, description: 'Required when the item is required: why it is removed.' }) reason?: string | null,
  ): Promise<string> {
    return this.checklist.remove(user, id, expectedVersion, reason);
  }

  // Per item of a plan: (parent, args, context) without parameter decorators, so @nestjs/graphql
  // hands it to graphql-js as it is, and it answers at once what the operation already loaded.
  @ResolveField(() => User, { nullable: true })
  reviewedBy(item: ChecklistItem, _args: unknown, context: GqlContext): User | null | Promise<User | null> {
    return item.reviewedById ? whenLoaded(context.loaders.userById.get(item.reviewedById), (user) => user ?? null) : null;
  }
}

@Resolver(() => Plan)
@UseGuards(SessionGuard)
export class PlanChecklistResolver {
  @ResolveField(() => [ChecklistItem])
  async checklist(@Parent() plan: Plan, @Context() context: GqlContext): Promise<ChecklistItem[]> {
    return (await context.loaders.planContent.load(plan.id)).checklist;
  }
}
