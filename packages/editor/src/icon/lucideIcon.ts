// Icons drawn from lucide's path data (the `lucide` package: arrays, no React). lucide-react's own wrapper cost
// about 1.6 KB gzip in the compose window for props we never use (context defaults, absolute stroke width); this
// one renders the same <svg> attributes, with the class `lucide lucide-<name>` (without lucide-react's alias classes).
import type { IconNode } from 'lucide';
import { createElement, type ReactElement, type SVGProps } from 'react';

export interface IconProps extends Omit<SVGProps<SVGSVGElement>, 'ref' | 'children'> {
  /** Width and height. @default 24 */
  size?: number | string;
}

export type IconComponent = (props: IconProps) => ReactElement;

/** A React component for one lucide icon; `name` is its kebab-case name, as in lucide's `lucide-<name>` class. */
export function lucideIcon(name: string, node: IconNode): IconComponent {
  const children = node.map(([tag, attrs]) => createElement(tag, attrs));
  return function Icon({ size = 24, className, ...rest }: IconProps) {
    return createElement(
      'svg',
      {
        xmlns: 'http://www.w3.org/2000/svg',
        width: size,
        height: size,
        viewBox: '0 0 24 24',
        fill: 'none',
        stroke: 'currentColor',
        strokeWidth: 2,
        strokeLinecap: 'round',
        strokeLinejoin: 'round',
        className: className ? `lucide lucide-${name} ${className}` : `lucide lucide-${name}`,
        // Decorative unless named, as lucide-react does.
        'aria-hidden': rest['aria-label'] || rest['aria-labelledby'] ? undefined : true,
        ...rest,
      },
      ...children,
    );
  };
}
