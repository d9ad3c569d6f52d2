import type { ComponentChildren } from 'preact';
import { navigate } from '../lib/router.js';

/** An ordinary link (open in a new tab still works) that changes screens without reloading. */
export function A(props: { href: string; class?: string; children: ComponentChildren; 'aria-current'?: 'page' }) {
  const onClick = (event: MouseEvent) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(props.href);
  };
  return <a {...props} onClick={onClick}>{props.children}</a>;
}
