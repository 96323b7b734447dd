/**
 * 小微权力清单 (micro-power list): the small powers a village or community holds — major decisions (四议两公开),
 * projects and contracts, collective assets and resources, finance, subsidies (低保、救助), certificates and seals — each
 * with its flowchart: ordered steps, the role responsible for each step, and the steps at which the matter must be
 * made public. Modelled on 宁海县 《村级小微权力清单36条》 (2014) and 中办发〔2017〕 《关于建立健全村务监督委员会的指导意见》.
 */

export const POWER_CATEGORIES = [
  'major_decision',
  'project',
  'assets',
  'finance',
  'subsidy',
  'seal',
  'other',
] as const;
export type PowerCategory = (typeof POWER_CATEGORIES)[number];

/** Who is responsible for a step. */
export const STEP_ROLES = [
  'party_branch', //   党组织 (书记)
  'committee', //      村(居)民委员会
  'joint_meeting', //  两委联席会议
  'representatives', //村(居)民代表会议
  'assembly', //       村(居)民会议
  'supervision', //    村(居)务监督委员会
  'street', //         街道 (乡镇)
  'accountant', //     会计 / 代理记账中心
  'clerk', //          经办人
  'applicant', //      申请人
] as const;
export type StepRole = (typeof STEP_ROLES)[number];

export interface FlowStep {
  title: string;
  role: StepRole;
  /** The matter must be made public at this step (公开节点). */
  disclose: boolean;
}

/**
 * Disclosure points a flowchart must mark at least: 四议两公开 publishes the resolution and then the result of its
 * implementation (决议公开、实施结果公开); every other item at least once.
 */
export const MIN_DISCLOSURE_POINTS: Record<PowerCategory, number> = {
  major_decision: 2,
  project: 2,
  assets: 1,
  finance: 1,
  subsidy: 1,
  seal: 1,
  other: 1,
};

export type FlowchartProblem = 'too_few_steps' | 'empty_step' | 'too_few_disclosure_points';

/** What is wrong with a flowchart, or null: at least two steps, each titled, and the category's disclosure points. */
export function checkFlowchart(category: PowerCategory, steps: readonly FlowStep[]): FlowchartProblem | null {
  if (steps.length < 2) return 'too_few_steps';
  if (steps.some((s) => !s.title.trim())) return 'empty_step';
  if (disclosurePoints(steps).length < MIN_DISCLOSURE_POINTS[category]) return 'too_few_disclosure_points';
  return null;
}

/** The steps at which the matter must be made public, with their position (1-based) in the flowchart. */
export function disclosurePoints(
  steps: readonly FlowStep[],
): { position: number; title: string; role: StepRole }[] {
  return steps.flatMap((s, i) => (s.disclose ? [{ position: i + 1, title: s.title, role: s.role }] : []));
}
