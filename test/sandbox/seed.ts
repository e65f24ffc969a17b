import type { SandboxState } from './state';

/** Credentials of the sandbox's built-in accounts, for `npm run sandbox`, demos and tests. */
export const DEMO = {
  userId: 100000001,
  username: 'demo@example.com',
  password: 'demo-password',
  personalToken: 'tp_sandbox0demo0token0000000000000000',
  oauthClient: { clientId: 'sandbox-client', clientSecret: 'sandbox-secret', name: 'TickTick Capture (sandbox)' },
} as const;

export const MFA_USER = {
  userId: 100000002,
  username: 'mfa@example.com',
  password: 'mfa-password',
  // 32 base32 characters decode to 20 bytes; otplib's guardrails want at least 16.
  totpSecret: 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP',
} as const;

export const CAPTCHA_USER = {
  userId: 100000003,
  username: 'captcha@example.com',
  password: 'captcha-password',
} as const;

/** A second ordinary account, for what must never cross from one account to another. */
export const OTHER_USER = {
  userId: 100000004,
  username: 'other@example.com',
  password: 'other-password',
  personalToken: 'tp_sandbox0other0token0000000000000',
} as const;

/** Attempts before sign-on answers `incorrect_password_too_many_times`. */
export const MAX_FAILED_SIGNONS = 5;

export function seedDemoData(state: SandboxState): void {
  state.accounts.push(
    {
      userId: DEMO.userId,
      username: DEMO.username,
      password: DEMO.password,
      personalTokens: [DEMO.personalToken],
      failedSignons: 0,
    },
    {
      userId: MFA_USER.userId,
      username: MFA_USER.username,
      password: MFA_USER.password,
      totpSecret: MFA_USER.totpSecret,
      personalTokens: [],
      failedSignons: 0,
    },
    {
      userId: CAPTCHA_USER.userId,
      username: CAPTCHA_USER.username,
      password: CAPTCHA_USER.password,
      captchaRequired: true,
      personalTokens: [],
      failedSignons: 0,
    },
    {
      userId: OTHER_USER.userId,
      username: OTHER_USER.username,
      password: OTHER_USER.password,
      personalTokens: [OTHER_USER.personalToken],
      failedSignons: 0,
    },
  );
  state.oauthClients.set(DEMO.oauthClient.clientId, { ...DEMO.oauthClient });

  const userId = DEMO.userId;
  const office = {
    id: '645ff4022ac97c330ac5efa3',
    userId,
    name: '🏢 Office',
    sortOrder: -9223090562146500590n,
    etag: 'yj2xez68',
  };
  state.projectGroups.set(office.id, office);
  // sortOrders beyond 2^53, as real accounts have them.
  const work = state.addProject(userId, {
    id: '632b56b88f081e5cbd9f1def',
    name: 'Work',
    color: '#4772fa',
    groupId: office.id,
    sortOrder: 5765196311756363173n,
  });
  state.addProject(userId, {
    id: '632b56b88f081e5cbd9f1df3',
    name: 'Meetings',
    color: '#ffac38',
    groupId: office.id,
    viewMode: 'kanban',
    sortOrder: 5765196311800403365n,
  });
  const reading = state.addProject(userId, {
    id: '632b56b88f081e5cbd9f1df6',
    name: '📚 Reading list',
    color: '#3ab77f',
  });
  state.addProject(userId, { id: '632b56b88f081e5cbd9f1df9', name: 'Notes', kind: 'NOTE' });

  state.tags.push(
    { userId, name: 'reading', label: 'Reading', color: '#3ab77f', sortOrder: 549755813888n, etag: 'wtwmruse' },
    { userId, name: 'work', label: 'work', color: '#ff6161', sortOrder: 824633720832n, etag: 'cb4av5ds' },
  );

  state.addTask(userId, {
    projectId: state.inboxId(userId),
    title: 'Try TickTick Capture',
    content: 'Select text on a page and press Alt+Shift+T.',
  });
  state.addTask(userId, {
    projectId: work.id,
    title: 'Weekly report',
    dueDate: '2026-12-04T17:00:00.000+0000',
    startDate: '2026-12-04T17:00:00.000+0000',
    timeZone: 'Europe/Berlin',
    repeatFlag: 'RRULE:FREQ=WEEKLY;INTERVAL=1;BYDAY=FR',
    reminders: [{ id: '6a1993b0192b3547f10e8614', trigger: 'TRIGGER:-PT15M' }],
    priority: 3,
    tags: ['work'],
    sortOrder: 6917529028176904190n,
  });
  state.addTask(userId, {
    projectId: reading.id,
    title: 'Designing Data-Intensive Applications',
    priority: 1,
    tags: ['reading'],
  });
}
