import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { Agency } from '../agencies/agency.entity';
import { User } from '../users/user.entity';

/** The names an export prints: agencies and users by id, read on their own. */
@Injectable()
export class ExportRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  agencies(ids: string[]): Promise<Agency[]> {
    return this.dataSource.getRepository(Agency).findBy({ id: In(ids) });
  }

  users(ids: string[]): Promise<User[]> {
    return this.dataSource.getRepository(User).findBy({ id: In(ids) });
  }
}
