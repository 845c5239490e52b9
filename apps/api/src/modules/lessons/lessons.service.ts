import { Injectable } from '@nestjs/common';
import { checkRequiredText, collectViolations, LIMITS } from '@jointops/domain';
import { ValidationException } from '../../core/errors/app-exception';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { PlanAccessService } from '../plans/plan-access.service';
import type { LessonHit } from './dto/lesson-hit.type';
import { LessonsRepository } from './lessons.repository';

/** Lessons learned: search over the summaries, strengths and improvements of closed plans the caller may see. */
@Injectable()
export class LessonsService {
  constructor(
    private readonly repository: LessonsRepository,
    private readonly access: PlanAccessService,
  ) {}

  async search(user: AuthenticatedUser, text: string): Promise<LessonHit[]> {
    const query = (text ?? '').trim();
    ValidationException.throwIfAny(collectViolations(checkRequiredText('search', query, LIMITS.titleMax)));
    return this.repository.search(query, this.access.visibleCondition(user, 'p', '$2'), user.agencyId);
  }
}
