import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  example,
  fixtures,
  readFieldCatalogue,
  valueOf,
  type FieldRow,
} from '../../test/fixtures/ticktick-api/catalogue';
import type { Model } from './model';
import {
  ChecklistItemV1,
  CreateProjectV1,
  CreateTaskV1,
  OAuthTokenV1,
  ProjectDataV1,
  ProjectV1,
  TaskV1,
  UpdateProjectV1,
} from './v1/schemas';
import {
  ChecklistItemV2,
  ProjectGroupV2,
  ProjectV2,
  ReminderV2,
  TagV2,
  TaskV2,
  UserProfileV2,
  UserSignOnWithTOTPV2,
  UserStatusV2,
} from './v2/schemas';
import { z } from './zod';

/**
 * Every schema accepts every shape real TickTick data has shown (FIELDS.md) and
 * every official example, in strict mode: so the models know every key too.
 */

type AnyModel = Model<z.core.$ZodShape>;

function expectParses(schema: z.ZodMiniType, value: unknown, label: string) {
  const result = schema.safeParse(value);
  expect(result.success, `${label}: ${result.success ? '' : z.prettifyError(result.error)}`).toBe(true);
}

describe('official examples parse strictly', () => {
  type SchemaFor = (mode: 'strict') => z.ZodMiniType;
  const cases: [string, 'response' | 'request', SchemaFor][] = [
    ['v1_get_project_by_id.official-doc.json', 'response', ProjectV1],
    ['v1_get_project_data.official-doc.json', 'response', ProjectDataV1],
    ['v1_get_project_task.official-doc.json', 'response', TaskV1],
    ['v1_get_projects.official-doc.json', 'response', (mode: 'strict') => z.array(ProjectV1(mode))],
    ['v1_oauth_token.json', 'response', OAuthTokenV1],
    ['v1_post_project.official-doc.json', 'request', CreateProjectV1],
    ['v1_post_project.official-doc.json', 'response', ProjectV1],
    ['v1_post_project_update.official-doc.json', 'request', UpdateProjectV1],
    ['v1_post_project_update.official-doc.json', 'response', ProjectV1],
    ['v1_post_task_create.official-doc.json', 'request', CreateTaskV1],
    ['v1_post_task_create.official-doc.json', 'response', TaskV1],
    // Its request holds "{{taskId}}" placeholders, not ids; the response is real-shaped.
    ['v1_post_task_update.official-doc.json', 'response', TaskV1],
    ['v2_user_status.field-evidence.json', 'response', UserStatusV2],
  ];
  it.each(cases)('%s (%s)', (file, part, model) => {
    expectParses(model('strict'), example(file)[part], `${file} ${part}`);
  });

  it('the lower-case kind of the official create-project request is sent upper case', () => {
    expect(CreateProjectV1().parse(example('v1_post_project.official-doc.json').request).kind).toBe('TASK');
  });

  it('v2_user_signon_mfa.json: the 2FA sign-on answer', () => {
    expectParses(UserSignOnWithTOTPV2('strict'), example('v2_user_signon_mfa.json').signon_response_when_2fa, 'mfa');
  });

  it('v2_user_profile.field-evidence.json: the profile model knows exactly the observed keys', () => {
    const observed = Object.keys(example('v2_user_profile.field-evidence.json').fields).sort();
    expect(Object.keys(UserProfileV2().shape).sort()).toEqual(observed);
  });

  it('every example file is covered by a test', () => {
    const files = readdirSync(path.join(fixtures, 'examples'));
    const covered = new Set([
      ...cases.map(([file]) => file),
      'v2_user_signon_mfa.json',
      'v2_user_profile.field-evidence.json',
    ]);
    expect(files.filter((f) => !covered.has(f))).toEqual([]);
  });
});

const CATALOGUE_MODELS: Record<string, AnyModel[]> = {
  'V1 Task': [TaskV1],
  'V1 Project': [ProjectV1],
  'V2 Task': [TaskV2],
  'V2 Project': [ProjectV2],
  'V2 ProjectGroup': [ProjectGroupV2],
  'V2 Tag': [TagV2],
  'ChecklistItem (V1+V2)': [ChecklistItemV1, ChecklistItemV2],
  'V2 Reminder': [ReminderV2],
};

describe('every shape in the field catalogue of real answers parses strictly', () => {
  const catalogue = readFieldCatalogue();

  it('covers every model of the catalogue', () => {
    expect([...catalogue.keys()].sort()).toEqual(Object.keys(CATALOGUE_MODELS).sort());
  });

  for (const [section, models] of Object.entries(CATALOGUE_MODELS)) {
    const rows = catalogue.get(section) ?? [];
    const preferred = (row: FieldRow) => row.types.find((t) => t !== 'null' && t !== "''") ?? row.types[0]!;
    const base = Object.fromEntries(rows.map((row) => [row.field, valueOf(row, preferred(row))]));

    for (const model of models) {
      const schema = model('strict');
      it(`${section} → every field with every type seen`, () => {
        expectParses(schema, base, `${section} base object`);
        for (const row of rows) {
          for (const type of row.types) {
            expectParses(schema, { ...base, [row.field]: valueOf(row, type) }, `${section}.${row.field} as ${type}`);
          }
        }
      });
      it(`${section} → every field real data sometimes omits may be absent`, () => {
        for (const row of rows.filter((r) => r.present < r.total)) {
          const { [row.field]: _omitted, ...rest } = base;
          expectParses(schema, rest, `${section} without ${row.field}`);
        }
      });
    }
  }
});
