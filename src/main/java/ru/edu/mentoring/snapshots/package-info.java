/**
 * Snapshots: a municipality's figures for a reporting period, computed from the live data (the monitoring dashboard,
 * the meetings' published statistics), frozen, signed off by the department and sent to the region, which accepts or
 * returns them (the approval workflow); every version is kept; the region's summary is built from the accepted ones.
 */
package ru.edu.mentoring.snapshots;
