import { z } from 'zod';

const Uuid = z.uuid();
const Day = z.iso.date();
const Instant = z.iso.datetime({ offset: true });

export const IdParams = z.object({ id: Uuid });
export const SignupParams = z.object({ id: Uuid, volunteerId: Uuid });
export const UnitQuery = z.object({ unitId: Uuid.optional() });
export const CodeParams = z.object({ code: z.string().trim().min(12).max(20) });

const Skills = z.array(z.string().trim().min(1).max(20)).max(20).default([]);

/** A volunteer registered by the keeping organisation: a person of the base data, found by name and ID number. */
export const NewVolunteer = z.object({
  unitId: Uuid,
  name: z.string().trim().min(1).max(50),
  idNumber: z.string().trim().min(15).max(18),
  skills: Skills,
});
export type NewVolunteer = z.infer<typeof NewVolunteer>;

export const VolunteerPatch = z.object({ skills: Skills.optional(), active: z.boolean().optional() });
export type VolunteerPatch = z.infer<typeof VolunteerPatch>;

export const TrainingIn = z.object({
  title: z.string().trim().min(2).max(100),
  provider: z.string().trim().max(100).default(''),
  hours: z.number().positive().max(1000),
  heldOn: Day,
});
export type TrainingIn = z.infer<typeof TrainingIn>;

export const AwardIn = z.object({
  title: z.string().trim().min(2).max(100),
  awardedBy: z.string().trim().min(2).max(100),
  awardedOn: Day,
});
export type AwardIn = z.infer<typeof AwardIn>;

export const CertificateIn = z
  .object({ from: Day, to: Day, by: z.enum(['year', 'month']).default('month') })
  .refine((v) => v.to >= v.from, { path: ['to'], message: 'after_from' });
export type CertificateIn = z.infer<typeof CertificateIn>;

export const NewActivity = z
  .object({
    unitId: Uuid,
    title: z.string().trim().min(2).max(100),
    description: z.string().trim().max(2000).default(''),
    place: z.string().trim().min(2).max(200),
    startsAt: Instant,
    endsAt: Instant,
    capacity: z.number().int().min(1).max(10_000),
    signupOpensAt: Instant,
    signupClosesAt: Instant,
  })
  .refine((v) => Date.parse(v.endsAt) > Date.parse(v.startsAt), { path: ['endsAt'], message: 'after_start' })
  .refine((v) => Date.parse(v.signupClosesAt) > Date.parse(v.signupOpensAt), {
    path: ['signupClosesAt'],
    message: 'after_opens',
  })
  .refine((v) => Date.parse(v.signupClosesAt) <= Date.parse(v.startsAt), {
    path: ['signupClosesAt'],
    message: 'before_start',
  });
export type NewActivity = z.infer<typeof NewActivity>;

export const StaffSignupIn = z.object({ volunteerId: Uuid });

/** The organiser cancels an activity: the reason is sent to every volunteer signed up. */
export const CancelActivityIn = z.object({ reason: z.string().trim().min(2).max(500) });

/** Staff record attendance: check in or out now (or at a given time), with breaks and reported travel at check-out. */
export const AttendanceIn = z.object({
  volunteerId: Uuid,
  step: z.enum(['in', 'out']),
  at: Instant.optional(),
  breakMinutes: z.number().int().min(0).max(1440).default(0),
  travelMinutes: z.number().int().min(0).max(1440).default(0),
});
export type AttendanceIn = z.infer<typeof AttendanceIn>;

/** The one-time code shown at the activity, typed on the volunteer's phone: checks in, then out. */
export const CheckCodeIn = z.object({
  code: z
    .string()
    .trim()
    .regex(/^\d{6}$/),
});
