import { describe, expect, it } from 'vitest';
import { PEER_INBOX, PEER_SIGN_ON, PEER_TASKS } from '../../test/fixtures/peers';
import { DEMO } from '../../test/sandbox/seed';
import { useSandbox } from '../../test/sandbox/test-helpers';
import type { Model } from './model';
import { Color } from './types';
import { createV1Client } from './v1/client';
import { ChecklistItemV1, CreateProjectV1, CreateTaskV1, ProjectV1, UpdateProjectV1 } from './v1/schemas';
import { createV2Client } from './v2/client';
import { xDevice } from './v2/device';
import {
  ChecklistItemV2,
  CreateProjectV2,
  PostBatchTaskV2,
  ProjectV2,
  TagV2,
  UpdateProjectV2,
  UserSignOnV2,
  UserStatusV2,
} from './v2/schemas';
import { signOnV2 } from './v2/signon';
import type { z } from './zod';

/**
 * What the peers' own test suites assert about models and requests, checked
 * against this client. Each block names the peer test its facts come from
 * (pyticktick: github.com/sebpretzer/pyticktick, ticktick-py:
 * github.com/lazeroffmichael/ticktick-py). docs/api.md, "Decisions on the
 * seed's typing", says where this client deliberately differs.
 */

type AnyModel = Model<z.core.$ZodShape>;
const sandbox = useSandbox();
const inbox = PEER_INBOX;
const ok = (schema: z.ZodMiniType, value: unknown) => schema.safeParse(value).success;

describe('Color', () => {
  // pyticktick tests/unit/test_color.py, test_color: every colour is written as lower-case #rrggbb.
  it.each([
    ['#ff0000', '#ff0000'],
    ['#ffff00', '#ffff00'],
    ['#0000ff', '#0000ff'],
    ['#FF0000', '#ff0000'],
    ['#FFFF00', '#ffff00'],
    ['#0000FF', '#0000ff'],
  ])('%s is sent as %s', (input, expected) => {
    expect(Color.parse(input)).toBe(expected);
  });

  // ticktick-py tests/unit/test_hex_color_creator.py: '#4b98a9' is a colour, a sentence is not.
  it('a hex code is a colour; "This color is not an actual color" is not', () => {
    expect(ok(Color, '#4b98a9')).toBe(true);
    expect(Color.safeParse('This color is not an actual color').error?.issues[0]?.message).toBe(
      'Expected a colour like #f18181',
    );
  });

  const requests: [string, AnyModel, Record<string, unknown>][] = [
    ['CreateProjectV1', CreateProjectV1, { name: 'List' }],
    ['UpdateProjectV1', UpdateProjectV1, {}],
    ['CreateProjectV2', CreateProjectV2, { name: 'List' }],
    ['UpdateProjectV2', UpdateProjectV2, { id: '632b56b88f081e5cbd9f1def', name: 'List' }],
  ];
  it.each(requests)('%s refuses a non-colour in both modes and sends a colour in lower case', (_n, model, base) => {
    for (const mode of ['tolerant', 'strict'] as const) {
      expect(ok(model(mode), { ...base, color: 'not a colour' }), mode).toBe(false);
      expect(model(mode).parse({ ...base, color: '#E070FF' }).color).toBe('#e070ff');
    }
  });

  const answers: [string, AnyModel, Record<string, unknown>][] = [
    ['ProjectV1', ProjectV1, { id: '632b56b88f081e5cbd9f1def', name: 'List' }],
    ['ProjectV2', ProjectV2, { id: '632b56b88f081e5cbd9f1def' }],
    ['TagV2', TagV2, { name: 'reading', label: 'Reading' }],
  ];
  it.each(answers)('%s: strict refuses a non-colour, tolerant reads it', (_n, model, base) => {
    expect(ok(model('strict'), { ...base, color: 'not a colour' })).toBe(false);
    expect(model('tolerant').parse({ ...base, color: 'not a colour' }).color).toBe('not a colour');
    // Real projects carry "transparent" (the field catalogue of real V2 projects).
    expect(model('strict').parse({ ...base, color: 'transparent' }).color).toBe('transparent');
  });

  // ticktick-py tests/integration/test_projects.py, test_create_list_success: "#e070ff" reads back as sent.
  it('a project created with a colour reads it back (V1, over HTTP)', async () => {
    const v1 = createV1Client({ token: DEMO.personalToken, baseUrl: `${sandbox().url}/open/v1`, strict: true });
    const created = await v1.createProject({ name: 'Coloured', color: '#E070FF' });
    expect(sandbox().requests.at(-1)!.body).toMatchObject({ color: '#e070ff' });
    expect((await v1.getProject(created.id)).color).toBe('#e070ff');
  });
});

describe('strict V2 task requests take what the peers send', () => {
  it('the peer tasks, with isFloating and modifiedTime, pass the strict batch model', () => {
    const result = PostBatchTaskV2('strict').safeParse({ add: Object.values(PEER_TASKS) });
    expect(result.error?.issues).toBeUndefined();
  });

  it('the same tasks travel to the sandbox through a strict client, and read back', async () => {
    const { token } = await signOnV2({
      username: DEMO.username,
      password: DEMO.password,
      baseUrl: `${sandbox().url}/api/v2`,
      device: xDevice(),
    });
    const v2 = createV2Client({ token, baseUrl: `${sandbox().url}/api/v2`, strict: true });
    const answer = await v2.batchTasks({ add: Object.values(PEER_TASKS) });
    expect(Object.keys(answer.id2etag).sort()).toEqual([PEER_TASKS.checklist.id, PEER_TASKS.note.id]);
    const synced = (await v2.sync()).syncTaskBean.update.find((t) => t.id === PEER_TASKS.note.id)!;
    expect(synced.reminders?.map((r) => r.trigger)).toEqual(['TRIGGER:P0DT9H0M0S', 'TRIGGER:-P6DT15H0M0S']);
  });
});

describe('a project name is never empty', () => {
  // pyticktick tests/unit/v2/test_v2_models.py, test_base_model_empty_str_to_none: "" reads as None, so a
  // required name sent as "" is a missing name.
  const models: [string, AnyModel, Record<string, unknown>][] = [
    ['CreateProjectV1', CreateProjectV1, {}],
    ['CreateProjectV2', CreateProjectV2, {}],
    ['UpdateProjectV2', UpdateProjectV2, { id: '632b56b88f081e5cbd9f1def' }],
  ];
  it.each(models)('%s refuses name ""', (_n, model, base) => {
    expect(model('tolerant').safeParse({ ...base, name: '' }).error?.issues[0]?.message).toBe('A project needs a name');
  });
});

describe("checklist items take pyticktick's Status values", () => {
  const item = { id: '6b2f3c2b1e4d5a6b7c8d9e02', title: 'Item', status: 2 };
  // pyticktick models a checklist item's status as its Status type (-1, 0, 1, 2): ItemV2, CreateItemV2, UpdateItemV2.
  it.each([-1, 0, 1, 2])('status %i in answers and requests, V1 and V2, strictly', (status) => {
    expect(ok(ChecklistItemV2('strict'), { ...item, status })).toBe(true);
    expect(ok(ChecklistItemV1('strict'), { ...item, status })).toBe(true);
    const task = { projectId: inbox, title: 'Checklist', items: [{ title: 'Item', status }] };
    expect(ok(PostBatchTaskV2('strict'), { add: [task] })).toBe(true);
    expect(ok(CreateTaskV1('strict'), task)).toBe(true);
  });

  it('status 3 is not a status', () => {
    expect(ok(ChecklistItemV2('tolerant'), { ...item, status: 3 })).toBe(false);
    expect(ok(CreateTaskV1('tolerant'), { title: 'Checklist', items: [{ title: 'Item', status: 3 }] })).toBe(false);
  });
});

describe('nested request objects follow the mode like every model', () => {
  // pyticktick tests/unit/v2/test_v2_models.py, test_inherited_models_are_strict: every V2 model forbids
  // extra keys, so strict nested items and reminders refuse them too; tolerant mode lets them through.
  const withExtra = (where: 'items' | 'reminders') => ({
    add: [
      {
        ...PEER_TASKS.note,
        items: [{ title: 'Item', ...(where === 'items' ? { snoozeReminderTime: null, extra: 1 } : {}) }],
        reminders: [{ ...PEER_TASKS.note.reminders[0], ...(where === 'reminders' ? { extra: 1 } : {}) }],
      },
    ],
  });

  it.each(['items', 'reminders'] as const)('an unknown key in %s: tolerant takes it, strict names it', (where) => {
    expect(PostBatchTaskV2('tolerant').safeParse(withExtra(where)).error?.issues).toBeUndefined();
    const strict = PostBatchTaskV2('strict').safeParse(withExtra(where));
    expect(strict.error?.issues[0]).toMatchObject({ code: 'unrecognized_keys', path: ['add', 0, where, 0] });
  });
});

describe('the V2 sign-on answer', () => {
  it('parses strictly, registerDate included, as sign-on and as status', () => {
    expect(UserSignOnV2('strict').parse(PEER_SIGN_ON).registerDate).toBe('2000-01-01T01:01:01.000+0000');
    const { token: _token, ...status } = PEER_SIGN_ON;
    expect(ok(UserStatusV2('strict'), { ...status, timeStamp: 1652951915934 })).toBe(true);
  });

  it('registerDate is a date: a date string or seconds since the epoch, nothing else', () => {
    expect(ok(UserSignOnV2('strict'), { ...PEER_SIGN_ON, registerDate: 946_688_461 })).toBe(true);
    expect(ok(UserSignOnV2('strict'), { ...PEER_SIGN_ON, registerDate: 'yesterday' })).toBe(false);
  });

  it("the sandbox's sign-on answer carries it, and the strict model reads it", async () => {
    const res = await fetch(`${sandbox().url}/api/v2/user/signon?wc=true&remember=true`, {
      method: 'POST',
      headers: {
        origin: 'https://ticktick.com',
        referer: 'https://ticktick.com/',
        'user-agent': 'Mozilla/5.0',
        'x-device': JSON.stringify(xDevice()),
        'content-type': 'application/json',
      },
      body: JSON.stringify({ username: DEMO.username, password: DEMO.password }),
    });
    expect(UserSignOnV2('strict').parse(await res.json()).registerDate).toEqual(expect.any(String));
  });
});
