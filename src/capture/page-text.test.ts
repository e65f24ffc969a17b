import { describe, expect, it } from 'vitest';
import { NOTICES, pageContent } from './build-task';
import { PAGE_TEXT_CUT_MARK, PAGE_TEXT_ROOM, withPageText } from './page-text';
import { MAX_CONTENT_LENGTH } from './sanitize';

const now = new Date('2026-03-01T10:00:00Z');
const page = { title: 'A long read', url: 'https://example.com/read' };

describe('a page with its text', () => {
  it('follows the filled template', () => {
    const content = pageContent(
      { ...page, text: '## Part one\n\nWords, [a link](https://example.com/x).' },
      '{{link}}',
      now,
    );
    expect(content).toEqual({
      text: '[A long read](https://example.com/read)\n\n## Part one\n\nWords, [a link](https://example.com/x).',
      notices: [],
    });
  });

  it('is cut to its room at a paragraph, and ends with a mark in the task', () => {
    const paragraph = `${'word '.repeat(199)}end.`;
    const text = Array.from({ length: 5000 }, () => paragraph).join('\n\n');
    const fitted = withPageText('', text, PAGE_TEXT_ROOM);
    expect(fitted.cut).toBe(true);
    expect(fitted.text.length).toBeLessThanOrEqual(PAGE_TEXT_ROOM);
    expect(fitted.text.length).toBeGreaterThan(PAGE_TEXT_ROOM * 0.95);
    expect(fitted.text.endsWith(`end.\n\n${PAGE_TEXT_CUT_MARK}`)).toBe(true);
    // The template fits in what is left of TickTick's limit.
    expect(pageContent({ ...page, text: fitted.text }, '{{link}}', now)).toEqual({
      text: `[A long read](https://example.com/read)\n\n${fitted.text}`,
      notices: [],
    });
  });

  it('a text with no paragraph to cut at is cut mid-way, still within the limit', () => {
    const { text, cut } = withPageText('head', 'x'.repeat(MAX_CONTENT_LENGTH * 3));
    expect(cut).toBe(true);
    expect(text.length).toBeLessThanOrEqual(MAX_CONTENT_LENGTH);
    expect(text.startsWith('head\n\nxxx')).toBe(true);
  });

  it('a template longer than the room left cuts the description to the limit, and says so', () => {
    const content = pageContent({ ...page, text: 'y'.repeat(PAGE_TEXT_ROOM) }, `${'t'.repeat(5000)} {{link}}`, now);
    expect(content.text.length).toBe(MAX_CONTENT_LENGTH);
    expect(content.notices).toEqual([NOTICES.longContent]);
  });

  it('loses invisible and control characters, as all page text does', () => {
    expect(withPageText('', 'a\u202Eb\u0000c').text).toBe('abc');
    expect(pageContent({ ...page, text: 'a\u202Eb' }, '', now).text).toBe('ab');
  });
});
