import { describe, expect, it } from 'vitest';
import { outlook } from './outlook';
import { runReader } from './fixtures/run-reader';
import { siteTable } from './fixtures/site-table';

const ID = 'AQQkADAwATM0MDAAMS1iNTcwLWE0NzEtMDACLTAwCgAQAPfuJdDJN0BCmsLtDKtUd9E%3D';
const read = { subject: 'Q3 numbers', from: 'Bo Chen <bo@example.org>' };
const NOT_READ = ["Outlook did not show the message's subject."];

siteTable('Outlook on the web', [
  {
    why: 'an open message on outlook.live.com is an email with its deep link, the message id kept',
    url: `https://outlook.live.com/mail/0/inbox/id/${ID}`,
    title: 'Mail - Ann Lee - Outlook',
    site: read,
    want: {
      kind: 'email',
      title: 'Q3 numbers',
      url: `https://outlook.live.com/mail/0/inbox/id/${ID}`,
      content: ['From: Bo Chen <bo@example.org>'],
    },
  },
  {
    why: 'outlook.office.com, its query dropped',
    url: `https://outlook.office.com/mail/inbox/id/${ID}?nativeVersion=1.2025.101.100`,
    title: 'Mail - Ann Lee - Outlook',
    site: { subject: 'Q3 numbers' },
    want: { kind: 'email', title: 'Q3 numbers', url: `https://outlook.office.com/mail/inbox/id/${ID}` },
  },
  {
    why: 'outlook.office365.com, a deeplink/read address',
    url: `https://outlook.office365.com/mail/deeplink/read/${ID}`,
    title: 'Mail - Ann Lee - Outlook',
    site: read,
    want: {
      kind: 'email',
      title: 'Q3 numbers',
      url: `https://outlook.office365.com/mail/deeplink/read/${ID}`,
      content: ['From: Bo Chen <bo@example.org>'],
    },
  },
  {
    why: 'outlook.cloud.microsoft, an attachment preview after the id cut off',
    url: `https://outlook.cloud.microsoft/mail/inbox/id/${ID}/sxs/AAMkAGI2TG93AAA%3D`,
    title: 'Mail - Ann Lee - Outlook',
    site: { subject: 'Q3 numbers' },
    want: { kind: 'email', title: 'Q3 numbers', url: `https://outlook.cloud.microsoft/mail/inbox/id/${ID}` },
  },
  {
    why: 'without the subject (the tab never has it) the page is added and the user told',
    url: `https://outlook.live.com/mail/0/inbox/id/${ID}`,
    title: 'Mail - Ann Lee - Outlook',
    site: {},
    want: {
      kind: 'page',
      title: 'Mail - Ann Lee',
      url: `https://outlook.live.com/mail/0/inbox/id/${ID}`,
      notices: NOT_READ,
    },
  },
  {
    why: 'the inbox is an ordinary page',
    url: 'https://outlook.office.com/mail/',
    title: 'Mail - Ann Lee - Outlook',
    want: { kind: 'page', title: 'Mail - Ann Lee', url: 'https://outlook.office.com/mail/' },
  },
]);

describe('Outlook reader, in the page', () => {
  const url = `https://outlook.live.com/mail/0/inbox/id/${ID}`;

  it("reads the reading pane's subject (not its buttons) and sender", () => {
    expect(runReader(outlook.reader!, 'outlook-message.html', url)).toEqual(read);
  });

  it('gives the address alone when the sender line has no name', () => {
    const result = runReader(outlook.reader!, 'outlook-message.html', url, (document) => {
      document.querySelector('span[aria-label^="From"]')!.textContent = '<bo@example.org>';
    });
    expect(result).toEqual({ subject: 'Q3 numbers', from: 'bo@example.org' });
  });

  it('finds nothing without a reading pane', () => {
    expect(runReader(outlook.reader!, '', 'https://outlook.live.com/mail/0/')).toEqual({});
  });
});
