export interface PhoneLinkProps {
  /** The number as people write it: `1-800-622-6232`, `+1 613 555 0100`. */
  number: string;
  /** The link's words when they say more than the number (“Call 1-800-622-6232”); else the number itself. */
  label?: string | undefined;
}

/** Dialling digits only: phones read `tel:` links more reliably without the punctuation people write. */
const telHref = (number: string) => `tel:${number.replace(/[^\d+]/g, '')}`;

/** A telephone number that a phone can call when followed. */
export function PhoneLink({ number, label }: PhoneLinkProps) {
  return <a href={telHref(number)}>{label ?? number}</a>;
}
