import { SCRIPT_SECTIONS, SIGN_SECTIONS } from './sections';
import { scriptUrl, signUrl, stepUrl } from './urls';

/**
 * A link written in content as a typed reference, which the build resolves and checks:
 * `etape:<id>`, `signe:<id>` or `script:<id>`, a sign or a script optionally followed by
 * `#<section>` (one of the fixed sections of its page). `script:limite` names the boundary script,
 * whichever content/diagnostic.yaml sets (`scripts.boundary`), rather than its file name.
 */
export const LINK_PATTERN = /^(etape|signe|script):([a-z0-9]+(?:-[a-z0-9]+)*)(?:#([a-z0-9]+(?:-[a-z0-9]+)*))?$/;

export type LinkKind = 'etape' | 'signe' | 'script';

/** Script roles a link may name instead of an id, and the key of content/diagnostic.yaml's `scripts` that holds the id. */
export const SCRIPT_ROLES = { limite: 'boundary' } as const;
/** content/diagnostic.yaml's `scripts`: the id of the script that plays each role. */
export type ScriptRoles = Record<(typeof SCRIPT_ROLES)[keyof typeof SCRIPT_ROLES], string>;

export interface GuideLink {
  kind: LinkKind;
  id: string;
  section: string | undefined;
}

export function parseLink(to: string): GuideLink | undefined {
  const match = LINK_PATTERN.exec(to);
  if (!match) return undefined;
  return { kind: match[1] as LinkKind, id: match[2] ?? '', section: match[3] };
}

/** The sections a link may point to on each kind of page (a step's headings are its own prose: none is fixed). */
export const LINK_SECTIONS: Record<LinkKind, readonly string[]> = {
  etape: [],
  signe: Object.values(SIGN_SECTIONS).map((s) => s.id),
  script: Object.values(SCRIPT_SECTIONS).map((s) => s.id),
};

/** The script id a link names: a role resolved through content/diagnostic.yaml's `scripts`, else the id itself. */
export const scriptIdOf = (id: string, roles: ScriptRoles): string =>
  id in SCRIPT_ROLES ? roles[SCRIPT_ROLES[id as keyof typeof SCRIPT_ROLES]] : id;

/** The URL of a checked link. */
export function linkHref(to: string, roles: ScriptRoles): string {
  const link = parseLink(to);
  if (!link) throw new Error(`lien mal formé : ${to}`);
  switch (link.kind) {
    case 'etape':
      return stepUrl(link.id);
    case 'signe':
      return signUrl(link.id, link.section);
    case 'script':
      return scriptUrl(scriptIdOf(link.id, roles), link.section);
  }
}
