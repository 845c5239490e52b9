import { UseGuards } from '@nestjs/common';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { rolesFor } from '@jointops/domain';
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
}
