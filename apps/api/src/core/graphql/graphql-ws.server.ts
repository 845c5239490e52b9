import { Inject, Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { HttpAdapterHost, ModuleRef } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { ErrorCode } from '@jointops/domain';
import { GraphQLError, parse, validate, type ExecutionArgs } from 'graphql';
import { CloseCode, type Context as WsContext } from 'graphql-ws';
import { useServer, type Extra } from 'graphql-ws/use/ws';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, Server } from 'node:http';
import type { Subscription } from 'rxjs';
import { WebSocket, WebSocketServer } from 'ws';
import { AuthService } from '../../modules/auth/auth.service';
import type { AuthenticatedUser } from '../../modules/auth/authenticated-user';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { DataloaderService } from '../dataloaders/dataloader.service';
import { LiveBus } from '../events/live-bus';
import { LiveStats } from '../events/live-stats';
import { SocketEvents } from '../events/socket-events';
import { createErrorFormatter } from '../errors/graphql-error.formatter';
import { bearerToken, type GqlContext } from './gql-context';
import { QUERY_LIMITS, queryLimitRules } from './query-limits';

/** Close code for a missing, unknown, expired or revoked session (docs/architecture.md#live-delivery). */
export const WS_CLOSE_FORBIDDEN = CloseCode.Forbidden; // 4403

type ConnectionExtra = {
  connectionId: string;
  user: AuthenticatedUser;
  token: string;
};

type ConnectionContext = WsContext<Record<string, unknown>, Extra & Partial<ConnectionExtra>>;

/**
 * graphql-ws on the HTTP server's /graphql path. NestJS would run it with plain execute and
 * subscribe, skipping Apollo's validation rules, so this server applies the same query limits
 * itself, checks the browser Origin, authenticates in onConnect and closes a session's sockets
 * the moment it is revoked.
 */
@Injectable()
export class GraphqlWsServer implements OnApplicationBootstrap, OnApplicationShutdown {
  private wss?: WebSocketServer;
  private disposeServer?: () => void | Promise<void>;
  private revocations?: Subscription;
  private sweepTimer?: NodeJS.Timeout;
  private readonly socketsBySession = new Map<string, Set<WebSocket>>();

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly adapterHost: HttpAdapterHost,
    private readonly moduleRef: ModuleRef,
    private readonly auth: AuthService,
    private readonly dataloaders: DataloaderService,
    private readonly bus: LiveBus,
    private readonly stats: LiveStats,
    private readonly socketEvents: SocketEvents,
  ) {}

  /** Open sockets, for leak checks in tests and for metrics. */
  get openConnections(): number {
    return this.wss?.clients.size ?? 0;
  }

  onApplicationBootstrap(): void {
    const server: Server = this.adapterHost.httpAdapter.getHttpServer();
    this.wss = new WebSocketServer({
      server,
      path: '/graphql',
      maxPayload: QUERY_LIMITS.maxBodyBytes,
      verifyClient: ({ origin, req }: { origin?: string; req: IncomingMessage }) => this.originAllowed(origin, req),
    });
    // The schema host lives in GraphQLModule's scope; it is complete by bootstrap time.
    const schema = this.moduleRef.get(GraphQLSchemaHost, { strict: false }).schema;
    const limits = queryLimitRules();
    const formatError = createErrorFormatter({ production: this.config.production });

    const cleanup = useServer<Record<string, unknown>, ConnectionExtra>(
      {
        schema,
        onConnect: async (ctx: ConnectionContext) => {
          const token = bearerToken(ctx.connectionParams?.authorization);
          const user = token ? await this.auth.authenticate(token) : null;
          if (!token || !user) {
            ctx.extra.socket.close(WS_CLOSE_FORBIDDEN, 'Forbidden');
            return false;
          }
          ctx.extra.connectionId = randomUUID();
          ctx.extra.user = user;
          ctx.extra.token = token;
          this.track(user.sessionId, ctx.extra.socket);
          this.stats.sockets++;
          return true;
        },
        onSubscribe: (ctx: ConnectionContext, _id, payload) => {
          const document = (() => {
            try {
              return parse(payload.query);
            } catch (error) {
              return error as GraphQLError;
            }
          })();
          if (document instanceof GraphQLError) return [withCode(document)];
          const errors = validate(schema, document, limits);
          if (errors.length > 0) return errors.map(withCode);
          const args: ExecutionArgs = {
            schema,
            document,
            variableValues: payload.variables,
            operationName: payload.operationName,
            contextValue: this.contextFor(ctx),
          };
          return args;
        },
        onNext: (_ctx, _id, _payload, _args, result) => {
          if (!result.errors?.length) return;
          return { ...result, errors: result.errors.map((error) => formatError(error.toJSON(), error)) };
        },
        onClose: (ctx: ConnectionContext) => {
          if (!ctx.extra.user || !ctx.extra.connectionId) return;
          this.untrack(ctx.extra.user.sessionId, ctx.extra.socket);
          this.stats.sockets--;
          this.socketEvents.closed(ctx.extra.connectionId);
        },
      },
      this.wss,
    );
    this.disposeServer = () => cleanup.dispose();
    this.revocations = this.bus.of('session-revoked').subscribe(({ sessionId }) => this.closeSession(sessionId));
    this.sweepTimer = setInterval(() => void this.closeExpiredSessions(), this.config.socketSweepMs);
    this.sweepTimer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    this.revocations?.unsubscribe();
    if (this.sweepTimer) clearInterval(this.sweepTimer);
    for (const client of this.wss?.clients ?? []) client.close(CloseCode.InternalServerError, 'Server shutting down');
    await this.disposeServer?.();
    await new Promise<void>((resolve) => (this.wss ? this.wss.close(() => resolve()) : resolve()));
  }

  closeSession(sessionId: string): void {
    for (const socket of this.socketsBySession.get(sessionId) ?? []) socket.close(WS_CLOSE_FORBIDDEN, 'Session ended');
    this.socketsBySession.delete(sessionId);
  }

  /** Sockets outlive requests: close those whose session expired or ended while they sat idle. */
  private async closeExpiredSessions(): Promise<void> {
    const sessionIds = [...this.socketsBySession.keys()];
    if (sessionIds.length === 0) return;
    try {
      const live = await this.auth.liveSessionIds(sessionIds);
      for (const sessionId of sessionIds) if (!live.has(sessionId)) this.closeSession(sessionId);
    } catch {
      // The database is unreachable: try again at the next sweep rather than drop everyone.
    }
  }

  private contextFor(ctx: ConnectionContext): GqlContext {
    const request = ctx.extra.request;
    return {
      transport: 'ws',
      requestId: randomUUID(),
      ip: request.socket.remoteAddress ?? null,
      userAgent: request.headers['user-agent'] ?? null,
      token: ctx.extra.token ?? null,
      loaders: this.dataloaders.create(),
      connectionId: ctx.extra.connectionId,
    };
  }

  /**
   * Browsers always send Origin on a WebSocket handshake, and cookies are not our credential, but
   * a foreign page must still not open sockets here. Non-browser clients send no Origin.
   */
  private originAllowed(origin: string | undefined, request: IncomingMessage): boolean {
    if (!origin) return true;
    if (this.config.webOrigins.includes(origin)) return true;
    try {
      return new URL(origin).host === request.headers.host;
    } catch {
      return false;
    }
  }

  private track(sessionId: string, socket: WebSocket): void {
    const sockets = this.socketsBySession.get(sessionId) ?? new Set<WebSocket>();
    sockets.add(socket);
    this.socketsBySession.set(sessionId, sockets);
  }

  private untrack(sessionId: string, socket: WebSocket): void {
    const sockets = this.socketsBySession.get(sessionId);
    sockets?.delete(socket);
    if (sockets?.size === 0) this.socketsBySession.delete(sessionId);
  }
}

function withCode(error: GraphQLError): GraphQLError {
  return new GraphQLError(error.message, { nodes: error.nodes, extensions: { code: ErrorCode.BAD_USER_INPUT } });
}
