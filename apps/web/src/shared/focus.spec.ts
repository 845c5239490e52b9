import { focusOn, focusWhenShown } from './focus';

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
