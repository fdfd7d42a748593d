import { useCallback, useSyncExternalStore } from 'react';
import { useMyOrganisations, type MyOrganisation } from './use-my-organisations';

/** Where the organisation the user acts for is remembered in the browser. */
export const ACTING_ORGANISATION_STORAGE_KEY = 'bs.actingOrganisation';

const CHANGE_EVENT = 'bs:acting-organisation';

function read(): string | null {
  try {
    return localStorage.getItem(ACTING_ORGANISATION_STORAGE_KEY);
  } catch {
    return null;
  }
}

function subscribe(onChange: () => void) {
  const onStorage = (event: StorageEvent) => {
    if (event.key === ACTING_ORGANISATION_STORAGE_KEY) onChange();
  };
  window.addEventListener('storage', onStorage);
  window.addEventListener(CHANGE_EVENT, onChange);
  return () => {
    window.removeEventListener('storage', onStorage);
    window.removeEventListener(CHANGE_EVENT, onChange);
  };
}

/** Remembers the organisation to act for (e.g. after creating or joining one). */
export function rememberActingOrganisation(organisationId: string): void {
  try {
    localStorage.setItem(ACTING_ORGANISATION_STORAGE_KEY, organisationId);
  } catch {
    // Storage may be unavailable (private mode); the choice then lasts until the next reload.
  }
  window.dispatchEvent(new Event(CHANGE_EVENT));
}

/**
 * The organisation the signed-in user acts for: the one chosen in the switcher (remembered in
 * localStorage, shared by all tabs), else the first of their organisations; null without any.
 */
export function useActingOrganisation() {
  const { organisations, loading } = useMyOrganisations();
  const storedId = useSyncExternalStore(subscribe, read, () => null);
  const acting: MyOrganisation | null =
    organisations.find((m) => m.organisation.id === storedId) ?? organisations[0] ?? null;
  const setActing = useCallback((id: string) => rememberActingOrganisation(id), []);
  return { acting, organisations, loading, setActing };
}
