import { describe, expect, it } from 'vitest';
import { linear } from './linear';
import { runReader } from './fixtures/run-reader';
import { siteTable } from './fixtures/site-table';

const ISSUE = 'https://linear.app/speckle/issue/CNX-1482/wall-sweeps-published-duplicated';
const LINK = 'https://linear.app/speckle/issue/CNX-1482';
const ticket = (title: string, url = LINK) => ({ kind: 'ticket' as const, title, url });

siteTable('Linear', [
  {
    why: 'a tab title that starts with the identifier: not doubled',
    url: ISSUE,
    title: 'CNX-1482 Wall sweeps published duplicated',
    want: ticket('CNX-1482 Wall sweeps published duplicated'),
  },
  {
    why: 'a tab title without it gets it, from the URL',
    url: ISSUE,
    title: 'Wall sweeps published duplicated',
    want: ticket('CNX-1482 Wall sweeps published duplicated'),
  },
  {
    why: 'an identifier after the title, and " - Linear", go',
    url: ISSUE,
    title: 'Wall sweeps published duplicated - CNX-1482 - Linear',
    want: ticket('CNX-1482 Wall sweeps published duplicated'),
  },
  {
    why: 'an identifier in brackets goes',
    url: ISSUE,
    title: '[CNX-1482] Wall sweeps published duplicated',
    want: ticket('CNX-1482 Wall sweeps published duplicated'),
  },
  {
    why: "the reader's title wins, and the slug, query and fragment leave the link",
    url: 'https://linear.app/canary-technologies/issue/DATA-862/salesforce-airbyte-source-chronically-failing-bulk-api-400-on?noRedirect=1#comment-1',
    title: 'Linear',
    site: { summary: 'Salesforce Airbyte source chronically failing (Bulk API 400)' },
    want: ticket(
      'DATA-862 Salesforce Airbyte source chronically failing (Bulk API 400)',
      'https://linear.app/canary-technologies/issue/DATA-862',
    ),
  },
  {
    why: 'an identifier written in lower case in the URL',
    url: 'https://linear.app/chatwoot/issue/cw-3417/oauth-20-authentication',
    title: 'OAuth 2.0 authentication',
    want: ticket('CW-3417 OAuth 2.0 authentication', 'https://linear.app/chatwoot/issue/CW-3417'),
  },
  {
    why: 'an issue whose title is not known yet is an ordinary page',
    url: ISSUE,
    title: 'Linear',
    want: { kind: 'page', title: 'Linear', url: ISSUE },
  },
  {
    why: 'a project is an ordinary page',
    url: 'https://linear.app/agents-research/project/chatty-bugs-ddd8cae74a17',
    title: 'Chatty bugs',
    want: {
      kind: 'page',
      title: 'Chatty bugs',
      url: 'https://linear.app/agents-research/project/chatty-bugs-ddd8cae74a17',
    },
  },
]);

describe('Linear reader, in the page', () => {
  it('reads the title field of an issue, not its description', () => {
    expect(runReader(linear.reader!, 'linear-issue.html', ISSUE)).toEqual({
      summary: 'Wall sweeps published duplicated',
    });
  });

  it('finds nothing on a page without one', () => {
    expect(runReader(linear.reader!, '', ISSUE)).toEqual({});
  });
});
