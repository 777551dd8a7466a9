/**
 * The renderer's folder boundaries (eslint.config.js), shown on snippets linted as if they sat
 * in a feature folder: another feature through its index.ts only, and ui/ knowing no feature.
 * And each index.ts only re-exports, as the build assumes.
 */
import { ESLint } from 'eslint';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: join(import.meta.dirname, '..') });

async function importRefusals(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter((message) => message.ruleId === '@typescript-eslint/no-restricted-imports')
    .map((message) => message.message);
}

describe('renderer feature folders', () => {
  it("let a feature use another one's index, ui/, bridge/, lib/, app/ and its own files", async () => {
    const code = [
      "import { ConnectDialog } from '../sign-in';",
      "import { ProblemBar } from '../ui/ProblemBar';",
      "import { useCommand } from '../bridge/use-command';",
      "import { isAppRegistrationProblem } from '../lib/app-fix';",
      "import { useAppInfo } from '../app/app-info';",
      "import { PanelActions } from './PanelActions';",
      'export const used = [ConnectDialog, ProblemBar, useCommand, isAppRegistrationProblem, useAppInfo, PanelActions];',
    ].join('\n');
    expect(await importRefusals('renderer/src/dashboard/Probe.tsx', code)).toEqual([]);
  });

  it("refuse another feature's files, also from a nested folder", async () => {
    const direct = "export { ConnectDialog } from '../sign-in/ConnectDialog';";
    const nested = "export { CloudField } from '../../sign-in/fields/CloudField';";
    expect(await importRefusals('renderer/src/dashboard/Probe.tsx', direct)).toHaveLength(1);
    expect(await importRefusals('renderer/src/app-setup/steps/Probe.tsx', nested)).toHaveLength(1);
    expect(await importRefusals('renderer/src/app/Probe.tsx', direct)).toHaveLength(1);
  });

  it('let a feature reach into its own subfolders', async () => {
    const own = "export { CloudField } from './fields/CloudField';";
    expect(await importRefusals('renderer/src/sign-in/Probe.tsx', own)).toEqual([]);
  });

  it('keep ui/ free of features and of app/', async () => {
    const code = "export { PermissionList } from '../consent';";
    expect(await importRefusals('renderer/src/ui/Probe.tsx', code)).toHaveLength(1);
    const app = "export { useAppInfo } from '../app/app-info';";
    expect(await importRefusals('renderer/src/bridge/Probe.ts', app)).toHaveLength(1);
  });
});

describe("a feature's index.ts", () => {
  // electron.vite.config.ts tells the bundler an index has no side effects, so that what only a
  // lazily loaded dialog uses is not bundled into the first screen. Code in an index would be lost.
  const src = join(import.meta.dirname, 'src');
  const features = readdirSync(src).filter((name) => existsSync(join(src, name, 'index.ts')));

  it.each(features)('%s/index.ts holds nothing but re-exports', (feature) => {
    const path = join(src, feature, 'index.ts');
    const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest);
    const others = source.statements.filter(
      (statement) => !(ts.isExportDeclaration(statement) && statement.moduleSpecifier),
    );
    expect(others.map((statement) => statement.getText(source))).toEqual([]);
  });
});
