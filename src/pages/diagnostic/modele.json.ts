import type { APIRoute } from 'astro';
import { getQuizModel } from '../../data/guide';

/** The self-assessment's data, fetched by the island: validated content, published as one static file. */
export const GET: APIRoute = async () => {
  return new Response(JSON.stringify(await getQuizModel()), { headers: { 'content-type': 'application/json' } });
};
