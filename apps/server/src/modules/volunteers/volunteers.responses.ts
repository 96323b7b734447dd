import { z } from 'zod';

const Unit = z.object({ id: z.string(), name: z.string() });

export const OrgList = z.object({
  items: z.array(Unit.extend({ kind: z.string(), manage: z.boolean() })),
});

export const VolunteerOut = z.object({
  id: z.string(),
  nameMasked: z.string(),
  keeper: Unit,
  skills: z.array(z.string()),
  registeredVia: z.enum(['staff', 'self']),
  active: z.boolean(),
  createdAt: z.date(),
  totalMinutes: z.number(),
  totalHours: z.number(),
  star: z.number(),
});
export const VolunteerList = z.object({ items: z.array(VolunteerOut) });

export const ServiceRow = z.object({
  activityId: z.string(),
  title: z.string(),
  startsAt: z.date(),
  endsAt: z.date(),
  checkedInAt: z.date().nullable(),
  checkedOutAt: z.date().nullable(),
  breakMinutes: z.number(),
  travelMinutes: z.number(),
  minutes: z.number().nullable(),
});
export const TrainingOut = z.object({
  id: z.string(),
  title: z.string(),
  provider: z.string(),
  hours: z.number(),
  heldOn: z.string(),
});
export const AwardOut = z.object({
  id: z.string(),
  title: z.string(),
  awardedBy: z.string(),
  awardedOn: z.string(),
});
export const CertificateSummary = z.object({
  id: z.string(),
  code: z.string(),
  periodFrom: z.string(),
  periodTo: z.string(),
  totalHours: z.number(),
  issuedAt: z.date(),
  keeper: Unit,
});
export const VolunteerDetail = VolunteerOut.extend({
  nextStar: z.object({ star: z.number(), hoursToGo: z.number() }).nullable(),
  services: z.array(ServiceRow),
  training: z.array(TrainingOut),
  awards: z.array(AwardOut),
  certificates: z.array(CertificateSummary),
});

export const SignupOut = z.object({
  volunteerId: z.string(),
  nameMasked: z.string(),
  status: z.enum(['signed', 'cancelled']),
  channel: z.enum(['self', 'staff']),
  signedAt: z.date(),
  checkedInAt: z.date().nullable(),
  checkedOutAt: z.date().nullable(),
  breakMinutes: z.number(),
  travelMinutes: z.number(),
  minutes: z.number().nullable(),
});
export const ActivityOut = z.object({
  id: z.string(),
  organiser: Unit,
  title: z.string(),
  description: z.string(),
  place: z.string(),
  startsAt: z.date(),
  endsAt: z.date(),
  capacity: z.number(),
  signupOpensAt: z.date(),
  signupClosesAt: z.date(),
  status: z.enum(['open', 'cancelled']),
  /** the organiser's reason and time when cancelled */
  cancelReason: z.string().nullable(),
  cancelledAt: z.date().nullable(),
  signedUp: z.number(),
});
export const ActivityList = z.object({ items: z.array(ActivityOut) });
export const ActivityDetail = ActivityOut.extend({
  signups: z.array(SignupOut),
  manage: z.boolean(),
  codeExpiresAt: z.date().nullable(),
});
export const CheckCodeOut = z.object({ code: z.string(), expiresAt: z.date() });

export const CertificateOut = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  keeper: Unit,
  periodFrom: z.string(),
  periodTo: z.string(),
  periods: z.array(z.object({ period: z.string(), minutes: z.number(), hours: z.number() })),
  totalHours: z.number(),
  issuedAt: z.date(),
  issuedBy: z.string(),
});
/** What anyone holding the code reads: the name masked, the organisation and the hours — nothing more. */
export const PublicCertificate = z.object({
  code: z.string(),
  nameMasked: z.string(),
  organisation: z.string(),
  periodFrom: z.string(),
  periodTo: z.string(),
  periods: z.array(z.object({ period: z.string(), hours: z.number() })),
  totalHours: z.number(),
  issuedAt: z.date(),
});

export const MyActivity = ActivityOut.extend({
  mine: z
    .object({
      status: z.enum(['signed', 'cancelled']),
      checkedInAt: z.date().nullable(),
      checkedOutAt: z.date().nullable(),
      minutes: z.number().nullable(),
    })
    .nullable(),
});
export const MyVolunteering = z.object({
  verified: z.boolean(),
  nameMasked: z.string().nullable(),
  totalHours: z.number(),
  star: z.number(),
  nextStar: z.object({ star: z.number(), hoursToGo: z.number() }).nullable(),
  records: z.array(z.object({ id: z.string(), keeper: Unit, totalHours: z.number() })),
  activities: z.array(MyActivity),
  certificates: z.array(CertificateSummary),
});
export const CheckResult = z.object({
  step: z.enum(['in', 'out']),
  at: z.date(),
  minutes: z.number().nullable(),
});
