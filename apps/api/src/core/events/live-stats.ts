import { Injectable } from '@nestjs/common';

/** Live resources held by this instance, so leaks show up in tests and metrics. */
@Injectable()
export class LiveStats {
  eventStreams = 0;
  presenceStreams = 0;
  notificationStreams = 0;
  sockets = 0;
  /** Bus listeners held by streams; each stream holds a few and must release them all. */
  busListeners = 0;
}
