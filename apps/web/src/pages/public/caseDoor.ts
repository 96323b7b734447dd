/**
 * How a resident reaches their own case: through the private tracking link (a token, no account) or signed in to
 * the residents' portal (their account: /api/my/cases). The same pages serve both; only the addresses differ.
 */
import { withQuery } from '../../api/client.ts';

export interface CaseDoor {
  caseId: string;
  /** The tracking link's token; null when the resident is signed in. */
  token: string | null;
}

/** The case's resident address, with an optional tail such as '/rating' or '/data'. */
export function caseUrl(door: CaseDoor, tail = ''): string {
  const id = encodeURIComponent(door.caseId);
  return door.token === null
    ? `/api/my/cases/${id}${tail}`
    : withQuery(`/api/public/cases/${id}${tail}`, { t: door.token });
}

export function casePhotoUrl(door: CaseDoor, photoId: string): string {
  if (door.token !== null) {
    const q = new URLSearchParams({ case: door.caseId, t: door.token });
    return `/api/public/uploads/${encodeURIComponent(photoId)}?${q.toString()}`;
  }
  return `/api/my/cases/${encodeURIComponent(door.caseId)}/photos/${encodeURIComponent(photoId)}`;
}
