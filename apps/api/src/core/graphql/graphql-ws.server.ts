import { Inject, Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { HttpAdapterHost, ModuleRef } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { ErrorCode } from '@jointops/domain';
import type { ExecutionArgs, FormattedExecutionResult } from 'graphql';
import { CloseCode, type Context as WsContext } from 'graphql-ws';
import { useServer, type Extra } from 'graphql-ws/use/ws';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, Server } from 'node:http';
import type { Subscription } from 'rxjs';
import { WebSocketServer } from 'ws';
import { AuthService } from '../../modules/auth/auth.service';
import type { AuthenticatedUser } from '../../modules/auth/authenticated-user';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { DataloaderService } from '../dataloaders/dataloader.service';
import { LiveBus } from '../events/live-bus';
import { LiveStats } from '../events/live-stats';
import { SocketEvents } from '../events/socket-events';
import { createErrorFormatter } from '../errors/graphql-error.formatter';
import { bearerToken, type GqlContext } from './gql-context';
import { prepareOperation } from './operation-validation';
import { QUERY_LIMITS } from './query-limits';
import { SocketSessions, WS_CLOSE_ACCESS_CHANGED, WS_CLOSE_FORBIDDEN } from './socket-sessions';

/** What a delivery carries instead when its session ran out: its socket is already closing. */
const SESSION_ENDED: FormattedExecutionResult = {
  errors: [{ message: 'Your session has expired or was ended. Sign in again.', extensions: { code: ErrorCode.UNAUTHENTICATED } }],
};

type ConnectionExtra = {
  connectionId: string;
  user: AuthenticatedUser;
  token: string;
};

type ConnectionContext = WsContext<Record<string, unknown>, Extra & Partial<ConnectionExtra>>;

/**
 * graphql-ws on the HTTP server's /graphql path. NestJS would run it with plain execute and
 * subscribe, skipping Apollo's request pipeline, so this server runs the same one itself
 * (prepareOperation: token-capped parse, the specification's validation rules plus the limits,
 * the input check), checks the browser Origin, authenticates in onConnect, and closes a
 * session's sockets the moment it is revoked or, before a delivery, once it has expired.
 */
@Injectable()
export class GraphqlWsServer implements OnApplicationBootstrap, OnApplicationShutdown {
  private wss?: WebSocketServer;
  private disposeServer?: () => void | Promise<void>;
  private revocations?: Subscription;
  private sweepTimer?: NodeJS.Timeout;
  private readonly sessions: SocketSessions;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly adapterHost: HttpAdapterHost,
    private readonly moduleRef: ModuleRef,
    private readonly auth: AuthService,
    private readonly dataloaders: DataloaderService,
    private readonly bus: LiveBus,
    private readonly stats: LiveStats,
    private readonly socketEvents: SocketEvents,
  ) {
    this.sessions = new SocketSessions(auth);
  }

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
    const policy = { production: this.config.production };
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
          this.sessions.track(user.sessionId, ctx.extra.socket, user.sessionExpiresAt);
          this.stats.sockets++;
          return true;
        },
        onSubscribe: (ctx: ConnectionContext, _id, payload) => {
          const document = prepareOperation(schema, payload, policy);
          if (Array.isArray(document)) return document;
          const args: ExecutionArgs = {
            schema,
            document,
            variableValues: payload.variables,
            operationName: payload.operationName,
            contextValue: this.contextFor(ctx),
          };
          return args;
        },
        onNext: async (ctx: ConnectionContext, _id, _payload, args, result) => {
          const user = ctx.extra.user;
          if (user) {
            // Each operation's session lookup slid the expiry; remember how far.
            const auth = (args.contextValue as GqlContext | undefined)?.auth;
            if (auth) this.sessions.note(auth.sessionId, auth.sessionExpiresAt);
            if (!(await this.sessions.live(user.sessionId))) return SESSION_ENDED;
          }
          if (!result.errors?.length) return;
          return { ...result, errors: result.errors.map((error) => formatError(error.toJSON(), error)) };
        },
        onError: (_ctx, _id, _payload, errors) => errors.map((error) => formatError(error.toJSON(), error)),
        onClose: (ctx: ConnectionContext) => {
          if (!ctx.extra.user || !ctx.extra.connectionId) return;
          this.sessions.untrack(ctx.extra.user.sessionId, ctx.extra.socket);
          this.stats.sockets--;
          this.socketEvents.closed(ctx.extra.connectionId);
        },
      },
      this.wss,
    );
    this.disposeServer = () => cleanup.dispose();
    this.revocations = this.bus.of('session-revoked').subscribe(({ sessionId }) => this.closeSession(sessionId));
    this.revocations.add(
      this.bus.of('session-access-changed').subscribe(({ sessionId }) => this.sessions.close(sessionId, WS_CLOSE_ACCESS_CHANGED, 'Access changed')),
    );
    this.sweepTimer = setInterval(() => void this.sessions.sweep(), this.config.socketSweepMs);
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
    this.sessions.close(sessionId);
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
}
