import * as Y from 'yjs';
import { IAP_YDOC, newAction, type Action, type Objective } from '@iap/shared';
import type { TestClient } from '../support/yclient.js';

export const KNOWN = {
  heading: 'Where we start from',
  listItem: 'A maker space in the old market hall',
  bold: 'Creative jobs first',
  linkText: 'URBACT site',
  linkHref: 'https://urbact.eu/',
  script: '<script>alert(1)</script>',
  quotes: `She said "yes" and 'maybe'`,
  badLinkText: 'Open the trap',
  objective: 'More creative jobs',
  indicator: 'Creative jobs created',
  actions: ['Festival of light', '=1+1 workshop'],
} as const;

function paragraph(build: (text: Y.XmlText) => void): Y.XmlElement {
  const element = new Y.XmlElement('paragraph');
  const text = new Y.XmlText();
  element.insert(0, [text]);
  build(text);
  return element;
}

/**
 * Writes a plan with known content through a real Yjs client, the way the editor stores it:
 * a heading, a list, bold and linked text, a script tag and quotes as text, a `javascript:` link
 * in the context section; an objective with an indicator; two actions.
 */
export function writeKnownPlan(client: TestClient): void {
  const { doc } = client;
  const fragment = doc.getXmlFragment(IAP_YDOC.text);
  const blocks = fragment.toArray() as Y.XmlElement[];
  const at = blocks.findIndex((block) => block.getAttribute('sectionId') === 'context') + 1;
  doc.transact(() => {
    const heading = new Y.XmlElement('heading');
    heading.setAttribute('level', 3 as unknown as string);
    heading.insert(0, [new Y.XmlText(KNOWN.heading)]);
    const list = new Y.XmlElement('bulletList');
    const item = new Y.XmlElement('listItem');
    item.insert(0, [paragraph((text) => text.insert(0, KNOWN.listItem))]);
    list.insert(0, [item]);
    const marked = paragraph((text) => {
      text.insert(0, KNOWN.bold, { bold: {} });
      text.insert(KNOWN.bold.length, ' and the ', { bold: null });
      text.insert(KNOWN.bold.length + 9, KNOWN.linkText, { bold: null, link: { href: KNOWN.linkHref } });
    });
    const script = paragraph((text) => text.insert(0, `${KNOWN.script} ${KNOWN.quotes}`));
    const trap = paragraph((text) => text.insert(0, KNOWN.badLinkText, { link: { href: 'javascript:alert(2)' } }));
    fragment.insert(at, [heading, list, marked, script, trap]);

    const objective: Objective = {
      id: 'o1',
      title: KNOWN.objective,
      description: 'Jobs in the creative sector.',
      indicators: [{ id: 'i1', name: KNOWN.indicator, baseline: '0', target: '50', source: 'Survey', frequency: 'yearly' }],
    };
    doc.getArray<Y.Map<unknown>>(IAP_YDOC.objectives).push([new Y.Map(Object.entries(objective))]);
    const actions: Action[] = [
      {
        ...newAction('a1', KNOWN.actions[0]),
        objectiveId: 'o1',
        leadOrganisation: 'Town hall',
        start: '2026-03-01',
        end: '2026-09-30',
        estimatedCost: 100_000,
        fundingSources: [
          { source: 'ERDF', amount: 60_000, status: 'secured' },
          { source: 'City budget', amount: 10_000, status: 'likely' },
        ],
      },
      { ...newAction('a2', KNOWN.actions[1]), objectiveId: 'o1', start: '2026-01-15', end: '2026-02-15', estimatedCost: 5_000 },
    ];
    doc.getArray<Y.Map<unknown>>(IAP_YDOC.actions).push(actions.map((action) => new Y.Map(Object.entries(action))));
  });
}
