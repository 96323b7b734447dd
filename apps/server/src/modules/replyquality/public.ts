// What other modules use of reply quality: the gate the cases module calls when a lead unit reports, and whether a
// reply is withheld from residents.
export {
  gateReportedReply,
  notWithheld,
  withheldAssignments,
  withheldReplyFilter,
  type ReportedReply,
} from './replyquality.service.ts';
