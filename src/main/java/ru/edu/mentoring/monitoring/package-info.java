/**
 * Monitoring: coverage of students against the municipality's yearly targets, teacher indicators, data quality and
 * the dashboards built on them. Its read model is native aggregate SQL that reads other modules' data through the
 * views they publish (V63: schools_school_v, schools_student_count_v, people_person_v, people_mentor_profile_v,
 * pairing_pair_v, pairing_pair_mentee_v, pairing_form_v, …); it writes only its own tables.
 */
package ru.edu.mentoring.monitoring;
