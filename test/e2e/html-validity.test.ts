import { HtmlValidate, FileSystemConfigLoader } from 'html-validate';
import { describe, expect, test } from 'vitest';
import { builtPages } from '../support/built-site';

// Rules: html-validate's recommended set, with checkbox groups allowed to share a name
// (the search filters) — see .htmlvalidate.json.
const validator = new HtmlValidate(new FileSystemConfigLoader());

describe('valid HTML', () => {
  test.each(builtPages().map((p) => [p.path, p.file] as const))('%s has no html-validate error', async (_path, file) => {
    const report = await validator.validateFile(file);
    const errors = report.results.flatMap((r) => r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.message}`));
    expect(errors).toEqual([]);
  });
});
