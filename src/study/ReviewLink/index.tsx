import React, {type ReactNode} from 'react';
import clsx from 'clsx';
import DefaultNavbarItem from '@theme/NavbarItem/DefaultNavbarItem';
import type {Props as DefaultProps} from '@theme/NavbarItem/DefaultNavbarItem';
import {useDueCount} from './useDueCount';
import styles from './styles.module.css';

type Props = Omit<DefaultProps, 'to' | 'href' | 'label'> & {readonly mobile?: boolean};

/**
 * "Review" in the navbar (navbar item type `custom-review`), on every page and in the mobile menu,
 * with the number of questions due as a badge once the reader has any. It stays in the top bar on
 * phones too, where the theme moves other items into the menu: review is the loop a learner comes
 * back for.
 */
export default function ReviewLink({mobile, className, ...props}: Props): ReactNode {
  const due = useDueCount();
  const label = (
    <>
      Review
      {due !== null && due > 0 && (
        <span className={styles.badge} data-due-count={due}>
          {due}
          <span className="visually-hidden"> due</span>
        </span>
      )}
    </>
  );
  return (
    <DefaultNavbarItem
      {...props}
      mobile={mobile}
      to="/review"
      label={label}
      className={clsx(className, styles.link, !mobile && styles.inBar)}
    />
  );
}
