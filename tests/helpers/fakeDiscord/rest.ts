/**
 * The REST side over node:http: parses each request (JSON or multipart), answers it through the
 * routes or an injected fault, and records it so tests can assert on exactly what the bot sent.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Routes } from './routes.ts';
import type { FakeState } from './state.ts';
import type { FaultHandle, FaultSpec, RecordedFile, RecordedRequest, RequestPredicate } from './types.ts';
import { API_VERSION, apiError, Waiters, type RouteResult } from './util.ts';

interface FaultRule {
  match: RequestPredicate;
  spec: FaultSpec;
  remaining: number;
  hits: RecordedRequest[];
}

export class FakeRest {
  /** Every REST request, in arrival order. */
  readonly requests: RecordedRequest[] = [];
  private readonly waiters = new Waiters<RecordedRequest>();
  private readonly faults: FaultRule[] = [];

  constructor(
    private readonly routes: Routes,
    private readonly state: FakeState,
  ) {}

  close(): void {
    this.waiters.close();
  }

  /** The first request (at index >= `since`) matching `predicate`, waiting up to `timeoutMs`. */
  waitForRequest(predicate: RequestPredicate, timeoutMs = 5_000, since = 0): Promise<RecordedRequest> {
    for (let i = since; i < this.requests.length; i++) {
      const req = this.requests[i];
      if (req && predicate(req)) return Promise.resolve(req);
    }
    return this.waiters.add(predicate, timeoutMs, () => {
      const recent = this.requests
        .slice(-8)
        .map((r) => `${r.method} ${r.path} → ${r.status}`)
        .join('\n  ');
      return `fakeDiscord: no matching request within ${timeoutMs}ms. Recent requests:\n  ${recent || '(none)'}`;
    });
  }

  /** The next `times` requests matching `match` are answered according to `spec` instead of normally. */
  injectFault(match: RequestPredicate, spec: FaultSpec, times = 1): FaultHandle {
    const rule: FaultRule = { match, spec, remaining: times, hits: [] };
    this.faults.push(rule);
    return {
      get remaining() {
        return rule.remaining;
      },
      get hits() {
        return rule.hits;
      },
      cancel: () => {
        rule.remaining = 0;
      },
    };
  }

  async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const receivedAt = Date.now();
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
    const raw = Buffer.concat(chunks);
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const method = (req.method ?? 'GET').toUpperCase();
    const versionMatch = /^\/api\/v(\d+)(\/.*)?$/.exec(url.pathname);
    // Segments are percent-decoded: discord.js sends `@original` as `%40original`.
    const path = decodePath(versionMatch ? (versionMatch[2] ?? '/') : url.pathname);

    let body: unknown = null;
    let files: RecordedFile[] = [];
    let parseError = false;
    const contentType = req.headers['content-type'] ?? '';
    try {
      if (raw.length > 0 && contentType.startsWith('multipart/form-data')) ({ body, files } = await parseMultipart(raw, contentType));
      else if (raw.length > 0) body = JSON.parse(raw.toString('utf8'));
    } catch {
      parseError = true;
    }

    const recorded: RecordedRequest = {
      index: -1,
      method,
      path,
      rawUrl: req.url ?? '/',
      query: url.searchParams,
      headers: req.headers,
      body,
      files,
      status: 0,
      fault: null,
      receivedAt,
    };

    let result: RouteResult;
    const fault = this.faults.find((f) => f.remaining > 0 && f.match(recorded));
    if (!versionMatch) result = apiError(404, 0, '404: Not Found');
    else if (versionMatch[1] !== API_VERSION) result = apiError(400, 50041, `Invalid API version (fake speaks v${API_VERSION})`);
    else if (parseError) result = apiError(400, 50109, 'The request body contains invalid JSON.');
    else if (fault) {
      fault.remaining--;
      fault.hits.push(recorded);
      recorded.fault = fault.spec.kind;
      result = this.faultResult(fault.spec, recorded);
    } else result = this.routes.answer(method, path, url.searchParams, body, files, req.headers.authorization);

    recorded.status = result.status;
    const headers: Record<string, string> = { ...result.headers };
    if (result.status === 204 || result.body === undefined) {
      res.writeHead(result.status === 200 && result.body === undefined ? 204 : result.status, headers);
      res.end();
    } else {
      headers['content-type'] = 'application/json';
      res.writeHead(result.status, headers);
      res.end(JSON.stringify(result.body));
    }
    recorded.index = this.requests.length;
    this.requests.push(recorded);
    this.waiters.notify(recorded);
  }

  private faultResult(spec: FaultSpec, req: RecordedRequest): RouteResult {
    switch (spec.kind) {
      case 'rateLimit': {
        const retryAfter = spec.retryAfter ?? 0.2;
        // @discordjs/rest honours a fractional Retry-After (seconds), so 429s can be short.
        const headers: Record<string, string> = {
          'retry-after': String(retryAfter),
          'x-ratelimit-limit': '5',
          'x-ratelimit-remaining': '0',
          'x-ratelimit-reset': (Date.now() / 1000 + retryAfter).toFixed(3),
          'x-ratelimit-reset-after': retryAfter.toFixed(3),
          'x-ratelimit-bucket': `fake-${req.method}-${req.path.split('/')[1] ?? ''}`,
          'x-ratelimit-scope': 'user',
        };
        return { status: 429, headers, body: { message: 'You are being rate limited.', retry_after: retryAfter, global: false, code: 0 } };
      }
      case 'serverError':
        return apiError(spec.status ?? 500, 0, `${spec.status ?? 500}: Internal Server Error`);
      case 'unknownInteraction': {
        const m = /^\/interactions\/([^/]+)\//.exec(req.path);
        const entry = m?.[1] ? this.state.interactionById(m[1]) : undefined;
        if (entry) entry.expired = true;
        return apiError(404, 10062, 'Unknown interaction');
      }
      case 'error':
        return apiError(spec.status, spec.code, spec.message);
    }
  }
}

function decodePath(path: string): string {
  return path
    .split('/')
    .map((seg) => {
      try {
        return decodeURIComponent(seg);
      } catch {
        return seg;
      }
    })
    .join('/');
}

/** A multipart body as discord.js sends files: `payload_json` is the body, the rest are files. */
async function parseMultipart(raw: Buffer, contentType: string): Promise<{ body: unknown; files: RecordedFile[] }> {
  const form = await new Response(raw, { headers: { 'content-type': contentType } }).formData();
  let body: unknown = null;
  const files: RecordedFile[] = [];
  for (const [field, value] of form.entries()) {
    if (typeof value === 'string') {
      if (field === 'payload_json') body = JSON.parse(value);
    } else {
      files.push({ field, filename: value.name, contentType: value.type || 'application/octet-stream', data: Buffer.from(await value.arrayBuffer()) });
    }
  }
  return { body, files };
}
