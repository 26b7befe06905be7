import React, {type ComponentProps, type ReactNode} from 'react';

type Props = ComponentProps<'h2'> & {readonly as: 'h1' | 'h2' | 'h3'};

/** Test stand-in for @theme/Heading: same DOM contract (id, hash link), none of the theme plumbing. */
export default function Heading({as: As, id, children, ...props}: Props): ReactNode {
  return (
    <As id={id} {...props}>
      {children}
      {id && As !== 'h1' && <a className="hash-link" href={`#${id}`} aria-label={`Direct link to ${id}`} />}
    </As>
  );
}
