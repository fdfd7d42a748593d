/**
 * Small decorative icons beside the provenance markers (the text beside them says it all):
 * a clipboard with a tick (from the check), a pencil (by hand), a crossed eye (hidden), a
 * seal (confirmed by an intermediary), a padlock (withheld).
 */
export function MarkerIcon({
  kind,
}: {
  kind: 'check' | 'manual' | 'hidden' | 'verified' | 'locked';
}) {
  const common = {
    width: 16,
    height: 16,
    viewBox: '0 0 16 16',
    'aria-hidden': true,
    focusable: false,
    className: `bs-provenance-icon bs-provenance-icon--${kind}`,
  } as const;
  switch (kind) {
    case 'check':
      return (
        <svg {...common}>
          <rect x="2.5" y="2" width="11" height="13" rx="1.5" />
          <path d="M5.5 2V1h5v1M5 9l2 2 4-4.5" />
        </svg>
      );
    case 'manual':
      return (
        <svg {...common}>
          <path d="M3 13l.7-3L11 2.7l2.3 2.3L6 12.3zM9.8 3.9l2.3 2.3" />
        </svg>
      );
    case 'hidden':
      return (
        <svg {...common}>
          <path d="M1.5 8s2.5-4.5 6.5-4.5S14.5 8 14.5 8 12 12.5 8 12.5 1.5 8 1.5 8z" />
          <circle cx="8" cy="8" r="2" />
          <path d="M2.5 14 13.5 2" />
        </svg>
      );
    case 'verified':
      return (
        <svg {...common}>
          <circle cx="8" cy="6.5" r="5" />
          <path d="M5.5 6.5l1.8 1.8 3.2-3.6M5.5 11l-1 4 3.5-1.8 3.5 1.8-1-4" />
        </svg>
      );
    case 'locked':
      return (
        <svg {...common}>
          <rect x="3" y="7" width="10" height="8" rx="1.5" />
          <path d="M5 7V5a3 3 0 0 1 6 0v2" />
        </svg>
      );
  }
}
