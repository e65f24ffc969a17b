import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { longFunctions } from '../../scripts/checks/function-length';
import { importCycles, importGraph } from '../../scripts/checks/import-cycles';

let root: string;
function tree(files: Record<string, string>) {
  root = mkdtempSync(path.join(tmpdir(), 'checks-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), text);
  }
  return root;
}
afterEach(() => rmSync(root, { recursive: true, force: true }));

const names = (cycles: string[][]) => cycles.map((cycle) => cycle.map((file) => path.relative(root, file)).sort());

describe('npm run check: import cycles', () => {
  it('finds a cycle through a type-only import and an index file, and nothing in a tree without one', () => {
    tree({
      'src/a.ts': "import { b } from './b';\nexport const a = b;",
      'src/b.ts': "import type { C } from './c';\nexport const b: C = 1;",
      'src/c/index.ts': "export { a } from '../a';\nexport type C = number;",
      'src/d.ts': "import { a } from './a';\nimport { x } from 'elsewhere';",
      'src/e.test.ts': "import { d } from './d';",
    });
    expect(names(importCycles(importGraph(root)))).toEqual([['src/a.ts', 'src/b.ts', 'src/c/index.ts']]);
    writeFileSync(path.join(root, 'src/c/index.ts'), 'export type C = number;');
    expect(importCycles(importGraph(root))).toEqual([]);
  });
});

describe('npm run check: function length', () => {
  it('names a function longer than the limit, counting its nested functions, and ignores tests', () => {
    const body = (n: number) => Array.from({ length: n }, (_, i) => `  const v${i} = ${i};`).join('\n');
    tree({
      'src/long.ts': `export function outer() {\n  const inner = () => {\n${body(10)}\n  };\n${body(5)}\n}\n`,
      'src/short.ts': `export const short = () => {\n${body(3)}\n};\n`,
      'src/long.test.ts': `function t() {\n${body(40)}\n}\n`,
    });
    expect(longFunctions(root, 15)).toEqual([{ file: 'src/long.ts', line: 1, name: 'outer', lines: 19 }]);
  });
});
