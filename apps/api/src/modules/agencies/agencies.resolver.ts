import { UseGuards } from '@nestjs/common';
import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { rolesFor } from '@jointops/domain';
import { whenLoaded } from '../../core/dataloaders/dataloader.service';
import type { GqlContext } from '../../core/graphql/gql-context';
import { CurrentUser } from '../../core/guards/current-user.decorator';
import { RequireRoles } from '../../core/guards/require-roles.decorator';
import { SessionGuard } from '../../core/guards/session.guard';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { Agency } from './agency.entity';
import { AgenciesService } from './agencies.service';
import { CreateAgencyInput } from './dto/create-agency.input';

@Resolver(() => Agency)
@UseGuards(SessionGuard)
export class AgenciesResolver {
  constructor(private readonly agencies: AgenciesService) {}

  @Query(() => [Agency], { name: 'agencies' })
  list(): Promise<Agency[]> {
    return this.agencies.list();
  }

  @Mutation(() => Agency)
  @RequireRoles(...rolesFor('agency.create'))
  createAgency(@Args('input') input: CreateAgencyInput, @CurrentUser() user: AuthenticatedUser): Promise<Agency> {
    return this.agencies.create(input, user.id);
  }

  @ResolveField(() => Boolean, {
    nullable: true,
    description: 'Whether the agency has an active AGENCY_LEAD, who signs plans for it: a plan with an agency that has none cannot be signed (AGENCY_WITHOUT_LEAD). Null when not signed in.',
  })
  hasAgencyLead(@Parent() agency: Agency, @Context() context: GqlContext): Promise<boolean> | boolean | null {
    return context.auth ? whenLoaded(context.loaders.agencyLeads.get(agency.id), (leads) => leads.length > 0) : null;
  }
}
