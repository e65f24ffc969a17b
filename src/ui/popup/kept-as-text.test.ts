import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chipEndingAt, keepAsText, shiftKeptText } from './kept-as-text';

describe('words kept as text, as the line is edited', () => {
  const line = 'Read every monday now';
  const kept = [{ index: 5, length: 12 }]; // "every monday"

  it('stay put when the edit is after them, and move with an edit before them', () => {
    expect(shiftKeptText(line, `${line}!`, kept)).toEqual(kept);
    expect(shiftKeptText(line, `Please ${line}`, kept)).toEqual([{ index: 12, length: 12 }]);
    expect(shiftKeptText(line, line.replace('Read', 'Re'), kept)).toEqual([{ index: 3, length: 12 }]);
  });

  it('are dropped when their own words are edited, to be read again', () => {
    expect(shiftKeptText(line, line.replace('monday', 'friday'), kept)).toEqual([]);
    expect(shiftKeptText(line, line.replace('every monday', ''), kept)).toEqual([]);
  });

  it('always cover the same words after any edit around them', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.string(), fc.string(), (head, words, tail, typed) => {
        fc.pre(words.length > 0);
        const before = head + words + tail;
        const spans = [{ index: head.length, length: words.length }];
        for (const after of [
          typed + before,
          before + typed,
          head + words + typed + tail,
          head + typed + words + tail,
        ]) {
          for (const span of shiftKeptText(before, after, spans)) {
            expect(after.slice(span.index, span.index + span.length)).toBe(words);
          }
        }
      }),
    );
  });
});

describe('chips and the caret', () => {
  const chips = [
    { kind: 'date' as const, text: 'tomorrow', label: 'Tomorrow', index: 9 },
    { kind: 'tag' as const, text: '#x', label: '#x', index: 18 },
  ];

  it('finds the chip Backspace is at the end of', () => {
    expect(chipEndingAt(chips, 17)?.text).toBe('tomorrow');
    expect(chipEndingAt(chips, 20)?.text).toBe('#x');
    expect(chipEndingAt(chips, 16)).toBeUndefined();
  });

  it('keeps a chip as text only where the line still holds its words', () => {
    expect(keepAsText('Call mom tomorrow #x', chips[0]!)).toEqual({ index: 9, length: 8 });
    expect(keepAsText('Call mum tomorrow #x', chips[0]!)).toEqual({ index: 9, length: 8 });
    expect(keepAsText('Call tomorrow #x', chips[0]!)).toBeUndefined();
  });
});
