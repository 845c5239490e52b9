import { Injectable } from '@nestjs/common';
import { Observable, Subject } from 'rxjs';

/** A plan's log grew up to `seq`. Subscribers read the events themselves, by seq, from the table. */
export interface PlanLogGrew {
  planId: string;
  seq: number;
}

/**
 * Wakes subscribers after a change commits. In-process for now; the cross-instance transport
 * (Postgres LISTEN/NOTIFY, or Redis) plugs in behind the same two methods.
 */
@Injectable()
export class PlanEventBus {
  private readonly grew = new Subject<PlanLogGrew>();

  publish(notice: PlanLogGrew): void {
    this.grew.next(notice);
  }

  get notices(): Observable<PlanLogGrew> {
    return this.grew.asObservable();
  }
}
