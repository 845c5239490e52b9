import { focusFirstShown, focusOn, focusWhenShown } from './focus';

describe('focus helpers', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('focuses an element that is not focusable of itself, marks it, and scrolls it to the top when asked', () => {
    document.body.innerHTML = '<article id="objective-1">Secure the perimeter</article><button id="b">Go</button>';
    const article = document.getElementById('objective-1')!;
    const scrollIntoView = jest.fn();
    article.scrollIntoView = scrollIntoView;
    focusOn(article, { scroll: 'start' });
    expect(document.activeElement).toBe(article);
    expect(article.getAttribute('tabindex')).toBe('-1');
    expect(article.hasAttribute('data-focus-ring')).toBe(true);
    expect(scrollIntoView).toHaveBeenCalledWith({ block: 'start' });

    // A control keeps its own tab order.
    const button = document.getElementById('b')!;
    focusOn(button);
    expect(document.activeElement).toBe(button);
    expect(button.hasAttribute('tabindex')).toBe(false);
  });

  it('focusFirstShown: the first of the ids that is on the page, else the next', async () => {
    document.body.innerHTML = '<h2 id="heading">Agencies</h2>';
    expect(await focusFirstShown(['gone-edit', 'heading'], 20)).toBe(true);
    expect(document.activeElement?.id).toBe('heading');
    expect(await focusFirstShown(['gone-edit', 'gone-too'], 20)).toBe(false);
  });

  it('waits for an element that is not on the page yet, and gives up after the time given', async () => {
    const found = focusWhenShown('later', 500);
    setTimeout(() => {
      document.body.innerHTML = '<section id="later">Checklist item</section>';
    }, 50);
    expect(await found).toBe(true);
    expect(document.activeElement?.id).toBe('later');
    expect(await focusWhenShown('never', 50)).toBe(false);
  });
});
