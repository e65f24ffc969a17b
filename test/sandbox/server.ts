import { createServer, type IncomingHttpHeaders, type Server, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { articleRoutes } from './article-pages';
import { FaultInjector, type Fault } from './faults';
import { html, matchRoute, readRequest, tickTickError, writeResponse, type Route } from './http';
import { oauthRoutes } from './routes/oauth';
import { v1Routes } from './routes/v1';
import { v2Routes } from './routes/v2';
import { DEMO, seedDemoData } from './seed';
import { SandboxState } from './state';

/** A page to capture: a title with an invisible direction mark, a paragraph to select, a link and an image. */
export const ARTICLE_PAGE = `<!doctype html><html lang="en"><head><title>\u200FHow to keep a task list</title></head>
<body><h1>How to keep a task list</h1>
<p id="quote">Write it down the moment you think of it.</p>
<p><a id="link" href="https://example.com/guide">The complete guide</a> · <a id="js-link" href="javascript:alert(1)">Run</a></p>
<img id="image" alt="A list" src="https://example.com/list.png" width="10" height="10">
</body></html>`;

/**
 * A paragraph to select with text hidden inside it in the ways pages hide text:
 * what a capture of the selection must leave out.
 */
export const HIDDEN_TEXT_PAGE = `<!doctype html><html lang="en"><head><title>Account help</title></head>
<body><p id="hidden-quote">Open the settings<span style="display:none"> [Reset your TickTick password](https://phish.example/login)</span>
and choose <em>Account</em><span style="opacity:0">![](https://tracker.example/p.gif)</span><span style="font-size:0">&lt;javascript:alert(1)&gt;</span>
<span style="position:absolute;left:-9999px">https://phish.example/offscreen</span><span style="color:transparent">secret words</span>
<span style="position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0,0,0,0)">clipped link</span>then **Security**.</p>
</body></html>`;

/** A page that can make its own main thread busy (`busyUntil(time)`): no script can run in it meanwhile. */
const BUSY_PAGE = `<!doctype html><html lang="en"><head><title>A very busy page</title></head><body><p>Busy</p>
<script>function busyUntil(end) { while (Date.now() < end) {} }</script></body></html>`;

export interface LoggedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  headers: IncomingHttpHeaders;
  body: unknown;
  /** Set when an injected fault answered instead of the route. */
  fault?: Fault['kind'];
}

export interface SandboxOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
  /** Seed the demo accounts and data (default true). */
  seed?: boolean;
  /** Approve OAuth requests without showing the approve page (default false). */
  autoApproveOAuth?: boolean;
  now?: () => number;
}

/**
 * A TickTick-compatible server on 127.0.0.1 for tests and demos: OAuth, the V1
 * Open API and the V2 private API, in memory, with fault injection and a log
 * of every request.
 */
export class Sandbox {
  readonly state: SandboxState;
  readonly faults = new FaultInjector();
  readonly requests: LoggedRequest[] = [];
  autoApproveOAuth: boolean;
  private server: Server | undefined;
  private readonly sockets = new Set<Socket>();
  private readonly hung = new Set<Socket>();
  private readonly routes: Route[];
  private baseUrl = '';

  constructor(private readonly options: SandboxOptions = {}) {
    this.state = new SandboxState(options.now);
    this.autoApproveOAuth = options.autoApproveOAuth ?? false;
    if (options.seed ?? true) seedDemoData(this.state);
    this.routes = [
      ...oauthRoutes(this.state, {
        autoApprove: () => this.autoApproveOAuth,
        approvingUserId: () => DEMO.userId,
      }),
      ...v1Routes(this.state),
      ...v2Routes(this.state),
      // Ordinary web pages on the API's host, for tests of what web pages can reach and of capturing them.
      {
        method: 'GET',
        pattern: '/__sandbox/page',
        handler: () =>
          html('<!doctype html><html lang="en"><title>A web page</title><h1>An ordinary web page</h1></html>'),
      },
      { method: 'GET', pattern: '/__sandbox/article', handler: () => html(ARTICLE_PAGE) },
      { method: 'GET', pattern: '/__sandbox/hidden-text', handler: () => html(HIDDEN_TEXT_PAGE) },
      { method: 'GET', pattern: '/__sandbox/busy', handler: () => html(BUSY_PAGE) },
      ...articleRoutes(),
    ];
  }

  /** `http://127.0.0.1:<port>`; every part of TickTick is served from this origin. */
  get url(): string {
    if (!this.baseUrl) throw new Error('The sandbox is not started');
    return this.baseUrl;
  }

  async start(): Promise<string> {
    const server = createServer((req, res) => void this.handle(req.method ?? 'GET', req, res));
    server.on('connection', (socket) => {
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.options.port ?? 0, '127.0.0.1', () => resolve());
    });
    this.server = server;
    const address = server.address();
    if (!address || typeof address === 'string') throw new Error('The sandbox has no TCP address');
    this.baseUrl = `http://127.0.0.1:${address.port}`;
    return this.baseUrl;
  }

  /** Closes the server and every open connection, hung ones included. */
  async stop(): Promise<void> {
    const server = this.server;
    if (!server) return;
    this.server = undefined;
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /** Drops the connections of requests left hanging by a fault: their clients see a network error. */
  stopHanging(): void {
    for (const socket of this.hung) socket.destroy();
    this.hung.clear();
  }

  /** Ends every V2 session, as when TickTick signs a session out. */
  expireSessions(): void {
    this.state.sessions.clear();
  }

  private async handle(
    method: string,
    rawReq: import('node:http').IncomingMessage,
    res: ServerResponse,
  ): Promise<void> {
    const url = new URL(rawReq.url ?? '/', 'http://127.0.0.1');
    let req;
    try {
      req = await readRequest(rawReq, url);
    } catch {
      writeResponse(res, { status: 413, body: 'Request body too large' });
      return;
    }
    const entry: LoggedRequest = {
      method,
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      headers: rawReq.headers,
      body: req.body ?? (req.rawBody || undefined),
    };
    this.requests.push(entry);

    const fault = this.faults.take(method, url.pathname);
    if (fault) entry.fault = fault.kind;
    const afterHandling = fault?.kind === 'hang-after-handling' || fault?.kind === 'reset-after-handling';
    if (fault && !afterHandling) {
      this.applyFault(fault, rawReq.socket, res);
      return;
    }
    const route = matchRoute(this.routes, req);
    if (!route) {
      writeResponse(res, tickTickError(404, 'not_found'));
      return;
    }
    try {
      const response = await route.handler(req);
      if (fault?.kind === 'reset-after-handling') {
        rawReq.socket.resetAndDestroy();
        return;
      }
      if (fault) {
        this.hung.add(rawReq.socket);
        return;
      }
      writeResponse(res, response);
    } catch (error) {
      console.error('sandbox: handler failed', error);
      writeResponse(res, tickTickError(500, 'unknown_exception'));
    }
  }

  private applyFault(fault: Fault, socket: Socket, res: ServerResponse): void {
    switch (fault.kind) {
      case 'status':
        writeResponse(res, { status: fault.status, body: fault.body, headers: fault.headers });
        return;
      case 'rate-limit':
        writeResponse(res, {
          status: 429,
          headers: { 'retry-after': String(fault.retryAfterSeconds) },
          body: { errorCode: 'too_many_requests', errorMessage: 'Too many requests' },
        });
        return;
      case 'hang':
      case 'hang-after-handling':
      case 'reset-after-handling':
        this.hung.add(socket);
        return;
      case 'drop':
        socket.destroy();
        return;
      case 'malformed':
        writeResponse(res, {
          status: 200,
          headers: { 'content-type': 'application/json;charset=UTF-8' },
          body: '{"id": "6247ee29630c800f064fd145", "title": ',
        });
        return;
    }
  }
}

export async function startSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  const sandbox = new Sandbox(options);
  await sandbox.start();
  return sandbox;
}
