import { text } from 'node:stream/consumers';
import type { Download } from 'playwright-core';

/** A downloaded file's text, streamed from the run's shared browser (a remote one has no local path). */
export async function downloadedText(download: Download): Promise<string> {
  return text(await download.createReadStream());
}
