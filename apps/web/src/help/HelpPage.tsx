import { useEffect, useMemo } from 'react';
import { useLocation } from 'react-router';
import { GUIDE_MARKDOWN } from './guide-source';
import { parseGuide, renderInline, type Block } from './guide-markdown';

function BlockView({ block }: { block: Block }) {
  switch (block.kind) {
    case 'heading': {
      if (block.level === 1) return null; // the page's own h1
      const Heading = block.level === 2 ? 'h2' : 'h3';
      return (
        <Heading id={block.id} tabIndex={-1} className="jo-help__heading">
          {block.text}
        </Heading>
      );
    }
    case 'paragraph':
      return <p>{renderInline(block.text)}</p>;
    case 'list': {
      const List = block.ordered ? 'ol' : 'ul';
      return (
        <List className="usa-list">
          {block.items.map((item, index) => (
            <li key={index}>{renderInline(item)}</li>
          ))}
        </List>
      );
    }
  }
}

/** `/help`: the user guide (docs/guide.md), with an anchor per section; the header's Help link points at the current page's section. */
export function HelpPage({ markdown = GUIDE_MARKDOWN }: { markdown?: string }) {
  const blocks = useMemo(() => parseGuide(markdown), [markdown]);
  const { hash } = useLocation();
  const title = blocks.find((block) => block.kind === 'heading' && block.level === 1);
  const sections = blocks.filter((block): block is Extract<Block, { kind: 'heading' }> => block.kind === 'heading' && block.level === 2);

  // After the layout has moved focus to the h1 on navigation, go to the section asked for.
  useEffect(() => {
    if (!hash) return;
    const timer = setTimeout(() => {
      const target = document.getElementById(decodeURIComponent(hash.slice(1)));
      target?.scrollIntoView({ block: 'start' });
      target?.focus({ preventScroll: true });
    }, 0);
    return () => clearTimeout(timer);
  }, [hash]);

  return (
    <article className="jo-help usa-prose">
      <title>Help · JointOps</title>
      <h1 tabIndex={-1} className="margin-top-0">
        {title?.kind === 'heading' ? title.text : 'Help'}
      </h1>
      <nav aria-label="Guide sections" className="margin-bottom-3">
        <ul className="usa-list">
          {sections.map((section) => (
            <li key={section.id}>
              <a className="usa-link" href={`#${section.id}`}>
                {section.text}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {blocks.map((block, index) => (
        <BlockView key={index} block={block} />
      ))}
    </article>
  );
}
