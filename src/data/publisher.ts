/**
 * Who publishes and hosts the site: the facts a French publisher must give on its "mentions
 * légales" page. They are not known to the people who write the guide, so none is made up:
 * `null` means "the deployer must fill this in before going live". The page shows each missing
 * field as such, and every build lists them (src/integrations/release-checks.ts; with
 * REQUIRE_PUBLISHER=1, as `npm run build:release` sets it, a missing field fails the build).
 */
export interface Publisher {
  /** The person's name, or the company's name with its legal form and share capital. */
  name: string | null;
  /** Registration number (RCS or SIREN) for a company or a registered sole trader. */
  registration: string | null;
  address: string | null;
  phone: string | null;
  /** Where readers write, and where "Signaler une erreur" sends its message. */
  email: string | null;
  /** The person legally responsible for what is published. */
  publicationDirector: string | null;
}

export interface Host {
  name: string | null;
  address: string | null;
  phone: string | null;
}

export const PUBLISHER: Publisher = {
  name: null,
  registration: null,
  address: null,
  phone: null,
  email: null,
  publicationDirector: null,
};

export const HOST: Host = {
  name: null,
  address: null,
  phone: null,
};

/** Every field still to fill, named as src/data/publisher.ts spells it ("PUBLISHER.email"). */
export function missingPublisherFields(publisher: Publisher = PUBLISHER, host: Host = HOST): string[] {
  const missing = (prefix: string, record: object) =>
    Object.entries(record)
      .filter(([, value]) => value === null || value === '')
      .map(([key]) => `${prefix}.${key}`);
  return [...missing('PUBLISHER', publisher), ...missing('HOST', host)];
}
