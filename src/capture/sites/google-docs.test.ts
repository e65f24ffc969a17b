import { siteTable } from './fixtures/site-table';

const DOC = '1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789_-xy';
const document = (title: string, url: string) => ({ kind: 'document' as const, title, url });

siteTable('Google Docs, Sheets and Slides', [
  {
    why: 'a document loses " - Google Docs", /edit and its query',
    url: `https://docs.google.com/document/d/${DOC}/edit?usp=sharing`,
    title: 'Project plan - Google Docs',
    want: document('Project plan', `https://docs.google.com/document/d/${DOC}`),
  },
  {
    why: 'a spreadsheet loses " - Google Sheets" and its #gid fragment',
    url: `https://docs.google.com/spreadsheets/d/${DOC}/edit#gid=0`,
    title: 'Budget 2024 - Google Sheets',
    want: document('Budget 2024', `https://docs.google.com/spreadsheets/d/${DOC}`),
  },
  {
    why: 'a presentation loses " - Google Slides" and its #slide fragment',
    url: `https://docs.google.com/presentation/d/${DOC}/edit#slide=id.p`,
    title: 'Q3 review - Google Slides',
    want: document('Q3 review', `https://docs.google.com/presentation/d/${DOC}`),
  },
  {
    why: 'German: " - Google Tabellen"',
    url: `https://docs.google.com/spreadsheets/d/${DOC}/edit`,
    title: 'Haushaltsbuch - Google Tabellen',
    want: document('Haushaltsbuch', `https://docs.google.com/spreadsheets/d/${DOC}`),
  },
  {
    why: 'German: " - Google Präsentationen", /preview dropped',
    url: `https://docs.google.com/presentation/d/${DOC}/preview`,
    title: 'Vortrag - Google Präsentationen',
    want: document('Vortrag', `https://docs.google.com/presentation/d/${DOC}`),
  },
  {
    why: 'Spanish: " - Documentos de Google"',
    url: `https://docs.google.com/document/d/${DOC}/edit`,
    title: 'Plan del proyecto - Documentos de Google',
    want: document('Plan del proyecto', `https://docs.google.com/document/d/${DOC}`),
  },
  {
    why: 'Japanese: " - Google ドキュメント"',
    url: `https://docs.google.com/document/d/${DOC}/edit`,
    title: '議事録 - Google ドキュメント',
    want: document('議事録', `https://docs.google.com/document/d/${DOC}`),
  },
  {
    why: 'a name with " - " in it keeps it',
    url: `https://docs.google.com/spreadsheets/d/${DOC}/edit`,
    title: 'Budget - Q3 - Google Sheets',
    want: document('Budget - Q3', `https://docs.google.com/spreadsheets/d/${DOC}`),
  },
  {
    why: 'a second account (/u/1/) keeps it; /view dropped',
    url: `https://docs.google.com/document/u/1/d/${DOC}/view`,
    title: 'Project plan - Google Docs',
    want: document('Project plan', `https://docs.google.com/document/u/1/d/${DOC}`),
  },
  {
    why: 'a published copy is an ordinary page',
    url: 'https://docs.google.com/document/d/e/2PACX-1vTx3yqzA1b2C3d4E5f6G7h8I9j0K/pub',
    title: 'Project plan',
    want: {
      kind: 'page',
      title: 'Project plan',
      url: 'https://docs.google.com/document/d/e/2PACX-1vTx3yqzA1b2C3d4E5f6G7h8I9j0K/pub',
    },
  },
]);
