import { Controller, Get, Header, Headers, Inject, NotFoundException, Res, UnauthorizedException } from '@nestjs/common';
import type { Response } from 'express';
import { createHash, timingSafeEqual } from 'node:crypto';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { MetricsService } from './metrics.service';

const digest = (value: string) => createHash('sha256').update(value).digest();

/**
 * Prometheus scrape endpoint. With JOINTOPS_METRICS_TOKEN set, scrapers must send it as a bearer
 * token (401 otherwise). In production without the setting, the endpoint is off (404): operation
 * names and load figures are not for anyone who finds the URL.
 */
@Controller('metrics')
export class MetricsController {
  constructor(
    private readonly metrics: MetricsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get()
  @Header('Cache-Control', 'no-store')
  async scrape(@Res({ passthrough: true }) response: Response, @Headers('authorization') authorization?: string): Promise<string> {
    const token = this.config.metricsToken;
    if (!token) {
      if (this.config.production) throw new NotFoundException();
    } else if (!authorization || !timingSafeEqual(digest(authorization), digest(`Bearer ${token}`))) {
      response.setHeader('WWW-Authenticate', 'Bearer realm="metrics"');
      throw new UnauthorizedException();
    }
    return this.metrics.registry.metrics();
  }
}
