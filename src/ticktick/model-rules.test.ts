import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { example, readFieldCatalogue, valueOf } from '../../test/fixtures/ticktick-api/catalogue';
import { PEER_SIGN_ON, PEER_TASKS } from '../../test/fixtures/peers';
import type { Model, SchemaMode } from './model';
import * as v1 from './v1/schemas';
import * as v2 from './v2/schemas';
import type { z } from './zod';

/**
 * The rules this client adds to its models, checked on every model at every
 * depth: the mode decides about unknown keys, `""` and `null` read as absent,
 * and sortOrders are whole numbers that may lie beyond 2^53.
 */

type AnyModel = Model<z.core.$ZodShape>;
type Json = Record<string, unknown>;
type Path = (string | number)[];

/** One real-shaped object of a field-catalogue section (FIELDS.md: what real answers carry). */
function catalogued(section: string): Json {
  const rows = readFieldCatalogue().get(section)!;
  return Object.fromEntries(
    rows.map((row) => [row.field, valueOf(row, row.types.find((t) => t !== 'null') ?? 'null')]),
  );
}

const item = catalogued('ChecklistItem (V1+V2)');
const reminder = catalogued('V2 Reminder');
const task = { ...catalogued('V2 Task'), items: [item], reminders: [reminder] };
const project = catalogued('V2 Project');
const group = catalogued('V2 ProjectGroup');
const tag = catalogued('V2 Tag');
const v1Task = example('v1_get_project_task.official-doc.json').response;
/** The official task answer, less what only an answer carries: a task as a caller sends it. */
const { id: _id, status: _status, completedTime: _done, items: v1Items, ...v1TaskFields } = v1Task;
const v1TaskInput = { ...v1TaskFields, items: v1Items.map(({ id: _itemId, ...rest }: Json) => rest) };
const [peerChecklist, peerNote] = [PEER_TASKS.checklist, PEER_TASKS.note];
const { token: _token, ...status } = PEER_SIGN_ON;

/** A valid value for every model: official examples, real-shaped catalogue objects and what the peers send. */
const SAMPLES: Record<string, Json> = {
  ChecklistItemV1: item,
  ProjectV1: example('v1_get_project_by_id.official-doc.json').response,
  TaskV1: v1Task,
  ColumnV1: example('v1_get_project_data.official-doc.json').response.columns[0],
  ProjectDataV1: example('v1_get_project_data.official-doc.json').response,
  CreateProjectV1: example('v1_post_project.official-doc.json').request,
  UpdateProjectV1: example('v1_post_project_update.official-doc.json').request,
  ChecklistItemInputV1: { title: 'Item', status: 1, sortOrder: 0, timeZone: 'Europe/Berlin' },
  CreateTaskV1: v1TaskInput,
  UpdateTaskV1: { ...v1TaskInput, id: v1Task.id },
  MoveTaskV1: { fromProjectId: 'inbox', toProjectId: v1Task.projectId, taskId: v1Task.id },
  MovedTaskV1: { id: v1Task.id, etag: 'lupk2nym' },
  OAuthTokenV1: example('v1_oauth_token.json').response,
  UserSignOnV2: PEER_SIGN_ON,
  UserSignOnWithTOTPV2: example('v2_user_signon_mfa.json').signon_response_when_2fa,
  UserStatusV2: { ...status, timeStamp: 1652951915934 },
  UserProfileV2: { username: 'someone@example.com', locale: 'en_US', picture: 'https://example.com/a.png' },
  ReminderV2: reminder,
  ChecklistItemV2: item,
  TaskV2: task,
  ProjectV2: project,
  ProjectGroupV2: group,
  TagV2: tag,
  SyncV2: {
    checkPoint: 1,
    inboxId: 'inbox100000001',
    projectProfiles: [project],
    projectGroups: [group],
    tags: [tag],
    syncTaskBean: { update: [task], add: [], delete: [], tagUpdate: [], empty: false },
  },
  BatchRespV2: { id2etag: { [peerNote.id]: 'lupk2nym' }, id2error: {} },
  CreateTaskV2: peerChecklist,
  UpdateTaskV2: peerNote,
  DeleteTaskV2: { taskId: peerNote.id, projectId: peerNote.projectId },
  PostBatchTaskV2: { add: [peerChecklist], update: [peerNote], delete: [] },
  MoveTaskV2: { taskId: peerNote.id, fromProjectId: peerNote.projectId, toProjectId: project.id },
  CreateProjectV2: { id: project.id, name: 'List', color: '#ff0000', sortOrder: 0 },
  UpdateProjectV2: { id: project.id, name: 'List', groupId: 'NONE', sortOrder: 0 },
  PostBatchProjectV2: { add: [{ name: 'List', sortOrder: 0 }], update: [{ id: project.id, name: 'List' }] },
};

/** Keys whose value is a map of any keys (a record), not a model: an extra key there is no unknown field. */
const MAPS = new Set(['id2etag', 'id2error', 'sortOption', 'timeline']);

/** Every model the V1 and V2 schema modules export (TokenV1 is a function of the clock, not of the mode). */
const MODELS = Object.entries({ ...v1, ...v2 } as Record<string, unknown>).filter(
  (entry): entry is [string, AnyModel] => typeof entry[1] === 'function' && entry[0] !== 'TokenV1',
);

/** The paths of every object in a value that a model reads, outermost first. */
function objectPaths(value: unknown, path: Path = []): Path[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => objectPaths(v, [...path, i]));
  if (!value || typeof value !== 'object') return [];
  return [
    path,
    ...Object.entries(value)
      .filter(([key]) => !MAPS.has(key))
      .flatMap(([key, v]) => objectPaths(v, [...path, key])),
  ];
}

const at = (value: unknown, path: Path): any => path.reduce((v: any, key) => v?.[key], value);

/** A copy of `value` with `change` applied to the object at `path`. */
function changed(value: unknown, path: Path, change: (object: Json) => Json): unknown {
  if (path.length === 0) return change(value as Json);
  const [head, ...rest] = path;
  const copy: any = Array.isArray(value) ? [...value] : { ...(value as Json) };
  copy[head!] = changed(copy[head!], rest, change);
  return copy;
}

const cases = MODELS.map(([name, model]) => [name, model, SAMPLES[name]] as const);

describe('every model, at every depth', () => {
  it('has a sample, and the sample parses in both modes', () => {
    expect(MODELS.map(([name]) => name).filter((name) => !SAMPLES[name])).toEqual([]);
    for (const [name, model, sample] of cases) {
      for (const mode of ['tolerant', 'strict'] as const) {
        expect(model(mode).safeParse(sample).error?.issues, `${name} (${mode})`).toBeUndefined();
      }
    }
  });

  it.each(cases)('%s: an unknown key passes in tolerant mode and is named in strict mode', (_name, model, sample) => {
    for (const path of objectPaths(sample)) {
      const extended = changed(sample, path, (object) => ({ ...object, addedByTickTick: 1 }));
      expect(model('tolerant').safeParse(extended).error?.issues, `tolerant, at ${path.join('.')}`).toBeUndefined();
      const strict = model('strict').safeParse(extended);
      expect(strict.error?.issues, `strict, at ${path.join('.')}`).toContainEqual(
        expect.objectContaining({ code: 'unrecognized_keys', keys: ['addedByTickTick'], path }),
      );
    }
  });

  it.each(cases)('%s: "" and null read as absent wherever a field may be absent', (_name, model, sample) => {
    for (const mode of ['tolerant', 'strict'] as SchemaMode[]) {
      for (const path of objectPaths(sample)) {
        for (const key of Object.keys(at(sample, path))) {
          const without = model(mode).safeParse(changed(sample, path, ({ [key]: _drop, ...rest }) => rest));
          // Required, or filled in with a default when absent: not a field that may be absent.
          if (!without.success || at(without.data, path)[key] !== undefined) continue;
          for (const empty of ['', null]) {
            const read = model(mode).safeParse(changed(sample, path, (object) => ({ ...object, [key]: empty })));
            const where = `${mode} ${path.join('.')}.${key} = ${JSON.stringify(empty)}`;
            expect(read.error?.issues, where).toBeUndefined();
            expect(at(read.data, path)[key], where).toBeUndefined();
          }
        }
      }
    }
  });

  const withSortOrder = cases.filter(([, , sample]) =>
    objectPaths(sample).some((path) => 'sortOrder' in at(sample, path)),
  );
  const beyond2to53 = fc.bigInt({ min: 2n ** 53n + 1n, max: 2n ** 63n }).chain((n) => fc.constantFrom(n, -n));

  it.each(withSortOrder)(
    '%s: a sortOrder beyond 2^53 stays that number; a fraction is refused',
    (_n, model, sample) => {
      const paths = objectPaths(sample).filter((path) => 'sortOrder' in at(sample, path));
      fc.assert(
        fc.property(beyond2to53, fc.double({ min: -1e12, max: 1e12, noInteger: true }), (big, fraction) => {
          for (const mode of ['tolerant', 'strict'] as SchemaMode[]) {
            for (const path of paths) {
              const value = Number(big);
              const read = model(mode).safeParse(changed(sample, path, (o) => ({ ...o, sortOrder: value })));
              expect(read.success && at(read.data, path).sortOrder).toBe(value);
              expect(model(mode).safeParse(changed(sample, path, (o) => ({ ...o, sortOrder: fraction }))).success).toBe(
                false,
              );
            }
          }
        }),
        { numRuns: 25 },
      );
    },
  );
});
