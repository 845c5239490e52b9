import { Inject, Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { HttpAdapterHost, ModuleRef } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { ErrorCode } from '@jointops/domain';
import { createSourceEventStream, execute, subscribe, type ExecutionArgs, type ExecutionResult, type FormattedExecutionResult } from 'graphql';
import { CloseCode, type Context as WsContext } from 'graphql-ws';
import { useServer, type Extra } from 'graphql-ws/use/ws';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, Server } from 'node:http';
import type { Subscription } from 'rxjs';
import type { Logger } from 'pino';
import { WebSocket, WebSocketServer } from 'ws';
import { AuthService } from '../../modules/auth/auth.service';
import type { AuthenticatedUser } from '../../modules/auth/authenticated-user';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { DataloaderService } from '../dataloaders/dataloader.service';
import { LiveBus } from '../events/live-bus';
import { LiveStats } from '../events/live-stats';
import { SocketEvents } from '../events/socket-events';
import { createErrorFormatter } from '../errors/graphql-error.formatter';
import { logUnexpectedErrors } from '../errors/unexpected-errors';
import { APP_LOGGER } from '../logging/logger';
import { isAllowedOrigin } from '../web/browser-origin';
import { sessionTokenFrom } from '../web/session-cookie';
import { bearerToken, type GqlContext } from './gql-context';
import { prepareOperation, ValidatedDocuments } from './operation-validation';
import { QUERY_LIMITS } from './query-limits';
import { SharedResponses, sharedDeliveryKey } from './shared-delivery';
import { SharedStream } from './shared-stream';
import { SocketSessions, WS_CLOSE_ACCESS_CHANGED, WS_CLOSE_FORBIDDEN } from './socket-sessions';
import { batchLaterFramesOfThisTurn } from './turn-cork';

/** Bytes a socket may have queued before it counts as a client that stopped reading (8 MB). */
const MAX_BUFFERED = 8 * 1024 * 1024;

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

/** A subscription whose payloads are shared with others (shared-delivery.ts): where its frames go. */
interface SharedDelivery {
  id: string;
  key: string;
  connection: ConnectionContext;
}

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
  /** Payloads executed once per audience, for subscriptions that share them. */
  readonly sharedResponses = new SharedResponses();
  /** By an operation's context: the shared subscription it runs, if it is one. */
  private readonly deliveries = new WeakMap<object, SharedDelivery>();

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly adapterHost: HttpAdapterHost,
    private readonly moduleRef: ModuleRef,
    private readonly auth: AuthService,
    private readonly dataloaders: DataloaderService,
    private readonly bus: LiveBus,
    private readonly stats: LiveStats,
    private readonly socketEvents: SocketEvents,
    @Inject(APP_LOGGER) private readonly logger: Logger,
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
    const validated = new ValidatedDocuments();
    const formatError = createErrorFormatter({ production: this.config.production });
    const formatted = (result: ExecutionResult, context?: GqlContext): FormattedExecutionResult => {
      if (!result.errors?.length) return result as FormattedExecutionResult;
      logUnexpectedErrors(this.logger, result.errors, { requestId: context?.requestId, transport: 'ws' });
      return { ...result, errors: result.errors.map((error) => formatError(error.toJSON(), error)) };
    };

    const cleanup = useServer<Record<string, unknown>, ConnectionExtra>(
      {
        schema,
        onConnect: async (ctx: ConnectionContext) => {
          // An API client's connectionParams first, then the browser's session cookie on the upgrade.
          const token = bearerToken(ctx.connectionParams?.authorization) ?? sessionTokenFrom(ctx.extra.request);
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
        onSubscribe: (ctx: ConnectionContext, id, payload) => {
          const document = prepareOperation(schema, payload, policy, validated);
          if (Array.isArray(document)) return document;
          const contextValue = this.contextFor(ctx);
          const key = sharedDeliveryKey(schema, document, payload);
          if (key) this.deliveries.set(contextValue, { id, key, connection: ctx });
          const args: ExecutionArgs = {
            schema,
            document,
            variableValues: payload.variables,
            operationName: payload.operationName,
            contextValue,
          };
          return args;
        },
        subscribe: (args: ExecutionArgs) => this.subscribe(args, formatted),
        onNext: async (ctx: ConnectionContext, _id, _payload, args, result) => {
          if (!(await this.mayReceive(ctx, args.contextValue as GqlContext | undefined))) return SESSION_ENDED;
          return result.errors?.length ? formatted(result, args.contextValue as GqlContext | undefined) : undefined;
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

  /** Whether this socket's session may still receive: each delivery asks, before its frame goes out. */
  private mayReceive(ctx: ConnectionContext, context: GqlContext | undefined): boolean | Promise<boolean> {
    const user = ctx.extra.user;
    if (!user) return true;
    // Each operation's session lookup slid the expiry; remember how far.
    if (context?.auth) this.sessions.note(context.auth.sessionId, context.auth.sessionExpiresAt);
    return this.sessions.live(user.sessionId);
  }

  /**
   * graphql-js's subscribe for most operations. A shared one runs its root field per subscriber
   * as usual (guard, access check, access record, its own source stream), then takes each
   * payload from the shared responses and writes its frame itself.
   */
  private async subscribe(args: ExecutionArgs, formatted: (result: ExecutionResult, context?: GqlContext) => FormattedExecutionResult) {
    const delivery = this.deliveries.get(args.contextValue as object);
    if (!delivery) return subscribe(args);
    const source = await createSourceEventStream(args);
    if (!(Symbol.asyncIterator in source)) return source;
    const subscriber = args.contextValue as GqlContext;
    const serialize = (result: ExecutionResult) => JSON.stringify(formatted(result, subscriber));
    const newLoaders = () => this.dataloaders.create();
    const deliver = (live: boolean, payload: string) => this.sendFrame(delivery, live ? payload : JSON.stringify(SESSION_ENDED)) && live;
    return new SharedStream(
      source[Symbol.asyncIterator](),
      (event) => this.sharedResponses.payload(event, delivery.key, { subscriber, newLoaders, serialize, execute: (contextValue) => execute({ ...args, rootValue: event, contextValue }) }),
      (payload) => {
        const live = this.mayReceive(delivery.connection, subscriber);
        return typeof live === 'boolean' ? deliver(live, payload) : live.then((known) => deliver(known, payload));
      },
    );
  }

  /**
   * A `next` frame built around an already serialized payload: no per-socket serialization.
   * Written without waiting for the socket (ws keeps frames in order); a client that stops reading
   * and lets MAX_BUFFERED pile up is closed with 1013 and resumes from its last seq when it is back.
   */
  private sendFrame({ id, connection }: SharedDelivery, payload: string): boolean {
    const socket = connection.extra.socket;
    if (socket.readyState !== WebSocket.OPEN) return false;
    if (socket.bufferedAmount > MAX_BUFFERED) {
      socket.close(1013, 'Too far behind'); // Try Again Later: the client reconnects and resumes
      return false;
    }
    batchLaterFramesOfThisTurn(connection.extra.request.socket);
    socket.send(`{"id":${JSON.stringify(id)},"type":"next","payload":${payload}}`);
    return true;
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
   * Browsers always send Origin on a WebSocket handshake, and WebSockets are not bound by CORS:
   * with the session in a cookie, this check is what stops a foreign page from opening a socket
   * as its visitor (cross-site WebSocket hijacking; SameSite=Strict keeps the cookie off other
   * sites' handshakes too). Non-browser clients send no Origin and carry their own credential.
   */
  /** Clients other than browsers send no Origin; a browser's must be one the server answers. */
  private originAllowed(origin: string | undefined, request: IncomingMessage): boolean {
    return !origin || isAllowedOrigin(origin, request.headers.host, this.config.webOrigins);
  }
}
