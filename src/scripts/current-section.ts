/**
 * Marks, in the page's contents list, the section being read: the last one whose heading has
 * scrolled past the top third of the screen. aria-current lets screen readers hear it too.
 */
export function markCurrentSection() {
  const toc = document.querySelector<HTMLElement>('[data-page-toc]');
  if (!toc) return;
  const links = [...toc.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')];
  const headings = links.map((link) => document.getElementById(link.hash.slice(1)));

  let frame = 0;
  const update = () => {
    frame = 0;
    const line = window.innerHeight / 3;
    let current = -1;
    headings.forEach((heading, i) => {
      if (heading && heading.getBoundingClientRect().top <= line) current = i;
    });
    links.forEach((link, i) => {
      if (i === current) link.setAttribute('aria-current', 'location');
      else link.removeAttribute('aria-current');
    });
  };
  const schedule = () => (frame ||= requestAnimationFrame(update));
  addEventListener('scroll', schedule, { passive: true });
  addEventListener('resize', schedule, { passive: true });
  update();
}
