import { Inject, UseGuards } from '@nestjs/common';
import { Field, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { APP_CONFIG, type AppConfig } from '../../core/config/app-config';
import { SessionGuard } from '../../core/guards/session.guard';

/** The credit of the outlines the map draws with no tile server: U.S. Census data shipped in us-atlas. */
export const CENSUS_ATTRIBUTION = 'Boundaries: U.S. Census Bureau (us-atlas)';

@ObjectType({ description: 'How the web draws its maps.' })
export class MapSettings {
  @Field(() => String, { nullable: true, description: 'An https {z}/{x}/{y} tile template (JOINTOPS_MAP_TILES_URL); null: the bundled county and state outlines, which need no network.' })
  tilesUrl!: string | null;

  @Field({ description: 'The credit shown on the map for its base layer.' })
  attribution!: string;
}

@Resolver(() => MapSettings)
@UseGuards(SessionGuard)
export class MapSettingsResolver {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  @Query(() => MapSettings)
  mapSettings(): MapSettings {
    const { mapTilesUrl, mapTilesAttribution } = this.config;
    if (!mapTilesUrl) return { tilesUrl: null, attribution: CENSUS_ATTRIBUTION };
    return { tilesUrl: mapTilesUrl, attribution: mapTilesAttribution || `Map tiles: ${new URL(mapTilesUrl).host}` };
  }
}
