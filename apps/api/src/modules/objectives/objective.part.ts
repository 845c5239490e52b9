import { OBJECTIVES_PART } from '@jointops/domain';
import { registerPlanPart } from '../plans/plan-part.registry';
import { Objective } from './objective.entity';

declare module '../plans/plan-content.service' {
  interface PlanContent {
    objectives: Objective[];
  }
}

export const OBJECTIVE = registerPlanPart({
  part: OBJECTIVES_PART,
  entity: Objective,
  table: 'objectives',
  order: 'position, id',
  dates: [],
  signed: ({ id, position, title, description, successCriteria, priority }) => ({ id, position, title, description, successCriteria, priority }),
});
