import { screen, within } from '@testing-library/react';
import { App } from '../app/App';
import { renderWithProviders } from '../test/render';
import { parseGuide } from './guide-markdown';
import { GUIDE_MARKDOWN } from './guide-source';
import { HELP_SECTIONS, helpHref } from './help-sections';

describe('help', () => {
  it('links every page it maps to a section the guide really has', () => {
    const anchors = new Set(parseGuide(GUIDE_MARKDOWN).flatMap((block) => (block.kind === 'heading' ? [block.id] : [])));
    for (const [, section] of HELP_SECTIONS) expect(anchors).toContain(section);
  });

  it.each([
    ['/home', '/help#my-work'],
    ['/plans', '/help#planner'],
    ['/plans/p1/approvals', '/help#agency-lead'],
    ['/plans/p1/debrief', '/help#officer'],
    ['/oversight/transparency', '/help#oversight'],
    ['/admin', '/help#administrator'],
    ['/agreements/a1', '/help#agreements-and-training'],
    ['/training/people/me', '/help#agreements-and-training'],
    ['/lessons', '/help'],
    ['/notifications', '/help#notifications'],
    ['/account/notifications', '/help#notifications'],
    ['/account/password', '/help#your-account'],
  ])('links Help on %s to %s', (pathname, href) => {
    expect(helpHref(pathname)).toBe(href);
  });

  it('renders the guide with a heading and an anchor per section, without screenshots or raw Markdown', async () => {
    renderWithProviders(<App />, { route: '/help#officer' });
    // Pages load on first visit (app/pages.ts).
    expect(await screen.findByRole('heading', { level: 1, name: 'JointOps user guide' })).toBeTruthy();
    const officer = screen.getByRole('heading', { level: 2, name: 'Officer' });
    expect(officer.id).toBe('officer');
    const toc = screen.getByRole('navigation', { name: 'Guide sections' });
    expect(within(toc).getByRole('link', { name: 'Officer' }).getAttribute('href')).toBe('#officer');
    expect(screen.queryByRole('img')).toBeNull();
    expect(document.body.textContent).not.toMatch(/\*\*|!\[/);
    // Bold stays bold.
    expect(screen.getAllByText('Submit debrief', { selector: 'strong' }).length).toBeGreaterThan(0);
  });

  it('parses numbered lists with continuation lines into one item each', () => {
    const blocks = parseGuide('1. First\n   continued\n2. Second\n\nA paragraph\nover two lines.');
    expect(blocks).toEqual([
      { kind: 'list', ordered: true, items: ['First continued', 'Second'] },
      { kind: 'paragraph', text: 'A paragraph over two lines.' },
    ]);
  });
});
