import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { agencySchema } from '@jointops/domain';
import { Repository } from 'typeorm';
import { ValidationException } from '../../core/errors/app-exception';
import { assertValid } from '../../core/errors/assert-valid';
import { SecurityLogService } from '../auth/security-log.service';
import { Agency } from './agency.entity';
import { CreateAgencyInput } from './dto/create-agency.input';

@Injectable()
export class AgenciesService {
  constructor(
    @InjectRepository(Agency) private readonly agencies: Repository<Agency>,
    private readonly securityLog: SecurityLogService,
  ) {}

  list(): Promise<Agency[]> {
    return this.agencies.find({ order: { name: 'ASC' } });
  }

  async exists(id: string): Promise<boolean> {
    return (await this.agencies.countBy({ id })) > 0;
  }

  async create(input: CreateAgencyInput, actorId: string): Promise<Agency> {
    assertValid(agencySchema, input, 'input');
    const name = input.name.trim();
    const shortName = input.shortName.trim();
    const clash = await this.agencies
      .createQueryBuilder('agency')
      .where('lower(agency.name) = lower(:name) OR lower(agency.short_name) = lower(:shortName)', { name, shortName })
      .getOne();
    if (clash) {
      const field = clash.name.toLowerCase() === name.toLowerCase() ? 'input.name' : 'input.shortName';
      throw ValidationException.of(field, `An agency named "${field === 'input.name' ? name : shortName}" already exists.`);
    }
    const agency = await this.agencies.save(this.agencies.create({ name, shortName, level: input.level }));
    await this.securityLog.record({ type: 'AGENCY_CREATED', userId: actorId, detail: { agencyId: agency.id, shortName } });
    return agency;
  }
}
