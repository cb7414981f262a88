const NBSP = '\u00a0';
const SHOWN_MS = 2500;

/**
 * Makes each heading's "#" link a "copy the link to this section" control. A click still goes
 * to the section, as without JavaScript (the address bar then holds the anchor), and also copies
 * the page's URL with that anchor; a visible note and a live region say that it was copied.
 */
export function copySectionLinks() {
  const links = document.querySelectorAll<HTMLAnchorElement>('a.heading-link');
  if (links.length === 0) return;
  for (const link of links) {
    const title = link.previousElementSibling?.textContent?.trim();
    const label = link.querySelector('.sr-only');
    if (title && label) label.textContent = `Copier le lien de la section «${NBSP}${title}${NBSP}»`;
  }
  const status = document.createElement('p');
  status.className = 'sr-only';
  status.setAttribute('role', 'status');
  document.body.append(status);

  document.addEventListener('click', async (event) => {
    const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a.heading-link') : null;
    if (!link) return;
    let message: string;
    try {
      await navigator.clipboard.writeText(`${location.origin}${location.pathname}${link.hash}`);
      message = 'Lien de la section copié';
    } catch {
      message = `Copie impossible${NBSP}: le lien de la section est dans la barre d’adresse`;
    }
    link.dataset['copied'] = message.startsWith('Lien') ? 'Lien copié' : 'Copie impossible';
    status.textContent = message;
    setTimeout(() => {
      delete link.dataset['copied'];
      status.textContent = '';
    }, SHOWN_MS);
  });
}
