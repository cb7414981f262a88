import type { AstroIntegration } from 'astro';
import { missingPublisherFields } from '../data/publisher';

/**
 * The mentions légales need facts only the deployer knows (src/data/publisher.ts). Every build
 * lists the missing ones; a production build run with REQUIRE_PUBLISHER=1 refuses to finish
 * without them.
 */
export function publisherCheck(): AstroIntegration {
  return {
    name: 'publisher-check',
    hooks: {
      'astro:build:done': ({ logger }) => {
        const missing = missingPublisherFields();
        if (missing.length === 0) return;
        const message = `mentions légales incomplètes, à remplir dans src/data/publisher.ts : ${missing.join(', ')}`;
        if (process.env['REQUIRE_PUBLISHER'] === '1') throw new Error(message);
        logger.warn(message);
      },
    },
  };
}
