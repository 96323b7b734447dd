/** 志愿服务 (issue 13): the shapes the volunteers API answers (apps/server/src/modules/volunteers). */
export interface Unit {
  id: string;
  name: string;
}
export interface Org extends Unit {
  kind: string;
  manage: boolean;
}
export interface Volunteer {
  id: string;
  nameMasked: string;
  keeper: Unit;
  skills: string[];
  registeredVia: 'staff' | 'self';
  active: boolean;
  createdAt: string;
  totalMinutes: number;
  totalHours: number;
  star: number;
}
export interface CertificateSummary {
  id: string;
  code: string;
  periodFrom: string;
  periodTo: string;
  totalHours: number;
  issuedAt: string;
  keeper: Unit;
}
export interface VolunteerDetail extends Volunteer {
  nextStar: { star: number; hoursToGo: number } | null;
  services: {
    activityId: string;
    title: string;
    startsAt: string;
    endsAt: string;
    checkedInAt: string | null;
    checkedOutAt: string | null;
    breakMinutes: number;
    travelMinutes: number;
    minutes: number | null;
  }[];
  training: { id: string; title: string; provider: string; hours: number; heldOn: string }[];
  awards: { id: string; title: string; awardedBy: string; awardedOn: string }[];
  certificates: CertificateSummary[];
}
export interface Activity {
  id: string;
  organiser: Unit;
  title: string;
  description: string;
  place: string;
  startsAt: string;
  endsAt: string;
  capacity: number;
  signupOpensAt: string;
  signupClosesAt: string;
  status: 'open' | 'cancelled';
  /** the organiser's reason and time when cancelled */
  cancelReason: string | null;
  cancelledAt: string | null;
  signedUp: number;
}
export interface Signup {
  volunteerId: string;
  nameMasked: string;
  status: 'signed' | 'cancelled';
  channel: 'self' | 'staff';
  signedAt: string;
  checkedInAt: string | null;
  checkedOutAt: string | null;
  breakMinutes: number;
  travelMinutes: number;
  minutes: number | null;
}
export interface ActivityDetail extends Activity {
  signups: Signup[];
  manage: boolean;
  codeExpiresAt: string | null;
}
export interface MyActivity extends Activity {
  mine: {
    status: 'signed' | 'cancelled';
    checkedInAt: string | null;
    checkedOutAt: string | null;
    minutes: number | null;
  } | null;
}
export interface MyVolunteering {
  verified: boolean;
  nameMasked: string | null;
  totalHours: number;
  star: number;
  nextStar: { star: number; hoursToGo: number } | null;
  records: { id: string; keeper: Unit; totalHours: number }[];
  activities: MyActivity[];
  certificates: CertificateSummary[];
}
export interface Certificate {
  id: string;
  code: string;
  name: string;
  keeper: Unit;
  periodFrom: string;
  periodTo: string;
  periods: { period: string; minutes: number; hours: number }[];
  totalHours: number;
  issuedAt: string;
  issuedBy: string;
}
export interface PublicCertificate {
  code: string;
  nameMasked: string;
  organisation: string;
  periodFrom: string;
  periodTo: string;
  periods: { period: string; hours: number }[];
  totalHours: number;
  issuedAt: string;
}
