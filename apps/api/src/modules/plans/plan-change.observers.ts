import { Injectable } from '@nestjs/common';
import type { PlanChange } from './plan-change.types';
import type { EventDraft } from './plan-log.writer';

/** Something that must happen in the transaction of every plan change, given the events it logs. */
export interface PlanChangeObserver {
  beforeCommit(change: PlanChange, drafts: readonly EventDraft[]): Promise<void>;
}

/**
 * Modules that follow plan changes (notifications) register here, so PlanChangeService runs them
 * inside every change's transaction without knowing them, and the plans module imports none of them.
 */
@Injectable()
export class PlanChangeObservers {
  private readonly observers: PlanChangeObserver[] = [];

  add(observer: PlanChangeObserver): void {
    this.observers.push(observer);
  }

  async beforeCommit(change: PlanChange, drafts: readonly EventDraft[]): Promise<void> {
    for (const observer of this.observers) await observer.beforeCommit(change, drafts);
  }
}
