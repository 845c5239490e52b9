import { Controller, ForbiddenException, Get, Header, Headers, Inject } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { MetricsService } from './metrics.service';

/** Prometheus scrape endpoint; with JOINTOPS_METRICS_TOKEN set, scrapers must send it as a bearer token. */
@Controller('metrics')
export class MetricsController {
  constructor(
    private readonly metrics: MetricsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get()
  @Header('Cache-Control', 'no-store')
  async scrape(@Headers('authorization') authorization?: string): Promise<string> {
    if (this.config.metricsToken && authorization !== `Bearer ${this.config.metricsToken}`) throw new ForbiddenException();
    return this.metrics.registry.metrics();
  }
}
