import React, {type ReactNode} from 'react';

type Props = {readonly item: {readonly href: string; readonly label: string}} & Record<string, unknown>;

/** Stand-in for the theme's sidebar link: like the original, extra props land on the <a>. */
export default function DocSidebarItemLink({
  item,
  activePath: _a,
  level: _l,
  index: _i,
  ...props
}: Props): ReactNode {
  return (
    <li>
      <a className="menu__link" href={item.href} {...props}>
        {item.label}
      </a>
    </li>
  );
}
