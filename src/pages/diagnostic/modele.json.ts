import type { APIRoute } from 'astro';
import { getGuide } from '../../data/guide';
import { buildQuizModel } from '../../lib/quiz/model';

/** The self-assessment's data, fetched by the island: validated content, published as one static file. */
export const GET: APIRoute = async () => {
  const guide = await getGuide();
  return new Response(JSON.stringify(buildQuizModel(guide.quiz, guide)), { headers: { 'content-type': 'application/json' } });
};
