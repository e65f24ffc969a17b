import { describe, expect, it } from 'vitest';
import { gmail } from './gmail';
import { FACT_LIMIT } from './recipe';
import { longText, runReader } from './fixtures/run-reader';
import { siteTable } from './fixtures/site-table';

const MESSAGE = 'FMfcgzQXJWDsKmXhLVxTNbLjHhQmVbzX';

siteTable('Gmail', [
  {
    why: 'an open message is an email titled by its subject, linked for the account the tab title names',
    url: `https://mail.google.com/mail/u/0/#inbox/${MESSAGE}`,
    title: 'Re: Q3 numbers - me@example.com - Gmail',
    want: {
      kind: 'email',
      title: 'Re: Q3 numbers',
      url: `https://mail.google.com/mail/u/me@example.com/#inbox/${MESSAGE}`,
    },
  },
  {
    why: "the reader's sender becomes a From line",
    url: `https://mail.google.com/mail/u/1/#inbox/${MESSAGE}`,
    title: 'Re: Q3 numbers - me@example.com - Gmail',
    site: { subject: 'Re: Q3 numbers', from: 'Bo Chen <bo@example.org>' },
    want: {
      kind: 'email',
      title: 'Re: Q3 numbers',
      url: `https://mail.google.com/mail/u/me@example.com/#inbox/${MESSAGE}`,
      content: ['From: Bo Chen <bo@example.org>'],
    },
  },
  {
    why: "the reader's text is page text: the sanitizer cleans it",
    url: `https://mail.google.com/mail/u/1/#inbox/${MESSAGE}`,
    title: 'Re: Q3 numbers - me@example.com - Gmail',
    site: { from: 'Bo\u202E Chen\u0000 <bo@example.org>' },
    want: {
      kind: 'email',
      title: 'Re: Q3 numbers',
      url: `https://mail.google.com/mail/u/me@example.com/#inbox/${MESSAGE}`,
      content: ['From: Bo Chen <bo@example.org>'],
    },
  },
  {
    why: "the reader's subject wins over a tab title that has not caught up",
    url: `https://mail.google.com/mail/u/0/#inbox/${MESSAGE}`,
    title: 'Inbox (3) - me@example.com - Gmail',
    site: { subject: 'Q3 numbers' },
    want: {
      kind: 'email',
      title: 'Q3 numbers',
      url: `https://mail.google.com/mail/u/me@example.com/#inbox/${MESSAGE}`,
    },
  },
  {
    why: 'a subject with " - " in it is kept whole',
    url: `https://mail.google.com/mail/u/0/#inbox/${MESSAGE}`,
    title: 'Invoice - March - me@example.com - Gmail',
    want: {
      kind: 'email',
      title: 'Invoice - March',
      url: `https://mail.google.com/mail/u/me@example.com/#inbox/${MESSAGE}`,
    },
  },
  {
    why: 'a Google Workspace account ("… - Acme Corp Mail")',
    url: `https://mail.google.com/mail/u/2/#inbox/${MESSAGE}`,
    title: 'Weekly sync - ann@acme.example - Acme Corp Mail',
    want: {
      kind: 'email',
      title: 'Weekly sync',
      url: `https://mail.google.com/mail/u/ann@acme.example/#inbox/${MESSAGE}`,
    },
  },
  {
    why: 'a message under a label keeps its route',
    url: `https://mail.google.com/mail/u/0/#label/Clients%2FAcme/${MESSAGE}`,
    title: 'Contract draft - me@example.com - Gmail',
    want: {
      kind: 'email',
      title: 'Contract draft',
      url: `https://mail.google.com/mail/u/me@example.com/#label/Clients%2FAcme/${MESSAGE}`,
    },
  },
  {
    why: 'a message opened from a search keeps its route',
    url: `https://mail.google.com/mail/u/0/#search/invoice+march/${MESSAGE}`,
    title: 'Invoice - March - me@example.com - Gmail',
    want: {
      kind: 'email',
      title: 'Invoice - March',
      url: `https://mail.google.com/mail/u/me@example.com/#search/invoice+march/${MESSAGE}`,
    },
  },
  {
    why: 'an older hexadecimal thread id is a message too',
    url: 'https://mail.google.com/mail/u/0/#sent/18c2f1a3b4d5e6f7',
    title: 'Re: Lunch? - me@example.com - Gmail',
    want: {
      kind: 'email',
      title: 'Re: Lunch?',
      url: 'https://mail.google.com/mail/u/me@example.com/#sent/18c2f1a3b4d5e6f7',
    },
  },
  {
    why: 'the "?ogbl" and the account position give way to the address',
    url: `https://mail.google.com/mail/u/1/?ogbl#inbox/${MESSAGE}`,
    title: 'Re: Q3 numbers - me@example.com - Gmail',
    want: {
      kind: 'email',
      title: 'Re: Q3 numbers',
      url: `https://mail.google.com/mail/u/me@example.com/#inbox/${MESSAGE}`,
    },
  },
  {
    why: 'without an address in the tab title the account position stays',
    url: `https://mail.google.com/mail/u/1/#inbox/${MESSAGE}`,
    title: 'Gmail',
    site: { subject: 'Q3 numbers' },
    want: { kind: 'email', title: 'Q3 numbers', url: `https://mail.google.com/mail/u/1/#inbox/${MESSAGE}` },
  },
  {
    why: 'the inbox is an ordinary page',
    url: 'https://mail.google.com/mail/u/0/#inbox',
    title: 'Inbox (3) - me@example.com - Gmail',
    want: { kind: 'page', title: 'Inbox (3) - me@example.com - Gmail', url: 'https://mail.google.com/mail/u/0/#inbox' },
  },
  {
    why: 'a label is an ordinary page',
    url: 'https://mail.google.com/mail/u/0/#label/Receipts',
    title: 'Receipts - me@example.com - Gmail',
    want: {
      kind: 'page',
      title: 'Receipts - me@example.com - Gmail',
      url: 'https://mail.google.com/mail/u/0/#label/Receipts',
    },
  },
  {
    why: 'a search is an ordinary page, even one long word',
    url: 'https://mail.google.com/mail/u/0/#search/invoicesfromacmecorp2024',
    title: 'Search results - me@example.com - Gmail',
    want: {
      kind: 'page',
      title: 'Search results - me@example.com - Gmail',
      url: 'https://mail.google.com/mail/u/0/#search/invoicesfromacmecorp2024',
    },
  },
  {
    why: 'writing a new message is an ordinary page',
    url: 'https://mail.google.com/mail/u/0/#inbox?compose=new',
    title: 'Inbox - me@example.com - Gmail',
    want: {
      kind: 'page',
      title: 'Inbox - me@example.com - Gmail',
      url: 'https://mail.google.com/mail/u/0/#inbox?compose=new',
    },
  },
  {
    why: 'a message whose subject neither the tab nor the reader gives is captured as a page',
    url: `https://mail.google.com/mail/u/0/#inbox/${MESSAGE}`,
    title: 'Gmail',
    site: {},
    want: { kind: 'page', title: 'Gmail', url: `https://mail.google.com/mail/u/0/#inbox/${MESSAGE}` },
  },
]);

describe('Gmail reader, in the page', () => {
  const url = `https://mail.google.com/mail/u/0/#inbox/${MESSAGE}`;

  it('reads the subject and the sender of the last message shown', () => {
    expect(runReader(gmail.reader!, 'gmail-thread.html', url)).toEqual({
      subject: 'Re: Q3 numbers',
      from: 'Bo Chen <bo@example.org>',
    });
  });

  it('gives the address alone when the sender has no name', () => {
    const read = runReader(gmail.reader!, 'gmail-thread.html', url, (document) => {
      for (const sender of document.querySelectorAll('span.gD')) {
        sender.removeAttribute('name');
        sender.textContent = sender.getAttribute('email');
      }
    });
    expect(read).toEqual({ subject: 'Re: Q3 numbers', from: 'bo@example.org' });
  });

  it('cuts a subject to the fact limit', () => {
    const read = runReader(gmail.reader!, 'gmail-thread.html', url, (document) => {
      document.querySelector('h2.hP')!.textContent = longText(3 * FACT_LIMIT);
    }) as Record<string, string>;
    expect(read.subject).toHaveLength(FACT_LIMIT);
  });

  it('finds nothing in the inbox', () => {
    expect(runReader(gmail.reader!, '', 'https://mail.google.com/mail/u/0/#inbox')).toEqual({});
  });
});
