import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { can, courseSchema, isUuid, trainingCompletionDay, trainingExpiresOn, trainingRecordSchema } from '@jointops/domain';
import { DataSource } from 'typeorm';
import { Clock } from '../../core/clock/clock';
import { ValidationException } from '../../core/errors/app-exception';
import { assertValid } from '../../core/errors/assert-valid';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { PlanReadinessAnnouncer } from '../plans/plan-readiness.announcer';
import type { Course } from './course.entity';
import type { CourseInput } from './dto/course.input';
import { TrainingException, TrainingExceptionCode } from './training.exception';
import type { TrainingRecord } from './training-record.entity';
import { TrainingRepository } from './training.repository';

export interface RecordTrainingArgs {
  userId: string;
  courseId: string;
  completedOn: Date | string;
  evidence: string;
}

/**
 * Courses and who completed them (docs/architecture.md#training). ADMIN creates courses; the
 * trainee's agency lead (or ADMIN) records a completion, whose expiry is computed from the
 * course's validity and stored; ADMIN, OVERSIGHT, the agency's lead and the person read records.
 */
@Injectable()
export class TrainingService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: TrainingRepository,
    private readonly announcer: PlanReadinessAnnouncer,
    private readonly clock: Clock,
  ) {}

  courses(): Promise<Course[]> {
    return this.repository.courses();
  }

  /** ADMIN (the resolver's @RequireRoles). A code is unique without regard to case: `input.code` otherwise. */
  async createCourse(input: CourseInput): Promise<Course> {
    assertValid(courseSchema, input, 'input');
    const code = input.code.trim();
    const taken = () => ValidationException.of('input.code', `A course with the code ${code} already exists.`);
    if (await this.repository.codeTaken(code)) throw taken();
    const course = await this.repository.insertCourse({
      code,
      title: input.title.trim(),
      validityMonths: input.validityMonths ?? null,
      requiredFor: [...new Set(input.requiredFor)],
    });
    if (!course) throw taken();
    return course;
  }

  /**
   * Who first (FORBIDDEN for anyone who records for no agency), then the arguments, then the
   * trainee: an agency lead names a person of another agency, or an unknown one, as bad input
   * (`userId`). The record and the READINESS_CHANGED events of the trainee's plans commit together.
   */
  async recordTraining(user: AuthenticatedUser, args: RecordTrainingArgs): Promise<TrainingRecord> {
    if (!can(user, 'training.record', null, { agencyId: user.agencyId })) {
      throw new TrainingException(TrainingExceptionCode.TRAINING_RECORD_FORBIDDEN, "Agency leads record the training of their own agency's people; administrators anyone's.");
    }
    const now = this.clock.now();
    assertValid(trainingRecordSchema(now.getTime()), args);
    const recordsAnyone = can(user, 'training.record');
    let publish: (() => void) | undefined;
    const record = await this.dataSource.transaction(async (manager) => {
      const agencyId = isUuid(args.userId) ? await this.repository.userAgency(manager, args.userId) : null;
      if (agencyId === null || !can(user, 'training.record', null, { agencyId })) {
        throw ValidationException.of('userId', recordsAnyone ? 'No such person.' : "Choose a person of your own agency: agency leads record their own agency's training.");
      }
      const course = isUuid(args.courseId) ? await this.repository.findCourse(manager, args.courseId) : null;
      if (!course) throw ValidationException.of('courseId', 'No such course.');
      const completedOn = trainingCompletionDay(args.completedOn);
      const created = await this.repository.insertRecord(manager, {
        userId: args.userId,
        courseId: course.id,
        completedOn,
        expiresOn: trainingExpiresOn(completedOn, course.validityMonths),
        evidence: args.evidence.trim(),
        recordedById: user.id,
        recordedAt: now,
      });
      publish = await this.announcer.announce(manager, { userIds: [args.userId] }, user.id, { kind: 'TRAINING', id: created.id });
      return created;
    });
    publish?.();
    return record;
  }

  /**
   * One person's records (`userId`; neither argument: the caller's own), or those of everyone now
   * in an agency (`agencyId`). Not both. Reading another person's or an agency's records follows
   * `training.read`; a person the caller may not read, or who does not exist, is FORBIDDEN alike.
   */
  async records(user: AuthenticatedUser, userId: string | null | undefined, agencyId: string | null | undefined): Promise<TrainingRecord[]> {
    if (userId != null && agencyId != null) throw ValidationException.of('agencyId', "Ask for one person's records or one agency's, not both.");
    if (agencyId != null) {
      if (!isUuid(agencyId)) throw ValidationException.of('agencyId', 'Agency id is not a valid id.');
      if (!can(user, 'training.read', null, { agencyId })) throw this.readForbidden();
      return this.repository.recordsOfAgency(agencyId);
    }
    const personId = userId ?? user.id;
    if (!isUuid(personId)) throw ValidationException.of('userId', 'User id is not a valid id.');
    const personAgencyId = await this.repository.userAgency(this.dataSource.manager, personId);
    if (!can(user, 'training.read', null, { agencyId: personAgencyId, authorId: personId })) throw this.readForbidden();
    return personAgencyId === null ? [] : this.repository.recordsOfUser(personId);
  }

  private readForbidden(): TrainingException {
    return new TrainingException(TrainingExceptionCode.TRAINING_READ_FORBIDDEN, "Training records are read by the person, their agency's lead, administrators and oversight.");
  }
}
