/**
 * A mediation party as the form holds it and as the server takes it: picked from the base data (its person id
 * only — the server reads the name and masks it by class), or typed (name and contact, blanks left out).
 */
export interface PartyFormValue {
  role: 'applicant' | 'respondent' | 'third_party';
  /** picked from the base data */
  personId?: string;
  /** the masked name shown for a picked person */
  picked?: string;
  name?: string;
  phone?: string;
  idNumber?: string;
  address?: string;
}

const clean = (s: string | undefined) => (s && s.trim() ? s.trim() : undefined);

export function partyBody(p: PartyFormValue) {
  if (p.personId) return { role: p.role, personId: p.personId };
  return {
    role: p.role,
    name: (p.name ?? '').trim(),
    phone: clean(p.phone),
    idNumber: clean(p.idNumber),
    address: clean(p.address),
  };
}
