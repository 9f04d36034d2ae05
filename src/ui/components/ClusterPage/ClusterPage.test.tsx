import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import { ClusterPage, hoursLine } from './ClusterPage.js';
import { examples } from './examples.js';

const render = (index: number) => {
  const example = examples.examples[index]!;
  return renderToString(<ClusterPage {...example.props} />);
};
const text = (html: string) => html.replace(/<[^>]+>/g, '');
const ids = (html: string) => [...html.matchAll(/\sid="([^"]*)"/g)].map((m) => m[1]);

describe('ClusterPage', () => {
  it.each(examples.examples.map((example, index) => [example.name, index] as const))(
    'renders the example %s with its title, stages and unique ids',
    (_name, index) => {
      const example = examples.examples[index]!;
      const html = render(index);
      expect(html).toContain(`<h1>${example.props.cluster.title}</h1>`);
      for (const stage of example.props.cluster.stages) expect(html).toContain(`id="stage-${stage.key}"`);
      expect(new Set(ids(html)).size).toBe(ids(html).length);
    },
  );

  it('shows a pilot, the screener, the co-brands in order and every way to reach a service', () => {
    const html = render(0);
    expect(text(html)).toContain('Delivered by ServiceOntario with Service Canada');
    expect(html).toContain('class="co-brand-party co-brand-lead brand-mark" style="border-color:#00703c"');
    expect(text(html)).toContain('Pilot');
    expect(html).toContain('March 31, 2027');
    expect(html).toContain('href="/en/situations/having-a-baby/checklist"');
    expect(html).toContain('href="/en#life-event"');
    expect(html).toContain('href="tel:18002678097"');
    expect(html).toContain('href="https://example.ca/register"');
    expect(text(html)).toContain('ServiceOntario Ottawa · ServiceOntario Kanata');
    expect(text(html)).toContain('PO Box 4600, Thunder Bay, ON, P7B 6L8');
    expect(html).toContain('id="ways-register-svc-register"');
    expect(text(html)).toContain('Optional');
    expect(text(html)).toContain('Service Canada (lead partner)');
  });

  it('in French, leaves out the screener, the pilot and the co-brands when there are none, and marks what may apply', () => {
    const html = render(1);
    expect(html).not.toContain('class="co-brand"');
    expect(html).not.toContain('class="notice pilot"');
    expect(html).not.toContain('class="callout"');
    expect(text(html)).toContain('Étape 1');
    expect(html).toContain('tag-warn');
    expect(html).toContain('class="alternative"');
    expect(text(html)).toContain('Quand\u00a0: Dans les 30 jours');
  });

  it('writes weekly hours as day ranges', () => {
    expect(
      hoursLine('en', [
        { days: ['MO', 'TU', 'WE', 'TH', 'FR'], opensAt: '08:30', closesAt: '17:00' },
        { days: ['SA'], opensAt: '09:00', closesAt: '12:00' },
      ]),
    ).toMatch(/^Monday – Friday: .+; Saturday: .+$/);
  });
});
