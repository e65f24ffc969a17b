import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const fixture = (file: string) => readFileSync(path.join(root, file), 'utf8');

/** The local copies of real sites the browser tests capture, by host, at their real paths. */
const PAGES: Record<string, { path: RegExp; file: string }> = {
  'mail.google.com': { path: /^\/mail\/u\/\d+\/$/, file: 'src/capture/sites/fixtures/gmail-thread.html' },
  'github.com': { path: /^\/acme\/app\/issues\/1234$/, file: 'test/fixtures/sites/github-issue.html' },
  'www.youtube.com': { path: /^\/watch$/, file: 'src/capture/sites/fixtures/youtube-watch.html' },
};

/** The hosts the e2e build may read without a click's activeTab grant (wxt.config.ts's TEST_SITE_HOSTS). */
export const SITE_PAGE_HOSTS = Object.keys(PAGES);

/** A certificate for those hosts, made for this run only (the browser is told to accept it). */
function makeCertificate(): { key: string; cert: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'ttc-site-cert-'));
  try {
    const names = SITE_PAGE_HOSTS.map((host) => `DNS:${host}`).join(',');
    execFileSync('openssl', [
      'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=site-pages',
      '-addext', `subjectAltName=${names}`,
      '-keyout', path.join(dir, 'key.pem'), '-out', path.join(dir, 'cert.pem'),
    ], { stdio: 'ignore' }); // prettier-ignore
    return {
      key: readFileSync(path.join(dir, 'key.pem'), 'utf8'),
      cert: readFileSync(path.join(dir, 'cert.pem'), 'utf8'),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export interface SitePages {
  /** Chromium flags that send the sites' hosts here and accept this server's certificate. */
  chromiumArgs: string[];
  stop(): Promise<void>;
}

/**
 * An HTTPS server on 127.0.0.1 that serves a Gmail-like message, a GitHub-like
 * issue and a YouTube-like watch page under their real URLs: Chromium resolves
 * the real hosts to it (`--host-resolver-rules`). It has to be HTTPS: the three
 * hosts are on Chromium's HSTS preload list, so an http:// URL is upgraded
 * before any request leaves.
 */
export async function startSitePages(): Promise<SitePages> {
  const server: Server = createServer(makeCertificate(), (req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    const page = PAGES[host];
    const url = new URL(req.url ?? '/', `https://${host}`);
    if (req.method !== 'GET' || !page || !page.path.test(url.pathname)) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Not a page of this copy');
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(fixture(page.file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const rules = SITE_PAGE_HOSTS.map((host) => `MAP ${host} 127.0.0.1:${port}`).join(',');
  return {
    chromiumArgs: [`--host-resolver-rules=${rules}`, '--ignore-certificate-errors'],
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
