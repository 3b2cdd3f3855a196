/** Regions (issue 22): the regional mentoring centre (РНЦ), its targets, reporting periods, dashboard and the school checklist. */
package ru.edu.mentoring.regions;
