import { describe, expect, it } from 'vitest';
import { getSchema } from '@tiptap/core';
import { StarterKit } from '@tiptap/starter-kit';
import { Fragment, Slice, type Node as PMNode, type Schema } from '@tiptap/pm/model';
import { IAP_NODE } from '@iap/shared';
import { SectionHeading } from './SectionHeading';
import { lowerPastedHeadings } from './pastedHeadings';

const schema: Schema = getSchema([StarterKit, SectionHeading]);
const heading = (level: number, text: string): PMNode => schema.node('heading', { level }, [schema.text(text)]);
const paragraph = (text: string): PMNode => schema.node('paragraph', null, [schema.text(text)]);
const plan = schema.node('doc', null, [schema.node(IAP_NODE.sectionHeading, { sectionId: 'context', level: 2 }), paragraph('Old town')]);
const levels = (slice: Slice): number[] => {
  const found: number[] = [];
  slice.content.descendants((node) => {
    if (node.type.name === 'heading') found.push(Number(node.attrs.level));
  });
  return found;
};
const sliceOf = (...nodes: PMNode[]): Slice => new Slice(Fragment.fromArray(nodes), 0, 0);

describe('pasted headings in a plan', () => {
  it('moves a pasted H1 and H2 below the section level, keeping their order of rank', () => {
    const pasted = lowerPastedHeadings(sliceOf(heading(1, 'Title'), paragraph('text'), heading(2, 'Part')), plan);
    expect(levels(pasted)).toEqual([3, 4]);
    expect(pasted.content.textBetween(0, pasted.content.size, '\n')).toBe('Title\ntext\nPart');
  });

  it('moves nested headings too, and never deeper than H6', () => {
    const quote = schema.node('blockquote', null, [heading(2, 'Quoted')]);
    expect(levels(lowerPastedHeadings(sliceOf(heading(1, 'Top'), quote, heading(6, 'Deep')), plan))).toEqual([3, 4, 6]);
  });

  it('leaves H3 and deeper, and documents that are not plans, as they are', () => {
    expect(levels(lowerPastedHeadings(sliceOf(heading(3, 'Sub')), plan))).toEqual([3]);
    const plain = schema.node('doc', null, [paragraph('notes')]);
    expect(levels(lowerPastedHeadings(sliceOf(heading(1, 'Title')), plain))).toEqual([1]);
  });
});
