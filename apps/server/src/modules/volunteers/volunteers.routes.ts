import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../lib/context.ts';
import { actorOf } from '../auth/auth.plugin.ts';
import {
  AttendanceIn,
  AwardIn,
  CancelActivityIn,
  CertificateIn,
  CheckCodeIn,
  CodeParams,
  IdParams,
  NewActivity,
  NewVolunteer,
  SignupParams,
  StaffSignupIn,
  TrainingIn,
  UnitQuery,
  VolunteerPatch,
} from './volunteers.io.ts';
import {
  ActivityDetail,
  ActivityList,
  CertificateOut,
  CertificateSummary,
  CheckCodeOut,
  CheckResult,
  MyVolunteering,
  OrgList,
  PublicCertificate,
  VolunteerDetail,
  VolunteerList,
  VolunteerOut,
} from './volunteers.responses.ts';
import * as svc from './volunteers.service.ts';

const tags = ['volunteers'];

/** 志愿服务: volunteer records, activities, attendance, hours, training, awards and certificates (issue 13). */
export async function volunteerRoutes(app: FastifyInstance, { ctx }: { ctx: AppContext }): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = ctx.db;

  // ---- staff of the keeping organisation (manage) and the street or community above it (read) ------------
  r.get(
    '/volunteers/orgs',
    {
      schema: {
        tags,
        description: 'Organisations whose volunteer work you may read or manage.',
        response: { 200: OrgList },
      },
    },
    async (req) => svc.listOrgs(db, actorOf(req)),
  );
  r.get(
    '/volunteers',
    {
      schema: {
        tags,
        description:
          "Volunteers an organisation keeps the record of (your own unit's by default), names masked.",
        querystring: UnitQuery,
        response: { 200: VolunteerList },
      },
    },
    async (req) => svc.listVolunteers(db, actorOf(req), req.query.unitId),
  );
  r.post(
    '/volunteers',
    {
      schema: {
        tags,
        description:
          'Registers a person of the base data (by name and ID number) as a volunteer of the organisation.',
        body: NewVolunteer,
        response: { 200: VolunteerOut },
      },
    },
    async (req) => svc.createVolunteer(ctx, actorOf(req), req.body),
  );
  r.get(
    '/volunteers/activities',
    {
      schema: {
        tags,
        description: "Activities an organisation runs (your own unit's by default).",
        querystring: UnitQuery,
        response: { 200: ActivityList },
      },
    },
    async (req) => svc.listActivities(db, actorOf(req), req.query.unitId),
  );
  r.post(
    '/volunteers/activities',
    {
      schema: {
        tags,
        description: 'A new activity: place, time, capacity and the sign-up window.',
        body: NewActivity,
        response: { 200: ActivityDetail },
      },
    },
    async (req) => svc.createActivity(db, actorOf(req), req.body),
  );
  r.get(
    '/volunteers/activities/:id',
    {
      schema: {
        tags,
        description: 'One activity with its sign-ups and attendance.',
        params: IdParams,
        response: { 200: ActivityDetail },
      },
    },
    async (req) => svc.activityDetail(db, actorOf(req), req.params.id),
  );
  r.post(
    '/volunteers/activities/:id/signups',
    {
      schema: {
        tags,
        description: 'Staff sign a volunteer of the organiser up (capacity, window and overlaps checked).',
        params: IdParams,
        body: StaffSignupIn,
        response: { 200: ActivityDetail },
      },
    },
    async (req) => svc.staffSignUp(db, actorOf(req), req.params.id, req.body.volunteerId),
  );
  r.post(
    '/volunteers/activities/:id/signups/:volunteerId/cancel',
    {
      schema: {
        tags,
        description: 'Staff cancel a sign-up (until the activity starts).',
        params: SignupParams,
        response: { 200: ActivityDetail },
      },
    },
    async (req) => svc.staffCancel(db, actorOf(req), req.params.id, req.params.volunteerId),
  );
  r.post(
    '/volunteers/activities/:id/cancel',
    {
      schema: {
        tags,
        description:
          'The organiser cancels the activity with a reason (not twice, not once ended); every volunteer signed up is notified.',
        params: IdParams,
        body: CancelActivityIn,
        response: { 200: ActivityDetail },
      },
    },
    async (req) => svc.cancelActivity(db, actorOf(req), req.params.id, req.body.reason),
  );
  r.post(
    '/volunteers/activities/:id/attendance',
    {
      schema: {
        tags,
        description:
          'Check a volunteer in or out; at check-out the service minutes are computed (inside the activity, minus breaks; travel never counted).',
        params: IdParams,
        body: AttendanceIn,
        response: { 200: ActivityDetail },
      },
    },
    async (req) => svc.staffAttendance(db, actorOf(req), req.params.id, req.body),
  );
  r.post(
    '/volunteers/activities/:id/code',
    {
      schema: {
        tags,
        description:
          'A fresh six-digit code to show at the activity: volunteers type it to check in and out (15 minutes).',
        params: IdParams,
        response: { 200: CheckCodeOut },
      },
    },
    async (req) => svc.newCheckCode(db, actorOf(req), req.params.id),
  );
  r.get(
    '/volunteers/certificates/:id',
    {
      schema: {
        tags,
        description:
          'The printable 志愿服务证明 with the full name (staff who read the record, or the volunteer); audited.',
        params: IdParams,
        response: { 200: CertificateOut },
      },
    },
    async (req) => svc.printableCertificate(ctx, actorOf(req), req.params.id),
  );
  r.get(
    '/volunteers/:id',
    {
      schema: {
        tags,
        description: 'One volunteer: hours per activity, star, training, awards, certificates.',
        params: IdParams,
        response: { 200: VolunteerDetail },
      },
    },
    async (req) => svc.volunteerDetail(db, actorOf(req), req.params.id),
  );
  r.patch(
    '/volunteers/:id',
    {
      schema: {
        tags,
        description: 'Skills; active or not.',
        params: IdParams,
        body: VolunteerPatch,
        response: { 200: VolunteerDetail },
      },
    },
    async (req) => svc.patchVolunteer(db, actorOf(req), req.params.id, req.body),
  );
  r.post(
    '/volunteers/:id/training',
    {
      schema: {
        tags,
        description: 'A training record.',
        params: IdParams,
        body: TrainingIn,
        response: { 200: VolunteerDetail },
      },
    },
    async (req) => svc.addTraining(db, actorOf(req), req.params.id, req.body),
  );
  r.post(
    '/volunteers/:id/awards',
    {
      schema: {
        tags,
        description: 'An award or honour.',
        params: IdParams,
        body: AwardIn,
        response: { 200: VolunteerDetail },
      },
    },
    async (req) => svc.addAward(db, actorOf(req), req.params.id, req.body),
  );
  r.post(
    '/volunteers/:id/certificates',
    {
      schema: {
        tags,
        description:
          'Issues a 志愿服务证明 listing hours per period: only the organisation that keeps the record (谁记录谁证明).',
        params: IdParams,
        body: CertificateIn,
        response: { 200: CertificateSummary },
      },
    },
    async (req) => svc.issueCertificate(db, actorOf(req), req.params.id, req.body),
  );

  // ---- the resident's phone ----------------------------------------------------------------------------------
  r.get(
    '/my/volunteering',
    {
      schema: {
        tags,
        description: 'Open activities where I live, my sign-ups, my hours and star, my certificates.',
        response: { 200: MyVolunteering },
      },
    },
    async (req) => svc.myVolunteering(db, actorOf(req)),
  );
  r.post(
    '/my/volunteering/activities/:id/signup',
    {
      schema: {
        tags,
        description: 'Sign up (a verified resident).',
        params: IdParams,
        response: { 200: MyVolunteering },
      },
    },
    async (req) => svc.residentSignUp(db, actorOf(req), req.params.id),
  );
  r.post(
    '/my/volunteering/activities/:id/cancel',
    {
      schema: {
        tags,
        description: 'Cancel my sign-up (until the start).',
        params: IdParams,
        response: { 200: MyVolunteering },
      },
    },
    async (req) => svc.residentCancel(db, actorOf(req), req.params.id),
  );
  r.post(
    '/my/volunteering/activities/:id/check',
    {
      schema: {
        tags,
        description: 'The code shown at the activity: checks me in, or out when I am in.',
        params: IdParams,
        body: CheckCodeIn,
        response: { 200: CheckResult },
      },
      config: { rateLimit: { max: 20, timeWindow: '1 minute' } },
    },
    async (req) => svc.residentCheck(db, actorOf(req), req.params.id, req.body.code),
  );

  // ---- public ------------------------------------------------------------------------------------------------
  r.get(
    '/public/volunteers/certificates/:code',
    {
      schema: {
        tags,
        description:
          'Verifies a 志愿服务证明 by its code: the masked name, the organisation and the hours only.',
        params: CodeParams,
        response: { 200: PublicCertificate },
      },
      config: { auth: false, rateLimit: { max: 60, timeWindow: '1 minute' } },
    },
    async (req) => svc.verifyCertificate(db, req.params.code),
  );
}
