import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { stepIdFromFileName } from './lib/content-files';
import { parseYaml } from './lib/yaml';
import { inFrench } from './schemas/common';
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

/** What Astro's file loader accepts from a parser: entries by id, or a list of entries with their id. */
type Entries = Record<string, Record<string, unknown>> | Record<string, unknown>[];

/**
 * Reads a YAML file with the project's parser. Astro's file loader catches a parse error and logs
 * only "Error reading data from …": say where and why first, then let the build fail.
 */
const yaml =
  (fileName: string, asEntries: (data: unknown) => Entries = (data) => data as Entries) =>
  (text: string): Entries => {
    try {
      return asEntries(parseYaml(text, fileName));
    } catch (error) {
      console.error(error instanceof Error ? error.message : error);
      throw error;
    }
  };

/** A file holding one document, read as a collection of one entry with this id. */
const oneDocument = (id: string) => (data: unknown) => [{ ...(data as object), id }];

export const collections = {
  signes: defineCollection({ loader: glob({ base: `${root}/signes`, pattern: '*.mdx' }), schema: inFrench(signSchema) }),
  scripts: defineCollection({ loader: glob({ base: `${root}/scripts`, pattern: '*.mdx' }), schema: inFrench(scriptSchema) }),
  etapes: defineCollection({
    loader: glob({ base: `${root}/etapes`, pattern: '*.mdx', generateId: ({ entry }) => stepIdFromFileName(entry) }),
    schema: inFrench(stepSchema),
  }),
  recouvrement: defineCollection({
    loader: glob({ base: `${root}/recouvrement`, pattern: '*.mdx', generateId: ({ entry }) => stepIdFromFileName(entry) }),
    schema: inFrench(rungSchema),
  }),
  sources: defineCollection({
    loader: file(`${root}/sources.yaml`, { parser: yaml('content/sources.yaml') }),
    schema: inFrench(sourceSchema),
  }),
  droit: defineCollection({ loader: file(`${root}/droit.yaml`, { parser: yaml('content/droit.yaml') }), schema: inFrench(legalSchema) }),
  // One document: the self-assessment's questions, weights and thresholds.
  diagnostic: defineCollection({
    loader: file(`${root}/diagnostic.yaml`, { parser: yaml('content/diagnostic.yaml', oneDocument('diagnostic')) }),
    schema: inFrench(quizSchema),
  }),
  // One document: the letters every exit shares and the paragraphs letters reuse.
  courriers: defineCollection({
    loader: file(`${root}/courriers.yaml`, { parser: yaml('content/courriers.yaml', oneDocument('courriers')) }),
    schema: inFrench(lettersSchema),
  }),
  // One document: the self-assessment's notes on the context and its dated checklist.
  plan: defineCollection({
    loader: file(`${root}/plan.yaml`, { parser: yaml('content/plan.yaml', oneDocument('plan')) }),
    schema: inFrench(planSchema),
  }),
  // One document: the dated rates of the late-payment calculator.
  taux: defineCollection({
    loader: file(`${root}/taux.yaml`, { parser: yaml('content/taux.yaml', oneDocument('taux')) }),
    schema: inFrench(ratesSchema),
  }),
};
