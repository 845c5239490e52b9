import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Debrief } from './debrief.entity';

/** Debriefs and the plan's objectives they answer, in the caller's change (under the plan's row lock). */
@Injectable()
export class DebriefRepository {
  /** The author's own debrief of the plan, if they started one. */
  findOwn(manager: EntityManager, planId: string, authorId: string): Promise<Debrief | null> {
    return manager.findOneBy(Debrief, { planId, authorId });
  }

  /** The plan's objectives in their order, with their titles. */
  objectives(manager: EntityManager, planId: string): Promise<Array<{ id: string; title: string }>> {
    return manager.query(`SELECT id, title FROM objectives WHERE plan_id = $1 ORDER BY position`, [planId]);
  }

  /** The ids of the plan's objectives. */
  async objectiveIds(manager: EntityManager, planId: string): Promise<string[]> {
    const rows: Array<{ id: string }> = await manager.query(`SELECT id FROM objectives WHERE plan_id = $1`, [planId]);
    return rows.map((row) => row.id);
  }
}
