import { UseGuards } from '@nestjs/common';
import { Args, Context, ID, Int, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { whenLoaded } from '../../core/dataloaders/dataloader.service';
import type { GqlContext } from '../../core/graphql/gql-context';
import { CurrentUser } from '../../core/guards/current-user.decorator';
import { SessionGuard } from '../../core/guards/session.guard';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { Plan } from '../plans/plan.entity';
import { PlaceInput, PlacePatch } from './dto/place.input';
import { namersIn } from './place-links';
import { Place } from './place.entity';
import { PlacesService } from './places.service';

@Resolver(() => Place)
@UseGuards(SessionGuard)
export class PlacesResolver {
  constructor(private readonly places: PlacesService) {}

  @Mutation(() => Place)
  addPlace(
    @CurrentUser() user: AuthenticatedUser,
    @Args('planId', { type: () => ID }) planId: string,
    @Args('input') input: PlaceInput,
  ): Promise<Place> {
    return this.places.add(user, planId, input);
  }

  @Mutation(() => Place)
  updatePlace(
    @CurrentUser() user: AuthenticatedUser,
    @Args('id', { type: () => ID }) id: string,
    @Args('expectedVersion', { type: () => Int }) expectedVersion: number,
    @Args('patch') patch: PlacePatch,
  ): Promise<Place> {
    return this.places.update(user, id, expectedVersion, patch);
  }

  @Mutation(() => ID, { description: 'Refused (BAD_USER_INPUT) while a timeline event or role names the place.' })
  removePlace(
    @CurrentUser() user: AuthenticatedUser,
    @Args('id', { type: () => ID }) id: string,
    @Args('expectedVersion', { type: () => Int }) expectedVersion: number,
  ): Promise<string> {
    return this.places.remove(user, id, expectedVersion);
  }

  // Per place of a plan: (parent, args, context) without parameter decorators, answered from the content the operation loaded.
  @ResolveField(() => [String], {
    description: 'What names this place, in words (`role “CBP liaison”`, `timeline event “Joint briefing”`): removing it is refused while anything does.',
  })
  namedBy(place: Place, _args: unknown, context: GqlContext): string[] | Promise<string[]> {
    return whenLoaded(context.loaders.planContent.get(place.planId), (content) => namersIn(content as unknown as Record<string, unknown>, place.id));
  }
}

@Resolver(() => Plan)
@UseGuards(SessionGuard)
export class PlanPlacesResolver {
  @ResolveField(() => [Place])
  async places(@Parent() plan: Plan, @Context() context: GqlContext): Promise<Place[]> {
    return (await context.loaders.planContent.load(plan.id)).places;
  }
}
