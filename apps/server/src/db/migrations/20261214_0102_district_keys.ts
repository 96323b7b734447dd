import { sql, type Kysely } from 'kysely';

// Frozen: never import application code here.
//
// Issue 14 (docs/distribution.md, lane keys): every region-bound table is keyed by its district, so that it can be
// distributed by district (Citus: a primary or unique key of a distributed table must contain the distribution
// column; a foreign key between two distributed tables must join on it).
//
// 1. Every primary key and unique key/index of a region-bound table leads with district_code: (district_code, id),
//    (district_code, <the old columns>). The partitioned "case" (range on id) and case_event (range on case_id) keep
//    their partition key inside. Six unique keys stay city-wide, on purpose (test/distribution: UNIQUE_CITY_WIDE):
//    a service application's tracking code and a volunteer certificate's code (looked up by a resident without a
//    district), an online post (source, ref: one item however it is located), a person's ID number, an
//    organisation's credit code and a person's one current residence (one person, one organisation across the
//    city); and a resident account's one verification (resident_verification (user_id): the verification moves
//    with the resident, ON CONFLICT (user_id) updates it wherever it lies). case_desk's unique (case_id) becomes a plain index: its key (district_code, case_id) is enough once the
//    desk row moves with its case (below).
// 2. A foreign key from a child whose district is written from that parent becomes composite
//    (district_code, parent_id) → parent (district_code, id) ON UPDATE CASCADE: a case (or a whistle, a mediation
//    file …) whose district changes carries those children with it. Where both sides lie at one place (an address
//    and its house, a grid and its workers, a community's points) it is composite without the cascade: the child's
//    district is generated from its own place (PostgreSQL allows no cascade into a generated column).
// 3. The other 40 references cross districts — a person who lives in one district and works, rents out, votes,
//    mediates or applies in another; a duplicate or a hot cluster or an online post linked to a case elsewhere — and
//    notification (a local table) refers to a whistle. They stay single-column, and the single-column unique index
//    each needs on its target is kept (<table>_id_key). test/distribution lists them (CROSS_DISTRICT); a distributed
//    deployment drops them (the application checks them) — docs/distribution.md.
// 4. The case's children that have no foreign key to the partitioned "case" (assignment, case_event, case_caller,
//    the public id map, the assessment facts, hot clusters, uploads, case_desk) follow a change of the case's
//    district by a trigger, as case_phone already does (20261213_0203).
//
// The statements below were generated once from the catalogue (pg_constraint, pg_index) of a database migrated to
// 20261214_0101, with the decisions above written in by hand, then reviewed; they run in one transaction. Rebuilding
// the keys takes an ACCESS EXCLUSIVE lock on each table for its index builds: seconds for the demo, a maintenance
// window for a large city.
const KEYS = `
    -- 1. foreign keys into region-bound tables, made again in 4.
    ALTER TABLE address_node DROP CONSTRAINT address_node_parent_id_fkey;
    ALTER TABLE admission_application DROP CONSTRAINT admission_application_item_id_fkey;
    ALTER TABLE admission_application DROP CONSTRAINT admission_application_round_id_fkey;
    ALTER TABLE admission_event DROP CONSTRAINT admission_event_application_id_fkey;
    ALTER TABLE admission_event DROP CONSTRAINT admission_event_item_id_fkey;
    ALTER TABLE case_metoo DROP CONSTRAINT case_metoo_case_id_fkey;
    ALTER TABLE case_origin DROP CONSTRAINT case_origin_case_id_fkey;
    ALTER TABLE civic_ballot DROP CONSTRAINT civic_ballot_person_id_fkey;
    ALTER TABLE civic_ballot DROP CONSTRAINT civic_ballot_vote_id_fkey;
    ALTER TABLE civic_paper_count DROP CONSTRAINT civic_paper_count_option_id_fkey;
    ALTER TABLE civic_paper_count DROP CONSTRAINT civic_paper_count_vote_id_fkey;
    ALTER TABLE civic_proposal DROP CONSTRAINT civic_proposal_author_person_id_fkey;
    ALTER TABLE civic_support DROP CONSTRAINT civic_support_person_id_fkey;
    ALTER TABLE civic_support DROP CONSTRAINT civic_support_proposal_id_fkey;
    ALTER TABLE civic_vote DROP CONSTRAINT civic_vote_proposal_id_fkey;
    ALTER TABLE civic_vote_option DROP CONSTRAINT civic_vote_option_vote_id_fkey;
    ALTER TABLE classify_correction DROP CONSTRAINT classify_correction_case_id_fkey;
    ALTER TABLE community_task DROP CONSTRAINT community_task_item_id_fkey;
    ALTER TABLE deliberation_followup DROP CONSTRAINT deliberation_followup_topic_id_fkey;
    ALTER TABLE deliberation_meeting_topic DROP CONSTRAINT deliberation_meeting_topic_meeting_id_fkey;
    ALTER TABLE deliberation_meeting_topic DROP CONSTRAINT deliberation_meeting_topic_topic_id_fkey;
    ALTER TABLE disclosure_entry DROP CONSTRAINT disclosure_entry_item_id_fkey;
    ALTER TABLE disclosure_event DROP CONSTRAINT disclosure_event_entry_id_fkey;
    ALTER TABLE disclosure_overdue_alert DROP CONSTRAINT disclosure_overdue_alert_entry_id_fkey;
    ALTER TABLE disclosure_publication DROP CONSTRAINT disclosure_publication_entry_id_fkey;
    ALTER TABLE disclosure_publication DROP CONSTRAINT disclosure_publication_event_id_fkey;
    ALTER TABLE disclosure_publication DROP CONSTRAINT disclosure_publication_supersedes_fkey;
    ALTER TABLE disclosure_request DROP CONSTRAINT disclosure_request_entry_id_fkey;
    ALTER TABLE disclosure_request DROP CONSTRAINT disclosure_request_person_id_fkey;
    ALTER TABLE duplicate_decision DROP CONSTRAINT duplicate_decision_candidate_id_fkey;
    ALTER TABLE duplicate_decision DROP CONSTRAINT duplicate_decision_new_case_id_fkey;
    ALTER TABLE employment DROP CONSTRAINT employment_organisation_id_fkey;
    ALTER TABLE employment DROP CONSTRAINT employment_person_id_fkey;
    ALTER TABLE field_submission DROP CONSTRAINT field_submission_replaces_fkey;
    ALTER TABLE field_task DROP CONSTRAINT field_task_address_id_fkey;
    ALTER TABLE field_task DROP CONSTRAINT field_task_organisation_id_fkey;
    ALTER TABLE field_task DROP CONSTRAINT field_task_person_id_fkey;
    ALTER TABLE grid_worker DROP CONSTRAINT grid_worker_grid_code_fkey;
    ALTER TABLE hot_cluster_case DROP CONSTRAINT hot_cluster_case_case_id_fkey;
    ALTER TABLE hot_cluster_case DROP CONSTRAINT hot_cluster_case_cluster_id_fkey;
    ALTER TABLE house DROP CONSTRAINT house_address_id_fkey;
    ALTER TABLE knowledge_feedback DROP CONSTRAINT knowledge_feedback_case_id_fkey;
    ALTER TABLE knowledge_use DROP CONSTRAINT knowledge_use_case_id_fkey;
    ALTER TABLE mediation_event DROP CONSTRAINT mediation_event_file_id_fkey;
    ALTER TABLE mediation_party DROP CONSTRAINT mediation_party_file_id_fkey;
    ALTER TABLE mediation_party DROP CONSTRAINT mediation_party_person_id_fkey;
    ALTER TABLE mediation_session DROP CONSTRAINT mediation_session_file_id_fkey;
    ALTER TABLE micro_power_adoption DROP CONSTRAINT micro_power_adoption_item_id_fkey;
    ALTER TABLE notification DROP CONSTRAINT notification_whistle_id_fkey;
    ALTER TABLE opinion_alert DROP CONSTRAINT opinion_alert_item_id_fkey;
    ALTER TABLE opinion_item DROP CONSTRAINT opinion_item_case_id_fkey;
    ALTER TABLE opinion_item DROP CONSTRAINT opinion_item_cluster_case_id_fkey;
    ALTER TABLE org_hazard DROP CONSTRAINT org_hazard_organisation_id_fkey;
    ALTER TABLE organisation DROP CONSTRAINT organisation_address_id_fkey;
    ALTER TABLE organisation DROP CONSTRAINT organisation_legal_rep_id_fkey;
    ALTER TABLE patrol_checkin DROP CONSTRAINT patrol_checkin_address_id_fkey;
    ALTER TABLE patrol_checkin DROP CONSTRAINT patrol_checkin_organisation_id_fkey;
    ALTER TABLE patrol_checkin DROP CONSTRAINT patrol_checkin_patrol_id_fkey;
    ALTER TABLE patrol_point DROP CONSTRAINT patrol_point_patrol_id_fkey;
    ALTER TABLE person_tag DROP CONSTRAINT person_tag_person_id_fkey;
    ALTER TABLE points_entry DROP CONSTRAINT points_entry_house_id_fkey;
    ALTER TABLE points_entry DROP CONSTRAINT points_entry_reverses_fkey;
    ALTER TABLE points_entry DROP CONSTRAINT points_entry_rule_id_fkey;
    ALTER TABLE points_redemption DROP CONSTRAINT points_redemption_good_id_fkey;
    ALTER TABLE points_redemption DROP CONSTRAINT points_redemption_house_id_fkey;
    ALTER TABLE points_rule DROP CONSTRAINT points_rule_rule_set_id_fkey;
    ALTER TABLE points_rule_set DROP CONSTRAINT points_rule_set_adopt_option_id_fkey;
    ALTER TABLE points_rule_set DROP CONSTRAINT points_rule_set_vote_id_fkey;
    ALTER TABLE proactive_task_note DROP CONSTRAINT proactive_task_note_task_id_fkey;
    ALTER TABLE quick_fix DROP CONSTRAINT quick_fix_address_id_fkey;
    ALTER TABLE quick_fix DROP CONSTRAINT quick_fix_patrol_id_fkey;
    ALTER TABLE rental DROP CONSTRAINT rental_house_id_fkey;
    ALTER TABLE rental DROP CONSTRAINT rental_lessor_org_id_fkey;
    ALTER TABLE rental DROP CONSTRAINT rental_lessor_person_id_fkey;
    ALTER TABLE report_cell DROP CONSTRAINT report_cell_instance_id_fkey;
    ALTER TABLE report_instance DROP CONSTRAINT report_instance_sending_id_fkey;
    ALTER TABLE report_sending DROP CONSTRAINT report_sending_admission_item_id_fkey;
    ALTER TABLE residence DROP CONSTRAINT residence_house_id_fkey;
    ALTER TABLE residence DROP CONSTRAINT residence_person_id_fkey;
    ALTER TABLE resident_verification DROP CONSTRAINT resident_verification_person_id_fkey;
    ALTER TABLE service_application DROP CONSTRAINT service_application_applicant_person_id_fkey;
    ALTER TABLE service_application_item DROP CONSTRAINT service_application_item_application_id_fkey;
    ALTER TABLE service_event DROP CONSTRAINT service_event_application_id_fkey;
    ALTER TABLE service_event DROP CONSTRAINT service_event_stage_id_fkey;
    ALTER TABLE service_obligation DROP CONSTRAINT service_obligation_application_id_fkey;
    ALTER TABLE service_rating DROP CONSTRAINT service_rating_application_id_fkey;
    ALTER TABLE service_rating_appeal DROP CONSTRAINT service_rating_appeal_rating_id_fkey;
    ALTER TABLE service_rectification DROP CONSTRAINT service_rectification_application_id_fkey;
    ALTER TABLE service_rectification DROP CONSTRAINT service_rectification_rating_id_fkey;
    ALTER TABLE service_stage DROP CONSTRAINT service_stage_application_id_fkey;
    ALTER TABLE supervision_notice DROP CONSTRAINT supervision_notice_assignment_id_fkey;
    ALTER TABLE visit DROP CONSTRAINT visit_person_id_fkey;
    ALTER TABLE visit DROP CONSTRAINT visit_tag_id_fkey;
    ALTER TABLE visit_signoff DROP CONSTRAINT visit_signoff_visit_id_fkey;
    ALTER TABLE volunteer DROP CONSTRAINT volunteer_person_id_fkey;
    ALTER TABLE volunteer_award DROP CONSTRAINT volunteer_award_volunteer_id_fkey;
    ALTER TABLE volunteer_certificate DROP CONSTRAINT volunteer_certificate_volunteer_id_fkey;
    ALTER TABLE volunteer_signup DROP CONSTRAINT volunteer_signup_activity_id_fkey;
    ALTER TABLE volunteer_signup DROP CONSTRAINT volunteer_signup_volunteer_id_fkey;
    ALTER TABLE volunteer_training DROP CONSTRAINT volunteer_training_volunteer_id_fkey;
    ALTER TABLE whistle_event DROP CONSTRAINT whistle_event_whistle_id_fkey;
    ALTER TABLE whistle_rating DROP CONSTRAINT whistle_rating_whistle_id_unit_id_fkey;
    ALTER TABLE whistle_summon DROP CONSTRAINT whistle_summon_whistle_id_fkey;
    -- 2. primary and unique keys, and unique indexes
    ALTER TABLE address_node DROP CONSTRAINT address_node_pkey;
    ALTER TABLE admission_application DROP CONSTRAINT admission_application_pkey;
    ALTER TABLE admission_event DROP CONSTRAINT admission_event_pkey;
    ALTER TABLE admission_item DROP CONSTRAINT admission_item_pkey;
    ALTER TABLE admission_offgate DROP CONSTRAINT admission_offgate_pkey;
    ALTER TABLE admission_round DROP CONSTRAINT admission_round_pkey;
    ALTER TABLE assessment_callback DROP CONSTRAINT assessment_callback_pkey;
    ALTER TABLE assessment_response DROP CONSTRAINT assessment_response_pkey;
    ALTER TABLE assessment_unit_day DROP CONSTRAINT assessment_unit_day_pkey;
    ALTER TABLE assignment DROP CONSTRAINT assignment_pkey;
    ALTER TABLE base_change DROP CONSTRAINT base_change_pkey;
    ALTER TABLE "case" DROP CONSTRAINT case_pkey;
    ALTER TABLE case_caller DROP CONSTRAINT case_caller_pkey;
    ALTER TABLE case_event DROP CONSTRAINT case_event_pkey;
    ALTER TABLE case_intake_day DROP CONSTRAINT case_intake_day_pkey;
    ALTER TABLE case_intake_day_street DROP CONSTRAINT case_intake_day_street_pkey;
    ALTER TABLE case_metoo DROP CONSTRAINT case_metoo_pkey;
    ALTER TABLE case_origin DROP CONSTRAINT case_origin_pkey;
    ALTER TABLE case_origin DROP CONSTRAINT case_origin_source_source_ref_key;
    ALTER TABLE case_phone DROP CONSTRAINT case_phone_pkey;
    ALTER TABLE case_status_count DROP CONSTRAINT case_status_count_pkey;
    ALTER TABLE civic_ballot DROP CONSTRAINT civic_ballot_pkey;
    ALTER TABLE civic_paper_count DROP CONSTRAINT civic_paper_count_pkey;
    ALTER TABLE civic_proposal DROP CONSTRAINT civic_proposal_pkey;
    ALTER TABLE civic_support DROP CONSTRAINT civic_support_pkey;
    ALTER TABLE civic_vote DROP CONSTRAINT civic_vote_pkey;
    ALTER TABLE civic_vote_option DROP CONSTRAINT civic_vote_option_pkey;
    ALTER TABLE civic_vote_option DROP CONSTRAINT civic_vote_option_vote_id_position_key;
    ALTER TABLE classify_correction DROP CONSTRAINT classify_correction_pkey;
    ALTER TABLE community_task DROP CONSTRAINT community_task_pkey;
    ALTER TABLE deliberation_followup DROP CONSTRAINT deliberation_followup_pkey;
    ALTER TABLE deliberation_meeting DROP CONSTRAINT deliberation_meeting_pkey;
    ALTER TABLE deliberation_meeting_topic DROP CONSTRAINT deliberation_meeting_topic_pkey;
    ALTER TABLE deliberation_topic DROP CONSTRAINT deliberation_topic_pkey;
    ALTER TABLE disclosure_entry DROP CONSTRAINT disclosure_entry_community_code_title_key;
    ALTER TABLE disclosure_entry DROP CONSTRAINT disclosure_entry_pkey;
    ALTER TABLE disclosure_event DROP CONSTRAINT disclosure_event_pkey;
    ALTER TABLE disclosure_overdue_alert DROP CONSTRAINT disclosure_overdue_alert_pkey;
    ALTER TABLE disclosure_publication DROP CONSTRAINT disclosure_publication_pkey;
    ALTER TABLE disclosure_request DROP CONSTRAINT disclosure_request_pkey;
    ALTER TABLE duplicate_decision DROP CONSTRAINT duplicate_decision_pkey;
    ALTER TABLE duplicate_decision DROP CONSTRAINT duplicate_decision_session_key_candidate_id_key;
    ALTER TABLE employment DROP CONSTRAINT employment_pkey;
    ALTER TABLE field_submission DROP CONSTRAINT field_submission_pkey;
    ALTER TABLE field_task DROP CONSTRAINT field_task_pkey;
    ALTER TABLE grid DROP CONSTRAINT grid_pkey;
    ALTER TABLE grid_worker DROP CONSTRAINT grid_worker_pkey;
    ALTER TABLE hot_cluster DROP CONSTRAINT hot_cluster_pkey;
    ALTER TABLE hot_cluster_case DROP CONSTRAINT hot_cluster_case_pkey;
    ALTER TABLE house DROP CONSTRAINT house_address_id_key;
    ALTER TABLE house DROP CONSTRAINT house_pkey;
    ALTER TABLE knowledge_feedback DROP CONSTRAINT knowledge_feedback_pkey;
    ALTER TABLE knowledge_use DROP CONSTRAINT knowledge_use_pkey;
    ALTER TABLE mediation_event DROP CONSTRAINT mediation_event_pkey;
    ALTER TABLE mediation_file DROP CONSTRAINT mediation_file_committee_unit_id_year_seq_key;
    ALTER TABLE mediation_file DROP CONSTRAINT mediation_file_file_no_key;
    ALTER TABLE mediation_file DROP CONSTRAINT mediation_file_pkey;
    ALTER TABLE mediation_party DROP CONSTRAINT mediation_party_pkey;
    ALTER TABLE mediation_session DROP CONSTRAINT mediation_session_pkey;
    ALTER TABLE micro_power_adoption DROP CONSTRAINT micro_power_adoption_pkey;
    ALTER TABLE micro_power_item DROP CONSTRAINT micro_power_item_pkey;
    ALTER TABLE micro_power_item DROP CONSTRAINT micro_power_item_region_code_title_key;
    ALTER TABLE opinion_alert DROP CONSTRAINT opinion_alert_item_id_key;
    ALTER TABLE opinion_alert DROP CONSTRAINT opinion_alert_pkey;
    ALTER TABLE opinion_item DROP CONSTRAINT opinion_item_pkey;
    ALTER TABLE org_hazard DROP CONSTRAINT org_hazard_pkey;
    ALTER TABLE organisation DROP CONSTRAINT organisation_pkey;
    ALTER TABLE patrol DROP CONSTRAINT patrol_pkey;
    ALTER TABLE patrol_checkin DROP CONSTRAINT patrol_checkin_pkey;
    ALTER TABLE patrol_point DROP CONSTRAINT patrol_point_pkey;
    ALTER TABLE person DROP CONSTRAINT person_pkey;
    ALTER TABLE person_tag DROP CONSTRAINT person_tag_pkey;
    ALTER TABLE points_board DROP CONSTRAINT points_board_community_code_month_key;
    ALTER TABLE points_board DROP CONSTRAINT points_board_pkey;
    ALTER TABLE points_entry DROP CONSTRAINT points_entry_idempotency_key_key;
    ALTER TABLE points_entry DROP CONSTRAINT points_entry_pkey;
    ALTER TABLE points_entry DROP CONSTRAINT points_entry_reverses_key;
    ALTER TABLE points_good DROP CONSTRAINT points_good_pkey;
    ALTER TABLE points_redemption DROP CONSTRAINT points_redemption_idempotency_key_key;
    ALTER TABLE points_redemption DROP CONSTRAINT points_redemption_pkey;
    ALTER TABLE points_rule DROP CONSTRAINT points_rule_pkey;
    ALTER TABLE points_rule DROP CONSTRAINT points_rule_rule_set_id_position_key;
    ALTER TABLE points_rule_set DROP CONSTRAINT points_rule_set_community_code_version_key;
    ALTER TABLE points_rule_set DROP CONSTRAINT points_rule_set_pkey;
    ALTER TABLE points_rule_set DROP CONSTRAINT points_rule_set_vote_id_key;
    ALTER TABLE proactive_task DROP CONSTRAINT proactive_task_pkey;
    ALTER TABLE proactive_task_note DROP CONSTRAINT proactive_task_note_pkey;
    ALTER TABLE quick_fix DROP CONSTRAINT quick_fix_pkey;
    ALTER TABLE rental DROP CONSTRAINT rental_house_id_key;
    ALTER TABLE rental DROP CONSTRAINT rental_pkey;
    ALTER TABLE reply_score DROP CONSTRAINT reply_score_pkey;
    ALTER TABLE report_cell DROP CONSTRAINT report_cell_pkey;
    ALTER TABLE report_instance DROP CONSTRAINT report_instance_pkey;
    ALTER TABLE report_instance DROP CONSTRAINT report_instance_sending_id_community_code_key;
    ALTER TABLE report_sending DROP CONSTRAINT report_sending_pkey;
    ALTER TABLE report_sending DROP CONSTRAINT report_sending_template_id_period_scope_path_key;
    ALTER TABLE residence DROP CONSTRAINT residence_pkey;
    ALTER TABLE resident_verification DROP CONSTRAINT resident_verification_person_id_key;
    ALTER TABLE resident_verification DROP CONSTRAINT resident_verification_pkey;
    ALTER TABLE service_application DROP CONSTRAINT service_application_idempotency_key_key;
    ALTER TABLE service_application DROP CONSTRAINT service_application_pkey;
    ALTER TABLE service_application_item DROP CONSTRAINT service_application_item_pkey;
    ALTER TABLE service_event DROP CONSTRAINT service_event_pkey;
    ALTER TABLE service_obligation DROP CONSTRAINT service_obligation_application_id_material_code_key;
    ALTER TABLE service_obligation DROP CONSTRAINT service_obligation_pkey;
    ALTER TABLE service_rating DROP CONSTRAINT service_rating_application_id_kind_key;
    ALTER TABLE service_rating DROP CONSTRAINT service_rating_pkey;
    ALTER TABLE service_rating_appeal DROP CONSTRAINT service_rating_appeal_pkey;
    ALTER TABLE service_rating_appeal DROP CONSTRAINT service_rating_appeal_rating_id_key;
    ALTER TABLE service_rectification DROP CONSTRAINT service_rectification_pkey;
    ALTER TABLE service_rectification DROP CONSTRAINT service_rectification_rating_id_unit_id_key;
    ALTER TABLE service_stage DROP CONSTRAINT service_stage_application_id_item_id_unit_id_key;
    ALTER TABLE service_stage DROP CONSTRAINT service_stage_pkey;
    ALTER TABLE supervision_notice DROP CONSTRAINT supervision_notice_pkey;
    ALTER TABLE upload DROP CONSTRAINT upload_pkey;
    ALTER TABLE visit DROP CONSTRAINT visit_pkey;
    ALTER TABLE visit_signoff DROP CONSTRAINT visit_signoff_pkey;
    ALTER TABLE volunteer DROP CONSTRAINT volunteer_person_id_keeper_unit_id_key;
    ALTER TABLE volunteer DROP CONSTRAINT volunteer_pkey;
    ALTER TABLE volunteer_activity DROP CONSTRAINT volunteer_activity_pkey;
    ALTER TABLE volunteer_award DROP CONSTRAINT volunteer_award_pkey;
    ALTER TABLE volunteer_certificate DROP CONSTRAINT volunteer_certificate_pkey;
    ALTER TABLE volunteer_signup DROP CONSTRAINT volunteer_signup_pkey;
    ALTER TABLE volunteer_training DROP CONSTRAINT volunteer_training_pkey;
    ALTER TABLE whistle DROP CONSTRAINT whistle_pkey;
    ALTER TABLE whistle_event DROP CONSTRAINT whistle_event_pkey;
    ALTER TABLE whistle_rating DROP CONSTRAINT whistle_rating_pkey;
    ALTER TABLE whistle_summon DROP CONSTRAINT whistle_summon_pkey;
    DROP INDEX case_desk_case_idx;
    DROP INDEX disclosure_publication_in_force;
    DROP INDEX knowledge_feedback_voter_uq;
    DROP INDEX knowledge_use_answer_uq;
    DROP INDEX visit_signoff_visit_unit_idx;
    ALTER TABLE address_node ADD CONSTRAINT address_node_pkey PRIMARY KEY (district_code, id);
    ALTER TABLE admission_application ADD CONSTRAINT admission_application_pkey PRIMARY KEY (district_code, id);
    ALTER TABLE admission_event ADD CONSTRAINT admission_event_pkey PRIMARY KEY (district_code, id);
    ALTER TABLE admission_item ADD CONSTRAINT admission_item_pkey PRIMARY KEY (district_code, id);
    ALTER TABLE admission_offgate ADD CONSTRAINT admission_offgate_pkey PRIMARY KEY (district_code, id);
    ALTER TABLE admission_round ADD CONSTRAINT admission_round_pkey PRIMARY KEY (district_code, id);
    ALTER TABLE assessment_callback ADD CONSTRAINT assessment_callback_pkey PRIMARY KEY (district_code, event_id);
    ALTER TABLE assessment_response ADD CONSTRAINT assessment_response_pkey PRIMARY KEY (district_code, assignment_id);
    ALTER TABLE assessment_unit_day ADD CONSTRAINT assessment_unit_day_pkey PRIMARY KEY (district_code, day, unit_id);
    ALTER TABLE assignment ADD CONSTRAINT assignment_pkey PRIMARY KEY (district_code, id);
    ALTER TABLE base_change ADD CONSTRAINT base_change_pkey PRIMARY KEY (district_code, id);
    ALTER TABLE "case" ADD CONSTRAINT case_pkey PRIMARY KEY (district_code, id);
    ALTER TABLE case_caller ADD CONSTRAINT case_caller_pkey PRIMARY KEY (district_code, id);
    ALTER TABLE case_event ADD CONSTRAINT case_event_pkey PRIMARY KEY (district_code, id, case_id);
    ALTER TABLE case_intake_day ADD CONSTRAINT case_intake_day_pkey PRIMARY KEY (district_code, day, street_code, category_code, channel);
    ALTER TABLE case_intake_day_street ADD CONSTRAINT case_intake_day_street_pkey PRIMARY KEY (district_code, day, street_code);
    ALTER TABLE case_metoo ADD CONSTRAINT case_metoo_pkey PRIMARY KEY (district_code, case_id, voter_hash);
    ALTER TABLE case_origin ADD CONSTRAINT case_origin_pkey PRIMARY KEY (district_code, case_id);
    ALTER TABLE case_origin ADD CONSTRAINT case_origin_source_source_ref_key UNIQUE (district_code, source, source_ref);
    ALTER TABLE case_phone ADD CONSTRAINT case_phone_pkey PRIMARY KEY (district_code, phone_hash, case_id);
    ALTER TABLE case_status_count ADD CONSTRAINT case_status_count_pkey PRIMARY KEY (district_code, street_code, status);
    ALTER TABLE civic_ballot ADD CONSTRAINT civic_ballot_pkey PRIMARY KEY (district_code, vote_id, person_id);
    ALTER TABLE civic_paper_count ADD CONSTRAINT civic_paper_count_pkey PRIMARY KEY (district_code, vote_id, option_id);
    ALTER TABLE civic_proposal ADD CONSTRAINT civic_proposal_pkey PRIMARY KEY (district_code, id);
    ALTER TABLE civic_support ADD CONSTRAINT civic_support_pkey PRIMARY KEY (district_code, proposal_id, person_id);
    ALTER TABLE civic_vote ADD CONSTRAINT civic_vote_pkey PRIMARY KEY (district_code, id);
    ALTER TABLE civic_vote_option ADD CONSTRAINT civic_vote_option_pkey PRIMARY KEY (district_code, id);
    ALTER TABLE civic_vote_option ADD CONSTRAINT civic_vote_option_vote_id_position_key UNIQUE (district_code, vote_id, "position");
    ALTER TABLE classify_correction ADD CONSTRAINT classify_correction_pkey PRIMARY KEY (district_code, id);
    ALTER TABLE community_task ADD CONSTRAINT community_task_pkey PRIMARY KEY (district_code, id);
    ALTER TABLE deliberation_followup ADD CONSTRAINT deliberation_followup_pkey PRIMARY KEY (district_code, id);
    ALTER TABLE deliberation_meeting ADD CONSTRAINT deliberation_meeting_pkey PRIMARY KEY (district_code, id);
    ALTER TABLE deliberation_meeting_topic ADD CONSTRAINT deliberation_meeting_topic_pkey PRIMARY KEY (district_code, meeting_id, topic_id);
    ALTER TABLE deliberation_topic ADD CONSTRAINT deliberation_topic_pkey PRIMARY KEY (district_code, id);
    ALTER TABLE disclosure_entry ADD CONSTRAINT disclosure_entry_community_code_title_key UNIQUE (district_code, community_code, title);
    ALTER TABLE disclosure_entry ADD CONSTRAINT disclosure_entry_pkey PRIMARY KEY (district_code, id);
    ALTER TABLE disclosure_event ADD CONSTRAINT disclosure_event_pkey PRIMARY KEY (district_code, id);
    ALTER TABLE disclosure_overdue_alert ADD CONSTRAINT disclosure_overdue_alert_pkey PRIMARY KEY (district_code, entry_id, due_key);
    ALTER TABLE disclosure_publication ADD CONSTRAINT disclosure_publication_pkey PRIMARY KEY (district_code, id);
    ALTER TABLE disclosure_request ADD CONSTRAINT disclosure_request_pkey PRIMARY KEY (district_code, id);
    ALTER TABLE duplicate_decision ADD CONSTRAINT duplicate_decision_pkey PRIMARY KEY (district_code, id);
    ALTER TABLE duplicate_decision ADD CONSTRAINT duplicate_decision_session_key_candidate_id_key UNIQUE (district_code, session_key, candidate_id);
    ALTER TABLE employment ADD CONSTRAINT employment_pkey PRIMARY KEY (district_code, id);
    ALTER TABLE field_submission ADD CONSTRAINT field_submission_pkey PRIMARY KEY (district_code, instance_id);
    ALTER TABLE field_task ADD CONSTRAINT field_task_pkey PRIMARY KEY (district_code, id);
    ALTER TABLE grid ADD CONSTRAINT grid_pkey PRIMARY KEY (district_code, code);
    ALTER TABLE grid_worker ADD CONSTRAINT grid_worker_pkey PRIMARY KEY (district_code, grid_code, user_id);
    ALTER TABLE hot_cluster ADD CONSTRAINT hot_cluster_pkey PRIMARY KEY (district_code, id);
    ALTER TABLE hot_cluster_case ADD CONSTRAINT hot_cluster_case_pkey PRIMARY KEY (district_code, cluster_id, case_id);
    ALTER TABLE house ADD CONSTRAINT house_address_id_key UNIQUE (district_code, address_id);
    ALTER TABLE house ADD CONSTRAINT house_pkey PRIMARY KEY (district_code, id);
    ALTER TABLE knowledge_feedback ADD CONSTRAINT knowledge_feedback_pkey PRIMARY KEY (district_code, id);
    ALTER TABLE knowledge_use ADD CONSTRAINT knowledge_use_pkey PRIMARY KEY (district_code, id);
    ALTER TABLE mediation_event ADD CONSTRAINT mediation_event_pkey PRIMARY KEY (district_code, id);
    ALTER TABLE mediation_file ADD CONSTRAINT mediation_file_committee_unit_id_year_seq_key UNIQUE (district_code, committee_unit_id, year, seq);
    ALTER TABLE mediation_file ADD CONSTRAINT mediation_file_file_no_key UNIQUE (district_code, file_no);
    ALTER TABLE mediation_file ADD CONSTRAINT mediation_file_pkey PRIMARY KEY (district_code, id);
    ALTER TABLE mediation_party ADD CONSTRAINT mediation_party_pkey PRIMARY KEY (district_code, id);
    ALTER TABLE mediation_session ADD CONSTRAINT mediation_session_pkey PRIMARY KEY (district_code, id);
    ALTER TABLE micro_power_adoption ADD CONSTRAINT micro_power_adoption_pkey PRIMARY KEY (district_code, item_id, community_code);
    ALTER TABLE micro_power_item ADD CONSTRAINT micro_power_item_pkey PRIMARY KEY (district_code, id);
    ALTER TABLE micro_power_item ADD CONSTRAINT micro_power_item_region_code_title_key UNIQUE (district_code, region_code, title);
    ALTER TABLE opinion_alert ADD CONSTRAINT opinion_alert_item_id_key UNIQUE (district_code, item_id);
    ALTER TABLE opinion_alert ADD CONSTRAINT opinion_alert_pkey PRIMARY KEY (district_code, id);
    ALTER TABLE opinion_item ADD CONSTRAINT opinion_item_pkey PRIMARY KEY (district_code, id);
    ALTER TABLE org_hazard ADD CONSTRAINT org_hazard_pkey PRIMARY KEY (district_code, id);
    ALTER TABLE organisation ADD CONSTRAINT organisation_pkey PRIMARY KEY (district_code, id);
    ALTER TABLE patrol ADD CONSTRAINT patrol_pkey PRIMARY KEY (district_code, id);
    ALTER TABLE patrol_checkin ADD CONSTRAINT patrol_checkin_pkey PRIMARY KEY (district_code, id);
    ALTER TABLE patrol_point ADD CONSTRAINT patrol_point_pkey PRIMARY KEY (district_code, id);
    ALTER TABLE person ADD CONSTRAINT person_pkey PRIMARY KEY (district_code, id);
    ALTER TABLE person_tag ADD CONSTRAINT person_tag_pkey PRIMARY KEY (district_code, id);
    ALTER TABLE points_board ADD CONSTRAINT points_board_community_code_month_key UNIQUE (district_code, community_code, month);
    ALTER TABLE points_board ADD CONSTRAINT points_board_pkey PRIMARY KEY (district_code, id);
    ALTER TABLE points_entry ADD CONSTRAINT points_entry_idempotency_key_key UNIQUE (district_code, idempotency_key);
    ALTER TABLE points_entry ADD CONSTRAINT points_entry_pkey PRIMARY KEY (district_code, id);
    ALTER TABLE points_entry ADD CONSTRAINT points_entry_reverses_key UNIQUE (district_code, reverses);
    ALTER TABLE points_good ADD CONSTRAINT points_good_pkey PRIMARY KEY (district_code, id);
    ALTER TABLE points_redemption ADD CONSTRAINT points_redemption_idempotency_key_key UNIQUE (district_code, idempotency_key);
    ALTER TABLE points_redemption ADD CONSTRAINT points_redemption_pkey PRIMARY KEY (district_code, id);
    ALTER TABLE points_rule ADD CONSTRAINT points_rule_pkey PRIMARY KEY (district_code, id);
    ALTER TABLE points_rule ADD CONSTRAINT points_rule_rule_set_id_position_key UNIQUE (district_code, rule_set_id, "position");
    ALTER TABLE points_rule_set ADD CONSTRAINT points_rule_set_community_code_version_key UNIQUE (district_code, community_code, version);
    ALTER TABLE points_rule_set ADD CONSTRAINT points_rule_set_pkey PRIMARY KEY (district_code, id);
    ALTER TABLE points_rule_set ADD CONSTRAINT points_rule_set_vote_id_key UNIQUE (district_code, vote_id);
    ALTER TABLE proactive_task ADD CONSTRAINT proactive_task_pkey PRIMARY KEY (district_code, id);
    ALTER TABLE proactive_task_note ADD CONSTRAINT proactive_task_note_pkey PRIMARY KEY (district_code, id);
    ALTER TABLE quick_fix ADD CONSTRAINT quick_fix_pkey PRIMARY KEY (district_code, id);
    ALTER TABLE rental ADD CONSTRAINT rental_house_id_key UNIQUE (district_code, house_id);
    ALTER TABLE rental ADD CONSTRAINT rental_pkey PRIMARY KEY (district_code, id);
    ALTER TABLE reply_score ADD CONSTRAINT reply_score_pkey PRIMARY KEY (district_code, id);
    ALTER TABLE report_cell ADD CONSTRAINT report_cell_pkey PRIMARY KEY (district_code, instance_id, column_key);
    ALTER TABLE report_instance ADD CONSTRAINT report_instance_pkey PRIMARY KEY (district_code, id);
    ALTER TABLE report_instance ADD CONSTRAINT report_instance_sending_id_community_code_key UNIQUE (district_code, sending_id, community_code);
    ALTER TABLE report_sending ADD CONSTRAINT report_sending_pkey PRIMARY KEY (district_code, id);
    ALTER TABLE report_sending ADD CONSTRAINT report_sending_template_id_period_scope_path_key UNIQUE (district_code, template_id, period, scope_path);
    ALTER TABLE residence ADD CONSTRAINT residence_pkey PRIMARY KEY (district_code, id);
    ALTER TABLE resident_verification ADD CONSTRAINT resident_verification_person_id_key UNIQUE (district_code, person_id);
    ALTER TABLE resident_verification ADD CONSTRAINT resident_verification_pkey PRIMARY KEY (district_code, user_id);
    ALTER TABLE service_application ADD CONSTRAINT service_application_idempotency_key_key UNIQUE (district_code, idempotency_key);
    ALTER TABLE service_application ADD CONSTRAINT service_application_pkey PRIMARY KEY (district_code, id);
    ALTER TABLE service_application_item ADD CONSTRAINT service_application_item_pkey PRIMARY KEY (district_code, application_id, item_id);
    ALTER TABLE service_event ADD CONSTRAINT service_event_pkey PRIMARY KEY (district_code, id);
    ALTER TABLE service_obligation ADD CONSTRAINT service_obligation_application_id_material_code_key UNIQUE (district_code, application_id, material_code);
    ALTER TABLE service_obligation ADD CONSTRAINT service_obligation_pkey PRIMARY KEY (district_code, id);
    ALTER TABLE service_rating ADD CONSTRAINT service_rating_application_id_kind_key UNIQUE (district_code, application_id, kind);
    ALTER TABLE service_rating ADD CONSTRAINT service_rating_pkey PRIMARY KEY (district_code, id);
    ALTER TABLE service_rating_appeal ADD CONSTRAINT service_rating_appeal_pkey PRIMARY KEY (district_code, id);
    ALTER TABLE service_rating_appeal ADD CONSTRAINT service_rating_appeal_rating_id_key UNIQUE (district_code, rating_id);
    ALTER TABLE service_rectification ADD CONSTRAINT service_rectification_pkey PRIMARY KEY (district_code, id);
    ALTER TABLE service_rectification ADD CONSTRAINT service_rectification_rating_id_unit_id_key UNIQUE (district_code, rating_id, unit_id);
    ALTER TABLE service_stage ADD CONSTRAINT service_stage_application_id_item_id_unit_id_key UNIQUE (district_code, application_id, item_id, unit_id);
    ALTER TABLE service_stage ADD CONSTRAINT service_stage_pkey PRIMARY KEY (district_code, id);
    ALTER TABLE supervision_notice ADD CONSTRAINT supervision_notice_pkey PRIMARY KEY (district_code, id);
    ALTER TABLE upload ADD CONSTRAINT upload_pkey PRIMARY KEY (district_code, id);
    ALTER TABLE visit ADD CONSTRAINT visit_pkey PRIMARY KEY (district_code, id);
    ALTER TABLE visit_signoff ADD CONSTRAINT visit_signoff_pkey PRIMARY KEY (district_code, id);
    ALTER TABLE volunteer ADD CONSTRAINT volunteer_person_id_keeper_unit_id_key UNIQUE (district_code, person_id, keeper_unit_id);
    ALTER TABLE volunteer ADD CONSTRAINT volunteer_pkey PRIMARY KEY (district_code, id);
    ALTER TABLE volunteer_activity ADD CONSTRAINT volunteer_activity_pkey PRIMARY KEY (district_code, id);
    ALTER TABLE volunteer_award ADD CONSTRAINT volunteer_award_pkey PRIMARY KEY (district_code, id);
    ALTER TABLE volunteer_certificate ADD CONSTRAINT volunteer_certificate_pkey PRIMARY KEY (district_code, id);
    ALTER TABLE volunteer_signup ADD CONSTRAINT volunteer_signup_pkey PRIMARY KEY (district_code, activity_id, volunteer_id);
    ALTER TABLE volunteer_training ADD CONSTRAINT volunteer_training_pkey PRIMARY KEY (district_code, id);
    ALTER TABLE whistle ADD CONSTRAINT whistle_pkey PRIMARY KEY (district_code, id);
    ALTER TABLE whistle_event ADD CONSTRAINT whistle_event_pkey PRIMARY KEY (district_code, id);
    ALTER TABLE whistle_rating ADD CONSTRAINT whistle_rating_pkey PRIMARY KEY (district_code, whistle_id, unit_id);
    ALTER TABLE whistle_summon ADD CONSTRAINT whistle_summon_pkey PRIMARY KEY (district_code, whistle_id, unit_id);
    CREATE INDEX case_desk_case_idx ON case_desk USING btree (case_id);
    CREATE UNIQUE INDEX disclosure_publication_in_force ON disclosure_publication USING btree (district_code, entry_id, COALESCE(period_key, (event_id)::text)) WHERE (status = 'published'::text);
    CREATE UNIQUE INDEX knowledge_feedback_voter_uq ON knowledge_feedback USING btree (district_code, entry_id, voter_hash);
    CREATE UNIQUE INDEX knowledge_use_answer_uq ON knowledge_use USING btree (district_code, case_id) WHERE (kind = 'answer'::text);
    CREATE UNIQUE INDEX visit_signoff_visit_unit_idx ON visit_signoff USING btree (district_code, visit_id, unit_id);
    -- 3. the single-column keys that references across districts (and from local tables) point at
    CREATE UNIQUE INDEX resident_verification_user_id_key ON resident_verification (user_id);
    CREATE UNIQUE INDEX address_node_id_key ON address_node (id);
    CREATE UNIQUE INDEX admission_item_id_key ON admission_item (id);
    CREATE UNIQUE INDEX assignment_id_key ON assignment (id);
    CREATE UNIQUE INDEX case_id_key ON "case" (id);
    CREATE UNIQUE INDEX deliberation_topic_id_key ON deliberation_topic (id);
    CREATE UNIQUE INDEX field_submission_instance_id_key ON field_submission (instance_id);
    CREATE UNIQUE INDEX hot_cluster_id_key ON hot_cluster (id);
    CREATE UNIQUE INDEX micro_power_item_id_key ON micro_power_item (id);
    CREATE UNIQUE INDEX opinion_item_id_key ON opinion_item (id);
    CREATE UNIQUE INDEX organisation_id_key ON organisation (id);
    CREATE UNIQUE INDEX patrol_id_key ON patrol (id);
    CREATE UNIQUE INDEX person_id_key ON person (id);
    CREATE UNIQUE INDEX person_tag_id_key ON person_tag (id);
    CREATE UNIQUE INDEX report_sending_id_key ON report_sending (id);
    CREATE UNIQUE INDEX volunteer_id_key ON volunteer (id);
    CREATE UNIQUE INDEX whistle_id_key ON whistle (id);
    -- 4. foreign keys
    ALTER TABLE address_node ADD CONSTRAINT address_node_parent_id_fkey FOREIGN KEY (district_code, parent_id) REFERENCES address_node (district_code, id);
    ALTER TABLE admission_application ADD CONSTRAINT admission_application_item_id_fkey FOREIGN KEY (district_code, item_id) REFERENCES admission_item (district_code, id) ON UPDATE CASCADE;
    ALTER TABLE admission_application ADD CONSTRAINT admission_application_round_id_fkey FOREIGN KEY (district_code, round_id) REFERENCES admission_round (district_code, id) ON UPDATE CASCADE;
    ALTER TABLE admission_event ADD CONSTRAINT admission_event_application_id_fkey FOREIGN KEY (district_code, application_id) REFERENCES admission_application (district_code, id) ON UPDATE CASCADE;
    ALTER TABLE admission_event ADD CONSTRAINT admission_event_item_id_fkey FOREIGN KEY (item_id) REFERENCES admission_item (id);
    ALTER TABLE case_metoo ADD CONSTRAINT case_metoo_case_id_fkey FOREIGN KEY (district_code, case_id) REFERENCES "case" (district_code, id) ON DELETE CASCADE ON UPDATE CASCADE;
    ALTER TABLE case_origin ADD CONSTRAINT case_origin_case_id_fkey FOREIGN KEY (district_code, case_id) REFERENCES "case" (district_code, id) ON DELETE CASCADE ON UPDATE CASCADE;
    ALTER TABLE civic_ballot ADD CONSTRAINT civic_ballot_person_id_fkey FOREIGN KEY (person_id) REFERENCES person (id);
    ALTER TABLE civic_ballot ADD CONSTRAINT civic_ballot_vote_id_fkey FOREIGN KEY (district_code, vote_id) REFERENCES civic_vote (district_code, id) ON DELETE CASCADE ON UPDATE CASCADE;
    ALTER TABLE civic_paper_count ADD CONSTRAINT civic_paper_count_option_id_fkey FOREIGN KEY (district_code, option_id) REFERENCES civic_vote_option (district_code, id) ON DELETE CASCADE ON UPDATE CASCADE;
    ALTER TABLE civic_paper_count ADD CONSTRAINT civic_paper_count_vote_id_fkey FOREIGN KEY (district_code, vote_id) REFERENCES civic_vote (district_code, id) ON DELETE CASCADE ON UPDATE CASCADE;
    ALTER TABLE civic_proposal ADD CONSTRAINT civic_proposal_author_person_id_fkey FOREIGN KEY (author_person_id) REFERENCES person (id);
    ALTER TABLE civic_support ADD CONSTRAINT civic_support_person_id_fkey FOREIGN KEY (person_id) REFERENCES person (id);
    ALTER TABLE civic_support ADD CONSTRAINT civic_support_proposal_id_fkey FOREIGN KEY (district_code, proposal_id) REFERENCES civic_proposal (district_code, id) ON DELETE CASCADE ON UPDATE CASCADE;
    ALTER TABLE civic_vote ADD CONSTRAINT civic_vote_proposal_id_fkey FOREIGN KEY (district_code, proposal_id) REFERENCES civic_proposal (district_code, id);
    ALTER TABLE civic_vote_option ADD CONSTRAINT civic_vote_option_vote_id_fkey FOREIGN KEY (district_code, vote_id) REFERENCES civic_vote (district_code, id) ON DELETE CASCADE ON UPDATE CASCADE;
    ALTER TABLE classify_correction ADD CONSTRAINT classify_correction_case_id_fkey FOREIGN KEY (district_code, case_id) REFERENCES "case" (district_code, id) ON DELETE CASCADE ON UPDATE CASCADE;
    ALTER TABLE community_task ADD CONSTRAINT community_task_item_id_fkey FOREIGN KEY (item_id) REFERENCES admission_item (id);
    ALTER TABLE deliberation_followup ADD CONSTRAINT deliberation_followup_topic_id_fkey FOREIGN KEY (district_code, topic_id) REFERENCES deliberation_topic (district_code, id) ON DELETE CASCADE ON UPDATE CASCADE;
    ALTER TABLE deliberation_meeting_topic ADD CONSTRAINT deliberation_meeting_topic_meeting_id_fkey FOREIGN KEY (district_code, meeting_id) REFERENCES deliberation_meeting (district_code, id) ON DELETE CASCADE ON UPDATE CASCADE;
    ALTER TABLE deliberation_meeting_topic ADD CONSTRAINT deliberation_meeting_topic_topic_id_fkey FOREIGN KEY (topic_id) REFERENCES deliberation_topic (id) ON DELETE CASCADE;
    ALTER TABLE disclosure_entry ADD CONSTRAINT disclosure_entry_item_id_fkey FOREIGN KEY (item_id) REFERENCES micro_power_item (id);
    ALTER TABLE disclosure_event ADD CONSTRAINT disclosure_event_entry_id_fkey FOREIGN KEY (district_code, entry_id) REFERENCES disclosure_entry (district_code, id) ON UPDATE CASCADE;
    ALTER TABLE disclosure_overdue_alert ADD CONSTRAINT disclosure_overdue_alert_entry_id_fkey FOREIGN KEY (district_code, entry_id) REFERENCES disclosure_entry (district_code, id) ON UPDATE CASCADE;
    ALTER TABLE disclosure_publication ADD CONSTRAINT disclosure_publication_entry_id_fkey FOREIGN KEY (district_code, entry_id) REFERENCES disclosure_entry (district_code, id) ON UPDATE CASCADE;
    ALTER TABLE disclosure_publication ADD CONSTRAINT disclosure_publication_event_id_fkey FOREIGN KEY (district_code, event_id) REFERENCES disclosure_event (district_code, id) ON UPDATE CASCADE;
    ALTER TABLE disclosure_publication ADD CONSTRAINT disclosure_publication_supersedes_fkey FOREIGN KEY (district_code, supersedes) REFERENCES disclosure_publication (district_code, id) ON UPDATE CASCADE;
    ALTER TABLE disclosure_request ADD CONSTRAINT disclosure_request_entry_id_fkey FOREIGN KEY (district_code, entry_id) REFERENCES disclosure_entry (district_code, id);
    ALTER TABLE disclosure_request ADD CONSTRAINT disclosure_request_person_id_fkey FOREIGN KEY (person_id) REFERENCES person (id);
    ALTER TABLE duplicate_decision ADD CONSTRAINT duplicate_decision_candidate_id_fkey FOREIGN KEY (district_code, candidate_id) REFERENCES "case" (district_code, id) ON DELETE CASCADE ON UPDATE CASCADE;
    ALTER TABLE duplicate_decision ADD CONSTRAINT duplicate_decision_new_case_id_fkey FOREIGN KEY (new_case_id) REFERENCES "case" (id) ON DELETE SET NULL;
    ALTER TABLE employment ADD CONSTRAINT employment_organisation_id_fkey FOREIGN KEY (district_code, organisation_id) REFERENCES organisation (district_code, id) ON UPDATE CASCADE;
    ALTER TABLE employment ADD CONSTRAINT employment_person_id_fkey FOREIGN KEY (person_id) REFERENCES person (id);
    ALTER TABLE field_submission ADD CONSTRAINT field_submission_replaces_fkey FOREIGN KEY (replaces) REFERENCES field_submission (instance_id);
    ALTER TABLE field_task ADD CONSTRAINT field_task_address_id_fkey FOREIGN KEY (address_id) REFERENCES address_node (id);
    ALTER TABLE field_task ADD CONSTRAINT field_task_organisation_id_fkey FOREIGN KEY (organisation_id) REFERENCES organisation (id);
    ALTER TABLE field_task ADD CONSTRAINT field_task_person_id_fkey FOREIGN KEY (person_id) REFERENCES person (id);
    ALTER TABLE grid_worker ADD CONSTRAINT grid_worker_grid_code_fkey FOREIGN KEY (district_code, grid_code) REFERENCES grid (district_code, code) ON DELETE CASCADE;
    ALTER TABLE hot_cluster_case ADD CONSTRAINT hot_cluster_case_case_id_fkey FOREIGN KEY (district_code, case_id) REFERENCES "case" (district_code, id) ON DELETE CASCADE ON UPDATE CASCADE;
    ALTER TABLE hot_cluster_case ADD CONSTRAINT hot_cluster_case_cluster_id_fkey FOREIGN KEY (cluster_id) REFERENCES hot_cluster (id) ON DELETE CASCADE;
    ALTER TABLE house ADD CONSTRAINT house_address_id_fkey FOREIGN KEY (district_code, address_id) REFERENCES address_node (district_code, id);
    ALTER TABLE knowledge_feedback ADD CONSTRAINT knowledge_feedback_case_id_fkey FOREIGN KEY (district_code, case_id) REFERENCES "case" (district_code, id) ON DELETE SET NULL (case_id) ON UPDATE CASCADE;
    ALTER TABLE knowledge_use ADD CONSTRAINT knowledge_use_case_id_fkey FOREIGN KEY (district_code, case_id) REFERENCES "case" (district_code, id) ON DELETE SET NULL (case_id) ON UPDATE CASCADE;
    ALTER TABLE mediation_event ADD CONSTRAINT mediation_event_file_id_fkey FOREIGN KEY (district_code, file_id) REFERENCES mediation_file (district_code, id) ON DELETE CASCADE ON UPDATE CASCADE;
    ALTER TABLE mediation_party ADD CONSTRAINT mediation_party_file_id_fkey FOREIGN KEY (district_code, file_id) REFERENCES mediation_file (district_code, id) ON DELETE CASCADE ON UPDATE CASCADE;
    ALTER TABLE mediation_party ADD CONSTRAINT mediation_party_person_id_fkey FOREIGN KEY (person_id) REFERENCES person (id);
    ALTER TABLE mediation_session ADD CONSTRAINT mediation_session_file_id_fkey FOREIGN KEY (district_code, file_id) REFERENCES mediation_file (district_code, id) ON DELETE CASCADE ON UPDATE CASCADE;
    ALTER TABLE micro_power_adoption ADD CONSTRAINT micro_power_adoption_item_id_fkey FOREIGN KEY (item_id) REFERENCES micro_power_item (id);
    ALTER TABLE notification ADD CONSTRAINT notification_whistle_id_fkey FOREIGN KEY (whistle_id) REFERENCES whistle (id) ON DELETE CASCADE;
    ALTER TABLE opinion_alert ADD CONSTRAINT opinion_alert_item_id_fkey FOREIGN KEY (item_id) REFERENCES opinion_item (id) ON DELETE CASCADE;
    ALTER TABLE opinion_item ADD CONSTRAINT opinion_item_case_id_fkey FOREIGN KEY (case_id) REFERENCES "case" (id);
    ALTER TABLE opinion_item ADD CONSTRAINT opinion_item_cluster_case_id_fkey FOREIGN KEY (cluster_case_id) REFERENCES "case" (id);
    ALTER TABLE org_hazard ADD CONSTRAINT org_hazard_organisation_id_fkey FOREIGN KEY (district_code, organisation_id) REFERENCES organisation (district_code, id) ON UPDATE CASCADE;
    ALTER TABLE organisation ADD CONSTRAINT organisation_address_id_fkey FOREIGN KEY (address_id) REFERENCES address_node (id);
    ALTER TABLE organisation ADD CONSTRAINT organisation_legal_rep_id_fkey FOREIGN KEY (legal_rep_id) REFERENCES person (id);
    ALTER TABLE patrol_checkin ADD CONSTRAINT patrol_checkin_address_id_fkey FOREIGN KEY (address_id) REFERENCES address_node (id);
    ALTER TABLE patrol_checkin ADD CONSTRAINT patrol_checkin_organisation_id_fkey FOREIGN KEY (organisation_id) REFERENCES organisation (id);
    ALTER TABLE patrol_checkin ADD CONSTRAINT patrol_checkin_patrol_id_fkey FOREIGN KEY (district_code, patrol_id) REFERENCES patrol (district_code, id) ON DELETE CASCADE ON UPDATE CASCADE;
    ALTER TABLE patrol_point ADD CONSTRAINT patrol_point_patrol_id_fkey FOREIGN KEY (district_code, patrol_id) REFERENCES patrol (district_code, id) ON DELETE CASCADE ON UPDATE CASCADE;
    ALTER TABLE person_tag ADD CONSTRAINT person_tag_person_id_fkey FOREIGN KEY (person_id) REFERENCES person (id);
    ALTER TABLE points_entry ADD CONSTRAINT points_entry_house_id_fkey FOREIGN KEY (district_code, house_id) REFERENCES house (district_code, id);
    ALTER TABLE points_entry ADD CONSTRAINT points_entry_reverses_fkey FOREIGN KEY (district_code, reverses) REFERENCES points_entry (district_code, id);
    ALTER TABLE points_entry ADD CONSTRAINT points_entry_rule_id_fkey FOREIGN KEY (district_code, rule_id) REFERENCES points_rule (district_code, id);
    ALTER TABLE points_redemption ADD CONSTRAINT points_redemption_good_id_fkey FOREIGN KEY (district_code, good_id) REFERENCES points_good (district_code, id);
    ALTER TABLE points_redemption ADD CONSTRAINT points_redemption_house_id_fkey FOREIGN KEY (district_code, house_id) REFERENCES house (district_code, id);
    ALTER TABLE points_rule ADD CONSTRAINT points_rule_rule_set_id_fkey FOREIGN KEY (district_code, rule_set_id) REFERENCES points_rule_set (district_code, id) ON DELETE CASCADE ON UPDATE CASCADE;
    ALTER TABLE points_rule_set ADD CONSTRAINT points_rule_set_adopt_option_id_fkey FOREIGN KEY (district_code, adopt_option_id) REFERENCES civic_vote_option (district_code, id);
    ALTER TABLE points_rule_set ADD CONSTRAINT points_rule_set_vote_id_fkey FOREIGN KEY (district_code, vote_id) REFERENCES civic_vote (district_code, id);
    ALTER TABLE proactive_task_note ADD CONSTRAINT proactive_task_note_task_id_fkey FOREIGN KEY (district_code, task_id) REFERENCES proactive_task (district_code, id) ON DELETE CASCADE ON UPDATE CASCADE;
    ALTER TABLE quick_fix ADD CONSTRAINT quick_fix_address_id_fkey FOREIGN KEY (address_id) REFERENCES address_node (id);
    ALTER TABLE quick_fix ADD CONSTRAINT quick_fix_patrol_id_fkey FOREIGN KEY (patrol_id) REFERENCES patrol (id);
    ALTER TABLE rental ADD CONSTRAINT rental_house_id_fkey FOREIGN KEY (district_code, house_id) REFERENCES house (district_code, id);
    ALTER TABLE rental ADD CONSTRAINT rental_lessor_org_id_fkey FOREIGN KEY (lessor_org_id) REFERENCES organisation (id);
    ALTER TABLE rental ADD CONSTRAINT rental_lessor_person_id_fkey FOREIGN KEY (lessor_person_id) REFERENCES person (id);
    ALTER TABLE report_cell ADD CONSTRAINT report_cell_instance_id_fkey FOREIGN KEY (district_code, instance_id) REFERENCES report_instance (district_code, id) ON DELETE CASCADE ON UPDATE CASCADE;
    ALTER TABLE report_instance ADD CONSTRAINT report_instance_sending_id_fkey FOREIGN KEY (sending_id) REFERENCES report_sending (id);
    ALTER TABLE report_sending ADD CONSTRAINT report_sending_admission_item_id_fkey FOREIGN KEY (admission_item_id) REFERENCES admission_item (id);
    ALTER TABLE residence ADD CONSTRAINT residence_house_id_fkey FOREIGN KEY (district_code, house_id) REFERENCES house (district_code, id);
    ALTER TABLE residence ADD CONSTRAINT residence_person_id_fkey FOREIGN KEY (person_id) REFERENCES person (id);
    ALTER TABLE resident_verification ADD CONSTRAINT resident_verification_person_id_fkey FOREIGN KEY (person_id) REFERENCES person (id);
    ALTER TABLE service_application ADD CONSTRAINT service_application_applicant_person_id_fkey FOREIGN KEY (applicant_person_id) REFERENCES person (id);
    ALTER TABLE service_application_item ADD CONSTRAINT service_application_item_application_id_fkey FOREIGN KEY (district_code, application_id) REFERENCES service_application (district_code, id) ON DELETE CASCADE ON UPDATE CASCADE;
    ALTER TABLE service_event ADD CONSTRAINT service_event_application_id_fkey FOREIGN KEY (district_code, application_id) REFERENCES service_application (district_code, id) ON DELETE CASCADE ON UPDATE CASCADE;
    ALTER TABLE service_event ADD CONSTRAINT service_event_stage_id_fkey FOREIGN KEY (district_code, stage_id) REFERENCES service_stage (district_code, id) ON DELETE CASCADE ON UPDATE CASCADE;
    ALTER TABLE service_obligation ADD CONSTRAINT service_obligation_application_id_fkey FOREIGN KEY (district_code, application_id) REFERENCES service_application (district_code, id) ON DELETE CASCADE ON UPDATE CASCADE;
    ALTER TABLE service_rating ADD CONSTRAINT service_rating_application_id_fkey FOREIGN KEY (district_code, application_id) REFERENCES service_application (district_code, id) ON DELETE CASCADE ON UPDATE CASCADE;
    ALTER TABLE service_rating_appeal ADD CONSTRAINT service_rating_appeal_rating_id_fkey FOREIGN KEY (district_code, rating_id) REFERENCES service_rating (district_code, id) ON DELETE CASCADE ON UPDATE CASCADE;
    ALTER TABLE service_rectification ADD CONSTRAINT service_rectification_application_id_fkey FOREIGN KEY (district_code, application_id) REFERENCES service_application (district_code, id) ON DELETE CASCADE ON UPDATE CASCADE;
    ALTER TABLE service_rectification ADD CONSTRAINT service_rectification_rating_id_fkey FOREIGN KEY (district_code, rating_id) REFERENCES service_rating (district_code, id) ON DELETE CASCADE ON UPDATE CASCADE;
    ALTER TABLE service_stage ADD CONSTRAINT service_stage_application_id_fkey FOREIGN KEY (district_code, application_id) REFERENCES service_application (district_code, id) ON DELETE CASCADE ON UPDATE CASCADE;
    ALTER TABLE supervision_notice ADD CONSTRAINT supervision_notice_assignment_id_fkey FOREIGN KEY (assignment_id) REFERENCES assignment (id);
    ALTER TABLE visit ADD CONSTRAINT visit_person_id_fkey FOREIGN KEY (person_id) REFERENCES person (id);
    ALTER TABLE visit ADD CONSTRAINT visit_tag_id_fkey FOREIGN KEY (tag_id) REFERENCES person_tag (id);
    ALTER TABLE visit_signoff ADD CONSTRAINT visit_signoff_visit_id_fkey FOREIGN KEY (district_code, visit_id) REFERENCES visit (district_code, id) ON UPDATE CASCADE;
    ALTER TABLE volunteer ADD CONSTRAINT volunteer_person_id_fkey FOREIGN KEY (person_id) REFERENCES person (id);
    ALTER TABLE volunteer_award ADD CONSTRAINT volunteer_award_volunteer_id_fkey FOREIGN KEY (district_code, volunteer_id) REFERENCES volunteer (district_code, id) ON DELETE CASCADE ON UPDATE CASCADE;
    ALTER TABLE volunteer_certificate ADD CONSTRAINT volunteer_certificate_volunteer_id_fkey FOREIGN KEY (district_code, volunteer_id) REFERENCES volunteer (district_code, id) ON UPDATE CASCADE;
    ALTER TABLE volunteer_signup ADD CONSTRAINT volunteer_signup_activity_id_fkey FOREIGN KEY (district_code, activity_id) REFERENCES volunteer_activity (district_code, id) ON DELETE CASCADE ON UPDATE CASCADE;
    ALTER TABLE volunteer_signup ADD CONSTRAINT volunteer_signup_volunteer_id_fkey FOREIGN KEY (volunteer_id) REFERENCES volunteer (id);
    ALTER TABLE volunteer_training ADD CONSTRAINT volunteer_training_volunteer_id_fkey FOREIGN KEY (district_code, volunteer_id) REFERENCES volunteer (district_code, id) ON DELETE CASCADE ON UPDATE CASCADE;
    ALTER TABLE whistle_event ADD CONSTRAINT whistle_event_whistle_id_fkey FOREIGN KEY (district_code, whistle_id) REFERENCES whistle (district_code, id) ON DELETE CASCADE ON UPDATE CASCADE;
    ALTER TABLE whistle_rating ADD CONSTRAINT whistle_rating_whistle_id_unit_id_fkey FOREIGN KEY (district_code, whistle_id, unit_id) REFERENCES whistle_summon (district_code, whistle_id, unit_id) ON DELETE CASCADE ON UPDATE CASCADE;
    ALTER TABLE whistle_summon ADD CONSTRAINT whistle_summon_whistle_id_fkey FOREIGN KEY (district_code, whistle_id) REFERENCES whistle (district_code, id) ON DELETE CASCADE ON UPDATE CASCADE;
`;

const CASE_CHILDREN: [table: string, column: string][] = [
  ['assignment', 'case_id'],
  ['case_event', 'case_id'],
  ['case_caller', 'case_id'],
  ['case_public_id', 'case_id'],
  ['assessment_callback', 'case_id'],
  ['assessment_response', 'case_id'],
  ['hot_cluster', 'central_case_id'],
  ['upload', 'case_id'],
  ['case_desk', 'case_id'],
];

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql.raw(KEYS).execute(db);
  const moves = CASE_CHILDREN.map(
    ([t, c]) =>
      `UPDATE ${t} SET district_code = NEW.district_code WHERE ${c} = NEW.id AND district_code = OLD.district_code;`,
  ).join('\n      ');
  await sql
    .raw(
      `
    CREATE FUNCTION case_district_follow() RETURNS trigger LANGUAGE plpgsql AS $f$
    BEGIN
      ${moves}
      RETURN NULL;
    END $f$;
    CREATE TRIGGER case_district_follow AFTER UPDATE OF district_code ON "case"
      FOR EACH ROW WHEN (OLD.district_code IS DISTINCT FROM NEW.district_code) EXECUTE FUNCTION case_district_follow();
  `,
    )
    .execute(db);
}

export async function down(): Promise<void> {
  // The keys of before are those of the earlier migrations; restore a backup taken before this one to go back.
  throw new Error('20261214_0102_district_keys cannot be undone: restore the backup taken before it');
}
