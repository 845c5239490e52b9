import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthModule } from '../auth/auth.module';
import { PlansModule } from '../plans/plans.module';
import { MapSettingsResolver } from './map-settings.resolver';
import { Place } from './place.entity';
import { PlacesResolver, PlanPlacesResolver } from './places.resolver';
import { PlacesService } from './places.service';

@Module({
  imports: [TypeOrmModule.forFeature([Place]), AuthModule, PlansModule],
  exports: [PlacesService],
  providers: [PlacesService, PlacesResolver, PlanPlacesResolver, MapSettingsResolver],
})
export class PlacesModule {}
