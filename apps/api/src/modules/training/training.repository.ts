import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { OperationType } from '@jointops/domain';
import { DataSource, In, type EntityManager } from 'typeorm';
import { Course } from './course.entity';
import { TrainingRecord } from './training-record.entity';

/** PostgreSQL's unique_violation. */
const UNIQUE_VIOLATION = '23505';

export interface NewCourse {
  code: string;
  title: string;
  validityMonths: number | null;
  requiredFor: OperationType[];
}

export type NewTrainingRecord = Pick<TrainingRecord, 'userId' | 'courseId' | 'completedOn' | 'expiresOn' | 'evidence' | 'recordedById' | 'recordedAt'>;

/** Courses and training records. Methods that take an EntityManager run in the caller's transaction. */
@Injectable()
export class TrainingRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Every course, by code. */
  async courses(): Promise<Course[]> {
    const courses = await this.dataSource.getRepository(Course).find();
    return courses.sort((a, b) => a.code.localeCompare(b.code, 'en', { sensitivity: 'base', numeric: true }));
  }

  coursesById(ids: readonly string[]): Promise<Course[]> {
    return this.dataSource.getRepository(Course).findBy({ id: In([...ids]) });
  }

  findCourse(manager: EntityManager, id: string): Promise<Course | null> {
    return manager.findOneBy(Course, { id });
  }

  /** Whether a course already has this code, compared without case. */
  async codeTaken(code: string): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(`SELECT 1 FROM courses WHERE lower(code) = lower($1)`, [code]);
    return rows.length > 0;
  }

  /** Inserts the course; null when its code was taken meanwhile (the unique index on lower(code)). */
  async insertCourse(course: NewCourse): Promise<Course | null> {
    const repository = this.dataSource.getRepository(Course);
    try {
      const { id } = (await repository.insert(course)).identifiers[0] as { id: string };
      return await repository.findOneByOrFail({ id });
    } catch (error) {
      if ((error as { driverError?: { code?: string } }).driverError?.code === UNIQUE_VIOLATION) return null;
      throw error;
    }
  }

  /** The trainee's agency and whether the account is there at all. */
  async userAgency(manager: EntityManager, userId: string): Promise<string | null> {
    const [row]: Array<{ agency_id: string }> = await manager.query(`SELECT agency_id FROM users WHERE id = $1`, [userId]);
    return row?.agency_id ?? null;
  }

  async insertRecord(manager: EntityManager, record: NewTrainingRecord): Promise<TrainingRecord> {
    const { id } = (await manager.insert(TrainingRecord, record)).identifiers[0] as { id: string };
    return manager.findOneByOrFail(TrainingRecord, { id });
  }

  /** One person's records, newest completion first. */
  recordsOfUser(userId: string): Promise<TrainingRecord[]> {
    return this.records().where('r.user_id = :userId', { userId }).getMany();
  }

  /** The records of every person now in the agency, newest completion first. */
  recordsOfAgency(agencyId: string): Promise<TrainingRecord[]> {
    return this.records().innerJoin('users', 'u', 'u.id = r.user_id').where('u.agency_id = :agencyId', { agencyId }).getMany();
  }

  private records() {
    return this.dataSource.getRepository(TrainingRecord).createQueryBuilder('r').orderBy('r.completed_on', 'DESC').addOrderBy('r.recorded_at', 'DESC').addOrderBy('r.id', 'ASC');
  }
}
