// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { describeLink, describeThisPage } from './describe-this-page';

const MESSAGE = 'FMfcgzQXJWDsKmXhLVxTNbLjHhQmVbzX';

/** This page becomes the fixture, at `url`. */
function open(fixture: string, url: string) {
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(url);
  // Under happy-dom, import.meta.url is not a file URL: the fixtures are found from the repository's root.
  const html = readFileSync(path.resolve('src/capture/sites/fixtures', fixture), 'utf8');
  document.documentElement.innerHTML = /<html[^>]*>([\s\S]*)<\/html>/.exec(html)![1]!;
}

describe('describeThisPage (in page-reader.js)', () => {
  afterEach(() => vi.restoreAllMocks());

  it("reads the site's facts and describes the page with its recipe: a Gmail message, its sender", () => {
    open('gmail-thread.html', `https://mail.google.com/mail/u/0/#inbox/${MESSAGE}`);
    expect(describeThisPage()).toEqual({
      kind: 'email',
      title: 'Re: Q3 numbers',
      url: `https://mail.google.com/mail/u/me@example.com/#inbox/${MESSAGE}`,
      content: ['From: Bo Chen <bo@example.org>'],
    });
  });

  it("reads the page's <meta> facts: the canonical and og:title", () => {
    open('youtube-watch.html', 'https://www.youtube.com/watch?v=1L1tSwJk30Y&list=PL1&si=abc');
    expect(describeThisPage()).toEqual({
      kind: 'video',
      title: 'Claude Code designing in Figma with MCP server and plug-in',
      url: 'https://www.youtube.com/watch?v=1L1tSwJk30Y',
    });
  });

  it('a reader that throws (a site that changed its markup) leaves the description of what the tab says', () => {
    open('gmail-thread.html', `https://mail.google.com/mail/u/0/#inbox/${MESSAGE}`);
    vi.spyOn(document, 'querySelectorAll').mockImplementation(() => {
      throw new Error('markup changed');
    });
    expect(describeThisPage()).toEqual({
      kind: 'email',
      title: 'Re: Q3 numbers',
      url: `https://mail.google.com/mail/u/me@example.com/#inbox/${MESSAGE}`,
    });
  });

  it('describes a link as the page it leads to, from its address and text', () => {
    expect(describeLink('https://github.com/acme/app/issues/12#top', 'Crash on start')).toEqual({
      kind: 'issue',
      title: 'Crash on start (acme/app#12)',
      url: 'https://github.com/acme/app/issues/12',
    });
  });
});
