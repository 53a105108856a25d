import * as Y from 'yjs';
import type { DocumentModel } from './DocumentModel.js';

/** Why an update is refused: `retry` when it depends on changes this instance has not seen yet. */
export type UpdateRefusal = { reason: string; retry: boolean };

type DecodedUpdate = ReturnType<typeof Y.decodeUpdate>;
type Struct = DecodedUpdate['structs'][number];

/** Where an item lives: in a root, inside a type (of the update or of the document), or nowhere. */
type Parent =
  | { kind: 'root'; name: string }
  | { kind: 'updateType'; item: Y.Item }
  | { kind: 'docType'; type: Y.AbstractType<unknown> }
  | { kind: 'gone' }
  | { kind: 'missing' };

/**
 * Checks a decoded client update against the document's model before it is applied: element
 * names, root types and nesting depth. Walks are iterative and bounded, so a hostile update
 * cannot overflow the stack here either. Returns null when the update may be applied.
 */
export function checkUpdate(doc: Y.Doc, decoded: DecodedUpdate, model: DocumentModel): UpdateRefusal | null {
  const guard = new UpdateWalker(doc, decoded.structs, model.maxDepth);
  for (const struct of decoded.structs) {
    if (!(struct instanceof Y.Item)) continue;
    const content = struct.content;
    if (content instanceof Y.ContentType) {
      const type = content.type;
      if (model.allowedElements && type instanceof Y.XmlElement && !model.allowedElements.has(type.nodeName)) {
        return { reason: `element "${type.nodeName.slice(0, 40)}" is not in the document schema`, retry: false };
      }
    }
    const place = guard.placeOf(struct);
    if (place === 'missing') return { reason: 'update depends on changes not received yet', retry: true };
    if (place === 'malformed') return { reason: 'update has an impossible parent', retry: false };
    if (place === 'gone') continue;
    if (model.allowedRoots && !model.allowedRoots.has(place.root)) {
      return { reason: `root "${place.root.slice(0, 40)}" is not part of this document`, retry: false };
    }
    if (content instanceof Y.ContentType && place.depth + 1 > model.maxDepth) {
      return { reason: `nesting deeper than ${model.maxDepth} levels`, retry: false };
    }
  }
  return null;
}

type Place = { root: string; depth: number } | 'gone' | 'missing' | 'malformed';

class UpdateWalker {
  private readonly byClient = new Map<number, Struct[]>();
  private readonly parents = new Map<Y.Item, Parent>();
  /** Root and depth of the type an update item holds (depth 1 = directly in a root). */
  private readonly typePlaces = new Map<Y.Item, Place>();

  constructor(
    private readonly doc: Y.Doc,
    structs: Struct[],
    private readonly maxDepth: number,
  ) {
    for (const struct of structs) {
      const list = this.byClient.get(struct.id.client);
      if (list) list.push(struct);
      else this.byClient.set(struct.id.client, [struct]);
    }
    for (const list of this.byClient.values()) list.sort((a, b) => a.id.clock - b.id.clock);
  }

  /** Root and depth of the parent of `item` (depth 0 = the root itself). */
  placeOf(item: Y.Item): Place {
    const parent = this.parentOf(item);
    return this.placeOfParent(parent);
  }

  private placeOfParent(parent: Parent | 'malformed'): Place {
    if (parent === 'malformed') return 'malformed';
    switch (parent.kind) {
      case 'root':
        return { root: parent.name, depth: 0 };
      case 'gone':
      case 'missing':
        return parent.kind;
      case 'docType':
        return this.placeOfDocType(parent.type);
      case 'updateType':
        return this.placeOfUpdateType(parent.item);
    }
  }

  /** Walks up a chain of nested types created in this update, iteratively and at most maxDepth + 1 steps. */
  private placeOfUpdateType(start: Y.Item): Place {
    const chain: Y.Item[] = [];
    let current: Y.Item = start;
    let base: Place | undefined;
    for (;;) {
      const known = this.typePlaces.get(current);
      if (known !== undefined) {
        base = known;
        break;
      }
      chain.push(current);
      if (chain.length > this.maxDepth + 1) {
        base = { root: '', depth: Number.POSITIVE_INFINITY };
        break;
      }
      const parent = this.parentOf(current);
      if (parent === 'malformed' || parent.kind !== 'updateType') {
        base = this.placeOfParent(parent);
        break;
      }
      current = parent.item;
    }
    // chain[i] sits one level below chain[i + 1]; the last one sits directly in `base`.
    for (let i = chain.length - 1; i >= 0; i--) {
      const item = chain[i]!;
      const place: Place = typeof base === 'string' ? base : { root: base.root, depth: base.depth + 1 };
      this.typePlaces.set(item, place);
      base = place;
    }
    return base;
  }

  private placeOfDocType(type: Y.AbstractType<unknown>): Place {
    let depth = 0;
    let current: Y.AbstractType<unknown> = type;
    while (current._item !== null) {
      depth++;
      if (depth > this.maxDepth + 1) return { root: '', depth };
      const parent = current._item.parent;
      if (!(parent instanceof Y.AbstractType)) return 'gone';
      current = parent;
    }
    const root = Y.findRootTypeKey(current);
    return { root, depth };
  }

  /**
   * The parent of an update item. Items with a left or right neighbour carry no parent on the
   * wire (Yjs takes the neighbour's), so follow those links iteratively, remembering each answer.
   */
  private parentOf(item: Y.Item): Parent | 'malformed' {
    const path: Y.Item[] = [];
    let current = item;
    let result: Parent | 'malformed';
    for (;;) {
      const known = this.parents.get(current);
      if (known) {
        result = known;
        break;
      }
      path.push(current);
      const parent = current.parent as unknown;
      if (typeof parent === 'string') {
        result = { kind: 'root', name: parent };
        break;
      }
      if (parent instanceof Y.ID) {
        result = this.typeHeldBy(parent);
        break;
      }
      const neighbour = current.origin ?? current.rightOrigin;
      if (!neighbour) {
        result = 'malformed';
        break;
      }
      const found = this.find(neighbour);
      if (found === 'missing') {
        result = { kind: 'missing' };
        break;
      }
      if (!(found.struct instanceof Y.Item)) {
        result = { kind: 'gone' };
        break;
      }
      if (found.fromDocument) {
        const docParent = found.struct.parent;
        result = docParent instanceof Y.AbstractType ? { kind: 'docType', type: docParent } : { kind: 'gone' };
        break;
      }
      if (found.struct === current) {
        result = 'malformed';
        break;
      }
      current = found.struct;
    }
    if (result !== 'malformed') for (const visited of path) this.parents.set(visited, result);
    return result;
  }

  /** The shared type held by the item `id` names (a parent reference). */
  private typeHeldBy(id: Y.ID): Parent | 'malformed' {
    const found = this.find(id);
    if (found === 'missing') return { kind: 'missing' };
    const struct = found.struct;
    if (!(struct instanceof Y.Item)) return { kind: 'gone' };
    if (!(struct.content instanceof Y.ContentType)) return 'malformed';
    return found.fromDocument ? { kind: 'docType', type: struct.content.type } : { kind: 'updateType', item: struct };
  }

  /** The struct holding `id`: in this update first, then in the live document. */
  private find(id: Y.ID): { struct: Struct | Y.GC | Y.Item; fromDocument: boolean } | 'missing' {
    const list = this.byClient.get(id.client);
    if (list) {
      let low = 0;
      let high = list.length - 1;
      while (low <= high) {
        const mid = (low + high) >> 1;
        const struct = list[mid]!;
        if (id.clock < struct.id.clock) high = mid - 1;
        else if (id.clock >= struct.id.clock + struct.length) low = mid + 1;
        else if (struct instanceof Y.Skip) break;
        else return { struct, fromDocument: false };
      }
    }
    if (Y.getState(this.doc.store, id.client) > id.clock) {
      return { struct: Y.getItem(this.doc.store, id) as Y.Item | Y.GC, fromDocument: true };
    }
    return 'missing';
  }
}
