import { describe, expect, it } from 'vitest';
import { jira } from './jira';
import { FACT_LIMIT } from './recipe';
import { longText, runReader } from './fixtures/run-reader';
import { siteTable } from './fixtures/site-table';

const ticket = (title: string, url: string) => ({ kind: 'ticket' as const, title, url });

siteTable('Jira', [
  {
    why: 'Jira Server under a context path: "[KEY] Summary - ASF JIRA"',
    url: 'https://issues.apache.org/jira/browse/KAFKA-9119',
    title: '[KAFKA-9119] KIP-500: Replace ZooKeeper with a Metadata Quorum - ASF JIRA',
    want: ticket(
      'KAFKA-9119 KIP-500: Replace ZooKeeper with a Metadata Quorum',
      'https://issues.apache.org/jira/browse/KAFKA-9119',
    ),
  },
  {
    why: '"… - ASF Jira"',
    url: 'https://issues.apache.org/jira/browse/KAFKA-12720',
    title:
      '[KAFKA-12720] Ecosystem wiki page: Kafka Manager renamed CMAK (Cluster Manager for Apache Kafka) - ASF Jira',
    want: ticket(
      'KAFKA-12720 Ecosystem wiki page: Kafka Manager renamed CMAK (Cluster Manager for Apache Kafka)',
      'https://issues.apache.org/jira/browse/KAFKA-12720',
    ),
  },
  {
    why: 'Jira Cloud: "[KEY] Summary - Jira"',
    url: 'https://acme.atlassian.net/browse/PROJ-42',
    title: '[PROJ-42] Checkout button does nothing - Jira',
    want: ticket('PROJ-42 Checkout button does nothing', 'https://acme.atlassian.net/browse/PROJ-42'),
  },
  {
    why: 'a site tagline after the summary goes',
    url: 'https://jira.atlassian.com/browse/BSERV-12252',
    title:
      '[BSERV-12252] Disable wordwrap in Pull Request diff view - Create and track feature requests for Atlassian products.',
    want: ticket(
      'BSERV-12252 Disable wordwrap in Pull Request diff view',
      'https://jira.atlassian.com/browse/BSERV-12252',
    ),
  },
  {
    why: 'a summary with " - " in it keeps it; only what followed the summary goes',
    url: 'https://jira.atlassian.com/browse/CONFSERVER-93833',
    title:
      '[CONFSERVER-93833] RCE (Remote Code Execution) in Confluence Data Center and Server - CVE-2023-22527 - Create and track feature requests for Atlassian products.',
    want: ticket(
      'CONFSERVER-93833 RCE (Remote Code Execution) in Confluence Data Center and Server - CVE-2023-22527',
      'https://jira.atlassian.com/browse/CONFSERVER-93833',
    ),
  },
  {
    why: 'a title without brackets: the key is not doubled',
    url: 'https://issues.apache.org/jira/browse/HADOOP-1722',
    title: 'HADOOP-1722 Make streaming to handle non-utf8 byte array - ASF JIRA',
    want: ticket(
      'HADOOP-1722 Make streaming to handle non-utf8 byte array',
      'https://issues.apache.org/jira/browse/HADOOP-1722',
    ),
  },
  {
    why: '"<site> JIRA"',
    url: 'https://jira.yasdb.com/browse/YDBRD-18933?src=confmacro',
    title: '[YDBRD-18933] 支持SUBSTRB函数 - YashanDB JIRA',
    want: ticket('YDBRD-18933 支持SUBSTRB函数', 'https://jira.yasdb.com/browse/YDBRD-18933'),
  },
  {
    why: 'the key comes from the URL (a moved issue keeps its old key in the title); comment and query go',
    url: 'https://jira.atlassian.com/browse/JSWCLOUD-18677?focusedId=3424755&page=com.atlassian.jira.plugin.system.issuetabpanels:comment-tabpanel',
    title:
      '[JRACLOUD-91572] Option to drill down to the Subtask level in the Timeline (Formerly Roadmap) - Create and track feature requests for Atlassian products.',
    want: ticket(
      'JSWCLOUD-18677 Option to drill down to the Subtask level in the Timeline (Formerly Roadmap)',
      'https://jira.atlassian.com/browse/JSWCLOUD-18677',
    ),
  },
  {
    why: "the reader's summary wins over the tab title",
    url: 'https://acme.atlassian.net/browse/PROJ-42',
    title: '[PROJ-42] Checkout button does nothing - Jira',
    site: { summary: 'Checkout button does nothing on Safari' },
    want: ticket('PROJ-42 Checkout button does nothing on Safari', 'https://acme.atlassian.net/browse/PROJ-42'),
  },
  {
    why: "a Jira Cloud board's selected issue, with the reader's summary",
    url: 'https://acme.atlassian.net/jira/software/projects/PROJ/boards/1?selectedIssue=PROJ-42',
    title: 'PROJ board - Agile Board - Jira',
    site: { summary: 'Checkout button does nothing' },
    want: ticket('PROJ-42 Checkout button does nothing', 'https://acme.atlassian.net/browse/PROJ-42'),
  },
  {
    why: "a board's selected issue without the summary is an ordinary page",
    url: 'https://acme.atlassian.net/jira/software/projects/PROJ/boards/1?selectedIssue=PROJ-42',
    title: 'PROJ board - Agile Board - Jira',
    want: {
      kind: 'page',
      title: 'PROJ board - Agile Board - Jira',
      url: 'https://acme.atlassian.net/jira/software/projects/PROJ/boards/1?selectedIssue=PROJ-42',
    },
  },
  {
    why: "a Jira Server board's selected issue is an ordinary page: where its /browse/ lives is not known",
    url: 'https://jira.example.org/secure/RapidBoard.jspa?rapidView=12&selectedIssue=OPS-7',
    title: 'OPS board - Agile Board - Example JIRA',
    site: { summary: 'Rotate the certificates' },
    want: {
      kind: 'page',
      title: 'OPS board - Agile Board - Example JIRA',
      url: 'https://jira.example.org/secure/RapidBoard.jspa?rapidView=12&selectedIssue=OPS-7',
    },
  },
]);

describe('Jira reader, in the page', () => {
  it("reads Jira Cloud's summary heading", () => {
    const read = runReader(jira.reader!, 'jira-issue.html', 'https://acme.atlassian.net/browse/PROJ-42');
    expect(read).toEqual({ summary: 'Checkout button does nothing on Safari' });
  });

  it("reads Jira Server's summary", () => {
    const read = runReader(jira.reader!, 'jira-server-issue.html', 'https://issues.apache.org/jira/browse/KAFKA-9119');
    expect(read).toEqual({ summary: 'KIP-500: Replace ZooKeeper with a Metadata Quorum' });
  });

  it('cuts a summary to the fact limit', () => {
    const read = runReader(
      jira.reader!,
      'jira-server-issue.html',
      'https://issues.apache.org/jira/browse/KAFKA-9119',
      (document) => {
        document.querySelector('#summary-val')!.textContent = longText(2 * FACT_LIMIT);
      },
    );
    expect(read).toEqual({ summary: longText(FACT_LIMIT) });
  });

  it('finds nothing on a page without one', () => {
    expect(runReader(jira.reader!, '', 'https://acme.atlassian.net/browse/PROJ-42')).toEqual({});
  });
});
