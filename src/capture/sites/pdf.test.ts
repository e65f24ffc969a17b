import { siteTable } from './fixtures/site-table';

const pdf = (title: string, url: string) => ({ kind: 'pdf' as const, title, url });
const REPORT = 'https://example.com/files/Annual%20Report%202024.pdf';

siteTable('PDFs', [
  {
    why: 'an empty title becomes the decoded file name without .pdf; the URL kept',
    url: REPORT,
    title: '',
    want: pdf('Annual Report 2024', REPORT),
  },
  {
    why: 'a title that is only the file name, as the viewer shows it',
    url: REPORT,
    title: 'Annual Report 2024.pdf',
    want: pdf('Annual Report 2024', REPORT),
  },
  {
    why: 'a title that is only the file name, still escaped',
    url: REPORT,
    title: 'Annual%20Report%202024.pdf',
    want: pdf('Annual Report 2024', REPORT),
  },
  {
    why: "the document's own title stays, and so does the page in the fragment",
    url: 'https://arxiv.org/pdf/1706.03762v7.pdf#page=3',
    title: 'Attention Is All You Need',
    want: pdf('Attention Is All You Need', 'https://arxiv.org/pdf/1706.03762v7.pdf#page=3'),
  },
  {
    why: 'an upper-case .PDF, on the local disk',
    url: 'file:///home/ann/Downloads/INVOICE-0042.PDF',
    title: '',
    want: pdf('INVOICE-0042', 'file:///home/ann/Downloads/INVOICE-0042.PDF'),
  },
  {
    why: 'a file name with a malformed escape is kept as it is',
    url: 'https://example.com/100%.pdf',
    title: '',
    want: pdf('100%', 'https://example.com/100%.pdf'),
  },
  {
    why: "a PDF link's tracking goes",
    url: 'https://example.com/whitepaper.pdf?utm_source=linkedin&v=2',
    title: '',
    want: pdf('whitepaper', 'https://example.com/whitepaper.pdf?v=2'),
  },
]);
