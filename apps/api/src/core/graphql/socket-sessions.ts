import { CloseCode } from 'graphql-ws';
import type { WebSocket } from 'ws';
import type { AuthService } from '../../modules/auth/auth.service';

/** Close code for a missing, unknown, expired or revoked session. */
export const WS_CLOSE_FORBIDDEN = CloseCode.Forbidden; // 4403

/**
 * Close code for "your access changed, connect again": not one graphql-ws treats as fatal, so
 * clients reconnect with the same token and resubscribe, and every subscription is authorized
 * afresh under the account's new agency and roles.
 */
export const WS_CLOSE_ACCESS_CHANGED = 4001;

/**
 * The open sockets of each session and when that session runs out if unused. Every delivery asks
 * `live()`: while the known expiry lies ahead that is a comparison, with no query. Past it, the
 * session is read once more (an HTTP request may have slid it meanwhile); if it truly expired,
 * its sockets close with 4403 at once, before the delivery goes out.
 */
export class SocketSessions {
  private readonly sockets = new Map<string, Set<WebSocket>>();
  private readonly expiries = new Map<string, number>();
  private readonly rechecks = new Map<string, Promise<boolean>>();

  constructor(private readonly auth: AuthService) {}

  track(sessionId: string, socket: WebSocket, expiresAt: Date): void {
    const sockets = this.sockets.get(sessionId) ?? new Set<WebSocket>();
    sockets.add(socket);
    this.sockets.set(sessionId, sockets);
    this.note(sessionId, expiresAt);
  }

  untrack(sessionId: string, socket: WebSocket): void {
    const sockets = this.sockets.get(sessionId);
    sockets?.delete(socket);
    if (sockets?.size === 0) this.forget(sessionId);
  }

  /** A later expiry learned from an authenticated operation or a re-read; an earlier one changes nothing. */
  note(sessionId: string, expiresAt: Date): void {
    if (!this.sockets.has(sessionId)) return;
    this.expiries.set(sessionId, Math.max(this.expiries.get(sessionId) ?? 0, expiresAt.getTime()));
  }

  close(sessionId: string, code: number = WS_CLOSE_FORBIDDEN, reason = 'Session ended'): void {
    for (const socket of this.sockets.get(sessionId) ?? []) socket.close(code, reason);
    this.forget(sessionId);
  }

  /** True when the session may still receive; otherwise its sockets are already closing. */
  live(sessionId: string): boolean | Promise<boolean> {
    const known = this.expiries.get(sessionId);
    if (known === undefined) return false;
    if (Date.now() < known) return true;
    let check = this.rechecks.get(sessionId);
    if (!check) {
      check = this.recheck(sessionId).finally(() => this.rechecks.delete(sessionId));
      this.rechecks.set(sessionId, check);
    }
    return check;
  }

  /** Sockets outlive requests: close those whose session expired or ended while they sat idle. */
  async sweep(): Promise<void> {
    const sessionIds = [...this.sockets.keys()];
    if (sessionIds.length === 0) return;
    try {
      const expiries = await this.auth.sessionExpiries(sessionIds);
      for (const sessionId of sessionIds) {
        const expiresAt = expiries.get(sessionId);
        if (expiresAt) this.note(sessionId, expiresAt);
        else this.close(sessionId);
      }
    } catch {
      // The database is unreachable: try again at the next sweep rather than drop everyone.
    }
  }

  private async recheck(sessionId: string): Promise<boolean> {
    try {
      const expiresAt = (await this.auth.sessionExpiries([sessionId])).get(sessionId);
      if (expiresAt) {
        this.note(sessionId, expiresAt);
        return true;
      }
      this.close(sessionId);
    } catch {
      // Unknown whether the session lives: deliver nothing, and let the client reconnect and
      // resume from the last seq it applied, which loses no event.
      this.close(sessionId, CloseCode.InternalServerError, 'Try again');
    }
    return false;
  }

  private forget(sessionId: string): void {
    this.sockets.delete(sessionId);
    this.expiries.delete(sessionId);
  }
}
