import React, {type ReactNode} from 'react';

type Props = {
  readonly as: 'h2' | 'h3';
  readonly id?: string;
  readonly className?: string;
  readonly children?: ReactNode;
};

/** Test stand-in for @theme/Heading: same DOM contract (id, hash link), none of the theme plumbing. */
export default function Heading({as: As, id, className, children}: Props): ReactNode {
  return (
    <As id={id} className={className}>
      {children}
      {id && <a className="hash-link" href={`#${id}`} aria-label={`Direct link to ${id}`} />}
    </As>
  );
}
