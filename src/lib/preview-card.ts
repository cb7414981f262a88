/**
 * The picture shown when a page's link is pasted in a chat or a social network, described as
 * the element tree Satori lays out (React-like objects; no JSX needed). Colours are the site's
 * light theme; severity keeps its words, colour only repeats them.
 */
import { SEVERITY_LABELS } from './families';
import { PREVIEW_HEIGHT, PREVIEW_WIDTH } from './preview';

export interface CardNode {
  type: 'div';
  props: { style: Record<string, string | number>; children?: string | CardNode[] };
}

export interface PreviewCard {
  title: string;
  /** The kind of page ("Signe d’alerte"), above the title. */
  kind: string;
  /** Short labels under the title: a sign's family and severity. */
  tags: string[];
  siteName: string;
  /** The site's address without its scheme ("rompre-avec-un-client.fr"). */
  host: string;
}

/** Font family name the integration registers with Satori. */
export const CARD_FONT = 'Atkinson Hyperlegible';

const COLORS = {
  bg: '#f7f4ee',
  surface: '#ffffff',
  text: '#1f2328',
  muted: '#555b63',
  border: '#d9d3c7',
  accent: '#0b5d57',
};
/** Severity tags in the colours the site gives them (src/styles/global.css, light theme). */
const TAG_COLORS: Record<string, { color: string; background: string }> = {
  [SEVERITY_LABELS.vigilance]: { color: '#7a5200', background: '#fdf0cf' },
  [SEVERITY_LABELS.serieux]: { color: '#9a3b00', background: '#fde3d3' },
  [SEVERITY_LABELS.grave]: { color: '#a1182a', background: '#fbdde1' },
};

const div = (style: CardNode['props']['style'], children?: CardNode['props']['children']): CardNode => ({
  type: 'div',
  props: children === undefined ? { style } : { style, children },
});

/** Smaller type for longer titles, so that any title of the guide (90 characters at most) fits in four lines. */
const titleSize = (title: string) => (title.length > 70 ? 54 : title.length > 45 ? 62 : 72);

const tag = (label: string) => {
  const colors = TAG_COLORS[label] ?? { color: COLORS.text, background: COLORS.surface };
  return div(
    {
      fontSize: 30,
      padding: '6px 22px',
      borderRadius: 999,
      border: `2px solid ${colors.color === COLORS.text ? COLORS.border : colors.color}`,
      ...colors,
    },
    label,
  );
};

export function previewCard({ title, kind, tags, siteName, host }: PreviewCard): CardNode {
  return div(
    {
      width: PREVIEW_WIDTH,
      height: PREVIEW_HEIGHT,
      boxSizing: 'border-box',
      display: 'flex',
      flexDirection: 'column',
      justifyContent: 'space-between',
      padding: '60px 72px 48px',
      borderLeft: `24px solid ${COLORS.accent}`,
      background: COLORS.bg,
      color: COLORS.text,
      fontFamily: CARD_FONT,
    },
    [
      div({ display: 'flex', flexDirection: 'column', gap: 22, width: PREVIEW_WIDTH - 24 - 2 * 72 }, [
        div({ fontSize: 34, fontWeight: 700, color: COLORS.accent }, kind),
        div({ fontSize: titleSize(title), fontWeight: 700, lineHeight: 1.15 }, title),
        ...(tags.length > 0 ? [div({ display: 'flex', gap: 16 }, tags.map(tag))] : []),
      ]),
      div({ display: 'flex', justifyContent: 'space-between', fontSize: 30, borderTop: `2px solid ${COLORS.border}`, paddingTop: 22 }, [
        div({ fontWeight: 700 }, siteName),
        div({ color: COLORS.muted }, host),
      ]),
    ],
  );
}
