/**
 * Monitoring: coverage of students against the municipality's yearly targets, teacher indicators, data quality and
 * the dashboards built on them. Its read model is native aggregate SQL that reads other modules' tables (school,
 * student_count, person, mentor_profile, mentoring_pair, pair_mentee, mentoring_form) read-only; it writes only its
 * own table, coverage_target.
 */
package ru.edu.mentoring.monitoring;
