import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { DataSource, In, type EntityTarget, type ObjectLiteral } from 'typeorm';
import { Agency } from '../../modules/agencies/agency.entity';
import { Objective } from '../../modules/objectives/objective.entity';
import { Plan } from '../../modules/plans/plan.entity';
import { TimelineEvent } from '../../modules/timeline/timeline-event.entity';
import { PlanContentService, type PlanContent, type PlanOperation } from '../../modules/plans/plan-content.service';
import { User } from '../../modules/users/user.entity';

export interface Loaders {
  agencyById: DataLoader<string, Agency | undefined>;
  userById: DataLoader<string, User | undefined>;
  /** Everything in a plan: one query for all plans of the operation. */
  planContent: DataLoader<string, PlanContent>;
  /** Activity, debriefs, report and corrective actions: one query for all plans of the operation. */
  planOperation: DataLoader<string, PlanOperation>;
  objectiveById: DataLoader<string, Objective | undefined>;
  timelineEventById: DataLoader<string, TimelineEvent | undefined>;
  /** Only for plans already known to be visible (e.g. search hits filtered in SQL). */
  planById: DataLoader<string, Plan | undefined>;
}

/** Builds fresh loaders for each operation, so nothing is cached across users or requests. */
@Injectable()
export class DataloaderService {
  constructor(
    private readonly planContent: PlanContentService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  create(): Loaders {
    return {
      agencyById: this.byId(Agency),
      userById: this.byId(User),
      planContent: new DataLoader((ids) => this.planContent.load(ids)),
      planOperation: new DataLoader((ids) => this.planContent.loadOperation(ids)),
      objectiveById: this.byId(Objective),
      timelineEventById: this.byId(TimelineEvent),
      planById: this.byId(Plan),
    };
  }

  /** Rows by id in one query, in the order asked (undefined where one no longer exists). */
  private byId<T extends ObjectLiteral & { id: string }>(entity: EntityTarget<T>): DataLoader<string, T | undefined> {
    return new DataLoader(async (ids) => {
      const rows = await this.dataSource.getRepository(entity).findBy({ id: In([...ids]) } as never);
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id));
    });
  }
}
