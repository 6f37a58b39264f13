import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import http, { type IncomingMessage } from 'node:http';
import https from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import { OnrecordError, describeError } from '../errors.js';
import { isForbiddenAddress } from './address-policy.js';
import { inflateChunks } from './inflate-chunks.js';

export interface FetchOptions {
  /** Allow private, loopback and link-local addresses (off by default). */
  allowPrivate?: boolean;
  /** Host names (or IP literals) exempt from the address check, e.g. an intranet feed server. */
  allowHosts?: string[];
  /** Whole-request deadline, headers and body included. */
  timeoutMs?: number;
  /** Most body bytes accepted (as sent on the wire). */
  maxBytes?: number;
  maxRedirects?: number;
  /** DNS resolution; the default is the system resolver. Every answer is checked at connect time. */
  resolve?: (hostname: string) => Promise<LookupAddress[]>;
  userAgent?: string;
}

export interface OpenedUrl {
  /** The URL finally read, after redirects. */
  url: string;
  status: number;
  contentType: string | null;
  /** The body, streamed; the size cap and deadline apply while it is read. */
  chunks: AsyncIterable<Buffer>;
}

export const FETCH_DEFAULTS = {
  timeoutMs: 15_000,
  maxBytes: 32 * 1024 * 1024,
  maxRedirects: 5,
  userAgent: 'onrecord/0.1 (+https://github.com/onrecord)',
};

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

function systemResolve(hostname: string): Promise<LookupAddress[]> {
  return new Promise((resolve, reject) => {
    dnsLookup(hostname, { all: true }, (error, addresses) => (error ? reject(error) : resolve(addresses)));
  });
}

function hostAllowed(hostname: string, options: FetchOptions): boolean {
  const bare = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  return Boolean(options.allowPrivate || options.allowHosts?.some((host) => host.toLowerCase() === bare));
}

/**
 * The connect-time check: the socket connects only to addresses this lookup returns, so a name that
 * resolves (or re-resolves, DNS rebinding) to a private address is refused at the moment it would be used.
 */
function guardedLookup(url: string, options: FetchOptions): LookupFunction {
  const resolve = options.resolve ?? systemResolve;
  return ((
    hostname: string,
    lookupOptions: { all?: boolean; family?: number | string },
    callback: (...args: unknown[]) => void,
  ) => {
    resolve(hostname).then(
      (addresses) => {
        const wanted = addresses.filter(
          (entry) =>
            !lookupOptions.family ||
            lookupOptions.family === entry.family ||
            lookupOptions.family === `IPv${entry.family}`,
        );
        if (wanted.length === 0) {
          callback(new OnrecordError('FETCH_FAILED', `Cannot fetch "${url}": ${hostname} has no address`));
          return;
        }
        if (!hostAllowed(hostname, options)) {
          const bad = wanted.find((entry) => isForbiddenAddress(entry.address));
          if (bad) {
            callback(
              new OnrecordError(
                'FETCH_FORBIDDEN',
                `Cannot fetch "${url}": ${hostname} resolves to ${bad.address}, a private, loopback or link-local address (use --allow-private to permit)`,
              ),
            );
            return;
          }
        }
        if (lookupOptions.all) callback(null, wanted);
        else callback(null, wanted[0].address, wanted[0].family);
      },
      (error) =>
        callback(
          new OnrecordError('FETCH_FAILED', `Cannot fetch "${url}": cannot resolve ${hostname}`, {
            cause: error,
          }),
        ),
    );
  }) as unknown as LookupFunction;
}

function checkUrl(raw: string, options: FetchOptions, original: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch (error) {
    throw new OnrecordError('FETCH_FAILED', `Cannot fetch "${original}": "${raw}" is not a URL`, {
      cause: error,
    });
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new OnrecordError(
      'FETCH_FORBIDDEN',
      `Cannot fetch "${original}": only http and https are allowed, not ${url.protocol}`,
    );
  }
  // An IP literal never reaches the lookup, so it is checked here.
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (isIP(host) && !hostAllowed(host, options) && isForbiddenAddress(host)) {
    throw new OnrecordError(
      'FETCH_FORBIDDEN',
      `Cannot fetch "${original}": ${host} is a private, loopback or link-local address (use --allow-private to permit)`,
    );
  }
  return url;
}

function request(
  url: URL,
  options: FetchOptions,
  original: string,
  signal: AbortSignal,
): Promise<IncomingMessage> {
  const lookup = guardedLookup(original, options);
  const module = url.protocol === 'https:' ? https : http;
  const agent = new module.Agent({ keepAlive: false, lookup } as http.AgentOptions);
  return new Promise((resolve, reject) => {
    const outgoing = module.request(url, {
      agent,
      signal,
      headers: {
        'user-agent': options.userAgent ?? FETCH_DEFAULTS.userAgent,
        accept:
          'text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, application/xml;q=0.9, text/*;q=0.8, */*;q=0.5',
        // gzip is unpacked (with its own cap) by the readers; nothing else is asked for
        'accept-encoding': 'gzip, identity',
      },
    });
    outgoing.on('response', (response) => {
      response.on('close', () => agent.destroy());
      resolve(response);
    });
    outgoing.on('error', (error) => {
      agent.destroy();
      reject(error);
    });
    outgoing.end();
  });
}

/**
 * Opens an http(s) URL for reading: at most `maxRedirects` redirects, each target checked again; private
 * addresses refused at connect time unless allowed; one deadline for the whole exchange; the body
 * streamed with a size cap.
 */
export async function openUrl(original: string, options: FetchOptions = {}): Promise<OpenedUrl> {
  const timeoutMs = options.timeoutMs ?? FETCH_DEFAULTS.timeoutMs;
  const maxBytes = options.maxBytes ?? FETCH_DEFAULTS.maxBytes;
  const maxRedirects = options.maxRedirects ?? FETCH_DEFAULTS.maxRedirects;
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);

  const fail = (error: unknown): never => {
    clearTimeout(timer);
    if (timedOut) {
      throw new OnrecordError(
        'FETCH_TIMEOUT',
        `Cannot fetch "${original}": no complete answer within ${timeoutMs} ms`,
        { cause: error },
      );
    }
    if (error instanceof OnrecordError) throw error;
    const cause = (error as { cause?: unknown }).cause;
    if (cause instanceof OnrecordError) throw cause;
    throw new OnrecordError('FETCH_FAILED', `Cannot fetch "${original}": ${describeError(error)}`, {
      cause: error,
    });
  };

  let current = checkUrl(original, options, original);
  let response: IncomingMessage;
  for (let redirects = 0; ; redirects += 1) {
    try {
      response = await request(current, options, original, controller.signal);
    } catch (error) {
      return fail(error);
    }
    const status = response.statusCode ?? 0;
    const location = response.headers.location;
    if (!REDIRECTS.has(status) || !location) break;
    response.destroy();
    if (redirects >= maxRedirects) {
      return fail(
        new OnrecordError('FETCH_FAILED', `Cannot fetch "${original}": more than ${maxRedirects} redirects`),
      );
    }
    try {
      current = checkUrl(new URL(location, current).href, options, original);
    } catch (error) {
      return fail(error);
    }
  }

  const status = response.statusCode ?? 0;
  if (status < 200 || status >= 300) {
    response.destroy();
    return fail(
      new OnrecordError(
        status === 404 || status === 410 ? 'INPUT_NOT_FOUND' : 'FETCH_FAILED',
        `Cannot fetch "${original}": HTTP ${status} from ${current.href}`,
      ),
    );
  }
  const declared = Number(response.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes) {
    response.destroy();
    return fail(
      new OnrecordError(
        'INPUT_TOO_LARGE',
        `Cannot fetch "${original}": ${declared} bytes exceed the limit of ${maxBytes}`,
      ),
    );
  }

  const body = response;
  async function* chunks(): AsyncGenerator<Buffer> {
    let total = 0;
    try {
      for await (const chunk of body as AsyncIterable<Buffer>) {
        total += chunk.length;
        if (total > maxBytes) {
          throw new OnrecordError(
            'INPUT_TOO_LARGE',
            `Cannot fetch "${original}": the body exceeds the limit of ${maxBytes} bytes`,
          );
        }
        yield chunk;
      }
    } catch (error) {
      fail(error);
    } finally {
      clearTimeout(timer);
      body.destroy();
    }
  }

  const contentType = response.headers['content-type'] ?? null;
  return {
    url: current.href,
    status,
    contentType: Array.isArray(contentType) ? contentType[0] : contentType,
    chunks: chunks(),
  };
}

/** Fetches a whole body (for one page or feed), gunzipped when the server sent gzip, under the same cap. */
export async function fetchUrl(url: string, options: FetchOptions = {}) {
  const opened = await openUrl(url, options);
  const parts: Buffer[] = [];
  const maxBytes = options.maxBytes ?? FETCH_DEFAULTS.maxBytes;
  for await (const chunk of inflateChunks(opened.chunks, url, { maxBytes })) parts.push(chunk);
  return {
    url: opened.url,
    status: opened.status,
    contentType: opened.contentType,
    body: Buffer.concat(parts),
  };
}
