import { Injectable } from '@nestjs/common';
import { Observable, Subject } from 'rxjs';

/** This instance's WebSocket connections closing, for state kept per connection (presence). */
@Injectable()
export class SocketEvents {
  private readonly closedSubject = new Subject<string>();

  closed(connectionId: string): void {
    this.closedSubject.next(connectionId);
  }

  get onClosed(): Observable<string> {
    return this.closedSubject.asObservable();
  }
}
