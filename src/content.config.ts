import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { parse as parseYaml } from 'yaml';
import { stepIdFromFileName } from './lib/content-files';
import { signSchema } from './schemas/sign';
import { scriptSchema } from './schemas/script';
import { stepSchema } from './schemas/step';
import { rungSchema } from './schemas/rung';
import { sourceSchema } from './schemas/source';
import { legalSchema } from './schemas/legal';
import { quizSchema } from './schemas/quiz';
import { lettersSchema } from './schemas/letters';
import { ratesSchema } from './schemas/rates';
import { planSchema } from './schemas/plan';

const root = './content';

export const collections = {
  signes: defineCollection({ loader: glob({ base: `${root}/signes`, pattern: '*.mdx' }), schema: signSchema }),
  scripts: defineCollection({ loader: glob({ base: `${root}/scripts`, pattern: '*.mdx' }), schema: scriptSchema }),
  etapes: defineCollection({
    loader: glob({ base: `${root}/etapes`, pattern: '*.mdx', generateId: ({ entry }) => stepIdFromFileName(entry) }),
    schema: stepSchema,
  }),
  recouvrement: defineCollection({
    loader: glob({ base: `${root}/recouvrement`, pattern: '*.mdx', generateId: ({ entry }) => stepIdFromFileName(entry) }),
    schema: rungSchema,
  }),
  sources: defineCollection({ loader: file(`${root}/sources.yaml`), schema: sourceSchema }),
  droit: defineCollection({ loader: file(`${root}/droit.yaml`), schema: legalSchema }),
  // One document: the self-assessment's questions, weights and thresholds.
  diagnostic: defineCollection({
    loader: file(`${root}/diagnostic.yaml`, { parser: (text) => [{ id: 'diagnostic', ...parseYaml(text) }] }),
    schema: quizSchema,
  }),
  // One document: the letters every exit shares and the paragraphs letters reuse.
  courriers: defineCollection({
    loader: file(`${root}/courriers.yaml`, { parser: (text) => [{ id: 'courriers', ...parseYaml(text) }] }),
    schema: lettersSchema,
  }),
  // One document: the self-assessment's notes on the context and its dated checklist.
  plan: defineCollection({
    loader: file(`${root}/plan.yaml`, { parser: (text) => [{ id: 'plan', ...parseYaml(text) }] }),
    schema: planSchema,
  }),
  // One document: the dated rates of the late-payment calculator.
  taux: defineCollection({
    loader: file(`${root}/taux.yaml`, { parser: (text) => [{ id: 'taux', ...parseYaml(text) }] }),
    schema: ratesSchema,
  }),
};
