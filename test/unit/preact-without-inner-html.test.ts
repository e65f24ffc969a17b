import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { withoutInnerHtmlAssignment } from '../../scripts/preact-without-inner-html-plugin';

const preactRenderer = createRequire(import.meta.url).resolve('preact');

describe("the build's Preact without its innerHTML assignment", () => {
  it("takes the one assignment out of the installed Preact's renderer and leaves the rest", async () => {
    const code = await readFile(preactRenderer, 'utf8');
    const changed = withoutInnerHtmlAssignment(code);
    expect(code).toMatch(/\.innerHTML=/);
    expect(changed).not.toMatch(/\.innerHTML\s*=(?!=)/);
    expect(changed).toContain('dangerouslySetInnerHTML is not supported in this extension');
    // Reading innerHTML (to compare) stays: only the write is unsafe.
    expect(changed).toMatch(/==\w+\.innerHTML/);
  });

  it('fails the build when Preact has no such assignment, or more than one, instead of guessing', () => {
    expect(() => withoutInnerHtmlAssignment('n.textContent=""')).toThrow(/found 0/);
    expect(() => withoutInnerHtmlAssignment('a.innerHTML=b.__html;c.innerHTML=d.__html')).toThrow(/found 2/);
  });
});
