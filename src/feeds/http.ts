/**
 * Polite, bounded HTTP GETs for feeds and pages: only http(s); no private addresses unless allowed;
 * conditional requests; redirects followed by hand so each hop is checked, capped and loop-detected;
 * Retry-After read; bodies streamed and cut off at the size limit; non-text content refused before its
 * body is read; a timeout over the whole exchange.
 */
import { ErrorCode } from '../errors.ts';
import { lookup as dnsLookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import ipaddr from 'ipaddr.js';
import { type FeedError, feedError } from './errors.ts';

export interface HttpOptions {
  timeoutMs: number;
  maxBodyBytes: number;
  maxRedirects: number;
  userAgent: string;
  /** Off by default: a feed must not be able to make the bot read its own network (169.254.169.254, 10.x…). */
  allowPrivateAddresses: boolean;
  now: () => Date;
  /** Resolves a host name to its addresses (injectable for tests). */
  lookup?: (host: string) => Promise<string[]>;
}

export type ResourceKind = 'feed' | 'page';

export interface Validators {
  etag?: string;
  lastModified?: string;
}

export interface Fetched {
  status: 'ok';
  /** The address after redirects. */
  url: string;
  body: string;
  contentType: string;
  validators: Validators;
}

export interface NotModified {
  status: 'not-modified';
  url: string;
}

const ACCEPT: Record<ResourceKind, string> = {
  feed: 'application/rss+xml, application/atom+xml, application/feed+json, application/json;q=0.9, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5',
  page: 'text/html, application/xhtml+xml;q=0.9, */*;q=0.5',
};

/** Content types newsdesk can read, by kind. Anything else (PDF, images, video, archives) is skipped. */
function acceptable(kind: ResourceKind, contentType: string): boolean {
  if (contentType === '') return true;
  if (kind === 'page') return /^(?:text\/html|application\/xhtml\+xml|text\/plain)$/.test(contentType);
  return /^(?:text\/\S+|application\/(?:\S+\+)?(?:xml|json))$/.test(contentType);
}

/** Bodies that announce a binary format whatever their content type says. */
const BINARY_SIGNATURES = ['%PDF-', '\x89PNG', 'GIF8', '\xFF\xD8\xFF', 'PK\x03\x04'];

function mediaType(header: string | null): string {
  return (header ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
}

/** Milliseconds to wait from a Retry-After header: delta-seconds or an HTTP date. */
export function retryAfterMs(header: string | null, now: Date): number | undefined {
  if (!header) return undefined;
  const value = header.trim();
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now.getTime());
}

async function addressesOf(host: string, options: HttpOptions): Promise<string[]> {
  const bare = host.replace(/^\[|\]$/g, '');
  if (isIP(bare)) return [bare];
  if (options.lookup) return options.lookup(bare);
  return (await dnsLookup(bare, { all: true, verbatim: true })).map((a) => a.address);
}

/** Why `url` may not be fetched, or undefined when it may. */
async function refuse(url: URL, options: HttpOptions): Promise<FeedError | undefined> {
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    return feedError(
      ErrorCode.FeedUnsupportedScheme,
      `${url.protocol} addresses are not fetched, only http(s): ${url.href}`,
    );
  if (options.allowPrivateAddresses) return undefined;
  let addresses: string[];
  try {
    addresses = await addressesOf(url.hostname, options);
  } catch (error) {
    return feedError(
      ErrorCode.FeedNetwork,
      `cannot resolve ${url.hostname} (${(error as NodeJS.ErrnoException).code ?? 'lookup failed'})`,
    );
  }
  for (const address of addresses) {
    const parsed = ipaddr.process(address);
    if (parsed.range() !== 'unicast')
      return feedError(
        ErrorCode.FeedPrivateAddress,
        `${url.hostname} is a ${parsed.range()} address (${address}); set polling.allowPrivateAddresses to fetch it`,
      );
  }
  return undefined;
}

function charsetOf(contentType: string | null, head: Uint8Array): string {
  const declared = /charset=["']?([\w-]+)/i.exec(contentType ?? '')?.[1];
  if (declared) return declared;
  const prolog = new TextDecoder('latin1').decode(head.subarray(0, 1024));
  return (
    /<\?xml[^>]*encoding=["']([\w-]+)["']/i.exec(prolog)?.[1] ??
    /<meta[^>]+charset=["']?([\w-]+)/i.exec(prolog)?.[1] ??
    'utf-8'
  );
}

function decode(bytes: Uint8Array, charset: string): string {
  try {
    return new TextDecoder(charset).decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}

/** Reads a body up to `max` bytes; past that the download is cancelled. */
async function readCapped(response: Response, max: number): Promise<Uint8Array | 'too-large'> {
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > max) {
    await response.body?.cancel();
    return 'too-large';
  }
  if (!response.body) return new Uint8Array(0);
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel();
      return 'too-large';
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

function describe(error: unknown, url: string, timeoutMs: number): FeedError {
  const e = error as Error & { cause?: { code?: string; message?: string } };
  if (e.name === 'TimeoutError')
    return feedError(ErrorCode.FeedTimeout, `no complete answer from ${url} within ${timeoutMs} ms`);
  if (e.name === 'AbortError') return feedError(ErrorCode.FeedTimeout, `request to ${url} was stopped`);
  const cause = e.cause?.code ?? e.cause?.message ?? e.message;
  return feedError(ErrorCode.FeedNetwork, `cannot reach ${url} (${cause})`);
}

/**
 * GETs `address` for a feed or a page. Returns the decoded body, `not-modified` for a 304 answer to the
 * given validators, or a FeedError; never throws. `signal` stops it early (shutdown).
 */
export async function politeGet(
  address: string,
  request: { kind: ResourceKind; validators?: Validators; signal?: AbortSignal },
  options: HttpOptions,
): Promise<Fetched | NotModified | FeedError> {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return feedError(ErrorCode.FeedInvalidUrl, `not a URL: ${address.slice(0, 200)}`);
  }
  const timeout = AbortSignal.timeout(options.timeoutMs);
  const signal = request.signal ? AbortSignal.any([timeout, request.signal]) : timeout;
  const visited = new Set<string>();
  try {
    for (let hop = 0; ; hop++) {
      const refused = await refuse(url, options);
      if (refused) return refused;
      visited.add(url.href);
      const headers: Record<string, string> = {
        'user-agent': options.userAgent,
        accept: ACCEPT[request.kind],
      };
      if (request.validators?.etag) headers['if-none-match'] = request.validators.etag;
      if (request.validators?.lastModified) headers['if-modified-since'] = request.validators.lastModified;
      const response = await fetch(url, { headers, redirect: 'manual', signal });
      const { status } = response;
      if (status >= 300 && status < 400 && status !== 304) {
        await response.body?.cancel();
        const location = response.headers.get('location');
        if (!location)
          return feedError(ErrorCode.FeedHttpStatus, `HTTP ${status} without a Location from ${url.href}`, {
            status,
          });
        const next = new URL(location, url);
        if (visited.has(next.href))
          return feedError(ErrorCode.FeedRedirectLoop, `redirect loop: ${url.href} → ${next.href}`);
        if (hop >= options.maxRedirects)
          return feedError(
            ErrorCode.FeedTooManyRedirects,
            `more than ${options.maxRedirects} redirects from ${address}`,
          );
        url = next;
        continue;
      }
      if (status === 304) {
        await response.body?.cancel();
        return { status: 'not-modified', url: url.href };
      }
      if (status === 429 || (status === 503 && response.headers.has('retry-after'))) {
        await response.body?.cancel();
        const wait = retryAfterMs(response.headers.get('retry-after'), options.now());
        return feedError(
          ErrorCode.FeedRateLimited,
          `HTTP ${status} from ${url.href}${wait === undefined ? '' : `, retry after ${Math.ceil(wait / 1000)} s`}`,
          { status, ...(wait === undefined ? {} : { retryAfterMs: wait }) },
        );
      }
      if (status < 200 || status >= 300) {
        await response.body?.cancel();
        return feedError(ErrorCode.FeedHttpStatus, `HTTP ${status} from ${url.href}`, { status });
      }
      const contentType = mediaType(response.headers.get('content-type'));
      if (!acceptable(request.kind, contentType)) {
        await response.body?.cancel();
        return feedError(
          ErrorCode.FeedUnsupportedContent,
          `${url.href} is ${contentType}, not a ${request.kind} newsdesk can read`,
        );
      }
      const bytes = await readCapped(response, options.maxBodyBytes);
      if (bytes === 'too-large')
        return feedError(
          ErrorCode.FeedTooLarge,
          `${url.href} is larger than polling.maxBodyBytes (${options.maxBodyBytes} bytes); cut off`,
        );
      const head = new TextDecoder('latin1').decode(bytes.subarray(0, 8));
      if (BINARY_SIGNATURES.some((sig) => head.startsWith(sig)))
        return feedError(
          ErrorCode.FeedUnsupportedContent,
          `${url.href} is a binary file (PDF or image), not a ${request.kind}`,
        );
      const etag = response.headers.get('etag') ?? undefined;
      const lastModified = response.headers.get('last-modified') ?? undefined;
      return {
        status: 'ok',
        url: url.href,
        body: decode(bytes, charsetOf(response.headers.get('content-type'), bytes)),
        contentType,
        validators: { ...(etag ? { etag } : {}), ...(lastModified ? { lastModified } : {}) },
      };
    }
  } catch (error) {
    return describe(error, url.href, options.timeoutMs);
  }
}
