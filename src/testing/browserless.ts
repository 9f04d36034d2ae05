/**
 * A browser without a browser: fetch with manual redirects and a cookie jar per host, for walking a
 * real sign-in across two servers (Stitch and the identity provider) over loopback. Tests only.
 */
export interface Hop {
  url: string;
  status: number;
  setCookies: string[];
}

export interface Walk {
  response: Response;
  url: URL;
  hops: Hop[];
  body: string;
}

export class CookieWalker {
  private readonly jars = new Map<string, Map<string, string>>();
  /** Headers added to every request to one origin (e.g. x-forwarded-for, to play another client). */
  readonly headersFor = new Map<string, Record<string, string>>();
  /** Origins that stand for another (a public https address served by a loopback server). */
  readonly rewrites = new Map<string, string>();

  cookie(origin: string, name: string): string | undefined {
    return this.jars.get(new URL(origin).host)?.get(name);
  }

  setCookie(origin: string, name: string, value: string): void {
    const host = new URL(origin).host;
    if (!this.jars.has(host)) this.jars.set(host, new Map());
    this.jars.get(host)!.set(name, value);
  }

  private store(url: URL, setCookies: string[]): void {
    for (const line of setCookies) {
      const [pair = '', ...attributes] = line.split(';');
      const at = pair.indexOf('=');
      const name = pair.slice(0, at).trim();
      const value = pair.slice(at + 1).trim();
      const expired = attributes.some((attribute) => {
        const [key = '', val = ''] = attribute.trim().split('=');
        if (key.toLowerCase() === 'max-age') return Number(val) <= 0;
        if (key.toLowerCase() === 'expires') return new Date(val).getTime() <= Date.now();
        return false;
      });
      if (expired || value === '') this.jars.get(url.host)?.delete(name);
      else this.setCookie(url.origin, name, value);
    }
  }

  private resolve(url: URL): URL {
    const to = this.rewrites.get(url.origin);
    return to ? new URL(`${url.pathname}${url.search}`, to) : url;
  }

  /** One request, no redirect followed. */
  async request(target: string | URL, init: { method?: string; form?: Record<string, string> } = {}) {
    const url = this.resolve(new URL(target));
    const jar = this.jars.get(url.host);
    const headers: Record<string, string> = { ...(this.headersFor.get(url.origin) ?? {}) };
    if (jar?.size) headers.cookie = [...jar].map(([name, value]) => `${name}=${value}`).join('; ');
    let body: string | undefined;
    if (init.form) {
      headers['content-type'] = 'application/x-www-form-urlencoded';
      body = new URLSearchParams(init.form).toString();
    }
    const response = await fetch(url, { method: init.method ?? 'GET', headers, body, redirect: 'manual' });
    const setCookies = response.headers.getSetCookie();
    this.store(url, setCookies);
    return { response, url, setCookies };
  }

  /** A request and every redirect after it, as a browser would follow them. */
  async walk(
    target: string | URL,
    init: { method?: string; form?: Record<string, string> } = {},
    maxHops = 12,
  ): Promise<Walk> {
    const hops: Hop[] = [];
    let next: { target: URL; init: typeof init } = { target: new URL(target), init };
    for (let i = 0; i < maxHops; i += 1) {
      const { response, url, setCookies } = await this.request(next.target, next.init);
      hops.push({ url: url.href, status: response.status, setCookies });
      const location = response.headers.get('location');
      if (response.status >= 300 && response.status < 400 && location) {
        await response.arrayBuffer();
        const keep = response.status === 307 || response.status === 308;
        next = { target: new URL(location, url), init: keep ? next.init : {} };
        continue;
      }
      return { response, url, hops, body: await response.text() };
    }
    throw new Error(`more than ${maxHops} redirects from ${String(target)}`);
  }
}
