import { parse, type HTMLElement, type Node } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import { builtPages, readPage } from '../support/built-site';
import { NOT_PROSE, spacingProblems, VISIBLE_ATTRIBUTES } from '../support/french-spacing';
import { completeQuiz } from '../support/quiz-driver';
import { useSite } from '../support/site-session';

/** The text a reader sees, in document order: text nodes outside code and hidden elements. */
function visibleText(root: HTMLElement): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    for (const child of node.childNodes) {
      if (child.nodeType === 3) parts.push(child.text);
      else if (child.nodeType === 1) {
        const element = child as HTMLElement;
        if (NOT_PROSE.includes(element.tagName.toLowerCase()) || element.hasAttribute('hidden')) continue;
        walk(element);
      }
    }
  };
  walk(root);
  return parts.join('');
}

const attributeText = (root: HTMLElement) =>
  root
    .querySelectorAll(VISIBLE_ATTRIBUTES.map((a) => `[${a}]`).join(','))
    .flatMap((el) => VISIBLE_ATTRIBUTES.map((a) => el.getAttribute(a) ?? ''))
    .join('\n');

describe('French spacing in the built pages', () => {
  test.each(builtPages().map((p) => [p.path, p.file] as const))('%s has no ordinary space before : ; ! ? » or after «', (_path, file) => {
    const doc = parse(readPage(file));
    expect(spacingProblems(visibleText(doc))).toEqual([]);
    expect(spacingProblems(attributeText(doc))).toEqual([]);
  });

  test('the check finds what it looks for', () => {
    const doc = parse('<p>Famille : Argent <code>a ? b : c</code> « ok » <span hidden>x ?</span><b>Pas de résultat ?</b></p>');
    expect(spacingProblems(visibleText(doc))).toHaveLength(4);
  });
});

describe('French spacing in the islands, as they render in a browser', () => {
  const site = useSite();
  /** What the page shows once its island has rendered (text nodes outside code and hidden elements). */
  const renderedText = (page: import('playwright-core').Page) =>
    page.evaluate((skip) => {
      const parts: string[] = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT, {
        acceptNode: (node) =>
          node.parentElement?.closest(skip.join(',')) || node.parentElement?.closest('[hidden]')
            ? NodeFilter.FILTER_REJECT
            : NodeFilter.FILTER_ACCEPT,
      });
      while (walker.nextNode()) parts.push(walker.currentNode.textContent ?? '');
      return parts.join('');
    }, NOT_PROSE);

  test('the self-assessment, from its first question to its result', async () => {
    const { page, context } = await site.page();
    await page.goto(`${site.url}/diagnostic/`);
    await page.locator('.quiz-screen').waitFor();
    expect(spacingProblems(await renderedText(page))).toEqual([]);
    await completeQuiz(page, { retards: 'toujours', montant: 800 }, { clientName: 'Hélène' }, async () => {
      expect(spacingProblems(await renderedText(page))).toEqual([]);
    });
    await page.locator('#verdict').waitFor();
    expect(spacingProblems(await renderedText(page))).toEqual([]);
    await context.close();
  });

  test('the late-payment calculator', async () => {
    const { page, context } = await site.page();
    await page.goto(`${site.url}/outils/penalites-de-retard/`);
    await page.locator('form').first().waitFor();
    expect(spacingProblems(await renderedText(page))).toEqual([]);
    await context.close();
  });
});
