// A leaf node (no editable content inside) drawn by a React component, rendered through EditorContent's portals.
// Selection, drag and event handling come from Tiptap's NodeView; the component gets Tiptap's NodeViewProps.
import { NodeView, type NodeViewProps, type NodeViewRenderer, type NodeViewRendererProps } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { Decoration, DecorationSource } from '@tiptap/pm/view';
import { createElement, type ComponentType } from 'react';
import { createPortal } from 'react-dom';
import { nodeViewPortalsOf } from './nodeViewPortals';

export interface ReactLeafNodeViewOptions {
  /** The element that holds the component. @default 'span' */
  as?: string;
  className?: string;
  stopEvent?: (props: { event: Event }) => boolean;
}

let nextId = 0;

class ReactLeafNodeView extends NodeView<ComponentType<NodeViewProps>> {
  // Set in the constructor, after NodeView's (which calls mount() before field initializers would run).
  private readonly id: string;
  private readonly element: HTMLElement;
  private selected: boolean;

  constructor(
    component: ComponentType<NodeViewProps>,
    props: NodeViewRendererProps,
    options: ReactLeafNodeViewOptions,
  ) {
    super(component, props, options);
    const { as = 'span', className } = options;
    this.id = `node-view-${++nextId}`;
    this.selected = false;
    this.element = document.createElement(as);
    this.element.className = `node-${this.node.type.name}${className ? ` ${className}` : ''}`;
    this.render();
  }

  override get dom(): HTMLElement {
    return this.element;
  }

  private render(): void {
    const props: NodeViewProps = {
      editor: this.editor,
      node: this.node,
      decorations: this.decorations as NodeViewProps['decorations'],
      innerDecorations: this.innerDecorations,
      view: this.view,
      selected: this.selected,
      extension: this.extension,
      HTMLAttributes: this.HTMLAttributes,
      getPos: () => this.getPos(),
      updateAttributes: (attributes = {}) => this.updateAttributes(attributes),
      deleteNode: () => this.deleteNode(),
    };
    nodeViewPortalsOf(this.editor).set(
      this.id,
      createPortal(createElement(this.component, props), this.element, this.id),
    );
  }

  update(node: ProseMirrorNode, decorations: readonly Decoration[], innerDecorations: DecorationSource): boolean {
    if (node.type !== this.node.type) return false;
    if (node === this.node && decorations === this.decorations) return true;
    this.node = node;
    this.decorations = decorations as NodeViewProps['decorations'];
    this.innerDecorations = innerDecorations;
    this.render();
    return true;
  }

  selectNode(): void {
    this.setSelected(true);
  }

  deselectNode(): void {
    this.setSelected(false);
  }

  private setSelected(selected: boolean): void {
    this.selected = selected;
    this.element.classList.toggle('ProseMirror-selectednode', selected);
    this.render();
  }

  destroy(): void {
    nodeViewPortalsOf(this.editor).remove(this.id);
  }
}

export function reactLeafNodeView(
  component: ComponentType<NodeViewProps>,
  options: ReactLeafNodeViewOptions = {},
): NodeViewRenderer {
  return (props: NodeViewRendererProps) => new ReactLeafNodeView(component, props, options);
}
